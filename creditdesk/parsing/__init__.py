"""Pure readers: documents in (docx, pdf, txt, xlsx) to text, tables and plan trees."""

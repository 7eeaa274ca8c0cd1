"""Pure writers: documents out (PDF letters and reports, charts, xlsx)."""

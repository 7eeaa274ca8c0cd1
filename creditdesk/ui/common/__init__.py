"""What the pages and dialogs share: the page base, background jobs, undo, error messages, the
app-wide signals, file choosers, the PDF viewer, the unit picker and the base table model."""

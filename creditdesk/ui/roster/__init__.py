"""单位: the roster of member units, its groups, dialogs, spreadsheets and undoable edits."""

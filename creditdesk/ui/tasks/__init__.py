"""任务: the plan's task tree, its editing dialog and undoable task edits."""

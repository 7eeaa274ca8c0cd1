"""The 操作记录 window: the audit log, filtered, newest first."""

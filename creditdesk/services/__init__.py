"""Use cases without Qt: each user action is one transaction, audited."""

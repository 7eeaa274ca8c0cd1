"""收件: the submissions units hand in, logging them, reviewing them and granting 延期."""

"""督办: the notice register, issuing, templates and wording, and state changes with undo."""

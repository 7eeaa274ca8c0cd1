"""Qt item models over the services' row types, usable and testable without a view."""

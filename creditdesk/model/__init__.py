"""Typed SQLAlchemy models of the workspace; the schema itself comes only from database/ migrations."""

"""Shared test doubles: what the program asks the desktop (files, printer, viewer), answered."""

"""Exporting lists from the window: the choices dialog, the command, the headers."""

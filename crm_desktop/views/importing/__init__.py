"""The import wizard, the import history and the export command (File menu)."""

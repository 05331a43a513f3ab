"""The import wizard and the import history (File menu; export: ``views/exporting``)."""

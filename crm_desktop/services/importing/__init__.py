"""Importing spreadsheets and contact files into the customer base."""

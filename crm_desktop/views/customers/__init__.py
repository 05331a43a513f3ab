"""The Customers workspace: the list, the editor, the trash and the customer settings."""

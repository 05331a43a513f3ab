"""Qt widgets, dialogs and item models. They call services, never SQL or ``crm_desktop.db``."""

"""Subcommands of ``crm-desktop``; each module has ``register(subparsers)``."""

"""The domain: use cases over a Session. No Qt here (enforced by tests/test_layers.py)."""

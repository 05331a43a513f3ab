"""The Deals page: the pipeline as a kanban board (one list view per stage)."""

"""Data cleaning views: finding and merging duplicates."""

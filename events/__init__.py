"""Event-data pipeline library."""

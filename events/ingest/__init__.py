"""Ingest: local files and folders (txt, html, JSONL); feeds and URLs arrive later."""

"""Hostile input for every reader and safe output from every writer (docs/hostile-input.md)."""

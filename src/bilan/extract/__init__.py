"""Extraction stage: from a parsed document to incidents whose every field carries evidence.

Sub-modules: ``dates`` and ``quantities`` work on plain text; ``places``, ``actors``,
``events`` and ``claims`` read the spaCy parse; ``incidents`` assembles them.
"""

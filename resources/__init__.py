"""Data shipped with the app: JSON Schemas, the demo campaign's data, templates, icons, translations."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).parent


def resource_path(*parts: str) -> Path:
    return ROOT.joinpath(*parts)

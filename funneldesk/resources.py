"""Find the resources folder from a source checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Return the resources folder: inside the wheel, else the checkout's top level."""
    for candidate in (_PACKAGE / "_resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("FunnelDesk's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """Return the path of a resource file, e.g. ``resource_path('templates', 'aida.json')``."""
    return resources_dir().joinpath(*parts)

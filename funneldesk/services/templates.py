"""The built-in stage templates from DOMAIN.md, read from resources/templates."""

from __future__ import annotations

import json
from typing import Any

from funneldesk.domain.errors import NotFound
from funneldesk.resources import resource_path

TEMPLATE_NAMES = ("typical-sales", "aida", "eight-levels", "b2b-journey", "tofu-mofu-bofu")


def load_template(name: str) -> dict[str, Any]:
    """Return a template's definition: its display name and its stages with criteria."""
    if name not in TEMPLATE_NAMES:
        raise NotFound(f"no template {name!r}; choose one of {', '.join(TEMPLATE_NAMES)}")
    with resource_path("templates", f"{name}.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def describe_templates() -> list[tuple[str, str, str]]:
    """Return (key, display name, description) of every built-in template."""
    return [
        (key, t["name"], t.get("description", "")) for key in TEMPLATE_NAMES for t in [load_template(key)]
    ]

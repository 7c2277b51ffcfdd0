"""Safety suites: each test reports its figure (runs, failures), shown at the end of the run."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

FIGURES: list[str] = []


def _format(name: str, figures: dict[str, object]) -> str:
    return f"{name}: " + ", ".join(f"{key}={value}" for key, value in figures.items())


@pytest.fixture
def figure(record_property: Callable[[str, object], None]) -> Callable[..., None]:
    """Return report(name, **figures): printed, recorded as a property and summarised."""

    def report(name: str, **figures: object) -> None:
        line = _format(name, figures)
        print(f"FIGURE {line}")
        FIGURES.append(line)
        record_property(name, str(figures))

    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """List every figure the safety suites measured."""
    if FIGURES:
        terminalreporter.section("FunnelDesk safety figures")
        scale = os.environ.get("FUNNELDESK_SOAK_SCALE", "small")
        terminalreporter.write_line(f"soak scale: {scale}")
        for line in FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture
def sqlite_file(db_target: str) -> Path:
    """Return a fresh migrated SQLite file (skips on PostgreSQL: a file property)."""
    if "://" in db_target:
        pytest.skip("an SQLite file property")
    return Path(db_target)

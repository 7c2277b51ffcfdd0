"""`funneldesk` with no command finds the window through its entry point, never by importing ui."""

from __future__ import annotations

import ast
import importlib.metadata
from pathlib import Path

import pytest

import funneldesk.__main__ as entry

ROOT = Path(__file__).resolve().parents[2]
GUI_PACKAGES = ("ui", "PySide6", "pyqtgraph")


def test_the_package_declares_the_window_and_the_core_finds_it() -> None:
    (found,) = importlib.metadata.entry_points(group=entry.GUI_GROUP)
    assert found.value == "ui.app:run"


def test_no_core_module_imports_the_gui() -> None:
    offenders = []
    for path in (ROOT / "funneldesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            names += [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in GUI_PACKAGES]
    assert offenders == []


def test_without_a_gui_installed_it_says_so_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The window imports importlib.metadata only when it starts (lazy start-up).
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [])
    assert entry.main([]) == 1
    assert "the window cannot start: no GUI is installed" in capsys.readouterr().err

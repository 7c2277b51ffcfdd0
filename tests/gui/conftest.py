"""GUI tests run with the English plural forms installed, as the application does at start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui.translations import install_plurals


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> Iterator[None]:
    """Install funneldesk_en.qm so '%n lead(s)' reads '1 lead' / '2 leads'."""
    translator = install_plurals(qapp)
    assert translator is not None, "resources/translations/funneldesk_en.qm is missing"
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def private_settings(tmp_path: Path) -> None:
    """Keep the window's QSettings (geometry, recent files, backup times) in this test's folder."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))

"""Translations load from resources: a Portuguese user sees the window's words in Portuguese."""

from __future__ import annotations

import ast
import re
import tokenize
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from ui.translations import install_translator

pytestmark = pytest.mark.gui


def test_portuguese_translation_is_found_and_used(qapp: QApplication) -> None:
    translator = install_translator(qapp, QLocale("pt_PT"))
    assert translator is not None
    try:
        assert QCoreApplication.translate("MainWindow", "Board") == "Quadro"
        assert QCoreApplication.translate("EmptyState", "Load demo data") == "Carregar dados de demonstração"
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Board") == "Board"


def test_a_language_without_translation_keeps_english(qapp: QApplication) -> None:
    assert install_translator(qapp, QLocale("fi_FI")) is None
    assert QCoreApplication.translate("MainWindow", "Board") == "Board"


def test_counts_read_as_english_words_one_lead_two_leads(qapp: QApplication) -> None:
    # installed for every GUI test by tests/gui/conftest.py, as ui.app does at start
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))  # %Ln groups digits the user's way
    try:
        words = [
            QCoreApplication.translate("MainWindow", "%Ln lead(s) in this pipeline", None, n)
            for n in (1, 2, 1500)
        ]
    finally:
        QLocale.setDefault(before)
    assert words == ["1 lead in this pipeline", "2 leads in this pipeline", "1,500 leads in this pipeline"]


def test_every_plural_string_in_the_window_has_english_forms() -> None:
    root = Path(__file__).resolve().parents[2]
    english = (root / "resources/translations/funneldesk_en.ts").read_text(encoding="utf-8")
    plurals = {
        text for f in (root / "ui").rglob("*.py") for text in _literals(f) if re.search(r"%L?n\b", text)
    }
    assert plurals, "the window has counted strings"
    missing = {text for text in plurals if f"<source>{escape(text)}</source>" not in english}
    assert not missing, f"add English plural forms for {sorted(missing)} to funneldesk_en.ts"


def _literals(path: Path) -> list[str]:
    with path.open("rb") as handle:
        tokens = list(tokenize.tokenize(handle.readline))
    found = []
    for token in tokens:
        if token.type == tokenize.STRING and not token.string.startswith(('"""', "f")):
            found.append(ast.literal_eval(token.string))
    return [t for t in found if isinstance(t, str)]

"""Translations load from resources: a Portuguese user sees the window's words in Portuguese."""

from __future__ import annotations

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

"""Translations load from resources: a Portuguese user sees the window's words in Portuguese."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.translations import available_languages, install_translator

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
    assert install_translator(qapp, QLocale("de_DE")) is None
    assert QCoreApplication.translate("MainWindow", "Board") == "Board"
    install_translator(qapp, QLocale("en_US"))  # drop Qt's German words again


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


# --- The five languages of the source articles (issue 16) ---------------------------------

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources/translations"
PLURAL_FORMS = {"pt": 2, "gl": 2, "uk": 3, "zh_CN": 1, "fi": 2}
PLACEHOLDER = re.compile(r"%L?n|%L?\d+|\{\w*(?::[^}]*)?\}")


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(FOLDER / f"funneldesk_{language}.ts").getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


@pytest.mark.parametrize("language", list(PLURAL_FORMS))
def test_every_message_of_the_catalogue_is_translated(language: str) -> None:
    messages = _messages(language)
    assert len(messages) > 600
    root = ET.parse(FOLDER / f"funneldesk_{language}.ts").getroot()
    assert root.get("language") == language  # lrelease takes the plural rules from it
    open_ones = [
        (context, m.findtext("source"))
        for context, m in messages
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not "".join(m.find("translation").itertext()).strip()  # type: ignore[union-attr]
    ]
    assert not open_ones, f"{language}: {len(open_ones)} open, e.g. {open_ones[:5]}"


@pytest.mark.parametrize("language", list(PLURAL_FORMS))
def test_every_placeholder_of_the_source_is_kept(language: str) -> None:
    lost = []
    for context, message in _messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            missing = set(PLACEHOLDER.findall(source)) - set(PLACEHOLDER.findall(form))
            if missing:
                lost.append((context, source, form, sorted(missing)))
    assert not lost, f"{language}: placeholders lost in {lost[:5]}"


@pytest.mark.parametrize(("language", "forms"), list(PLURAL_FORMS.items()))
def test_plural_messages_have_the_language_s_number_of_forms(language: str, forms: int) -> None:
    counted = [m for _, m in _messages(language) if m.get("numerus") == "yes"]
    assert counted, "the window has counted strings"
    wrong = [
        (m.findtext("source"), len(m.findall("translation/numerusform")))
        for m in counted
        if len(m.findall("translation/numerusform")) != forms
    ]
    assert not wrong, f"{language} has {forms} plural forms: {wrong}"


def test_catalogues_are_complete_and_qm_files_are_built_from_the_ts_files() -> None:
    # lupdate and the scan of ui/ find every text of the window; each needs a translation,
    # and each committed .ts/.qm must be what scripts/update_translations.py writes now
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, (
        "catalogues are stale or incomplete: run `.venv/bin/python scripts/update_translations.py "
        "--missing`, add the blocks to resources/translations/dictionary/, then run it without "
        f"options.\n{result.stdout[-3000:]}{result.stderr[-2000:]}"
    )


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("pt_PT", ["Quadro", "(sem empresa)", "Critérios de saída", "Cancelar", "3 leads neste pipeline"]),
        ("gl_ES", ["Taboleiro", "(sen empresa)", "Criterios de saída", "Cancelar", "3 leads neste pipeline"]),
        ("uk_UA", ["Дошка", "(без компанії)", "Критерії виходу", "Скасувати", "3 ліди в цьому конвеєрі"]),
        ("zh_CN", ["看板", "（无公司）", "退出标准", "取消", "此管道中有 3 条线索"]),
        ("fi_FI", ["Taulu", "(ei yritystä)", "Siirtymisehdot", "Peruuta", "3 liidiä tässä putkessa"]),
    ],
)
def test_each_language_translates_window_texts_in_their_run_time_context(
    qapp: QApplication, locale: str, expected: list[str]
) -> None:
    translator = install_translator(qapp, QLocale(locale))
    assert translator is not None
    try:
        words = [
            QCoreApplication.translate("MainWindow", "Board"),
            QCoreApplication.translate("CardDelegate", "(no company)"),  # a module-level tr() helper
            QCoreApplication.translate("LeadEditorDialog", "Exit criteria"),
            QCoreApplication.translate("QPlatformTheme", "Cancel"),  # Qt's own button
            QCoreApplication.translate("MainWindow", "%Ln lead(s) in this pipeline", None, 3),
        ]
    finally:
        qapp.removeTranslator(translator)
        install_translator(qapp, QLocale("en_US"))
    assert words == expected


def test_ukrainian_counts_take_three_forms_and_chinese_one(qapp: QApplication) -> None:
    def counted(locale: str) -> list[str]:
        translator = install_translator(qapp, QLocale(locale))
        assert translator is not None
        try:
            return [QCoreApplication.translate("LeadsView", "%n lead(s)", None, n) for n in (1, 3, 5, 21)]
        finally:
            qapp.removeTranslator(translator)
            install_translator(qapp, QLocale("en_US"))

    assert counted("uk_UA") == ["1 лід", "3 ліди", "5 лідів", "21 лід"]
    assert counted("zh_CN") == ["1 条线索", "3 条线索", "5 条线索", "21 条线索"]


def test_the_window_speaks_ukrainian(
    qapp: QApplication, qtbot: QtBot, db_target: str, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from funneldesk.services.startup import open_database
    from ui.context import AppContext
    from ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    translator = install_translator(qapp, QLocale("uk_UA"))
    assert translator is not None
    opened = open_database(db_target)
    try:
        window = MainWindow(AppContext(opened.db, opened.owner), "funnel.db")
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.board.summaries_loaded, timeout=10000):
            window.show()
        menus = [a.text() for a in window.menuBar().actions()]
        sections = [window.nav.item(i).text() for i in range(window.nav.count())]
        demo = window.empty_state.demo_button.text()
        window.ctx.runner.shutdown()
    finally:
        qapp.removeTranslator(translator)
        install_translator(qapp, QLocale("en_US"))
    assert menus[:3] == ["&Файл", "&Редагування", "&Вигляд"]
    assert {"Дошка", "Ліди", "Панель", "Канали", "Параметри"} <= set(sections)
    assert demo == "Завантажити демодані"


def test_the_five_languages_are_offered_besides_english() -> None:
    assert available_languages() == ["en", "pt", "gl", "uk", "zh_CN", "fi"]


@pytest.mark.parametrize("language", list(PLURAL_FORMS))
def test_menu_and_button_accelerators_are_kept(language: str) -> None:
    accelerator = re.compile(r"&(?![a-z]+;|&)\w")  # "&File", not "&amp;" nor "&&"
    lost = [
        (m.findtext("source"), m.findtext("translation"))
        for _, m in _messages(language)
        if accelerator.search(m.findtext("source") or "")
        and not accelerator.search(m.findtext("translation") or "")
    ]
    assert not lost, f"{language}: Alt+letter lost in {lost[:5]}"

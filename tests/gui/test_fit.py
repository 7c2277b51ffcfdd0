"""The window fits a 1280x720 screen on every page, in English and in long languages; counts grouped.

A 1280x720 screen leaves about 1280x650 for the window's client area once a taskbar and
the title bar are drawn, so that is the size every page must fit (its minimum size) and
at which the controls a user needs must still be on screen.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from funneldesk.demo import fill_demo
from funneldesk.resources import resource_path
from funneldesk.services import users
from funneldesk.storage.database import Database
from tests.gui.pseudo import install_pseudo, stretch
from ui import language
from ui.context import AppContext
from ui.leads.filter_bar import LeadFilterBar
from ui.main_window import PAGES, MainWindow
from ui.numbers import decimal, whole
from ui.settings.language_page import LanguagePage
from ui.translations import install_translator

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("private_settings")]
SCREEN = (1280, 650)  # 1280x720 less a taskbar and the title bar


def longest_catalogue() -> str | None:
    """Return the translated language whose finished messages are longest against English."""
    best, best_ratio = None, 1.0
    for path in sorted(Path(resource_path("translations")).glob("funneldesk_*.ts")):
        code = path.stem.removeprefix("funneldesk_")
        if code in ("en", "template") or not path.with_suffix(".qm").exists():
            continue
        source_chars = translated_chars = 0
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            text = "".join(translation.itertext())
            if text.strip():
                source_chars += len(message.findtext("source") or "")
                translated_chars += len(text) if translation.find("numerusform") is None else len(
                    translation.findtext("numerusform") or "")
        ratio = translated_chars / source_chars if source_chars else 0
        if ratio > best_ratio:
            best, best_ratio = code, ratio
    return best


LANGUAGES = ["en", "pseudo", *([code] if (code := longest_catalogue()) else [])]



@pytest.fixture
def in_language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """Install the parametrised language (pseudo: English stretched by 40 %) for one test."""
    code = str(request.param)
    before = QLocale()
    translator: QTranslator | None = None
    if code == "pseudo":
        translator = install_pseudo(qapp)
    elif code != "en":
        translator = install_translator(qapp, QLocale(code))
        language.use_locale(language.locale_for(code))
        assert translator is not None
    yield code
    if translator is not None:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _window(db: Database, qtbot: QtBot) -> MainWindow:
    window = MainWindow(AppContext(db, users.get_actor(db)), "funnel.db")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.board.summaries_loaded, timeout=10000):
        window.show()
    return window


def _on_screen(widget: QWidget, window: MainWindow) -> bool:
    """Say whether a widget is shown whole inside the window (not cut off at an edge)."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def _must_see(window: MainWindow, page: str) -> list[QWidget]:
    """Return the controls of a page the new user of issue 16 found cut off."""
    built = window.pages.currentWidget()
    view = getattr(built, "page", built)
    status = [window.status_counts, window.status_user]
    if page == "leads":
        bar = view.filter_bar
        return [*status, bar.search, bar.status, bar.closed_from, bar.closed_to, view.count_label]
    if page == "dashboard":
        return [*status, view.refresh_button, view.whatif_button, view.filter_bar.temperature]
    if page == "settings":
        return [*status, view.tabs]
    return status


@pytest.mark.parametrize("in_language", LANGUAGES, indirect=True)
def test_every_page_fits_1280x720(db: Database, qtbot: QtBot, in_language: str) -> None:
    fill_demo(db, leads=300)
    window = _window(db, qtbot)
    try:
        window.resize(*SCREEN)
        for index, page in enumerate(PAGES):
            window.show_page(index)
            qtbot.wait(50)
            hint, least = window.minimumSizeHint(), window.minimumSize()
            assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (in_language, page, hint)
            assert least.width() <= SCREEN[0] and least.height() <= SCREEN[1], (in_language, page, least)
            assert window.width() <= SCREEN[0], (in_language, page, window.width())
            cut = [w.accessibleName() or type(w).__name__ for w in _must_see(window, page)
                   if not _on_screen(w, window)]
            assert not cut, (in_language, page, cut)
        assert window.nav.width() >= window.nav.sizeHintForColumn(0), "a section name is cut off"
    finally:
        window.ctx.runner.shutdown()


def test_the_window_opens_inside_a_small_screen(db: Database, qtbot: QtBot) -> None:
    fill_demo(db, leads=20)
    window = _window(db, qtbot)
    try:
        room = window.screen().availableGeometry()
        assert window.width() <= room.width() and window.height() <= room.height()
    finally:
        window.ctx.runner.shutdown()


def test_filters_wrap_onto_more_lines_instead_of_widening(qtbot: QtBot) -> None:
    bar = LeadFilterBar()
    qtbot.addWidget(bar)
    one_line = bar.sizeHint().height()
    assert bar.minimumSizeHint().width() < 500
    bar.resize(500, bar.heightForWidth(500))
    bar.show()
    qtbot.wait(20)
    assert bar.heightForWidth(500) > 2 * one_line
    for control in (bar.search, bar.status, bar.closed_to):
        right = control.mapTo(bar, QPoint(control.width(), 0)).x()
        assert right <= 500


def test_whatif_starts_collapsed_on_a_small_screen_and_the_button_opens_it(
    db: Database, qtbot: QtBot
) -> None:
    fill_demo(db, leads=20)
    window = _window(db, qtbot)
    try:
        window.resize(*SCREEN)
        window.show_page(PAGES.index("dashboard"))
        view = window.pages.currentWidget().page
        qtbot.wait(50)
        assert view.splitter.sizes()[1] == 0 and not view.whatif_button.isChecked()
        view.whatif_button.click()
        assert view.splitter.sizes()[1] > 200 and view.whatif.isVisible()
        view.whatif_button.click()
        assert view.splitter.sizes()[1] == 0
    finally:
        window.ctx.runner.shutdown()


def test_counts_in_the_window_are_grouped_by_locale(db: Database, qtbot: QtBot) -> None:
    fill_demo(db, leads=1200)
    before = QLocale()
    assert install_translator(QApplication.instance()) is None  # what the app does at start: English here
    window = _window(db, qtbot)
    try:
        assert "1,200 leads in this pipeline" in window.status_counts.text()
        window.show_page(PAGES.index("leads"))
        view = window.leads_view
        qtbot.waitUntil(lambda: "1,200" in view.count_label.text(), timeout=10000)
        assert view.count_label.text() == "1,200 leads"
        for code, expected in (("uk", "21\u00a0853"), ("gl", "21.853"), ("en", "21,853")):
            language.use_locale(language.locale_for(code))
            assert whole(21853) == expected
        language.use_locale(language.locale_for("de"))
        assert decimal(1234567.5, 2) == "1.234.567,50"
    finally:
        QLocale.setDefault(before)
        window.ctx.runner.shutdown()


def test_the_c_locale_still_groups_digits() -> None:
    locale = language.locale_for("")
    assert locale.toString(21853) in ("21,853", "21\u00a0853", "21.853")


def test_settings_offers_the_language_and_says_when_it_applies(qtbot: QtBot, tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "lang.ini"), QSettings.Format.IniFormat)
    page = LanguagePage(store=store)
    qtbot.addWidget(page)
    assert page.combo.itemData(0) == ""  # the system's language comes first and is the default
    assert page.chosen() == ""
    assert "now" in page.note.text()
    assert page.combo.findData("en") > 0
    other = next(c for c in language.available_languages() if c != "en") if len(
        language.available_languages()) > 1 else "en"
    page.combo.setCurrentIndex(page.combo.findData(other))
    assert store.value(language.SETTING) == other
    if other != "en":
        assert "next time" in page.note.text()
    assert LanguagePage(store=store).chosen() == other  # remembered for the next start


def test_pseudo_translation_is_longer_and_keeps_placeholders() -> None:
    sentence = "Search title, company, contact, e-mail, phone"
    assert len(stretch(sentence)) >= 1.35 * len(sentence)
    text = "Move %Ln lead(s) to %1 ({0}) <b>now</b> &Save"
    stretched = stretch(text)
    for token in ("%Ln", "%1", "{0}", "<b>", "</b>", "&S"):
        assert token in stretched


def test_whatif_rows_follow_the_pipeline_and_wrap_long_stage_names(qtbot: QtBot) -> None:
    from fractions import Fraction

    from funneldesk.analytics.dashboard import WhatIfBasis
    from ui.dashboard.whatif_panel import WhatIfPanel

    panel = WhatIfPanel()
    qtbot.addWidget(panel)
    long_name = "Preparation for fulfilment and signature of the framework agreement"
    two_steps = (("Offer", Fraction(1, 2)), (long_name, Fraction(3, 4)))
    panel.update_from(WhatIfBasis(100, two_steps, Fraction(10)))
    panel.update_from(WhatIfBasis(100, (("Demo", Fraction(1, 3)),), Fraction(10)))
    assert list(panel.steps) == ["Demo"]
    assert panel.form.rowCount() == 2  # top-of-funnel volume and the one step: old rows are gone
    panel.update_from(WhatIfBasis(100, ((long_name, Fraction(1, 2)),), Fraction(10)))
    assert panel.minimumSizeHint().width() < 300  # the long name wraps instead of widening the panel

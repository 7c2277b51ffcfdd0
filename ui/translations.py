"""Install the translation for the user's language, in one place (Vorta's habit).

Translations live in ``resources/translations`` as ``funneldesk_<locale>.qm``, compiled
with ``pyside6-lrelease`` from ``.ts`` files that ``pyside6-lupdate`` extracts from ``ui``
(``funneldesk_template.ts`` lists every string). A missing translation leaves English.
``funneldesk_en.qm`` holds only the English plural forms of the ``%n`` strings
("1 lead", "2 leads"); it is installed first so every language falls back to it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from funneldesk.resources import resource_path

PLURALS_LOCALE = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install_plurals(app: QCoreApplication) -> QTranslator | None:
    """Install the English plural forms, the fallback below any language's translation."""
    return _install(app, PLURALS_LOCALE)


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Load the best translation for the locale; return the installed translator, if any."""
    from ui.language import apply_start_locale  # the language chosen in Settings, else the system's

    chosen = locale or apply_start_locale()
    if chosen.language() == QLocale.Language.English:
        return None  # English is the source language; its plurals come from install_plurals
    return _install(app, chosen)


def _install(app: QCoreApplication, locale: QLocale) -> QTranslator | None:
    translator = QTranslator(app)
    folder = str(resource_path("translations"))
    if translator.load(locale, "funneldesk", "_", folder):
        app.installTranslator(translator)
        return translator
    translator.deleteLater()
    return None

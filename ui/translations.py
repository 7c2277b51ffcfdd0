"""Install the translation for the user's language, in one place (Vorta's habit).

Translations live in ``resources/translations`` as ``funneldesk_<locale>.qm``, compiled
with ``pyside6-lrelease`` from the ``.ts`` files that ``scripts/update_translations.py``
writes (``funneldesk_template.ts`` lists every string). A missing translation leaves English.
``funneldesk_en.qm`` holds only the English plural forms of the ``%n`` strings
("1 lead", "2 leads"); it is installed first so every language falls back to it.
Qt's own words (file dialogs, standard buttons) come from Qt's ``qtbase_<locale>.qm``
when PySide6 ships one for the language.

The language is the system's (``LANG``, e.g. ``LANG=uk_UA.UTF-8``) unless a locale is given.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from funneldesk.resources import resource_path

PLURALS_LOCALE = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
# The languages FunnelDesk's window speaks besides English (the source articles' languages).
LANGUAGES = ("pt", "gl", "uk", "zh_CN", "fi")

_qt_translator: QTranslator | None = None


def available_languages() -> list[str]:
    """Return the languages the window can be shown in: English and each shipped catalogue."""
    folder = resource_path("translations")
    return ["en", *(code for code in LANGUAGES if (folder / f"funneldesk_{code}.qm").exists())]


def install_plurals(app: QCoreApplication) -> QTranslator | None:
    """Install the English plural forms, the fallback below any language's translation."""
    return _install(app, PLURALS_LOCALE)


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Load the best translation for the locale; return the installed translator, if any.

    Qt's own translation for the locale is installed too, replacing the one a previous call
    installed, so a language chosen later also changes the standard buttons.
    """
    from ui.language import apply_start_locale  # the language chosen in Settings, else the system's

    chosen = locale or apply_start_locale()
    install_qt_translator(app, chosen)
    if chosen.language() == QLocale.Language.English:
        return None  # English is the source language; its plurals come from install_plurals
    return _install(app, chosen)


def install_qt_translator(app: QCoreApplication, locale: QLocale) -> QTranslator | None:
    """Install Qt's own words for the locale (qtbase_LANG.qm), in place of any installed before."""
    global _qt_translator
    if _qt_translator is not None:
        app.removeTranslator(_qt_translator)
        _qt_translator.deleteLater()
        _qt_translator = None
    if locale.language() == QLocale.Language.English:
        return None
    path = qt_catalogue(locale)
    if path is None:
        return None
    translator = QTranslator(app)
    if not translator.load(str(path)):
        translator.deleteLater()
        return None
    app.installTranslator(translator)
    _qt_translator = translator
    return translator


def qt_catalogue(locale: QLocale) -> Path | None:
    """Return Qt's qtbase catalogue for the locale, else one of the same language (pt_BR for pt_PT)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    probe = QTranslator()
    if probe.load(locale, "qtbase", "_", str(folder)):
        return Path(probe.filePath())
    language = locale.name().split("_")[0]
    same_language = sorted(folder.glob(f"qtbase_{language}_*.qm"))
    return same_language[0] if same_language else None


def _install(app: QCoreApplication, locale: QLocale) -> QTranslator | None:
    translator = QTranslator(app)
    folder = str(resource_path("translations"))
    if translator.load(locale, "funneldesk", "_", folder):
        app.installTranslator(translator)
        return translator
    translator.deleteLater()
    return None

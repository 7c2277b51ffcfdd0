"""The window's language and number formats: the user's choice in Settings, else the system's.

The choice is stored in QSettings under ``ui/language`` ("" means the system's language)
and read once at start: widgets are built translated and are not retranslated live, so
Settings says a change applies at the next start. Numbers are always grouped by the
chosen locale ("21,853" in English, "21 853" in Ukrainian), even under the C locale.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from funneldesk.resources import resource_path

SETTING = "ui/language"
SOURCE_LANGUAGE = "en"


def settings() -> QSettings:
    """Return the application's settings (the same store as the window's)."""
    return QSettings("FunnelDesk", "FunnelDesk")


def available_languages() -> list[str]:
    """Return the language codes with a translation, English (the source) first."""
    folder = resource_path("translations")
    codes = sorted(
        path.stem.removeprefix("funneldesk_")
        for path in folder.glob("funneldesk_*.qm")
        if path.stem != "funneldesk_en"
    )
    return [SOURCE_LANGUAGE, *codes]


def language_name(code: str) -> str:
    """Return a language's name in that language, e.g. 'português', 'українська'."""
    if code == SOURCE_LANGUAGE:
        return "English"  # not "American English": the catalogue is the language, not a country's
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def chosen_code(store: QSettings | None = None) -> str:
    """Return the stored language code, or "" for the system's language."""
    value = (store or settings()).value(SETTING, "", str)
    return value if isinstance(value, str) else ""


def save_choice(code: str, store: QSettings | None = None) -> None:
    """Remember the language for the next start ("" for the system's)."""
    target = store or settings()
    target.setValue(SETTING, code)
    target.sync()


def locale_for(code: str) -> QLocale:
    """Return the locale of a language code, the system's for ""; numbers always grouped."""
    locale = QLocale(code) if code else QLocale.system()
    if locale.language() == QLocale.Language.C:
        # A bare C/POSIX environment: English is the source language, and C omits grouping.
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


def use_locale(locale: QLocale) -> None:
    """Make locale the default for every number, date and %Ln the window shows."""
    grouped = QLocale(locale)
    grouped.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    QLocale.setDefault(grouped)


def apply_start_locale() -> QLocale:
    """Make the chosen language's locale the default (numbers grouped) and return it."""
    locale = locale_for(chosen_code())
    use_locale(locale)
    return locale

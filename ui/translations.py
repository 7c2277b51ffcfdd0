"""Install the translation for the user's language, in one place (Vorta's habit).

Translations live in ``resources/translations`` as ``funneldesk_<locale>.qm``, compiled
with ``pyside6-lrelease`` from ``.ts`` files that ``pyside6-lupdate`` extracts from ``ui``
(``funneldesk_template.ts`` lists every string). A missing translation leaves English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from funneldesk.resources import resource_path


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Load the best translation for the locale; return the installed translator, if any."""
    translator = QTranslator(app)
    folder = str(resource_path("translations"))
    if translator.load(locale or QLocale(), "funneldesk", "_", folder):
        app.installTranslator(translator)
        return translator
    translator.deleteLater()
    return None

"""LanguagePage: the window's language, the system's by default; applies at the next start.

Widgets are built translated and are not retranslated live, so a change is stored in
QSettings (``ui.language``) and the page says plainly that it applies after a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui import language


class LanguagePage(QWidget):
    """A combo of the languages FunnelDesk is translated into, and when the choice applies."""

    language_chosen = Signal(str)  # the code, "" for the system's language

    def __init__(self, parent: QWidget | None = None, store: QSettings | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._running = language.chosen_code(store)  # the language this window was built in
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Language"))
        system = language.locale_for("")
        self.combo.addItem(
            self.tr("System language (%1)").replace("%1", language.language_name(system.name())), ""
        )
        for code in language.available_languages():
            self.combo.addItem(language.language_name(code), code)
        self.combo.setCurrentIndex(max(self.combo.findData(self._running), 0))
        self.combo.currentIndexChanged.connect(self._on_chosen)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.sample = QLabel(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Language of the window:"), self.combo)
        form.addRow(self.tr("Numbers and dates:"), self.sample)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._show_state()

    def chosen(self) -> str:
        """Return the language code chosen in the combo ("" for the system's)."""
        return str(self.combo.currentData() or "")

    def _on_chosen(self, _index: int) -> None:
        code = self.chosen()
        language.save_choice(code, self._store)
        self.language_chosen.emit(code)
        self._show_state()

    def _show_state(self) -> None:
        locale = language.locale_for(self.chosen())
        self.sample.setText(
            f"{locale.toString(21853)} · {locale.toString(1234.5, 'f', 2)} · "
            f"{locale.toString(QDate(2026, 12, 7), QLocale.FormatType.ShortFormat)}"
        )
        if self.chosen() == self._running:
            self.note.setText(self.tr("This is the language the window is shown in now."))
        else:
            self.note.setText(
                self.tr("The new language applies the next time FunnelDesk starts; "
                        "the command line always stays in English.")
            )

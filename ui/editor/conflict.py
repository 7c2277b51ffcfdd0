"""ConflictDialog: someone saved the lead while you edited it; compare and choose.

Shows every field where your version and theirs differ, marking the fields you
changed. The choice is explicit: ``TAKE_THEIRS`` reloads their version (your edits are
dropped) or ``KEEP_EDITING`` keeps your edits on top of their version so that your next
Save, made knowingly, replaces their values for the fields you changed. Nothing is
saved by this dialog. Modal, owned by the editor dialog.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funneldesk.domain.records import LeadRecord
from ui.editor.fields import FIELD_ORDER, differing, field_label, value_text, values_of
from ui.models_util import Roles


class Choice(IntEnum):
    """What the user chose in the conflict dialog."""

    KEEP_EDITING = 0
    TAKE_THEIRS = 1


class ConflictDialog(QDialog):
    """Your values next to theirs, field by field, with two explicit choices."""

    def __init__(self, yours: dict[str, Any], mine_changed: set[str], theirs: LeadRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this lead"))
        self.choice = Choice.KEEP_EDITING
        their_values = values_of(theirs)
        different = set(differing(their_values, yours)) | mine_changed
        who = theirs.updated_at.strftime("%Y-%m-%d %H:%M") if theirs.updated_at else "?"
        text = self.tr("This lead was saved by someone else at {0} while you were editing it. "
                       "Nothing has been overwritten. Fields you changed are in bold.")
        intro = QLabel(text.format(who), self)
        intro.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setHeaderLabels([self.tr("Field"), self.tr("Yours"), self.tr("Theirs")])
        self.table.setRootIsDecorated(False)
        for name in (n for n in FIELD_ORDER if n in different):
            item = QTreeWidgetItem(self.table, [field_label(name), value_text(yours.get(name)),
                                                value_text(their_values.get(name))])
            item.setData(0, Roles.ID, name)
            if name in mine_changed:
                font = QFont(item.font(1))
                font.setBold(True)
                item.setFont(1, font)
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(self)
        self.theirs_button = QPushButton(self.tr("Take theirs (reload, drop my edits)"), self)
        self.keep_button = QPushButton(self.tr("Keep editing mine"), self)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.theirs_button.clicked.connect(self._on_take_theirs)
        self.keep_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 380)

    def fields_shown(self) -> list[str]:
        """Return the field names listed (for tests and screen readers)."""
        items = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        return [str(item.data(0, Roles.ID)) for item in items if item is not None]

    def _on_take_theirs(self) -> None:
        self.choice = Choice.TAKE_THEIRS
        self.accept()

"""CatalogPage: channels (with kind and monthly spend), personas and lost reasons.

Owned by ``SettingsView``; every change goes through ``funneldesk.services.catalog``
on the worker (owners and managers may change these; the core refuses employees and
the refusal shows inline). Emits ``catalog_changed()`` after a change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from funneldesk.domain.records import UserRecord
from funneldesk.services import catalog
from ui.models_util import Db, Roles, date_text, error_text, run_for, tr
from ui.numbers import decimal
from ui.tasks import TaskRunner


def catalog_titles() -> dict[str, str]:
    """Return the catalogs and their titles."""
    return {"channel": tr("Catalog", "Channels"), "persona": tr("Catalog", "Personas"),
            "lost_reason": tr("Catalog", "Lost reasons")}


class CatalogPage(QWidget):
    """Add, rename and delete names of the three catalogs; set channels' monthly spend."""

    catalog_changed = Signal()

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._db, self._actor = runner, db, actor
        self.lists: dict[str, QListWidget] = {}
        self.names: dict[str, QLineEdit] = {}
        self.channel_kind = QComboBox(self)
        for kind in ("paid", "owned", "earned"):
            self.channel_kind.addItem(tr("ChannelKind", kind), kind)
        self.month = QDateEdit(QDate.currentDate(), self)
        self.month.setCalendarPopup(True)
        self.month.setDisplayFormat("yyyy-MM")
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("Amount, e.g. 1500.00"))
        self.spend = QListWidget(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        grid = QGridLayout()
        for column, (kind, title) in enumerate(catalog_titles().items()):
            grid.addWidget(self._catalog_box(kind, title), 0, column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(grid, 1)
        layout.addWidget(self._spend_box())
        self.reload()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _catalog_box(self, kind: str, title: str) -> QGroupBox:
        box = QGroupBox(title, self)
        self.lists[kind], self.names[kind] = QListWidget(box), QLineEdit(box)
        self.lists[kind].setAccessibleName(title)
        self.names[kind].setPlaceholderText(self.tr("Name"))
        self.lists[kind].currentItemChanged.connect(partial(self._on_selected, kind))
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(self.tr("Add"), partial(self.add, kind)))
        buttons.addWidget(self._button(self.tr("Rename"), partial(self._on_rename, kind)))
        buttons.addWidget(self._button(self.tr("Delete"), partial(self._on_delete, kind)))
        layout = QVBoxLayout(box)
        layout.addWidget(self.lists[kind], 1)
        layout.addWidget(self.names[kind])
        if kind == "channel":
            layout.addWidget(self.channel_kind)
        layout.addLayout(buttons)
        return box

    def _spend_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Monthly spend of the selected channel"), self)
        row = QHBoxLayout()
        for widget in (self.month, self.amount, self._button(self.tr("Set spend"), self.set_spend)):
            row.addWidget(widget)
        layout = QVBoxLayout(box)
        layout.addWidget(self.spend)
        layout.addLayout(row)
        return box

    def reload(self) -> None:
        """Re-read the three catalogs."""
        db, actor = self._db, self._actor
        run_for(self, self._runner, lambda: {k: catalog.list_names(db, actor, k) for k in catalog_titles()},
                self._show, self._on_error)

    def _show(self, catalogs: dict[str, list[tuple[int, str]]]) -> None:
        for kind, rows in catalogs.items():
            self.lists[kind].clear()
            for item_id, name in rows:
                QListWidgetItem(name, self.lists[kind]).setData(Roles.ID, item_id)

    def _selected(self, kind: str) -> int | None:
        item = self.lists[kind].currentItem()
        return int(item.data(Roles.ID)) if item is not None else None

    def _on_selected(self, kind: str, item: QListWidgetItem | None, _old: object = None) -> None:
        if item is not None:
            self.names[kind].setText(item.text())
        if kind == "channel":
            self._load_spend()

    def _load_spend(self) -> None:
        channel_id = self._selected("channel")
        if channel_id is None:
            self.spend.clear()
            return
        db, actor = self._db, self._actor
        run_for(self, self._runner, lambda: catalog.list_spend(db, actor, channel_id), self._show_spend,
                self._on_error)

    def _show_spend(self, rows: list[tuple[date, Decimal, str]]) -> None:
        self.spend.clear()
        for month, amount, currency in rows:
            self.spend.addItem(f"{date_text(month)[:7]}  {decimal(amount, 2)} {currency}")

    def _change(self, job: Callable[[], Any]) -> None:
        run_for(self, self._runner, job, self._on_changed, self._on_error)

    def _on_changed(self, _result: object) -> None:
        self.message.setText(self.tr("Saved."))
        self.reload()
        self._load_spend()
        self.catalog_changed.emit()

    def _on_error(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def add(self, kind: str) -> None:
        """Add the typed name to a catalog."""
        db, actor, name = self._db, self._actor, self.names[kind].text()
        channel_kind = str(self.channel_kind.currentData())
        self._change(lambda: catalog.add_name(db, actor, kind, name, channel_kind))

    def _on_rename(self, kind: str) -> None:
        item_id, name = self._selected(kind), self.names[kind].text()
        if item_id is not None:
            db, actor = self._db, self._actor
            self._change(lambda: catalog.rename_name(db, actor, kind, item_id, name))

    def _on_delete(self, kind: str) -> None:
        item_id = self._selected(kind)
        if item_id is not None:
            db, actor = self._db, self._actor
            self._change(lambda: catalog.delete_name(db, actor, kind, item_id))

    def set_spend(self) -> None:
        """Set the selected channel's spend for the chosen month."""
        channel_id = self._selected("channel")
        try:
            amount = Decimal(self.amount.text().replace(",", ".") or "0")
        except InvalidOperation:
            self.message.setText(self.tr("The amount must be a number like 1500.00."))
            return
        if channel_id is not None:
            db, actor, month = self._db, self._actor, self.month.date().toPython()
            assert isinstance(month, date)
            self._change(lambda: catalog.set_spend(db, actor, channel_id, month, amount))

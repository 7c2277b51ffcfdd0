"""SettingsView: pipelines and their stages and criteria, catalogs, users and roles, currencies.

Construct with ``SettingsView(runner, db, actor, parent)``; the main window owns it.

Signals:
- ``pipelines_changed(int)``: a pipeline (its id) or its stages or criteria changed;
  the board and the leads filter should re-read it.
- ``catalog_changed()``: channels, spend, personas or lost reasons changed.
- ``users_changed()``: users, roles or the manager hierarchy changed.
- ``currency_changed()``: the reporting currency or exchange rates changed.
- ``reports_changed()``: a setting reports use (the discount threshold) changed.

Each page calls the core itself; permission refusals show inline on that page.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from funneldesk.domain.records import UserRecord
from ui.models_util import Db
from ui.screen import scrolled
from ui.settings.catalog_page import CatalogPage
from ui.settings.currency_page import CurrencyPage
from ui.settings.language_page import LanguagePage
from ui.settings.pipeline_page import PipelinePage
from ui.settings.reports_page import ReportsPage
from ui.settings.users_page import UsersPage
from ui.tasks import TaskRunner


class SettingsView(QWidget):
    """Tabs for the pipeline editor, the catalogs and the users."""

    pipelines_changed = Signal(int)
    catalog_changed = Signal()
    users_changed = Signal()
    currency_changed = Signal()
    reports_changed = Signal()

    def __init__(self, runner: TaskRunner, db: Db, actor: UserRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pipeline_page = PipelinePage(runner, db, actor, self)
        self.catalog_page = CatalogPage(runner, db, actor, self)
        self.users_page = UsersPage(runner, db, actor, self)
        self.pipeline_page.pipeline_changed.connect(self.pipelines_changed)
        self.catalog_page.catalog_changed.connect(self.catalog_changed)
        self.users_page.users_changed.connect(self.users_changed)
        self.currency_page = CurrencyPage(runner, db, actor, self)
        self.currency_page.currency_changed.connect(self.currency_changed)
        self.tabs = QTabWidget(self)
        # Each tab scrolls: its forms keep their size on a small screen instead of widening
        # or heightening the window past it (issue 16: 1280x720 must fit).
        self.tabs.addTab(scrolled(self.pipeline_page), self.tr("Pipelines"))
        self.tabs.addTab(scrolled(self.catalog_page), self.tr("Channels, personas, lost reasons"))
        self.tabs.addTab(scrolled(self.users_page), self.tr("Users and roles"))
        self.language_page = LanguagePage(self)
        self.tabs.addTab(scrolled(self.currency_page), self.tr("Currencies"))
        self.tabs.addTab(scrolled(self.language_page), self.tr("Language"))
        self.reports_page = ReportsPage(runner, db, actor, self)
        self.reports_page.reports_changed.connect(self.reports_changed)
        self.tabs.addTab(scrolled(self.reports_page), self.tr("Reports"))
        self.tabs.setUsesScrollButtons(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def reload(self) -> None:
        """Re-read everything the pages show."""
        self.pipeline_page.reload()
        self.catalog_page.reload()
        self.users_page.reload()
        self.currency_page.reload()
        self.reports_page.reload()


"""The main window: navigation, pipeline switcher, global search, board, leads, status bar.

Owns the pages; receives the ``AppContext`` from ``ui.app``. Menus and shortcuts
live in ``ui.menus``. Every service call goes through ``ctx.run`` (the worker).

The window comes up in two steps so it is on screen before the core is even imported:
``MainWindow(None, name)`` is the shell (title, navigation, toolbar and menus, every
action that needs the database disabled, an "Opening <file>…" note where the board
goes); ``attach(ctx)`` then builds the board over the opened database and enables the
rest. ``MainWindow(ctx, name)`` does both at once. Only this module's light imports
(Qt and ui modules that do not touch the core) load before the first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.menus import attach_menus, build_menus
from ui.numbers import decimal, whole
from ui.screen import room_on_screen, within_screen

if TYPE_CHECKING:
    from funneldesk.domain.records import PipelineRecord
    from funneldesk.services.board import ColumnSummary
    from funneldesk.services.startup import UpgradeNotice
    from ui.board.empty_state import EmptyState
    from ui.board.view import BoardWidget
    from ui.context import AppContext
    from ui.integrations import LazyPage
    from ui.today.reminder import Reminder

PAGES = ("board", "leads", "dashboard", "channels", "settings", "today")


# What starts after the first cards waits this long, so they are painted first.
FIRST_CARDS_GRACE_MS = 50

# Below this the board shows barely one card per column.
MIN_USABLE_SIZE = (900, 600)


def first_size(room: QSize | None) -> QSize:
    """Return the size of a window opened for the first time: all of a small screen, most of a big one."""
    if room is None:
        return QSize(1400, 860)
    if room.width() <= 1440:  # 1280x720, 1366x768, 1440x900: every pixel counts
        return room
    return QSize(min(1600, room.width() * 85 // 100), min(1000, room.height() * 90 // 100))


def _pages() -> Any:
    """Return ui.integrations, the pages' plug-in points (loaded with the core, after the first frame)."""
    from ui import integrations

    return integrations


def _today() -> Any:
    """Return ui.today.hooks (the Today page and the reminder), imported when the database is open."""
    from ui.today import hooks

    return hooks


def role_word(role: str) -> str:
    """Return a role in the window's language (the words Settings → Users uses)."""
    return QCoreApplication.translate("Roles", role)


class OpeningNote(QWidget):
    """What stands where the board goes while the database opens: the file's name and a busy bar."""

    def __init__(self, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Opening %1…").replace("%1", database_name), self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: how long an open takes is not known in advance
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(240)
        self.bar.setAccessibleName(self.label.text())
        layout = QVBoxLayout(self)
        # A paragraph a reader takes in at a glance, not one line across a wide window.
        self.label.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.label, 100)
        line.addStretch(1)
        layout.addStretch(1)
        layout.addLayout(line)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_upgrade(self, notice: UpgradeNotice) -> None:
        """Say that the file is being backed up and upgraded: a big one takes a minute or two."""
        if notice.name is None:
            text = self.tr("Upgrading the database on the server for this version of FunnelDesk…")
        else:
            # The size only where it explains the wait (the command line does the same).
            name = notice.name
            if notice.gigabytes >= 0.1:
                name = self.tr("%1 (%2 GB)").replace("%1", name).replace("%2", decimal(notice.gigabytes, 1))
            text = self.tr(
                "Upgrading %1 for this version of FunnelDesk: first a verified backup "
                "of the file as it is, then the upgrade. A big file takes a minute or two."
            ).replace("%1", name)
        self.label.setText(text)
        self.bar.setAccessibleName(text)


class MainWindow(QMainWindow):
    """FunnelDesk's window over one database, for the signed-in user.

    With ``ctx`` None it is the shell shown while the database opens; ``attach`` fills it.
    """

    attached = Signal()  # the database is open and the board built: database actions enabled
    first_paint = Signal()  # the window's first frame (start-up timing listens)

    def __init__(self, ctx: AppContext | None, database_name: str) -> None:
        super().__init__()
        self.ctx: AppContext = None  # type: ignore[assignment]  # set by attach
        self.database_name = database_name
        self.reopen_requested = False  # set by a restore: ui.app opens the file again after closing
        self.closed = False  # the user closed the window (perhaps before the database opened)
        self._painted = False
        self.setWindowTitle(self.tr("FunnelDesk — %1").replace("%1", database_name))
        self.setWindowIcon(icon("app"))
        self.pipelines: list[PipelineRecord] = []
        self.lazy_pages: list[LazyPage] = []
        self.reminder: Reminder | None = None
        self.opening = OpeningNote(database_name, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.opening)
        self.nav = self._make_nav()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([max(160, self.nav.minimumWidth()), 1240])
        self.setCentralWidget(self.splitter)
        self._make_toolbar()
        self.status_counts = QLabel(self)
        self.status_user = QLabel(self)
        self.statusBar().addWidget(self.status_counts, 1)
        self.statusBar().addPermanentWidget(self.status_user)
        # A message (a reminder, an error) takes the counts' place; Qt alone let a count shown
        # during start-up overlap it, one text drawn over the other.
        self.statusBar().messageChanged.connect(lambda text: self.status_counts.setVisible(not text))
        self.menu_actions = build_menus(self)
        self.pipeline_combo.setEnabled(False)  # nothing to choose or search before the file is open
        self.search.setEnabled(False)
        self._restore_geometry()
        self.nav.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setCursor(Qt.CursorShape.BusyCursor)  # until the worker first goes idle after attach
        if ctx is not None:
            self.attach(ctx)

    @property
    def is_attached(self) -> bool:
        """Say whether the database is open in this window (the shell has none yet)."""
        return self.ctx is not None

    def show_upgrade(self, notice: UpgradeNotice) -> None:
        """Say, while the database opens, that it is being backed up and upgraded."""
        if self.ctx is None:  # still the shell: the opening note stands where the board goes
            self.opening.show_upgrade(notice)

    def attach(self, ctx: AppContext) -> None:
        """Build the board and the lazy pages over an opened database and enable the actions."""
        from ui import integrations
        from ui.board.empty_state import EmptyState
        from ui.board.view import BoardWidget

        self.ctx = ctx
        self.board: BoardWidget = BoardWidget(ctx, self)
        self.empty_state: EmptyState = EmptyState(self)
        self.board_stack = QStackedWidget(self)
        self.board_stack.addWidget(self.board)
        self.board_stack.addWidget(self.empty_state)
        self.pages.insertWidget(0, self.board_stack)
        self.lazy_pages = [
            integrations.LazyPage(
                lambda: integrations.leads_page(ctx, self),
                lambda page: integrations.connect_leads_page(self, page),
                self,
            ),
            integrations.LazyPage(
                lambda: integrations.dashboard_page(ctx, self),
                lambda page: integrations.connect_dashboard_page(self, page),
                self,
            ),
            integrations.LazyPage(lambda: integrations.channels_page(ctx, self), None, self),
            integrations.LazyPage(lambda: integrations.settings_page(ctx, self), None, self),
            integrations.LazyPage(
                lambda: _today().today_page(self),
                lambda page: _today().connect_today_page(self, page),
                self,
            ),
        ]
        for index, lazy in enumerate(self.lazy_pages, start=1):
            self.pages.insertWidget(index, lazy)
        self.pages.removeWidget(self.opening)
        self.opening.deleteLater()
        self._connect()
        attach_menus(self)
        self.pipeline_combo.setEnabled(True)
        self.search.setEnabled(True)
        state = self.ctx.settings.value("board/splitter")
        if isinstance(state, QByteArray):
            self.board.splitter.restoreState(state)
        self._on_page_chosen(self.nav.currentRow())
        # The reminder (and the Today page's core, the ORM) load once the first cards are on
        # screen: importing them first cost the window ~0.4 s before its first card (issue 15).
        self.after_first_cards(self._install_reminder)
        self._show_actor()
        self.load_pipelines()
        self.attached.emit()

    def after_first_cards(self, start: Callable[[], None], at_latest_ms: int = 5_000) -> None:
        """Call start once, when the board first shows cards (or its counts: an empty pipeline).

        At the latest after ``at_latest_ms``: a database with no pipeline never loads a board.
        """
        started: list[bool] = []

        def once(*_args: object) -> None:
            if not started and not self.closed:
                started.append(True)
                # From the event loop, once the cards are painted: not inside the signal that
                # puts them on screen (start may import for a while on this thread).
                QTimer.singleShot(FIRST_CARDS_GRACE_MS, self, lambda: None if self.closed else start())

        self.board.first_cards_shown.connect(once)
        self.board.summaries_loaded.connect(once)
        QTimer.singleShot(at_latest_ms, self, once)

    def _install_reminder(self) -> None:
        self.reminder = _today().install_reminder(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint, and announce the first frame once."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_paint.emit()

    def _make_nav(self) -> QListWidget:
        nav = QListWidget(self)
        nav.setAccessibleName(self.tr("Sections"))
        nav.setIconSize(QSize(20, 20))
        names = (
            self.tr("Board"),
            self.tr("Leads"),
            self.tr("Dashboard"),
            self.tr("Channels"),
            self.tr("Settings"),
            self.tr("Today"),
        )
        for key, name in zip(PAGES, names, strict=True):
            item = QListWidgetItem(icon("check" if key == "today" else key), name, nav)
            item.setToolTip(name)
        nav.setCurrentRow(0)
        # As wide as its longest name in this language, so no section is cut off.
        nav.setMinimumWidth(max(120, nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + 12))
        nav.currentRowChanged.connect(self._on_page_chosen)
        return nav

    @property
    def leads_view(self) -> QWidget | None:
        """Return the leads table page once it has been built."""
        return self.lazy_pages[0].page if self.lazy_pages else None

    def _on_page_chosen(self, index: int) -> None:
        if not self.is_attached:
            return  # the opening note stays; attach shows the chosen page
        if index > 0:
            self.lazy_pages[index - 1].ensure()
        self.pages.setCurrentIndex(max(0, index))

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.pipeline_combo = QComboBox(self)
        self.pipeline_combo.setAccessibleName(self.tr("Pipeline"))
        self.pipeline_combo.setToolTip(self.tr("Which pipeline the board shows"))
        self.pipeline_combo.setMinimumWidth(200)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search title, company, contact, e-mail, phone (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search leads"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(340)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        bar.addWidget(QLabel(self.tr(" Pipeline: "), self))
        bar.addWidget(self.pipeline_combo)
        bar.addSeparator()
        bar.addWidget(self.search)
        self.toolbar = bar
        self.addToolBar(bar)

    def _connect(self) -> None:
        self.pipeline_combo.currentIndexChanged.connect(self._on_pipeline_chosen)
        self.search.textChanged.connect(self._on_search_edited)
        self._search_timer.timeout.connect(self._on_search_timeout)
        self.board.summaries_loaded.connect(self._on_summaries_loaded)
        self.board.move_failed.connect(self.show_message)
        self.board.edit_requested.connect(self.open_lead)
        self.empty_state.demo_requested.connect(self.load_demo)
        self.empty_state.import_requested.connect(self.open_importer)
        self.ctx.actor_changed.connect(self._on_actor_changed)
        self.ctx.runner.busy_changed.connect(self._on_busy_changed)
        self.ctx.leads_changed.connect(self._on_leads_changed)

    def load_pipelines(self) -> None:
        """Read the pipelines and show the last one used."""
        from funneldesk.services.board import board_pipelines  # Core: no ORM before the first cards

        ctx, actor = self.ctx, self.ctx.actor
        ctx.run(lambda: board_pipelines(ctx.db, actor), self._on_pipelines_loaded)

    def _on_pipelines_loaded(self, found: list[PipelineRecord]) -> None:
        self.pipelines = found
        last = self.ctx.settings.value("board/pipeline", 0, int)
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        for pipeline in found:
            self.pipeline_combo.addItem(icon("pipeline"), pipeline.name, pipeline.id)
        index = max(0, self.pipeline_combo.findData(last))
        self.pipeline_combo.setCurrentIndex(index)
        self.pipeline_combo.blockSignals(False)
        self._on_pipeline_chosen(index)

    def current_pipeline_id(self) -> int | None:
        """Return the pipeline the board shows."""
        data = self.pipeline_combo.currentData()
        return int(data) if data is not None else None

    def _on_pipeline_chosen(self, index: int) -> None:
        pipeline_id = self.current_pipeline_id()
        if pipeline_id is not None:
            self.ctx.settings.setValue("board/pipeline", pipeline_id)
            self.board.load(pipeline_id, self.search.text().strip())

    def _on_search_edited(self, text: str) -> None:
        self._search_timer.start()

    def _on_search_timeout(self) -> None:
        text = self.search.text().strip()
        pipeline_id = self.current_pipeline_id()
        if pipeline_id is not None:
            self.board.load(pipeline_id, text)
        _pages().search_leads(self, text)

    def _on_summaries_loaded(self, summaries: list[ColumnSummary]) -> None:
        total = sum(s.count for s in summaries)
        open_count = sum(s.count for s in summaries if s.stage.kind == "open")
        empty = total == 0 and not self.board.search
        self.board_stack.setCurrentWidget(self.empty_state if empty else self.board)
        text = self.tr("%Ln lead(s) in this pipeline", "", total)
        self.status_counts.setText(
            text
            + " · "
            + self.tr("%1 open").replace("%1", whole(open_count))
            + (
                " · " + self.tr("filtered by “%1”").replace("%1", self.board.search)
                if self.board.search
                else ""
            )
        )

    def _on_leads_changed(self, ids: Any) -> None:
        if self.sender() is not self.leads_view:
            _pages().refresh_table(self, ids)

    def _show_actor(self) -> None:
        actor = self.ctx.actor
        self.status_user.setText(
            self.tr("Signed in as %1 (%2)").replace("%1", actor.name).replace("%2", role_word(actor.role))
        )

    def _on_actor_changed(self, actor: Any) -> None:
        self._show_actor()
        _pages().actor_changed(self)
        self.load_pipelines()

    def _on_busy_changed(self, busy: bool) -> None:
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def show_message(self, text: str) -> None:
        """Show an expected error or a note in the status bar."""
        self.statusBar().showMessage(text, 8000)

    def open_lead(self, lead_id: int | None) -> None:
        """Open the lead editor on a lead (None: a new lead)."""
        if not self.is_attached:
            return  # nothing can be edited before the database is open
        _pages().open_editor(self, lead_id)

    def load_demo(self) -> None:
        """Fill the database with demo data on the worker, with progress."""
        if not self.is_attached:
            return
        _pages().load_demo(self)

    def open_importer(self) -> None:
        """Open the spreadsheet import wizard."""
        if not self.is_attached:
            return
        _pages().open_importer(self)

    def show_lead_ids(self, lead_ids: list[int], caption: str) -> None:
        """Open the Leads page filtered to exactly these leads (a dashboard drill-down)."""
        _pages().show_lead_ids(self, lead_ids, caption)

    def show_page(self, index: int) -> None:
        """Switch to a navigation page."""
        self.nav.setCurrentRow(index)

    def _restore_geometry(self) -> None:
        """Open at the size, layout and page the window had when it was last closed."""
        settings = QSettings("FunnelDesk", "FunnelDesk")  # the same store as AppContext.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        # A window saved tiny (or never saved) opens at a size where the board is usable.
        if self.width() < MIN_USABLE_SIZE[0] or self.height() < MIN_USABLE_SIZE[1]:
            self.resize(first_size(room_on_screen(self)))
        self._fit_screen()
        state = settings.value("window/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        page = settings.value("window/page", 0, int)
        self.nav.setCurrentRow(page if isinstance(page, int) else 0)

    def _fit_screen(self) -> None:
        """Keep the window inside the screen it opens on (a 1280x720 laptop, or 200 % scaling)."""
        fitted = within_screen(self, self.size())
        if fitted != self.size():
            self.resize(fitted)
            screen = self.screen()
            if screen is not None:
                self.move(screen.availableGeometry().topLeft())

    def _save_settings(self) -> None:
        settings = QSettings("FunnelDesk", "FunnelDesk")
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        if self.is_attached:
            settings.setValue("board/splitter", self.board.splitter.saveState())
        settings.setValue("window/page", self.nav.currentRow())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the layout, wait for the operation in flight, close plots and the database."""
        self.closed = True
        self._save_settings()
        if self.reminder is not None:
            self.reminder.stop()
        if self.is_attached:
            _pages().close_pages(self)
            self.ctx.shutdown()
        event.accept()

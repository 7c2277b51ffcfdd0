"""Where the window plugs in pages built by others (leads, editor, settings, importer, demo).

Each hook imports its page lazily and falls back to a short placeholder while that
page does not exist yet, so the window always starts. Owned by the main window.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from funneldesk.domain.errors import FunnelDeskError
from funneldesk.domain.records import LeadRecord
from ui.context import AppContext

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _leads() -> Any:
    """Return funneldesk.services.leads (the ORM), loaded on first use: not before the first cards."""
    from funneldesk.services import leads

    return leads


def tr(text: str) -> str:
    """Translate text in the Pages context."""
    return QCoreApplication.translate("Pages", text)


def _optional(module: str) -> Any | None:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def placeholder(text: str, parent: QWidget) -> QLabel:
    """Return a centred, word-wrapped note standing in for a page."""
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setEnabled(False)
    return label


class LazyPage(QWidget):
    """A navigation page built the first time it is shown, so start-up pays only for the board."""

    def __init__(
        self,
        factory: Callable[[], QWidget],
        on_built: Callable[[QWidget], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory, self._on_built = factory, on_built
        self.page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        """Build the page if it is not built yet, and return it."""
        if self.page is None:
            self.page = self._factory()
            self._layout.addWidget(self.page)
            if self._on_built is not None:
                self._on_built(self.page)
        return self.page

    def discard(self) -> None:
        """Drop the page (the signed-in user changed); it is built again when next shown."""
        if self.page is not None:
            if hasattr(self.page, "shutdown"):
                self.page.shutdown()
            self._layout.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None


LEADS_PAGE = 1  # the navigation row of the Leads page (0 is the board)


def leads_page(ctx: AppContext, parent: QWidget) -> QWidget:
    """Return the leads table page."""
    module = _optional("ui.leads.view")
    if module is None:
        return placeholder(tr("The leads table is not available in this build."), parent)
    view: Any = module.LeadsView(ctx.runner, ctx.db, ctx.actor, parent)
    view.undo_stack = ctx.undo
    view.undo_recorded.connect(ctx.undo_changed)
    view.setAccessibleName(tr("Leads table"))
    return view  # type: ignore[no-any-return]


def dashboard_page(ctx: AppContext, parent: QWidget) -> QWidget:
    """Return the dashboard page (a note until the analytics screens arrive)."""
    module = _optional("ui.dashboard.view")
    if module is not None:
        page: QWidget = module.DashboardView(ctx.runner, ctx.db, ctx.actor, parent)
        return page
    return placeholder(
        tr(
            "Funnel, manager and channel charts will appear here.\n"
            "Until then, the Board shows counts, values and conversion per stage."
        ),
        parent,
    )


def channels_page(ctx: AppContext, parent: QWidget) -> QWidget:
    """Return the channels page (channels and their monthly spend)."""
    module = _optional("ui.settings.catalog_page")
    if module is not None and hasattr(module, "CatalogPage"):
        page: QWidget = module.CatalogPage(ctx.runner, ctx.db, ctx.actor, parent)
        return page
    return placeholder(tr("Channels and their monthly spend are edited in Settings."), parent)


def settings_page(ctx: AppContext, parent: MainWindow) -> QWidget:
    """Return the settings page (pipelines, catalogs, users); pipeline edits reload the board."""
    module = _optional("ui.settings.view")
    if module is not None and hasattr(module, "SettingsView"):
        page: Any = module.SettingsView(ctx.runner, ctx.db, ctx.actor, parent)
        page.pipelines_changed.connect(lambda _: _on_pipelines_changed(parent))
        return page  # type: ignore[no-any-return]
    return placeholder(tr("Settings are not available in this build."), parent)


def _on_pipelines_changed(window: MainWindow) -> None:
    window.load_pipelines()
    view = window.leads_view
    if view is not None and hasattr(view, "reload_choices"):
        view.reload_choices()


def connect_leads_page(window: MainWindow, view: QWidget) -> None:
    """Forward the leads table's changes to the board, and the board's to the table."""
    if hasattr(view, "leads_changed"):
        view.leads_changed.connect(window.ctx.leads_changed)
    if hasattr(view, "set_search_text") and window.search.text().strip():
        view.set_search_text(window.search.text().strip())


def connect_dashboard_page(window: MainWindow, page: QWidget) -> None:
    """Show the dashboard's drill-downs on the Leads page instead of in a dialog."""
    if hasattr(page, "drill_requested"):
        page.open_drill = False  # type: ignore[attr-defined]
        page.drill_requested.connect(window.show_lead_ids)


def show_lead_ids(window: MainWindow, lead_ids: list[int], caption: str) -> None:
    """Switch to the Leads page and show exactly these leads under the caption."""
    window.show_page(LEADS_PAGE)
    view = window.lazy_pages[LEADS_PAGE - 1].ensure()
    if hasattr(view, "show_lead_ids"):
        view.show_lead_ids(lead_ids, caption)


def refresh_table(window: MainWindow, ids: Any) -> None:
    """Update the leads table (if built) after changes made elsewhere."""
    view = window.leads_view
    if view is None or not hasattr(view, "refresh_leads"):
        return
    if ids is None and hasattr(view, "model"):
        view.model.requery()
    elif ids is not None:
        view.refresh_leads(set(ids))


def search_leads(window: MainWindow, text: str) -> None:
    """Give the global search text to the leads table."""
    if window.leads_view is not None and hasattr(window.leads_view, "set_search_text"):
        window.leads_view.set_search_text(text)


def actor_changed(window: MainWindow) -> None:
    """Drop the pages that hold the previous actor; they are rebuilt when next shown."""
    for lazy in window.lazy_pages:
        lazy.discard()
    index = window.pages.currentIndex()
    if index > 0:
        window.lazy_pages[index - 1].ensure()


def open_editor(window: MainWindow, lead_id: int | None) -> None:
    """Open the lead editor; its saves are announced to every view and can be undone."""
    module = _optional("ui.editor.dialog")
    if module is None:
        window.show_message(tr("The lead editor is not available in this build."))
        return
    ctx = window.ctx
    if lead_id is None:
        _show_editor(window, module, None, None)
        return
    actor = ctx.actor
    ctx.run(
        lambda: _leads().get_lead(ctx.db, actor, lead_id),
        lambda record: _show_editor(window, module, lead_id, record),
        lambda exc: window.show_message(str(exc)),
    )


def _show_editor(window: MainWindow, module: Any, lead_id: int | None, before: LeadRecord | None) -> None:
    ctx = window.ctx
    dialog = module.LeadEditorDialog(ctx.runner, ctx.db, ctx.actor, lead_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.leads_changed.connect(ctx.leads_changed)
    dialog.set_undo_stack(ctx.undo)
    dialog.undo_recorded.connect(ctx.undo_changed)
    if before is not None:
        last = [before]

        def saved(record: LeadRecord) -> None:
            # The editor saves through the services itself; the undo stack learns the edit after.
            previous, last[0] = last[0], record
            ctx.run(lambda: ctx.undo.record_edit(previous, record), lambda _: ctx.undo_changed.emit())

        dialog.lead_saved.connect(saved)
    dialog.open()


def open_importer(window: MainWindow) -> None:
    """Open the import wizard when it is installed."""
    module = _optional("ui.importer.wizard")
    if module is None:
        window.show_message(tr("The import wizard is not available yet; use `funneldesk import FILE`."))
        return
    ctx = window.ctx
    wizard = module.ImportWizard(ctx.runner, ctx.db, ctx.actor, window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if hasattr(wizard, "leads_changed"):
        wizard.leads_changed.connect(lambda *_: ctx.leads_changed.emit(None))
    wizard.open()


class DemoCancelled(Exception):
    """The user cancelled the demo generator (its transaction is rolled back)."""


DEMO_LEADS = 2000


def load_demo(window: MainWindow) -> None:
    """Fill the database with demo data on the worker, with a cancellable progress dialog."""
    module = _optional("funneldesk.demo")
    fill = getattr(module, "fill_demo", None)
    if fill is None:
        window.show_message(tr("Demo data is not available in this build; run `funneldesk demo`."))
        return
    ctx, cancel = window.ctx, threading.Event()

    def progress(done: int, total: int) -> None:
        if cancel.is_set():
            raise DemoCancelled

    def finished(_: object) -> None:
        window.load_pipelines()
        ctx.leads_changed.emit(None)
        window.show_message(tr("Demo data loaded."))

    def failed(exc: Exception) -> None:
        if not isinstance(exc, DemoCancelled | FunnelDeskError):
            raise exc
        window.show_message(tr("Demo data was not loaded: %1").replace("%1", str(exc) or tr("cancelled")))

    ctx.run(
        lambda: fill(ctx.db, leads=DEMO_LEADS, actor=ctx.actor, progress=progress),
        finished,
        failed,
        progress=tr("Creating demo leads…"),
        parent=window,
        cancel=cancel,
    )


def close_pages(window: MainWindow) -> None:
    """Let pages release plots and timers before the application quits (pyqtgraph needs it)."""
    for lazy in window.lazy_pages:
        lazy.discard()

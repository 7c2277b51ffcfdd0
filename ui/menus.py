"""The window's menus and shortcuts (File, Edit, View, Lead, Help), following platform conventions.

Undo and Redo carry the name of the step from the core's undo stack, e.g.
"Undo Move to Commercial offer". Built once by the main window, which owns the actions:
``build_menus`` while the window is still the shell (every action that needs the
database disabled), ``attach_menus`` once the database is open. The core and the
backups dialog are imported on first use, never before the window's first frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from funneldesk.domain.errors import FunnelDeskError, GateRefused
from funneldesk.domain.records import UserRecord
from ui.icons import icon

if TYPE_CHECKING:
    from funneldesk.services.undo import UndoLabel
    from ui.main_window import MainWindow

# What stays usable while the database opens: nothing else may act on a file not open yet.
SHELL_ACTIONS = frozenset({"quit", "about"})


def tr(text: str) -> str:
    """Translate text in the MainWindow menus context."""
    return QCoreApplication.translate("Menus", text)


def undo_text(label: UndoLabel | None) -> str:
    """Return the words for an undo step: 'Move to Commercial offer', 'Delete “Acme”'."""
    if label is None:
        return ""
    words = {
        "move": tr("Move to %1"),
        "lost": tr("Mark “%1” lost"),
        "edit": tr("Edit “%1”"),
        "assign": tr("Assign “%1”"),
        "delete": tr("Delete “%1”"),
        "tick": tr("Tick “%1”"),
        "untick": tr("Untick “%1”"),
        "approve": tr("Approve “%1”"),
    }
    if label.kind.startswith("bulk_"):
        return _bulk_text(label.kind, label.count).replace("%1", label.subject)
    return words.get(label.kind, label.kind).replace("%1", label.subject)


def _bulk_text(kind: str, count: int) -> str:
    # %n lets each language say "1 lead" and "5 leads" its own way (Qt's plural forms).
    if kind == "bulk_move":
        return QCoreApplication.translate("Menus", "Move %Ln lead(s) to %1", None, count)
    if kind == "bulk_assign":
        return QCoreApplication.translate("Menus", "Assign %Ln lead(s) to %1", None, count)
    return QCoreApplication.translate("Menus", "Mark %Ln lead(s) lost (%1)", None, count)


def _action(
    window: MainWindow, name: str, text: str, slot: Any, shortcut: Any = None, tip: str = ""
) -> QAction:
    action = QAction(icon(name) if name else window.windowIcon(), text, window)
    if not name:
        action.setIcon(icon("about"))
    if shortcut is not None:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
    action.setToolTip(tip or text.replace("&", ""))
    action.setStatusTip(tip or text.replace("&", ""))
    action.triggered.connect(slot)
    return action


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create every action, put them in the menu bar, and return them by name."""
    a = {
        "new": _action(
            window, "add", tr("&New lead…"), lambda: window.open_lead(None), QKeySequence.StandardKey.New
        ),
        "demo": _action(window, "demo", tr("Load &demo data"), window.load_demo),
        "import": _action(window, "import", tr("&Import a spreadsheet…"), window.open_importer),
        "export": _action(window, "import", tr("E&xport…"), lambda: _open_export(window)),
        "backups": _action(window, "check", tr("&Backups…"), lambda: _open_backups(window)),
        "switch": _action(window, "switch-user", tr("&Switch user…"), lambda: switch_user(window)),
        "quit": _action(window, "quit", tr("&Quit"), window.close, "Ctrl+Q"),
        "undo": _action(
            window, "undo", tr("&Undo"), lambda: undo(window, redo=False), QKeySequence.StandardKey.Undo
        ),
        "redo": _action(
            window,
            "redo",
            tr("&Redo"),
            lambda: undo(window, redo=True),
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
        ),
        "find": _action(
            window, "search", tr("&Find…"), lambda: focus_search(window), QKeySequence.StandardKey.Find
        ),
        "edit": _action(
            window, "edit", tr("&Edit lead"), lambda: window.open_lead(current_lead(window)), "F2"
        ),
        "delete": _action(
            window, "delete", tr("&Delete lead"), lambda: delete_lead(window), QKeySequence.StandardKey.Delete
        ),
        "right": _action(
            window, "redo", tr("Move to &next stage"), lambda: move_current(window, 1), "Ctrl+Right"
        ),
        "left": _action(
            window, "undo", tr("Move to &previous stage"), lambda: move_current(window, -1), "Ctrl+Left"
        ),
        "about": _action(window, "about", tr("&About FunnelDesk"), lambda: about(window)),
    }
    for key in ("edit", "delete", "right", "left"):
        a[key].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    bar = window.menuBar()
    _fill(bar.addMenu(tr("&File")), a, "new", "demo", "import", "export", None, "backups", None, "switch",
          None, "quit")
    _fill(bar.addMenu(tr("&Edit")), a, "undo", "redo", None, "find")
    view = bar.addMenu(tr("&View"))
    for index, (key, text) in enumerate(
        zip(
            ("board", "leads", "dashboard", "channels", "settings"),
            (tr("&Board"), tr("&Leads"), tr("&Dashboard"), tr("&Channels"), tr("&Settings")),
            strict=True,
        )
    ):
        a[f"page_{key}"] = _action(
            window, key, text, lambda _=False, i=index: window.show_page(i), f"Ctrl+{index + 1}"
        )
        view.addAction(a[f"page_{key}"])
    _fill(bar.addMenu(tr("&Lead")), a, "new", "edit", "delete", None, "right", "left")
    _fill(bar.addMenu(tr("&Help")), a, "about")
    for key, action in a.items():
        action.setEnabled(key in SHELL_ACTIONS)
    window.menu_actions = a
    return a


def attach_menus(window: MainWindow) -> None:
    """Enable the actions once the database is open; undo follows the core's undo stack."""
    from ui.context import backups_apply  # not ui.backups: its core loads the ORM (after the first cards)

    a = window.menu_actions
    for key in ("edit", "delete", "right", "left"):
        window.board.addAction(a[key])
    for action in a.values():
        action.setEnabled(True)
    a["backups"].setVisible(backups_apply(window.ctx.db))  # team mode: backed up on the server
    window.ctx.undo_changed.connect(lambda: refresh_undo(window))
    refresh_undo(window)


def _open_backups(window: MainWindow) -> None:
    from ui.backups import open_backups

    open_backups(window)


def _open_export(window: MainWindow) -> None:
    from ui.exporter import open_export  # openpyxl: imported on first use, not at start-up

    open_export(window)


def _fill(menu: Any, actions: dict[str, QAction], *keys: str | None) -> None:
    for key in keys:
        if key is None:
            menu.addSeparator()
        else:
            menu.addAction(actions[key])


def refresh_undo(window: MainWindow) -> None:
    """Name the next undo and redo steps in the Edit menu."""
    if not window.is_attached:
        return
    stack = window.ctx.undo_if_built  # not built yet: nothing was done, nothing to undo
    for key, label, base in (
        ("undo", stack.undo_label if stack else None, tr("&Undo")),
        ("redo", stack.redo_label if stack else None, tr("&Redo")),
    ):
        action = window.menu_actions[key] if hasattr(window, "menu_actions") else None
        if action is not None:
            action.setEnabled(label is not None)
            action.setText(f"{base} {undo_text(label)}".strip())


def undo(window: MainWindow, redo: bool) -> None:
    """Undo or redo the last step through the core; a refusal is explained in the status bar."""
    ctx, actor = window.ctx, window.ctx.actor
    step = ctx.undo.redo if redo else ctx.undo.undo

    def done(change: Any) -> None:
        ctx.undo_changed.emit()
        if change is not None:
            ctx.leads_changed.emit(set(change.lead_ids) or {change.lead_id})
            window.show_message(
                (tr("Redone: %1") if redo else tr("Undone: %1")).replace("%1", undo_text(change.label))
            )

    def failed(exc: Exception) -> None:
        if isinstance(exc, GateRefused):
            window.show_message(
                tr("Cannot undo: the gate refuses it — %1").replace(
                    "%1", "; ".join(u.text for u in exc.unmet)
                )
            )
        elif isinstance(exc, FunnelDeskError):
            window.show_message(str(exc))
        else:
            raise exc

    ctx.run(lambda: step(actor), done, failed)


def current_lead(window: MainWindow) -> int | None:
    """Return the lead selected on the board, or in the leads table."""
    if window.pages.currentIndex() == 1 and window.leads_view is not None:
        ids: list[int] = getattr(window.leads_view, "selected_ids", list)()
        return ids[0] if ids else None
    return window.board.current_lead()


def move_current(window: MainWindow, direction: int) -> None:
    """Move the selected card one stage right or left."""
    lead_id = window.board.current_lead()
    if lead_id is not None:
        window.board._on_move_requested(lead_id, direction)


def delete_lead(window: MainWindow) -> None:
    """Move the selected lead to the trash (undoable)."""
    lead_id = current_lead(window)
    if lead_id is None:
        return
    ctx, actor = window.ctx, window.ctx.actor

    def done(_: object) -> None:
        ctx.undo_changed.emit()
        ctx.leads_changed.emit({lead_id})
        window.show_message(tr("Lead moved to the trash. Ctrl+Z brings it back."))

    ctx.run(lambda: ctx.undo.delete(actor, lead_id), done, lambda exc: window.show_message(str(exc)))


def focus_search(window: MainWindow) -> None:
    """Put the cursor in the global search field."""
    window.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
    window.search.selectAll()


def switch_user(window: MainWindow) -> None:
    """Sign in as someone else; without passwords, pick any active user from a list.

    On a team server the connection itself belongs to the person signed in, so the
    switch opens a new connection as the new person and closes the old one.
    """
    from funneldesk.services import startup, users

    ctx = window.ctx

    def work() -> tuple[str | None, bool, list[UserRecord]]:
        server = startup.team_server(ctx.db)
        if server is not None:
            return server, True, []
        return None, users.any_passwords(ctx.db), users.list_users(ctx.db, ctx.actor)

    ctx.run(work, lambda result: _on_sign_in_mode(window, *result), lambda exc: window.show_message(str(exc)))


def _on_sign_in_mode(
    window: MainWindow, server: str | None, passwords: bool, people: list[UserRecord]
) -> None:
    if server is not None:
        _switch_team_user(window, server)
        return
    chosen: UserRecord | None = None
    if passwords:
        from ui.signin import SignInDialog

        dialog = SignInDialog(window.ctx.runner, window.ctx.db, window.database_name, window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = dialog.user
        dialog.deleteLater()
    else:
        active = [u for u in people if u.active]
        names = [f"{u.name} ({u.login}, {u.role})" for u in active]
        current = next((i for i, u in enumerate(active) if u.id == window.ctx.actor.id), 0)
        name, ok = QInputDialog.getItem(window, tr("Switch user"), tr("Work as:"), names, current, False)
        chosen = active[names.index(name)] if ok and name in names else None
    if chosen is not None and chosen.id != window.ctx.actor.id:
        window.ctx.set_actor(chosen)


def _switch_team_user(window: MainWindow, server: str) -> None:
    """Ask for a login and password; on success the window works on that person's own connection.

    A refused sign-in stays in the dialog with its one-line reason; Cancel changes nothing.
    """
    from ui.signin import SignInDialog

    ctx = window.ctx
    dialog = SignInDialog(ctx.runner, None, window.database_name, window, target=server)
    window.switch_dialog = dialog  # type: ignore[attr-defined]  # tests drive it

    def accepted() -> None:
        opened = dialog.opened
        if opened is None:
            return
        # Even the same person again gets the fresh connection: it is certainly their own.
        ctx.replace_database(opened.db, opened.owner)
        window.show_message(tr("Signed in as %1").replace("%1", opened.owner.name))

    def finished() -> None:
        window.switch_dialog = None  # type: ignore[attr-defined]
        dialog.deleteLater()

    dialog.accepted.connect(accepted)
    dialog.finished.connect(finished)
    dialog.open()


def about(window: MainWindow) -> None:
    """Show the About box."""
    QMessageBox.about(
        window,
        tr("About FunnelDesk"),
        tr(
            "<h3>FunnelDesk</h3><p>A desktop lead-pipeline manager: stages with exit criteria, "
            "a board, and funnel analytics.</p><p>Database: %1</p>"
        ).replace("%1", window.database_name),
    )

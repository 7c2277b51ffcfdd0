"""The side panel that says why a move was refused and lets the user fix each reason on the spot.

Each unmet criterion gets a way to satisfy it: tick a checklist item, open the
editor for a field or an activity, or approve when the core says this user may.
After every fix the panel asks the core again (``check_move``); "Try again"
repeats the refused move. Owned by the board; GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from funneldesk.domain.errors import FunnelDeskError
from funneldesk.domain.records import CriterionRecord, PipelineRecord, UnmetCriterion, UserRecord
from funneldesk.gating.moves import MovePlan
from ui.context import AppContext
from ui.icons import icon


class GatePanel(QFrame):
    """List the unmet exit criteria of a refused move, each with a fix."""

    retry_requested = Signal(int, int)  # lead id, target stage id
    edit_requested = Signal(int)  # lead id
    lead_fixed = Signal(int)  # lead id whose ticks or approvals changed
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pipeline: PipelineRecord | None = None
        self._lead_id = self._target_id = 0
        self.setObjectName("gatePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(280)
        self.setAccessibleName(self.tr("Why the move was refused"))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self._rows = QWidget(self)
        self._rows_layout = QVBoxLayout(self._rows)
        self._rows_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._rows)
        self.retry_button = QPushButton(self.tr("Try the move again"), self)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        close = QPushButton(icon("close"), self.tr("Close"), self)
        close.clicked.connect(self._on_close_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.hide()

    @property
    def lead_id(self) -> int:
        """Return the lead whose move was refused."""
        return self._lead_id

    def show_refusal(
        self,
        pipeline: PipelineRecord,
        lead_id: int,
        title: str,
        target_id: int,
        unmet: Sequence[UnmetCriterion],
    ) -> None:
        """Show why moving a lead to a stage was refused."""
        self._pipeline, self._lead_id, self._target_id = pipeline, lead_id, target_id
        target = next((s.name for s in pipeline.stages if s.id == target_id), "?")
        self.heading.setText(
            self.tr("<b>“%1” cannot move to %2 yet.</b><br>Meet these exit criteria, then try again:")
            .replace("%1", title)
            .replace("%2", target)
        )
        self._show_unmet(unmet)
        self.show()

    def _show_unmet(self, unmet: Sequence[UnmetCriterion]) -> None:
        while (item := self._rows_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for stage_name in dict.fromkeys(u.stage_name for u in unmet):
            self._rows_layout.addWidget(QLabel(f"<b>{stage_name}</b>", self._rows))
            for item_unmet in (u for u in unmet if u.stage_name == stage_name):
                self._rows_layout.addWidget(self._row(item_unmet))
        if not unmet:
            self._rows_layout.addWidget(QLabel(self.tr("Every criterion is met now."), self._rows))
        self.retry_button.setDefault(not unmet)

    def _row(self, unmet: UnmetCriterion) -> QWidget:
        row = QWidget(self._rows)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLabel(unmet.text, row)
        text.setWordWrap(True)
        layout.addWidget(text, 1)
        button = self._fix_button(unmet, row)
        if button is not None:
            layout.addWidget(button)
        return row

    def _fix_button(self, unmet: UnmetCriterion, parent: QWidget) -> QPushButton | None:
        criterion = self._criterion(unmet.criterion_id)
        if unmet.kind == "checklist":
            button = QPushButton(icon("check"), self.tr("Tick"), parent)
            button.clicked.connect(
                lambda: self._fix(lambda a, i: self._ctx.undo.tick(a, i, unmet.criterion_id))
            )
        elif unmet.kind == "approval":
            from funneldesk.services.moves import may_approve  # the ORM: only once a move is refused

            role = (criterion.approver_role if criterion else None) or "manager"
            if criterion is None or criterion.gatekeeper or not may_approve(self._ctx.actor, role):
                hint = QPushButton(self.tr("Ask for approval"), parent)
                hint.setEnabled(False)
                hint.setToolTip(self.tr("Only a user with the %1 role can approve this").replace("%1", role))
                return hint
            button = QPushButton(icon("approve"), self.tr("Approve"), parent)
            button.clicked.connect(
                lambda: self._fix(lambda a, i: self._ctx.undo.approve(a, i, unmet.criterion_id))
            )
        else:
            button = QPushButton(icon("edit"), self.tr("Open lead…"), parent)
            button.setToolTip(self.tr("Fill in the field or log the activity in the lead editor"))
            button.clicked.connect(self._on_edit_clicked)
        button.setAccessibleName(f"{button.text()} — {unmet.text}")
        return button

    def _criterion(self, criterion_id: int) -> CriterionRecord | None:
        stages = self._pipeline.stages if self._pipeline else ()
        return next((c for s in stages for c in s.criteria if c.id == criterion_id), None)

    def _fix(self, action: Callable[[UserRecord, int], object] | None) -> None:
        ctx, lead_id, target_id = self._ctx, self._lead_id, self._target_id
        actor = ctx.actor

        def work() -> MovePlan:
            if action is not None:
                action(actor, lead_id)
            from funneldesk.services import moves  # the ORM: loaded on first use, after the first cards

            return moves.check_move(ctx.db, actor, lead_id, target_id)

        ctx.run(work, lambda plan: self._on_rechecked(plan, action is not None), self._on_recheck_failed)

    def _on_rechecked(self, plan: MovePlan, changed: bool) -> None:
        self._show_unmet(plan.unmet)
        if changed:
            self._ctx.undo_changed.emit()
            self.lead_fixed.emit(self._lead_id)

    def _on_recheck_failed(self, exc: Exception) -> None:
        if not isinstance(exc, FunnelDeskError):
            raise exc
        self.heading.setText(str(exc))

    def recheck(self) -> None:
        """Ask the core again (the lead was edited elsewhere)."""
        if self.isVisible():
            self._fix(None)

    def _on_retry_clicked(self) -> None:
        self.retry_requested.emit(self._lead_id, self._target_id)

    def _on_edit_clicked(self) -> None:
        self.edit_requested.emit(self._lead_id)

    def _on_close_clicked(self) -> None:
        self.hide()
        self.closed.emit()

"""The board: columns of open stages, Won/Lost drop zones, and the gate panel.

Every move goes to the core on the database worker (through the undo stack);
the board then re-reads just the moved lead's card and the column summaries and
updates the models with insert/remove/dataChanged. Owned by the main window.

A load comes in three worker tasks, cheapest first: the stages with each open
stage's first cards (milliseconds at any size: ``first_cards_shown``), then the
counts and totals (a walk of an index: ``summaries_loaded``), then conversion.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget

from funneldesk.domain.errors import FunnelDeskError, GateRefused
from funneldesk.domain.records import PipelineRecord, StageRecord
from funneldesk.services.board import (
    BoardStart,
    CardRecord,
    ColumnSummary,
    board_card,
    board_columns,
    board_start,
)
from ui.board.column import BoardColumn
from ui.board.gate_panel import GatePanel
from ui.board.model import FIRST_PAGE
from ui.board.outcomes import LostReasonDialog, OutcomeZone
from ui.context import AppContext


class BoardWidget(QWidget):
    """Show one pipeline as columns; move cards through the core."""

    summaries_loaded = Signal(object)  # list[ColumnSummary]
    first_cards_shown = Signal()  # a load's first cards are in the columns (counts may follow)
    cards_refreshed = Signal()
    move_refused = Signal(int, object)  # lead id, tuple[UnmetCriterion, ...]
    move_failed = Signal(str)
    edit_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.pipeline_id: int | None = None
        self.search = ""
        self.columns: list[BoardColumn] = []
        self.zones: list[OutcomeZone] = []
        self._summaries: list[ColumnSummary] = []
        self._follow: int | None = None
        self._current: int | None = None
        self._own_change = False  # set while announcing a move the board has already applied
        self._latest_load = [0]  # the newest load's generation, read by its tasks on the worker
        self._strip = QWidget(self)
        self._strip_layout = QHBoxLayout(self._strip)
        self._strip_layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._strip)
        self._zone_row = QHBoxLayout()
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addLayout(self._zone_row)
        self.gate_panel = GatePanel(ctx, self)
        self.gate_panel.retry_requested.connect(self._on_retry_requested)
        self.gate_panel.edit_requested.connect(self.edit_requested)
        self.gate_panel.lead_fixed.connect(self._on_lead_fixed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.gate_panel)
        self.splitter.setStretchFactor(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._conversion_timer = QTimer(self)
        self._conversion_timer.setSingleShot(True)
        self._conversion_timer.setInterval(400)
        self._conversion_timer.timeout.connect(self._on_conversion_timeout)
        ctx.leads_changed.connect(self._on_leads_changed)

    @property
    def summaries(self) -> list[ColumnSummary]:
        """Return the latest column summaries."""
        return self._summaries

    @property
    def pipeline(self) -> PipelineRecord:
        """Return the shown pipeline's stages (from the latest summaries)."""
        return PipelineRecord(self.pipeline_id or 0, "", tuple(s.stage for s in self._summaries))

    def load(self, pipeline_id: int, search: str = "") -> None:
        """Show a pipeline, filtered by a search text (a new query: models reset)."""
        self.pipeline_id, self.search = pipeline_id, search
        self._generation = getattr(self, "_generation", 0) + 1  # older results are stale
        ctx, actor, text, generation = self._ctx, self._ctx.actor, search or None, self._generation
        latest = self._latest_load
        latest[0] = generation
        # Cards first: the stages and each stage's newest cards take milliseconds at any size;
        # the counts walk an index of every lead (0.2 s at 1M), conversion follows them.
        # Each task is skipped on the worker if a newer load came first (each keystroke of a
        # search queues a load: at 1M a stale count would hold the worker for seconds).
        self._ctx.run(
            _unless_stale(latest, generation,
                          lambda: board_start(ctx.db, actor, pipeline_id, text, FIRST_PAGE)),
            lambda start: self._on_first_cards(generation, start),
            progress=self.tr("Loading the board…"),
            parent=self,
        )
        self._ctx.run(
            _unless_stale(latest, generation,
                          lambda: board_columns(ctx.db, actor, pipeline_id, text, conversion=False)),
            lambda summaries: self._on_counted(generation, summaries),
        )

    def _on_first_cards(self, generation: int, start: BoardStart | None) -> None:
        if start is None or generation != self._generation:
            return  # a newer load (another search or pipeline) replaced this one
        placeholders = start.placeholders()
        if [s.stage.id for s in placeholders] != [s.stage.id for s in self._summaries]:
            self._rebuild(placeholders)
        self._summaries = placeholders
        for column, summary in self._pairs(self.columns, placeholders):
            column.set_summary(summary)
            cards = start.first.get(summary.stage.id, [])
            # Until the count arrives, one more than a full page lets scrolling ask for more.
            column.model.reload(len(cards) + (len(cards) >= FIRST_PAGE), self.search, cards)
        for zone, summary in self._pairs(self.zones, placeholders):
            zone.set_summary(summary)
        self.first_cards_shown.emit()

    def _on_counted(self, generation: int, summaries: list[ColumnSummary] | None) -> None:
        if summaries is None or generation != self._generation:
            return
        if [s.stage.id for s in summaries] != [s.stage.id for s in self._summaries]:
            self._on_columns_loaded(summaries)  # the stages changed meanwhile: a full reload
            return
        self._summaries = summaries
        for column, summary in self._pairs(self.columns, summaries):
            column.set_summary(summary)
            column.model.set_total(summary.count)
        for zone, summary in self._pairs(self.zones, summaries):
            zone.set_summary(summary)
        self.summaries_loaded.emit(summaries)
        self._on_conversion_timeout(announce=False)

    def _on_columns_loaded(
        self, summaries: list[ColumnSummary], first: dict[int, list[CardRecord]] | None = None
    ) -> None:
        if [s.stage.id for s in summaries] != [s.stage.id for s in self._summaries]:
            self._rebuild(summaries)
        self._summaries = summaries
        for column, summary in self._pairs(self.columns, summaries):
            column.set_summary(summary)
            column.model.reload(summary.count, self.search, first.get(summary.stage.id) if first else None)
        for zone, summary in self._pairs(self.zones, summaries):
            zone.set_summary(summary)
        self.summaries_loaded.emit(summaries)
        self._on_conversion_timeout(announce=False)

    def _pairs(
        self, widgets: Sequence[Any], summaries: Sequence[ColumnSummary]
    ) -> list[tuple[Any, ColumnSummary]]:
        by_id = {s.stage.id: s for s in summaries}
        return [(w, by_id[w.stage.id]) for w in widgets if w.stage.id in by_id]

    def _rebuild(self, summaries: list[ColumnSummary]) -> None:
        for widget in (*self.columns, *self.zones):
            widget.deleteLater()
        self.columns = [BoardColumn(self._ctx, s, self._strip) for s in summaries if s.stage.kind == "open"]
        self.zones = [OutcomeZone(s, self) for s in summaries if s.stage.kind != "open"]
        for column in self.columns:
            self._strip_layout.addWidget(column)
            column.model.card_dropped.connect(self.request_move)
            column.view.move_requested.connect(self._on_move_requested)
            column.view.edit_requested.connect(self.edit_requested)
            column.view.selectionModel().currentChanged.connect(self._on_current_changed)
        for zone in self.zones:
            self._zone_row.addWidget(zone)
            zone.card_dropped.connect(self.request_move)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        card = current.data(Qt.ItemDataRole.UserRole + 1) if current.isValid() else None
        self._current = card.id if isinstance(card, CardRecord) else None

    def current_lead(self) -> int | None:
        """Return the lead of the card selected last."""
        return self._current

    def stage(self, stage_id: int) -> StageRecord | None:
        """Return a stage of the shown pipeline."""
        return next((s.stage for s in self._summaries if s.stage.id == stage_id), None)

    def find_card(self, lead_id: int) -> tuple[BoardColumn, CardRecord] | None:
        """Return the column and card of a loaded lead."""
        for column in self.columns:
            row = column.model.row_of(lead_id)
            if row is not None:
                return column, column.model.card_at(row)
        return None

    def _on_move_requested(self, lead_id: int, direction: int) -> None:
        found = self.find_card(lead_id)
        if found is None:
            return
        ladder = [s.stage for s in self._summaries if s.stage.kind != "lost"]
        index = next(i for i, s in enumerate(ladder) if s.id == found[0].stage.id) + direction
        if 0 <= index < len(ladder):
            self._follow = lead_id
            self.request_move(lead_id, found[0].stage.id, ladder[index].id)

    def request_move(self, lead_id: int, from_id: int, to_id: int) -> None:
        """Ask the core to move a lead (a drag, a key or a retry); lost asks for a reason first."""
        target = self.stage(to_id)
        if target is None or from_id == to_id:
            return
        if target.kind == "lost":
            self._ask_lost(lead_id)
            return
        ctx, actor = self._ctx, self._ctx.actor
        refresh = self._refresh_work([lead_id])

        def work() -> Any:
            ctx.undo.move(actor, lead_id, to_id)
            return _then(refresh)

        ctx.run(
            work,
            lambda fetched: self._on_moved(lead_id, fetched),
            lambda exc: self._on_move_error(lead_id, to_id, exc),
        )

    def _ask_lost(self, lead_id: int) -> None:
        ctx, actor = self._ctx, self._ctx.actor
        ctx.run(
            lambda: [name for _, name in _catalog().list_names(ctx.db, actor, "lost_reason")],
            lambda reasons: self._on_reasons_loaded(lead_id, reasons),
        )

    def _on_reasons_loaded(self, lead_id: int, reasons: list[str]) -> None:
        found = self.find_card(lead_id)
        chosen = self.ask_lost_reason(found[1].title if found else "", reasons)
        if chosen is None:
            return
        ctx, actor = self._ctx, self._ctx.actor
        refresh = self._refresh_work([lead_id])

        def work() -> Any:
            ctx.undo.mark_lost(actor, lead_id, *chosen)
            return _then(refresh)

        ctx.run(
            work,
            lambda fetched: self._on_moved(lead_id, fetched),
            lambda exc: self._on_move_error(lead_id, 0, exc),
        )

    def ask_lost_reason(self, title: str, reasons: list[str]) -> tuple[str, str] | None:
        """Ask for a lost reason and a note; None when cancelled."""
        dialog = LostReasonDialog(title, reasons, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.chosen() if accepted else None

    def _on_moved(self, lead_id: int, fetched: Any = None) -> None:
        """Apply a move: the card and counts came back with it, in the same worker call."""
        if self.gate_panel.lead_id == lead_id:
            self.gate_panel.hide()
        self._ctx.undo_changed.emit()
        if fetched is None:  # the re-read failed or the pipeline changed meanwhile: read again
            self._ctx.leads_changed.emit({lead_id})
            return
        self._on_cards_fetched([lead_id], *fetched)
        self._own_change = True  # the board is already up to date: only the other views listen
        try:
            self._ctx.leads_changed.emit({lead_id})
        finally:
            self._own_change = False

    def _on_move_error(self, lead_id: int, to_id: int, exc: Exception) -> None:
        self._follow = None
        if isinstance(exc, GateRefused):
            found = self.find_card(lead_id)
            title = found[1].title if found else str(lead_id)
            self.gate_panel.show_refusal(self.pipeline, lead_id, title, to_id, exc.unmet)
            self.move_refused.emit(lead_id, exc.unmet)
        elif isinstance(exc, FunnelDeskError):
            self.move_failed.emit(str(exc))
        else:
            raise exc

    def _on_retry_requested(self, lead_id: int, to_id: int) -> None:
        found = self.find_card(lead_id)
        self.request_move(lead_id, found[0].stage.id if found else 0, to_id)

    def _on_lead_fixed(self, lead_id: int) -> None:
        self._ctx.leads_changed.emit({lead_id})

    def _on_leads_changed(self, lead_ids: Iterable[int] | None) -> None:
        if self.pipeline_id is None or self._own_change:
            return
        if lead_ids is None:
            self.load(self.pipeline_id, self.search)
            return
        ids = sorted(lead_ids)
        self._ctx.run(self._refresh_work(ids), lambda result: self._on_cards_fetched(ids, *result))

    def _refresh_work(
        self, ids: list[int]
    ) -> Callable[[], tuple[list[CardRecord | None], list[ColumnSummary]]]:
        """Return worker code re-reading these leads' cards and the counts of the stages they touch."""
        ctx, actor = self._ctx, self._ctx.actor
        pipeline_id, search = self.pipeline_id or 0, self.search or None
        known = [self.find_card(i) for i in ids]
        # Leads whose card is not loaded may have left any stage: then count every stage.
        before = None if None in known else {found[0].stage.id for found in known if found}

        def work() -> tuple[list[CardRecord | None], list[ColumnSummary]]:
            cards = [board_card(ctx.db, actor, i, search) for i in ids]
            stages = None if before is None else before | {c.stage_id for c in cards if c}
            return cards, board_columns(
                ctx.db, actor, pipeline_id, search, stage_ids=stages, conversion=False
            )

        return work

    def _on_cards_fetched(
        self, ids: list[int], cards: list[CardRecord | None], counted: list[ColumnSummary]
    ) -> None:
        counts = {s.stage.id: s for s in counted}
        if not set(counts) <= {s.stage.id for s in self._summaries}:
            self.load(self.pipeline_id or 0, self.search)
            return
        summaries = [
            replace(counts[s.stage.id], conversion=s.conversion) if s.stage.id in counts else s
            for s in self._summaries
        ]
        for lead_id, card in zip(ids, cards, strict=True):
            for column in self.columns:
                if card is not None and card.stage_id == column.stage.id:
                    arrived = column.model.row_of(lead_id) is None
                    if column.model.put_card(card) is not None and arrived:
                        column.glow(lead_id)
                else:
                    column.model.remove_card(lead_id)
        self._summaries = summaries
        for column, summary in self._pairs(self.columns, summaries):
            column.set_summary(summary)
            column.model.set_total(summary.count)
        for zone, summary in self._pairs(self.zones, summaries):
            zone.set_summary(summary)
        self._select_followed()
        self.gate_panel.recheck()
        self.summaries_loaded.emit(summaries)
        self.cards_refreshed.emit()
        self._conversion_timer.start()

    def _on_conversion_timeout(self, announce: bool = True) -> None:
        """Recompute conversion (the costly figure) once moves have settled, or after a load.

        After a load (``announce`` False) only the conversion figures change: counts were
        just loaded, so no second ``summaries_loaded`` is sent.
        """
        if self.pipeline_id is None:
            return
        ctx, actor, pipeline_id, search = self._ctx, self._ctx.actor, self.pipeline_id, self.search or None
        generation, latest = getattr(self, "_generation", 0), self._latest_load
        ctx.run(_unless_stale(latest, generation, lambda: board_columns(ctx.db, actor, pipeline_id, search)),
                lambda summaries: self._on_conversion_loaded(summaries, (generation, actor), announce))

    def _on_conversion_loaded(self, summaries: list[ColumnSummary] | None,
                              asked: tuple[int, object] | None = None, announce: bool = True) -> None:
        if summaries is None:
            return  # skipped on the worker: a newer load came first
        if asked is not None and asked != (getattr(self, "_generation", 0), self._ctx.actor):
            return  # for another actor, pipeline or search: a newer load replaces it
        if [s.stage.id for s in summaries] != [s.stage.id for s in self._summaries]:
            return
        if not announce:  # keep the counts just loaded (cards may have moved since), add conversion
            summaries = [replace(old, conversion=new.conversion)
                         for old, new in zip(self._summaries, summaries, strict=True)]
        self._summaries = summaries
        for column, summary in self._pairs(self.columns, summaries):
            column.set_summary(summary)
        for zone, summary in self._pairs(self.zones, summaries):
            zone.set_summary(summary)
        if announce:
            self.summaries_loaded.emit(summaries)

    def _select_followed(self) -> None:
        if self._follow is not None:
            found = self.find_card(self._follow)
            if found is not None:
                found[0].select_lead(self._follow)
            self._follow = None


def _catalog() -> Any:
    """Return funneldesk.services.catalog (the ORM), loaded on first use: not before the first cards."""
    from funneldesk.services import catalog

    return catalog


def _unless_stale(latest: list[int], generation: int, work: Callable[[], Any]) -> Callable[[], Any]:
    """Return work that does nothing (None) if a newer load has begun by the time the worker reaches it."""
    return lambda: work() if latest[0] == generation else None


def _then(refresh: Callable[[], Any]) -> Any:
    """Run the re-read after a write on the worker; None (read again later) if it fails.

    The write has succeeded by then: a failing re-read must not be reported as a refused move.
    """
    try:
        return refresh()
    except Exception:
        return None

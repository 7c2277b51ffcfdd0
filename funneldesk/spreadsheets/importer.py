"""Import leads and their history from a spreadsheet: plan (dry run) or apply, all or none.

The public surface the CLI and the GUI wizard both call: ``read_plan`` for the
dry-run summary and ``run_import`` for the real thing. Permission: owners and
managers only (an import touches many owners' leads and creates catalog entries).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from funneldesk.domain.errors import InvalidInput, PermissionDenied
from funneldesk.domain.records import UserRecord
from funneldesk.services.permissions import require_role
from funneldesk.spreadsheets.applying import (
    apply_updates,
    checkpoint,
    create_pending,
    insert_created,
)
from funneldesk.spreadsheets.cells import csv_text
from funneldesk.spreadsheets.drafts import Rejection
from funneldesk.spreadsheets.gate import ImportGateRefused
from funneldesk.spreadsheets.limits import DEFAULT_LIMITS, Limits
from funneldesk.spreadsheets.lookups import existing_history
from funneldesk.spreadsheets.planning import ImportOptions, ImportPlan, Progress, build_plan
from funneldesk.spreadsheets.reading import read_table
from funneldesk.storage.bulk_load import big_cache
from funneldesk.storage.database import Database

# SQLite page cache while an import writes: with the default 2 MiB, the leads' 17 indexes
# and the derived tables' outgrow it and every insert waits on page reads and spills.
IMPORT_CACHE_KIB = 16384

__all__ = ["ImportOptions", "ImportPlan", "ImportResult", "plan_import", "run_import"]


@dataclass(slots=True)
class ImportResult:
    """What a real import did."""

    plan: ImportPlan
    created_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)
    report: Path | None = None


def plan_import(db: Database, actor: UserRecord, path: str | Path, options: ImportOptions,
                limits: Limits = DEFAULT_LIMITS) -> ImportPlan:
    """Dry run: read the file and say what would happen, changing nothing."""
    _check_actor(actor, options)
    table = read_table(path, limits, options.encoding)
    with db.read() as session:
        return build_plan(session, table, options)


def run_import(db: Database, actor: UserRecord, path: str | Path, options: ImportOptions,
               limits: Limits = DEFAULT_LIMITS, on_progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Import in one transaction; rejected rows abort it unless ``skip_invalid``."""
    _check_actor(actor, options)
    progress = on_progress or (lambda done, total: None)
    table = read_table(path, limits, options.encoding)
    progress(1, 4)
    with db.write() as session, big_cache(session, IMPORT_CACHE_KIB):
        plan = build_plan(session, table, options)
        _refuse_rejections(plan, options)
        progress(2, 4)
        checkpoint(cancelled)
        result = _write(session, actor, plan, cancelled, options.override)
        progress(3, 4)
    if plan.rejected:
        result.report = write_report(Path(path), plan.rejected)
    progress(4, 4)
    return result


def _check_actor(actor: UserRecord, options: ImportOptions) -> None:
    require_role(actor, "owner", "manager", action="import leads")
    if options.override is not None:
        if actor.role != "owner":
            raise PermissionDenied(f"only an owner may override a stage gate ({actor.login} is "
                                   f"{actor.role})")
        if not options.override.strip():
            raise InvalidInput("--override needs a reason")


def _write(session: Session, actor: UserRecord, plan: ImportPlan,
           cancelled: Callable[[], bool] | None, override: str | None = None) -> ImportResult:
    now = datetime.now()
    ids = create_pending(session, plan)
    result = ImportResult(plan)
    result.created_ids = insert_created(session, actor, plan.create, ids, now)
    checkpoint(cancelled)
    updated = [d.existing["id"] for d in plan.update if d.existing is not None]
    history = existing_history(session, updated)
    result.updated_ids = apply_updates(session, actor, plan, ids, now, history, override)
    _derived(session, result.created_ids + result.updated_ids)
    checkpoint(cancelled)
    return result


def _derived(session: Session, lead_ids: list[int]) -> None:
    # Analytics keeps derived tables; whichever hook the history service offers is called once.
    from funneldesk.services import history

    hook = getattr(history, "after_stage_changes", None) or history.after_leads_changed
    if lead_ids:
        hook(session, lead_ids)


def _refuse_rejections(plan: ImportPlan, options: ImportOptions) -> None:
    if not plan.rejected or options.skip_invalid:
        return
    if plan.gate_refused:
        first_refusal = plan.gate_refused[0]
        raise ImportGateRefused(
            f"{len(plan.gate_refused)} of {plan.rows} rows would move leads past unmet exit "
            f"criteria, nothing imported (first: row {first_refusal.row}, "
            f"{first_refusal.text()}); see --dry-run, use --skip-invalid, or an owner may "
            "pass --override REASON")
    first = plan.rejected[0]
    raise InvalidInput(f"{len(plan.rejected_rows())} of {plan.rows} rows rejected, nothing "
                       f"imported (first: row {first.row}, {first.column}: {first.reason}); "
                       "see --dry-run, or use --skip-invalid")


def report_path(source: Path) -> Path:
    """Return where the rejected-rows report for an input file goes."""
    return source.with_name(f"{source.stem}.rejected.csv")


def write_report(source: Path, rejected: list[Rejection]) -> Path:
    """Write rejected rows (row, column, reason) to a CSV beside the input."""
    target = report_path(source)
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["row", "column", "reason"])
        writer.writerows((r.row, csv_text(r.column), csv_text(r.reason)) for r in rejected)
    return target

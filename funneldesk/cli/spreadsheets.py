"""The spreadsheet commands: ``import FILE`` and ``export leads|report|accountant -o FILE``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from funneldesk.domain.errors import InvalidInput

if TYPE_CHECKING:
    from funneldesk.cli.main import Context
    from funneldesk.spreadsheets.planning import ImportPlan

SHOWN_REJECTIONS = 50


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the import and export commands."""
    _register_import(sub)
    _register_export(sub)


def _register_import(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("import", help="import leads and their history from .xlsx or .csv")
    parser.add_argument("file", type=Path)
    parser.add_argument("--pipeline", metavar="NAME", help="target pipeline (default: the first)")
    parser.add_argument("--map", action="append", default=[], metavar="SOURCE=FIELD",
                        help="map a column to a lead field, external_id, created_at, closed_at "
                        "or entered:<Stage>; SOURCE= ignores the column")
    parser.add_argument("--stage-map", action="append", default=[], metavar="VALUE=STAGE",
                        help="map a stage value of the file to a stage of the pipeline")
    parser.add_argument("--date-format", action="append", default=[], metavar="[COLUMN=]ORDER",
                        help="how to read dates like 03/04/2017 when a column cannot tell: dmy, "
                        "mdy or ymd, for one column (COLUMN=dmy, repeatable) or for every "
                        "column that cannot tell (dmy)")
    parser.add_argument("--encoding", metavar="NAME",
                        help="the text encoding of a CSV file (default: detected, and said)")
    parser.add_argument("--override", metavar="REASON",
                        help="owner only: move existing leads forward past unmet exit criteria, "
                        "recording REASON on each lead")
    parser.add_argument("--create-missing-users", action="store_true",
                        help="create unknown owners as employees instead of rejecting the rows")
    parser.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="import the valid rows; write rejected ones to FILE.rejected.csv")
    parser.set_defaults(func=_import)


def _register_export(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("export", help="export leads, the analytics report or the "
                            "accountant workbook to .xlsx or .csv")
    parser.add_argument("what", choices=("leads", "report", "accountant"))
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    parser.add_argument("--from", dest="start", type=_day, metavar="DATE", help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", type=_day, metavar="DATE", help="last day (YYYY-MM-DD)")
    parser.add_argument("--pipeline", metavar="NAME")
    parser.set_defaults(func=_export)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def _options(args: argparse.Namespace) -> object:
    from funneldesk.spreadsheets.planning import ImportOptions

    return ImportOptions(pipeline=args.pipeline, maps=args.map, stage_map=args.stage_map,
                         date_formats=args.date_format, encoding=args.encoding,
                         override=args.override,
                         create_missing_users=args.create_missing_users,
                         skip_invalid=args.skip_invalid)


def _import(args: argparse.Namespace, ctx: Context) -> int:
    from funneldesk.spreadsheets.importer import plan_import, run_import

    options = _options(args)
    if args.dry_run:
        plan = plan_import(ctx.db, ctx.actor, args.file, options)  # type: ignore[arg-type]
        _print_plan(plan, "would ")
        return 0
    result = run_import(ctx.db, ctx.actor, args.file, options)  # type: ignore[arg-type]
    if result.plan.encoding:
        print(f"read {args.file.name} as {result.plan.encoding}", file=sys.stderr)
    _print_plan(result.plan, "")
    if result.report:
        print(f"rejected rows written to {result.report}")
    return 0


def _print_plan(plan: ImportPlan, would: str) -> None:
    if plan.source:
        print(f"recognised: a {plan.source} export")
    if plan.encoding and would:
        print(f"encoding: {plan.encoding}")
    mapped = ", ".join(f"{plan.headers[i]} -> {name}" for name, i in plan.mapping.fields.items())
    print(f"columns: {mapped}")
    for column in plan.dates.values():
        print(f"dates in {column.header!r}: {column.describe()}")
    if plan.mapping.ignored:
        print(f"ignored columns: {', '.join(plan.mapping.ignored)}")
    print(f"{plan.rows} rows: {would}create {len(plan.create)}, {would}update "
          f"{len(plan.update)}, unchanged {plan.unchanged}, rejected {len(plan.rejected_rows())}")
    for kind, label in (("user", "users"), ("channel", "channels"), ("persona", "personas"),
                        ("lost_reason", "lost reasons")):
        if names := plan.new_names(kind):
            print(f"{would}create {label}: {', '.join(names)}")
    for unknown, label, hint in ((plan.unknown_stages, "unknown stages", "--stage-map VALUE=STAGE"),
                                 (plan.unknown_owners, "unknown owners", "--create-missing-users")):
        if unknown:
            listed = ", ".join(f"{n!r} ({c} rows)" for n, c in sorted(unknown.items()))
            print(f"{label} (use {hint}): {listed}")
    if plan.past_gate:
        print(f"{plan.past_gate} new leads {'would be ' if would else ''}placed past exit criteria "
              "they do not meet (recorded as imported past the gate)")
    if plan.overridden:
        verb = "would be" if would else "were"
        print(f"{len(plan.overridden)} leads {verb} moved past the gate by --override: "
              f"{', '.join(map(str, plan.overridden[:20]))}")
    if plan.gate_refused:
        print(f"{len(plan.gate_refused)} rows refused by the stage gate:")
    for rejection in plan.rejected[:SHOWN_REJECTIONS]:
        print(f"  row {rejection.row}, {rejection.column}: {rejection.reason}")
    if len(plan.rejected) > SHOWN_REJECTIONS:
        print(f"  ... and {len(plan.rejected) - SHOWN_REJECTIONS} more")


def _export(args: argparse.Namespace, ctx: Context) -> int:
    from funneldesk.spreadsheets.export_data import ExportFilter

    where = ExportFilter(pipeline=args.pipeline, start=args.start, end=args.end)
    if args.start and args.end and args.start > args.end:
        raise InvalidInput("--from is after --to")
    written = _exporter(args.what)(ctx.db, ctx.actor, args.output, where,
                                   on_progress=_progress if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"exported {written} {'rows' if args.what != 'report' else 'sheets'} to {args.output}")
    return 0


def _exporter(what: str):  # type: ignore[no-untyped-def]
    if what == "leads":
        from funneldesk.spreadsheets.export_leads import export_leads

        return export_leads
    if what == "accountant":
        from funneldesk.spreadsheets.export_accountant import export_accountant

        return export_accountant
    from funneldesk.spreadsheets.export_report import export_report

    return export_report


def _progress(done: int, total: int) -> None:
    print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

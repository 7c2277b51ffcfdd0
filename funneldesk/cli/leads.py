"""Lead commands: ``lead add|show|list|edit|assign|delete``, ``move``, ``lost``, ``tick``, ``approve``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from funneldesk.cli.output import add_format, print_json, print_rows
from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import LeadRecord
from funneldesk.services import leads, moves

if TYPE_CHECKING:
    from funneldesk.cli.main import Context

FIELD_OPTIONS = (
    "title",
    "company",
    "contact",
    "email",
    "phone",
    "channel",
    "persona",
    "category",
    "value",
    "currency",
    "discount",
    "temperature",
    "expected_close",
    "next_action",
    "satisfaction",
    "notes",
    "external_id",
)
LIST_COLUMNS = ("id", "title", "company", "stage", "owner", "value", "currency", "channel", "created")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the lead, move, lost, tick and approve commands."""
    lead = sub.add_parser("lead", help="add, show, list, edit, assign or delete leads")
    lead_sub = lead.add_subparsers(title="lead commands", metavar="ACTION", required=True)
    _register_add(lead_sub)
    _register_show(lead_sub)
    _register_list(lead_sub)
    _register_edit(lead_sub)
    _register_assign(lead_sub)
    _register_delete(lead_sub)
    _register_moves(sub)


def _add_field_options(parser: argparse.ArgumentParser) -> None:
    for name in FIELD_OPTIONS:
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name)


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    values = {name: getattr(args, name) for name in FIELD_OPTIONS if getattr(args, name) is not None}
    if "contact" in values:
        values["contact_name"] = values.pop("contact")
    return values


def _register_add(sub: Any) -> None:
    add = sub.add_parser("add", help="create a lead and print its id")
    _add_field_options(add)
    add.add_argument("--pipeline")
    add.add_argument("--stage", help="start in this stage (gated like a move)")
    add.add_argument("--owner", help="owner's login (default: you)")
    add.set_defaults(func=_add)


def _add(args: argparse.Namespace, ctx: Context) -> int:
    fields = _fields(args)
    if not fields.get("title"):
        raise InvalidInput("a lead needs a title (--title)")
    record = leads.create_lead(
        ctx.db, ctx.actor, fields, pipeline=args.pipeline, stage=args.stage, owner=args.owner
    )
    print(record.id)
    return 0


def _register_show(sub: Any) -> None:
    show = sub.add_parser("show", help="show one lead with its gate and history")
    show.add_argument("lead", type=int)
    add_format(show)
    show.set_defaults(func=_show)


def _show(args: argparse.Namespace, ctx: Context) -> int:
    record = leads.get_lead(ctx.db, ctx.actor, args.lead)
    gate = moves.gate_status(ctx.db, ctx.actor, args.lead)
    history = leads.lead_history(ctx.db, ctx.actor, args.lead)
    if args.format == "json":
        print_json(
            {
                "lead": record,
                "exit_criteria": [
                    {
                        "text": s.text,
                        "met": s.met,
                        "applies": s.applies,
                        "kind": s.criterion.kind,
                        "id": s.criterion.id,
                    }
                    for s in gate
                ],
                "history": history,
            }
        )
        return 0
    _print_lead(record)
    print("\nExit criteria of this stage:")
    for item in gate or []:
        print(f"  [{'x' if item.met else ' '}] {item.text} (#{item.criterion.id})")
    if not gate:
        print("  none")
    print("\nHistory:")
    for change in history:
        print(
            f"  {change.at:%Y-%m-%d %H:%M}  {change.from_stage or '—'} -> {change.to_stage}  "
            f"{change.how} by {change.user_name or '—'} {change.reason}".rstrip()
        )
    return 0


def _print_lead(record: LeadRecord) -> None:
    shown = (
        "id",
        "title",
        "company",
        "contact_name",
        "email",
        "phone",
        "stage_name",
        "owner_name",
        "channel",
        "persona",
        "category",
        "value",
        "currency",
        "discount",
        "temperature",
        "expected_close",
        "next_action",
        "lost_reason",
        "created_at",
        "closed_at",
        "version",
    )
    for name in shown:
        value = getattr(record, name)
        if value not in (None, ""):
            print(f"{name.replace('_', ' '):>15}: {value}")


def _register_list(sub: Any) -> None:
    lst = sub.add_parser("list", help="list the leads you may see")
    lst.add_argument("--pipeline")
    lst.add_argument("--stage")
    lst.add_argument("--owner")
    lst.add_argument("--status", choices=("open", "won", "lost"))
    lst.add_argument("--search", help="part of a title, company, contact, e-mail or phone")
    lst.add_argument("--limit", type=int)
    add_format(lst)
    lst.set_defaults(func=_list)


def _list(args: argparse.Namespace, ctx: Context) -> int:
    found = leads.list_leads(
        ctx.db,
        ctx.actor,
        pipeline=args.pipeline,
        stage=args.stage,
        owner=args.owner,
        status=args.status,
        search=args.search,
        limit=args.limit,
    )
    rows = [
        (r.id, r.title, r.company, r.stage_name, r.owner_name, r.value, r.currency, r.channel, r.created_at)
        for r in found
    ]
    print_rows(LIST_COLUMNS, rows, args.format)
    return 0


def _register_edit(sub: Any) -> None:
    edit = sub.add_parser("edit", help="change lead fields")
    edit.add_argument("lead", type=int)
    _add_field_options(edit)
    edit.add_argument("--expect-version", type=int, help="refuse if the lead changed since this version")
    edit.set_defaults(func=_edit)


def _edit(args: argparse.Namespace, ctx: Context) -> int:
    fields = _fields(args)
    if not fields:
        raise InvalidInput("nothing to change: give at least one field option")
    record = leads.update_lead(ctx.db, ctx.actor, args.lead, fields, args.expect_version)
    print(f"lead {record.id} saved (version {record.version}, stage {record.stage_name})")
    return 0


def _register_assign(sub: Any) -> None:
    assign = sub.add_parser("assign", help="give a lead to another owner")
    assign.add_argument("lead", type=int)
    assign.add_argument("owner", help="login of the new owner")
    assign.set_defaults(func=_assign)


def _assign(args: argparse.Namespace, ctx: Context) -> int:
    record = leads.assign_lead(ctx.db, ctx.actor, args.lead, args.owner)
    print(f"lead {record.id} now belongs to {record.owner_name}")
    return 0


def _register_delete(sub: Any) -> None:
    delete = sub.add_parser("delete", help="move a lead to the trash")
    delete.add_argument("lead", type=int)
    delete.set_defaults(func=_delete)


def _delete(args: argparse.Namespace, ctx: Context) -> int:
    leads.delete_lead(ctx.db, ctx.actor, args.lead)
    print(f"lead {args.lead} moved to the trash")
    return 0


def _register_moves(sub: Any) -> None:
    move = sub.add_parser("move", help="move a lead to a stage (gated)")
    move.add_argument("lead", type=int)
    move.add_argument("stage", help="stage name or id")
    move.add_argument("--override", metavar="REASON", help="owner only: pass the gate, recording why")
    move.set_defaults(func=_move)
    lost = sub.add_parser("lost", help="mark a lead lost")
    lost.add_argument("lead", type=int)
    lost.add_argument("--reason", required=True)
    lost.add_argument("--note", default="")
    lost.set_defaults(func=_lost)
    tick = sub.add_parser("tick", help="tick (or --untick) a checklist item of a lead")
    tick.add_argument("lead", type=int)
    tick.add_argument("criterion", type=int, help="criterion id (see lead show)")
    tick.add_argument("--untick", action="store_true")
    tick.set_defaults(func=_tick)
    approve = sub.add_parser("approve", help="give an approval a lead's gate needs")
    approve.add_argument("lead", type=int)
    approve.add_argument("criterion", type=int, help="criterion id (see lead show)")
    approve.add_argument("--gatekeeper", type=int, metavar="PARTICIPANT_ID")
    approve.set_defaults(func=_approve)


def _move(args: argparse.Namespace, ctx: Context) -> int:
    result = moves.move_lead(ctx.db, ctx.actor, args.lead, args.stage, override=args.override)
    path = " -> ".join(c.to_stage for c in result.changes)
    print(f"lead {args.lead} moved: {path}")
    return 0


def _lost(args: argparse.Namespace, ctx: Context) -> int:
    moves.mark_lost(ctx.db, ctx.actor, args.lead, args.reason, args.note)
    print(f"lead {args.lead} marked lost ({args.reason})")
    return 0


def _tick(args: argparse.Namespace, ctx: Context) -> int:
    result = moves.set_tick(ctx.db, ctx.actor, args.lead, args.criterion, not args.untick)
    print(f"lead {args.lead}: {'un' if args.untick else ''}ticked; now in {result.lead.stage_name}")
    return 0


def _approve(args: argparse.Namespace, ctx: Context) -> int:
    result = moves.approve(ctx.db, ctx.actor, args.lead, args.criterion, args.gatekeeper)
    print(f"lead {args.lead}: approved; now in {result.lead.stage_name}")
    return 0

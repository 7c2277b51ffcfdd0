"""Follow-up commands: ``activity add|list|done|reschedule``.

``activity list --format json`` prints a list of objects with the keys ``id``, ``lead_id``,
``kind``, ``due`` (ISO date-time or null), ``owner`` (the lead owner's name or null) and
``done`` (bool), plus ``lead`` (the lead's title) and ``subject``. Exit status: 0 ok,
2 bad usage, 4 an activity or owner outside your reach, 5 rejected input.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import TYPE_CHECKING

from funneldesk.cli.output import add_format, print_rows
from funneldesk.services import activities

if TYPE_CHECKING:
    from funneldesk.cli.main import Context

COLUMNS = ("id", "lead_id", "kind", "due", "owner", "done", "lead", "subject")


def _when(text: str) -> date | datetime:
    """Parse a due day (YYYY-MM-DD) or moment (YYYY-MM-DDTHH:MM), or 'today'/'tomorrow'."""
    words = {"today": 0, "tomorrow": 1}
    if text in words:
        return date.fromordinal(date.today().toordinal() + words[text])
    try:
        return datetime.fromisoformat(text) if "T" in text or " " in text else date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def _day(text: str) -> date:
    value = _when(text)
    return value.date() if isinstance(value, datetime) else value


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the activity command."""
    parser = sub.add_parser("activity", help="schedule, list and complete follow-ups")
    actions = parser.add_subparsers(title="activity commands", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="schedule a call, meeting, e-mail, task or demo; prints its id")
    add.add_argument("lead", type=int, metavar="LEAD")
    add.add_argument("--kind", required=True, choices=activities.ACTIVITY_KINDS)
    add.add_argument("--due", required=True, type=_when, metavar="DATE")
    add.add_argument("--note", default="", metavar="TEXT")
    add.set_defaults(func=_add)
    listing = actions.add_parser("list", help="open, overdue or one day's activities")
    which = listing.add_mutually_exclusive_group()
    which.add_argument("--overdue", action="store_true", help="open activities due before today")
    which.add_argument("--due", type=_day, metavar="DATE", help="activities due on this day")
    listing.add_argument("--owner", metavar="LOGIN", help="the activities of this user's leads")
    add_format(listing)
    listing.set_defaults(func=_list)
    done = actions.add_parser("done", help="mark an activity done")
    done.add_argument("id", type=int, metavar="ID")
    done.set_defaults(func=_done)
    later = actions.add_parser("reschedule", help="move an activity to another day")
    later.add_argument("id", type=int, metavar="ID")
    later.add_argument("--due", required=True, type=_when, metavar="DATE")
    later.set_defaults(func=_reschedule)


def _add(args: argparse.Namespace, ctx: Context) -> int:
    print(activities.schedule(ctx.db, ctx.actor, args.lead, args.kind, args.due, args.note))
    return 0


def _list(args: argparse.Namespace, ctx: Context) -> int:
    rows = activities.list_activities(ctx.db, ctx.actor, overdue=args.overdue, due=args.due, owner=args.owner)
    values = [[r.id, r.lead_id, r.kind, r.due, r.owner, r.done, r.lead_title, r.subject] for r in rows]
    if args.format == "table":
        values = [[*v[:5], "yes" if v[5] else "no", *v[6:]] for v in values]
    print_rows(COLUMNS, values, args.format)
    return 0


def _done(args: argparse.Namespace, ctx: Context) -> int:
    activities.complete(ctx.db, ctx.actor, args.id)
    print(f"activity {args.id} done")
    return 0


def _reschedule(args: argparse.Namespace, ctx: Context) -> int:
    activities.reschedule(ctx.db, ctx.actor, args.id, args.due)
    print(f"activity {args.id} due {args.due}")
    return 0

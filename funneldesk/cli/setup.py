"""``funneldesk init``: create a database with an owner and a starter pipeline."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from funneldesk.services import pipelines, rates, users
from funneldesk.services.templates import TEMPLATE_NAMES
from funneldesk.storage.database import Database

if TYPE_CHECKING:
    from funneldesk.cli.main import Context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the init and templates commands."""
    init = sub.add_parser("init", help="create a database with an owner and a stage template")
    init.add_argument("--template", choices=TEMPLATE_NAMES, default="typical-sales")
    init.add_argument("--owner-name", default="Owner")
    init.add_argument("--owner-login", default="owner")
    init.set_defaults(func=_init)
    templates = sub.add_parser("templates", help="list the built-in stage templates")
    templates.set_defaults(func=_templates)


def initialise(db: Database, template: str, owner_name: str = "Owner", owner_login: str = "owner") -> str:
    """Make sure the database has an owner and at least one pipeline; return what was done."""
    owner = users.ensure_owner(db, owner_name, owner_login)
    # Stored now, the reporting currency need not be worked out from the leads by every
    # report, nor written (through the ORM) by the window's first open.
    rates.ensure_base(db)
    if pipelines.list_pipelines(db, owner):
        return f"database ready ({db.display_name}); it already has pipelines"
    created = pipelines.create_from_template(db, owner, template)
    return f"created pipeline {created.name!r} with {len(created.stages)} stages in {db.display_name}"


def _init(args: argparse.Namespace, ctx: Context) -> int:
    print(initialise(ctx.db, args.template, args.owner_name, args.owner_login))
    return 0


def _templates(args: argparse.Namespace, ctx: Context) -> int:
    from funneldesk.services.templates import describe_templates

    for key, name, description in describe_templates():
        print(f"{key:16} {name}: {description}")
    return 0

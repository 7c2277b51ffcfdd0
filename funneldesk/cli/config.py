"""Configuration commands: ``pipelines``, ``users`` and ``channels``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from funneldesk.cli.output import add_format, print_json, print_rows
from funneldesk.cli.signin import ask_new_password
from funneldesk.domain.errors import InvalidInput
from funneldesk.domain.records import PipelineRecord
from funneldesk.services import catalog, pipelines, users
from funneldesk.services.templates import TEMPLATE_NAMES

if TYPE_CHECKING:
    from funneldesk.cli.main import Context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the pipelines, users and channels commands."""
    _register_pipelines(sub)
    _register_users(sub)
    _register_channels(sub)
    _register_team(sub)


def _register_pipelines(sub: Any) -> None:
    parser = sub.add_parser("pipelines", help="list, add or show pipelines")
    actions = parser.add_subparsers(title="pipeline commands", metavar="ACTION", required=True)
    lst = actions.add_parser("list", help="list pipelines")
    add_format(lst)
    lst.set_defaults(func=_pipelines_list)
    add = actions.add_parser("add", help="add a pipeline from --stage options or a --template")
    add.add_argument("name")
    add.add_argument(
        "--stage",
        action="append",
        default=[],
        metavar="NAME[:KIND[:PROBABILITY]]",
        help="a stage, in order; kind is open (default), won or lost",
    )
    add.add_argument("--template", choices=TEMPLATE_NAMES)
    add.set_defaults(func=_pipelines_add)
    show = actions.add_parser("show", help="show a pipeline's stages and exit criteria")
    show.add_argument("name")
    add_format(show)
    show.set_defaults(func=_pipelines_show)


def parse_stage(text: str) -> dict[str, Any]:
    """Parse 'Name[:open|won|lost[:probability]]' into a stage spec."""
    parts = [p.strip() for p in text.split(":")]
    if not parts[0] or len(parts) > 3:
        raise InvalidInput(f"bad --stage {text!r}; use Name[:open|won|lost[:probability]]")
    spec: dict[str, Any] = {"name": parts[0], "kind": parts[1] if len(parts) > 1 and parts[1] else "open"}
    if len(parts) == 3:
        if not parts[2].isdigit():
            raise InvalidInput(f"bad probability in --stage {text!r}: use a whole percentage")
        spec["probability"] = int(parts[2])
    else:
        spec["probability"] = {"won": 100, "lost": 0}.get(spec["kind"], 0)
    return spec


def _pipelines_list(args: argparse.Namespace, ctx: Context) -> int:
    found = pipelines.list_pipelines(ctx.db, ctx.actor)
    print_rows(
        ("id", "name", "stages"),
        [(p.id, p.name, " > ".join(s.name for s in p.stages)) for p in found],
        args.format,
    )
    return 0


def _pipelines_add(args: argparse.Namespace, ctx: Context) -> int:
    if args.template and args.stage:
        raise InvalidInput("give either --template or --stage options, not both")
    if args.template:
        created = pipelines.create_from_template(ctx.db, ctx.actor, args.template, args.name)
    elif args.stage:
        created = pipelines.create(ctx.db, ctx.actor, args.name, [parse_stage(s) for s in args.stage])
    else:
        raise InvalidInput("give the stages with --stage NAME[:KIND[:PROBABILITY]] or a --template")
    print(f"created pipeline {created.name!r} (id {created.id}) with {len(created.stages)} stages")
    return 0


def _pipelines_show(args: argparse.Namespace, ctx: Context) -> int:
    found = pipelines.get(ctx.db, ctx.actor, args.name)
    if args.format == "json":
        print_json(found)
    else:
        _print_pipeline(found)
    return 0


def _print_pipeline(pipeline: PipelineRecord) -> None:
    from funneldesk.gating.criteria import describe

    print(f"{pipeline.name} (id {pipeline.id})")
    for stage in pipeline.stages:
        extra = f", rots after {stage.rotting_days} d" if stage.rotting_days else ""
        print(f"  {stage.position + 1}. {stage.name} [{stage.kind}, {stage.probability} %{extra}]")
        for criterion in stage.criteria:
            print(f"       exit: {describe(criterion)} (#{criterion.id})")


def _register_users(sub: Any) -> None:
    parser = sub.add_parser("users", help="add, list or import users")
    actions = parser.add_subparsers(title="user commands", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user (owner only)")
    add.add_argument("login")
    add.add_argument("--name")
    add.add_argument("--role", choices=users.ROLES, default="employee")
    add.add_argument("--manager", help="login or name of their manager")
    add.add_argument("--password", action="store_true",
                     help="ask for a password (on a terminal; otherwise one line is read from stdin)")
    add.set_defaults(func=_users_add)
    lst = actions.add_parser("list", help="list users")
    add_format(lst)
    lst.set_defaults(func=_users_list)
    imp = actions.add_parser("import", help="import users from a CSV (name, login, role, manager)")
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=_users_import)
    passwd = actions.add_parser("passwd", help="set or clear a user's password (the new one is "
                                "asked on a terminal, or read as one line from stdin)")
    passwd.add_argument("login")
    passwd.add_argument("--clear", action="store_true")
    passwd.set_defaults(func=_users_passwd)


def _users_add(args: argparse.Namespace, ctx: Context) -> int:
    from funneldesk.services.permissions import require_config

    require_config(ctx.actor, "users")  # refused before any password is asked
    password = ask_new_password() if args.password else None
    created = users.add_user(
        ctx.db, ctx.actor, args.name or args.login, args.login, args.role, args.manager, password
    )
    print(f"added {created.role} {created.name} ({created.login}), id {created.id}")
    return 0


def _users_list(args: argparse.Namespace, ctx: Context) -> int:
    found = users.list_users(ctx.db, ctx.actor)
    names = {u.id: u.login for u in found}
    rows = [
        (u.id, u.login, u.name, u.role, names.get(u.manager_id or -1), u.active, u.has_password)
        for u in found
    ]
    print_rows(("id", "login", "name", "role", "manager", "active", "password"), rows, args.format)
    return 0


def _users_import(args: argparse.Namespace, ctx: Context) -> int:
    created = users.import_users(ctx.db, ctx.actor, args.file)
    print(f"imported {len(created)} users from {args.file.name}")
    return 0


def _users_passwd(args: argparse.Namespace, ctx: Context) -> int:
    users.check_password_change(ctx.db, ctx.actor, args.login)  # before anything is asked
    users.set_password(ctx.db, ctx.actor, args.login, None if args.clear else ask_new_password())
    print(f"password of {args.login} {'cleared' if args.clear else 'set'}")
    return 0


def _register_channels(sub: Any) -> None:
    parser = sub.add_parser("channels", help="list or add lead channels")
    actions = parser.add_subparsers(title="channel commands", metavar="ACTION", required=True)
    lst = actions.add_parser("list", help="list channels")
    add_format(lst)
    lst.set_defaults(func=_channels_list)
    add = actions.add_parser("add", help="add a channel")
    add.add_argument("name")
    add.add_argument("--kind", choices=("paid", "owned", "earned"), default="paid")
    add.set_defaults(func=_channels_add)


def _channels_list(args: argparse.Namespace, ctx: Context) -> int:
    print_rows(("id", "name", "kind"), catalog.list_channels(ctx.db, ctx.actor), args.format)
    return 0


def _channels_add(args: argparse.Namespace, ctx: Context) -> int:
    new_id = catalog.add_name(ctx.db, ctx.actor, "channel", args.name, args.kind)
    print(f"added channel {args.name!r} (id {new_id})")
    return 0


def _register_team(sub: Any) -> None:
    parser = sub.add_parser("team", help="team mode on PostgreSQL: the server enforces who sees what")
    actions = parser.add_subparsers(title="team commands", metavar="ACTION", required=True)
    setup = actions.add_parser(
        "setup",
        help="prepare a postgresql:// database for team mode (run with the administrator's URL; "
        "safe to run again, and needed again after an upgrade)",
        description="Migrates the database, makes the owner if there is none, creates one "
        "PostgreSQL login per FunnelDesk user and the group roles, grants and row-level "
        "security policies that limit each login to what its role may see.",
    )
    setup.add_argument("--template", choices=TEMPLATE_NAMES, default="typical-sales",
                       help="stage template for the first pipeline of an empty database")
    setup.set_defaults(func=_team_setup)


def _team_setup(args: argparse.Namespace, ctx: Context) -> int:
    from funneldesk.cli.setup import initialise
    from funneldesk.storage.team import setup_team

    if ctx.db.dialect != "postgresql":
        raise InvalidInput("team mode needs a postgresql:// database (--db postgresql://admin@host/name)")
    initialise(ctx.db, args.template)
    result = setup_team(ctx.db)
    print(f"team mode is on for {ctx.db.display_name}: {len(result.logins)} server logins "
          f"({', '.join(result.logins)})")
    if result.without_password:
        print(f"no password yet, cannot sign in: {', '.join(result.without_password)}; set one with "
              "`funneldesk --db <this URL> users passwd LOGIN`")
    for warning in result.warnings:
        print(f"warning: {warning}")
    return 0

"""``funneldesk backup | restore | backups | check``: safe online backups and integrity checks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from funneldesk.domain.errors import DatabaseError, InvalidInput
from funneldesk.services import backups
from funneldesk.services.permissions import require_whole_file
from funneldesk.storage.engine import normalise_url, sqlite_path

if TYPE_CHECKING:
    from funneldesk.cli.main import Context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the backup, restore, backups and check commands."""
    backup = sub.add_parser("backup", help="take a verified online backup (SQLite backup API)")
    backup.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="write the backup here (default: the backup folder next to the file)")
    backup.add_argument("--auto", action="store_true",
                        help="take a rotating automatic backup if one is due, and prune old ones")
    backup.set_defaults(func=_backup)
    restore = sub.add_parser("restore", help="replace the database with a backup "
                             "(the current file is kept first)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(func=_restore)
    listing = sub.add_parser("backups", help="list the backups of the database with their dates")
    listing.set_defaults(func=_list)
    check = sub.add_parser("check", help="run SQLite's integrity and foreign-key checks")
    check.set_defaults(func=_check)


def _backup(args: argparse.Namespace, ctx: Context) -> int:
    if args.auto and args.output:
        raise InvalidInput("--auto and -o cannot be combined")
    if args.auto:
        require_whole_file(ctx.actor)
        made = backups.auto_backup(ctx.db, force=False)
        print(f"backup written to {made.path}" if made else "no automatic backup due yet")
        return 0
    if args.output is not None and args.output.exists():
        raise InvalidInput(f"{args.output} exists; choose a new file name")
    entry = backups.backup_as(ctx.db, ctx.actor, args.output)
    print(f"backup written to {entry.path} ({entry.size} bytes, verified)")
    return 0


def _target_file(ctx: Context) -> Path:
    path = sqlite_path(normalise_url(ctx.target))
    if path is None:
        raise DatabaseError("restore works on SQLite files; restore a team database with "
                            "the PostgreSQL tools (pg_restore)")
    return path


def _restore(args: argparse.Namespace, ctx: Context) -> int:
    # Never opens the database through Database(): the file may be the damaged one.
    if not args.file.is_file():
        raise InvalidInput(f"no backup file {args.file}")
    target = _target_file(ctx)
    _check_restorer(ctx, target)
    result = backups.restore_backup(target, args.file)
    kept = f"; the previous file was kept at {result.kept}" if result.kept else ""
    print(f"restored {result.restored.name}{kept}")
    return 0


def _check_restorer(ctx: Context, target: Path) -> None:
    """Only an owner (signed in) may replace a readable database.

    A file that cannot be opened (damaged, or from a newer FunnelDesk) has no one who
    can sign in to it; whoever can write the file can already replace it, so the
    restore is left to the file's permissions.
    """
    if not target.exists():
        return
    try:
        actor = ctx.actor
    except DatabaseError:
        return
    finally:
        ctx.close()  # the restore replaces the file: no connection of ours may stay open
        ctx.__dict__.pop("db", None)
    require_whole_file(actor)


def _list(args: argparse.Namespace, ctx: Context) -> int:
    entries = backups.backups_as(ctx.db, ctx.actor)
    if not entries:
        print("no backups yet")
    for entry in entries:
        print(f"{entry.taken_at:%Y-%m-%d %H:%M:%S}  {entry.size:>10}  "
              f"{entry.description:<24} {entry.path}")
    return 0


def _check(args: argparse.Namespace, ctx: Context) -> int:
    problems = backups.check_database(ctx.db)
    if problems:
        raise DatabaseError(f"{ctx.db.display_name} has {len(problems)} problems: {problems[0]}")
    warning = backups.path_warning(ctx.db.path) if ctx.db.path else None
    if warning:
        print(f"warning: {warning}")
    print(f"{ctx.db.display_name}: ok")
    return 0

"""Entry point: ``funneldesk`` and ``python -m funneldesk``.

With no command it opens the window. The core never imports the GUI: the window is
found through the ``funneldesk.gui`` entry point that the package declares
(``ui.app:run``), so the core stays importable, and testable, without Qt.
"""

from __future__ import annotations

import sys
from typing import Any

GUI_GROUP = "funneldesk.gui"


def main(argv: list[str] | None = None) -> int:
    """Run a command, or open the window when none is given."""
    from funneldesk.cli.main import parse, run_command

    args = parse(sys.argv[1:] if argv is None else argv)
    if getattr(args, "func", None) is None:
        return _open_window(args.db)
    return run_command(args)


def entry_points(group: str) -> Any:
    """Return the installed entry points of a group (importlib.metadata: 0.1 s, window only)."""
    from importlib.metadata import entry_points as installed

    return installed(group=group)


def _open_window(db: str | None) -> int:
    import os

    from funneldesk.cli.target import DatabaseUnusable, check_target
    from funneldesk.paths import DB_ENV, resolve_target

    try:  # a folder or a missing folder as --db: one line here, before any window opens
        check_target(resolve_target(db), explicit=bool(db or os.environ.get(DB_ENV)))
    except DatabaseUnusable as exc:
        print(f"funneldesk: {exc}", file=sys.stderr)
        return exc.exit_code

    found = entry_points(group=GUI_GROUP)
    try:
        run = next(iter(found)).load()
    except (StopIteration, ImportError) as exc:
        print(f"funneldesk: the window cannot start: {str(exc) or 'no GUI is installed'}", file=sys.stderr)
        return 1
    return int(run(resolve_target(db)))


if __name__ == "__main__":
    sys.exit(main())

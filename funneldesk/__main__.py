"""Entry point: ``funneldesk`` and ``python -m funneldesk``.

With no command it opens the window; this is the one place that reaches into ``ui``,
so the core stays importable without Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run a command, or open the window when none is given."""
    from funneldesk.cli.main import parse, run_command

    args = parse(sys.argv[1:] if argv is None else argv)
    if getattr(args, "func", None) is None:
        return _open_window(args.db)
    return run_command(args)


def _open_window(db: str | None) -> int:
    from funneldesk.paths import resolve_target

    try:
        from ui.app import run
    except ImportError as exc:
        print(f"funneldesk: the window cannot start: {exc}", file=sys.stderr)
        return 1
    return run(resolve_target(db))


if __name__ == "__main__":
    sys.exit(main())

"""The head revision FunnelDesk checks at start-up without Alembic equals Alembic's head."""

from __future__ import annotations

import subprocess
import sys

from funneldesk.storage.migrate import HEAD_REVISION, head_revision


def test_constant_head_equals_alembic_head() -> None:
    assert head_revision() == HEAD_REVISION


def test_opening_an_up_to_date_database_does_not_import_alembic(db_target: str) -> None:
    code = (
        "import sys; from funneldesk.storage.database import Database; "
        f"Database({db_target!r}).close(); print('alembic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False"

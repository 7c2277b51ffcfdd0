"""`funneldesk import` as a user runs it: per-column --date-format, the dry run's inferences,
the encoding on stderr, and exit 3 with the row named when the gate refuses a re-import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from funneldesk.domain.records import UserRecord
from funneldesk.services import pipelines
from funneldesk.storage.database import Database

from .conftest import change_count, write_csv
from .test_sheet_crm import GATED


def _cli(db_target: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "funneldesk", "--db", db_target, "import", *args],
                          capture_output=True, text=True, timeout=300)


def test_date_formats_per_column_and_the_dry_run(db: Database, db_target: str, owner: UserRecord,
                                                 sales: str, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "f.csv", "Title,Créé,Gagné le,stage\n"
                       "Café,03/04/2017,05/06/2017 10:00,Won\nThé,04/05/2017,06/07/2017 11:00,Won\n",
                       encoding="cp1252")
    refused = _cli(db_target, str(source), "--pipeline", sales, "--map", "Gagné le=closed_at",
                   "--map", "Créé=created_at", "--dry-run")
    assert refused.returncode == 5
    assert "column 'Créé' has dates like 03/04/2017, 04/05/2017" in refused.stderr
    done = _cli(db_target, str(source), "--pipeline", sales, "--map", "Gagné le=closed_at",
                "--map", "Créé=created_at", "--date-format", "Créé=dmy", "--date-format", "mdy",
                "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "encoding: cp1252 (detected)" in done.stdout
    assert "dates in 'Créé': day/month/year (from --date-format dmy)" in done.stdout
    assert "dates in 'Gagné le': month/day/year with time (from --date-format mdy)" in done.stdout
    assert "would create 2" in done.stdout


def test_a_refused_reimport_exits_3_naming_the_row(db: Database, db_target: str, owner: UserRecord,
                                                   tmp_path: Path) -> None:
    pipelines.create(db, owner, "Gated", GATED)
    seed = write_csv(tmp_path / "seed.csv", "id,title,stage,value\nR1,Acme,Engaging,100\n")
    assert _cli(db_target, str(seed), "--pipeline", "Gated").returncode == 0
    before = change_count(db)
    moves = write_csv(tmp_path / "moves.csv", "id,title,stage,value\nR1,Acme,Won,100\n")
    refused = _cli(db_target, str(moves), "--pipeline", "Gated")
    assert refused.returncode == 3
    assert 'row 2, lead 1 (Acme): Engaging -> Won refused, unmet exit criteria: Engaging: tick ' \
           '"Budget confirmed"' in refused.stderr
    assert change_count(db) == before
    done = _cli(db_target, str(moves), "--pipeline", "Gated", "--override", "paper contract")
    assert done.returncode == 0, done.stderr
    assert "1 leads were moved past the gate by --override: 1" in done.stdout

"""Importer behaviour a user notices: dry run, all-or-none, skip-invalid, maps, re-import."""

from __future__ import annotations

import csv
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from funneldesk.domain.errors import InvalidInput, PermissionDenied
from funneldesk.domain.records import UserRecord
from funneldesk.services import users
from funneldesk.services.leads import get_lead, lead_history
from funneldesk.spreadsheets.importer import ImportOptions, plan_import, run_import
from funneldesk.storage.database import Database
from funneldesk.storage.models import AuditEntry, Channel, Lead, User

from .conftest import change_count, lead_count, write_csv

MIXED = ("id,title,stage,value\n"
         "A1,First,Prospecting,100\n"
         "A2,Second,Nowhere,200\n"
         "A3,Third,Won,3.5\n")


def test_dry_run_reports_and_changes_nothing(db: Database, owner: UserRecord, sales: str,
                                             tmp_path: Path) -> None:
    plan = plan_import(db, owner, write_csv(tmp_path / "f.csv", MIXED), ImportOptions(pipeline=sales))
    assert (len(plan.create), len(plan.update), plan.unchanged) == (2, 0, 0)
    assert [(r.row, r.column) for r in plan.rejected] == [(3, "stage")]
    assert lead_count(db) == 0


def test_one_bad_row_imports_nothing(db: Database, owner: UserRecord, sales: str,
                                     tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="1 of 3 rows rejected, nothing imported"):
        run_import(db, owner, write_csv(tmp_path / "f.csv", MIXED), ImportOptions(pipeline=sales))
    assert (lead_count(db), change_count(db)) == (0, 0)


def test_skip_invalid_imports_the_rest_and_writes_a_report(db: Database, owner: UserRecord,
                                                            sales: str, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "deals.csv", MIXED)
    result = run_import(db, owner, source, ImportOptions(pipeline=sales, skip_invalid=True))
    assert len(result.created_ids) == 2
    assert result.report == tmp_path / "deals.rejected.csv"
    with result.report.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["row", "column", "reason"]
    assert rows[1][:2] == ["3", "stage"] and "Nowhere" in rows[1][2]


def test_stage_map_owners_catalogs_and_title_fallback(db: Database, owner: UserRecord,
                                                      sales: str, tmp_path: Path) -> None:
    users.add_user(db, owner, "Ann Lee", "ann", "employee")
    text = ("Account,Contact,Status,Sales Rep,Source,Amount,Currency,Discount\n"
            "Acme,,closed won,ann,Webinar,\"1.234,50\",EUR,10%\n"
            ",Bob Stone,new,Zed New,Webinar,5,,\n")
    source = write_csv(tmp_path / "f.csv", text)
    options = ImportOptions(pipeline=sales, stage_map=["closed won=Won", "NEW=Prospecting"],
                            create_missing_users=True)
    plan = plan_import(db, owner, source, options)
    assert plan.new_names("user") == ["Zed New"] and plan.new_names("channel") == ["Webinar"]
    result = run_import(db, owner, source, options)
    won, fresh = (get_lead(db, owner, i) for i in result.created_ids)
    assert (won.title, won.stage_name, won.owner_name, won.channel) == ("Acme", "Won", "Ann Lee", "Webinar")
    assert (won.value, won.currency, won.discount) == (Decimal("1234.50"), "EUR", Decimal("10"))
    assert (fresh.title, fresh.stage_name, fresh.owner_name) == ("Bob Stone", "Prospecting", "Zed New")
    with db.read() as session:
        assert session.scalar(select(User.role).where(User.name == "Zed New")) == "employee"
        assert session.scalars(select(Channel.name)).all() == ["Webinar"]
        assert len(session.scalars(select(AuditEntry.id).where(AuditEntry.action == "import")).all()) == 2


def test_unknown_owner_without_flag_is_a_row_error(db: Database, owner: UserRecord, sales: str,
                                                   tmp_path: Path) -> None:
    plan = plan_import(db, owner, write_csv(tmp_path / "f.csv", "title,owner\nA,Ghost\n"),
                       ImportOptions(pipeline=sales))
    assert [(r.row, r.column) for r in plan.rejected] == [(2, "owner")]


def test_history_is_rebuilt_from_the_dates(db: Database, owner: UserRecord, sales: str,
                                           tmp_path: Path) -> None:
    text = "id,title,stage,created,engaged,closed\nL1,Lost one,Lost,01/02/2017,15/02/2017,01/03/2017 10:30\n"
    # 'created' cannot tell d/m from m/d by itself (01/02); 'engaged' can, but a column
    # never borrows another's order: the user names it.
    options = ImportOptions(pipeline=sales, maps=["engaged=entered:Engaging"],
                            date_formats=["created=dmy", "closed=dmy"])
    result = run_import(db, owner, write_csv(tmp_path / "f.csv", text), options)
    history = lead_history(db, owner, result.created_ids[0])
    steps = [(h.to_stage, h.at, h.how) for h in history]
    assert steps == [("Prospecting", datetime(2017, 2, 1), "import"),
                     ("Engaging", datetime(2017, 2, 15), "import"),
                     ("Lost", datetime(2017, 3, 1, 10, 30), "import")]
    assert get_lead(db, owner, result.created_ids[0]).closed_at == datetime(2017, 3, 1, 10, 30)


def test_reimport_updates_instead_of_duplicating(db: Database, owner: UserRecord, sales: str,
                                                 tmp_path: Path) -> None:
    first = ("id,title,stage,value,entered:Engaging\n"
             "R1,Deal,Engaging,100,2017-01-05\nR2,Other,Prospecting,5,\n")
    run_import(db, owner, write_csv(tmp_path / "a.csv", first), ImportOptions(pipeline=sales))
    second = ("id,title,stage,value,entered:Engaging,closed_at\n"
              "R1,Deal,Won,250,2017-01-05,2017-02-01\nR2,Other,Prospecting,5,,\n")
    result = run_import(db, owner, write_csv(tmp_path / "b.csv", second), ImportOptions(pipeline=sales))
    assert (len(result.created_ids), len(result.updated_ids), result.plan.unchanged) == (0, 1, 1)
    assert lead_count(db) == 2
    lead = get_lead(db, owner, result.updated_ids[0])
    assert (lead.stage_name, lead.value, lead.closed_at) == ("Won", Decimal("250.00"), datetime(2017, 2, 1))
    assert [h.to_stage for h in lead_history(db, owner, lead.id)] == ["Prospecting", "Engaging", "Won"]
    with db.read() as session:
        assert session.scalar(select(Lead.version).where(Lead.external_id == "R1")) == 2


def test_ambiguous_dates_need_a_date_format(db: Database, owner: UserRecord, sales: str,
                                            tmp_path: Path) -> None:
    source = write_csv(tmp_path / "f.csv", "title,created_at\nA,03/04/2017\n")
    with pytest.raises(InvalidInput, match="--date-format"):
        plan_import(db, owner, source, ImportOptions(pipeline=sales))
    run_import(db, owner, source, ImportOptions(pipeline=sales, date_format="mdy"))
    with db.read() as session:
        assert session.scalar(select(Lead.created_at)) == datetime(2017, 3, 4)


def test_employees_may_not_import(db: Database, owner: UserRecord, sales: str, tmp_path: Path) -> None:
    employee = users.add_user(db, owner, "Em Ploy", "em", "employee")
    with pytest.raises(PermissionDenied):
        run_import(db, employee, write_csv(tmp_path / "f.csv", "title\nA\n"), ImportOptions(pipeline=sales))


def test_cancel_leaves_the_database_unchanged(db: Database, owner: UserRecord, sales: str,
                                              tmp_path: Path) -> None:
    source = write_csv(tmp_path / "f.csv", "title\n" + "".join(f"L{i}\n" for i in range(500)))
    with pytest.raises(InvalidInput, match="cancelled"):
        run_import(db, owner, source, ImportOptions(pipeline=sales), cancelled=lambda: True)
    assert lead_count(db) == 0


def test_failure_in_a_later_chunk_imports_nothing(db: Database, owner: UserRecord, sales: str,
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from funneldesk.spreadsheets import applying, bulk

    monkeypatch.setattr(bulk, "CHUNK", 2)  # rows go in chunk by chunk: fail after some went in
    real, calls = applying._insert_chunk, []

    def failing(*args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full")
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(applying, "_insert_chunk", failing)
    rows = "".join(f"B{i},Deal {i},Won,{i},2017-01-{i + 1:02d},2017-02-01\n" for i in range(6))
    source = write_csv(tmp_path / "f.csv", "id,title,stage,value,created_at,closed_at\n" + rows)
    with pytest.raises(OSError, match="disk full"):
        run_import(db, owner, source, ImportOptions(pipeline=sales))
    assert (lead_count(db), change_count(db), len(calls)) == (0, 0, 3)
    monkeypatch.setattr(applying, "_insert_chunk", real)
    assert len(run_import(db, owner, source, ImportOptions(pipeline=sales)).created_ids) == 6
    assert change_count(db) == 12


def test_text_columns_are_cleaned_and_limited(db: Database, owner: UserRecord, sales: str,
                                              tmp_path: Path) -> None:
    long = "x" * 301
    for bell in ("", "bell\x07here"):  # a control character anywhere sends a column the slow way
        text = f"id,title,stage\nT1,  Spaced  ,Won\nT2,{bell},Won\nT3,{long},Won\n"
        plan = plan_import(db, owner, write_csv(tmp_path / "f.csv", text), ImportOptions(pipeline=sales))
        assert [d.columns["title"] for d in plan.create] == ["Spaced", *(["bell here"] if bell else ["T2"])]
        rejected = [(r.row, r.column, r.reason) for r in plan.rejected]
        assert rejected == [(4, "title", "longer than 300 characters")]

"""Imports of real exports as they are: per-column dates, CRM headers, the gate, formulas, encodings."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from funneldesk.domain.enums import IMPORTED_PAST_GATE
from funneldesk.domain.errors import InvalidInput, PermissionDenied
from funneldesk.domain.records import UserRecord
from funneldesk.services import pipelines, users
from funneldesk.services.leads import get_lead, lead_history
from funneldesk.spreadsheets.gate import ImportGateRefused
from funneldesk.spreadsheets.importer import ImportOptions, plan_import, run_import
from funneldesk.storage.database import Database
from funneldesk.storage.models import Lead, StageChange

from .conftest import change_count, lead_count, write_csv

# --- 1. dates decided per column -------------------------------------------------------

# First contact typed m/d/yyyy, won date written dd-mm-yyyy HH:MM: each column tells
# its own order (7/25 and 28-02), so no option is needed and no date is misread.
MIXED_DATES = ("id,title,stage,first contact,won date\n"
               "M1,Alpha,Engaging,7/25/2016,28-02-2017 14:30\n"
               "M2,Beta,Engaging,3/4/2016,03-04-2017 09:00\n"
               "M3,Gamma,Prospecting,1/2/2017,\n")


def test_each_date_column_keeps_its_own_order(db: Database, owner: UserRecord, sales: str,
                                              tmp_path: Path) -> None:
    source = write_csv(tmp_path / "funnel.csv", MIXED_DATES)
    plan = plan_import(db, owner, source, ImportOptions(pipeline=sales))  # no option at all
    described = {c.header: c.describe() for c in plan.dates.values()}
    assert described["first contact"].startswith("month/day/year (decided by 7/25/2016)")
    assert described["won date"].startswith("day/month/year with time (decided by 28-02-2017 14:30)")
    result = run_import(db, owner, source, ImportOptions(pipeline=sales))
    leads = {get_lead(db, owner, i).title: get_lead(db, owner, i) for i in result.created_ids}
    assert leads["Alpha"].created_at == datetime(2016, 7, 25)
    assert leads["Alpha"].closed_at == datetime(2017, 2, 28, 14, 30)
    assert leads["Beta"].created_at == datetime(2016, 3, 4)  # March 4th: m/d like its column
    assert leads["Beta"].closed_at == datetime(2017, 4, 3, 9, 0)  # 3 April: d-m like its column
    assert leads["Gamma"].created_at == datetime(2017, 1, 2)
    # A won date puts the lead in the won stage, through the stage its stage column names.
    assert (leads["Alpha"].stage_name, leads["Gamma"].stage_name) == ("Won", "Prospecting")
    assert [h.to_stage for h in lead_history(db, owner, leads["Alpha"].id)] == [
        "Prospecting", "Engaging", "Won"]


def test_an_undecided_column_is_named_with_samples(db: Database, owner: UserRecord, sales: str,
                                                   tmp_path: Path) -> None:
    source = write_csv(tmp_path / "f.csv", "title,created_at,closed_at,stage\n"
                       "A,03/04/2017,25/04/2017,Won\nB,05/06/2017,26/06/2017,Won\n")
    with pytest.raises(InvalidInput) as caught:
        plan_import(db, owner, source, ImportOptions(pipeline=sales))
    text = str(caught.value)
    assert "'created_at'" in text and "03/04/2017" in text and "created_at=dmy" in text
    assert "closed_at" not in text  # that column decided itself
    plan = plan_import(db, owner, source, ImportOptions(pipeline=sales, date_formats=["created_at=mdy"]))
    assert plan.create[0].events[0][1] == datetime(2017, 3, 4)
    assert "from --date-format mdy" in plan.dates["created_at"].describe()


def test_a_global_order_fills_only_columns_that_cannot_tell(db: Database, owner: UserRecord,
                                                            sales: str, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "f.csv", "title,created_at,closed_at,stage\n"
                       "A,03/04/2017,04/25/2017,Won\n")
    plan = plan_import(db, owner, source, ImportOptions(pipeline=sales, date_format="dmy"))
    assert plan.create[0].events[0][1] == datetime(2017, 4, 3)  # dmy, as asked
    assert plan.create[0].events[-1][1] == datetime(2017, 4, 25)  # the column proved mdy


def test_a_forced_order_the_values_contradict_is_refused(db: Database, owner: UserRecord,
                                                         sales: str, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "f.csv", "title,created_at\nA,03/04/2017\nB,13/04/2017\n")
    with pytest.raises(InvalidInput, match=r"created_at=mdy: the column has 13/04/2017, which is day"):
        plan_import(db, owner, source, ImportOptions(pipeline=sales, date_formats=["created_at=mdy"]))
    with pytest.raises(InvalidInput, match="names no column"):
        plan_import(db, owner, source, ImportOptions(pipeline=sales, date_formats=["nowhere=dmy"]))


def test_iso_serial_and_date_cells_need_no_order(db: Database, owner: UserRecord, sales: str,
                                                 tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["title", "created_at", "closed_at", "stage"])
    sheet.append(["A", datetime(2017, 3, 4, 10, 0), "2017-05-06T08:00:00Z", "Won"])
    sheet.append(["B", 42800, "2017-05-07", "Won"])
    book.save(tmp_path / "f.xlsx")
    plan = plan_import(db, owner, tmp_path / "f.xlsx", ImportOptions(pipeline=sales))
    assert plan.dates["created_at"].describe() == "spreadsheet serial numbers and date cells with time"
    assert plan.dates["closed_at"].describe() == "ISO 8601 with time"
    assert plan.create[1].events[0][1] == datetime(2017, 3, 6)  # serial 42800


# --- 2. the CRMs people leave ---------------------------------------------------------

PIPEDRIVE = ("Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Organization,"
             "Deal - Contact person,Deal - Owner,Deal - Stage,Deal - Status,Deal - Deal created,"
             "Deal - Won time,Deal - Lost time,Deal - Lost reason,Deal - Expected close date\n"
             "101,Big deal,\"12,500\",EUR,Acme GmbH,Jana Novak,ann@example.com,Engaging,won,"
             "2017-01-05 10:00:00,2017-03-01 16:20:00,,,2017-03-31\n"
             "102,Lost deal,900,EUR,Beta AG,Tom,Ann Lee,Prospecting,lost,2017-01-06 09:00:00,,"
             "2017-02-01 11:00:00,Too expensive,\n"
             "103,Open deal,50,EUR,Gamma,Eva,ann,Engaging,open,2017-02-01 08:00:00,,,,\n")
HUBSPOT = ("Record ID,Deal Name,Amount,Deal Stage,Deal owner,Create Date,Close Date,"
           "Associated Company,Pipeline\n"
           "9001,Renewal,1000,Closed Won,Ann Lee,2017-01-02 10:00,2017-02-03 12:00,Acme,Sales Pipeline\n"
           "9002,Upsell,250,Engaging,ann,2017-01-04 10:00,,Beta,Sales Pipeline\n")
SALESFORCE = ("Opportunity ID,Opportunity Name,Account Name,Amount,Stage,Opportunity Owner,"
              "Created Date,Close Date,Lead Source,Probability (%)\n"
              "006A,Fleet order,Acme,\"5,000.00\",Closed Lost,Ann Lee,1/15/2017,2/20/2017,Web,0\n"
              "006B,Pilot,Beta,700.00,Engaging,Ann Lee,1/16/2017,,Partner,10\n")
ZOHO = ("Record Id,Deal Name,Deal Owner,Account Name,Contact Name,Amount,Stage,Closing Date,"
        "Created Time,Lead Source,Probability (%),Expected Revenue\n"
        "zcrm_1,Zoho deal,ann@example.com,Acme,Jana,800,Closed Won,2017-03-01,"
        "2017-01-10 09:00:00,Web,100,800\n"
        "zcrm_2,Zoho open,Ann Lee,Beta,Tom,400,Engaging,2017-06-01,2017-01-11 09:00:00,Web,40,160\n")
ODOO = ("ID,Opportunity,Customer,Contact Name,Email,Salesperson,Expected Revenue,Stage,"
        "Expected Closing,Created on,Closed Date,Lost Reason,Sales Team\n"
        "__export__.crm_lead_1,Odoo deal,Acme,Jana,jana@acme.test,Ann Lee,1500.00,Won,"
        "2017-04-01,2017-01-20 08:00:00,2017-03-15 10:00:00,,Europe\n"
        "__export__.crm_lead_2,Odoo open,Beta,Tom,tom@beta.test,Ann Lee,300.00,Engaging,"
        "2017-05-01,2017-01-21 08:00:00,,,Europe\n")


@pytest.fixture
def ann(db: Database, owner: UserRecord) -> int:
    """A salesperson named by login, name or e-mail in the exports."""
    return users.add_user(db, owner, "Ann Lee", "ann", "employee").id


def _by_title(db: Database, owner: UserRecord, ids: list[int]) -> dict[str, object]:
    return {get_lead(db, owner, i).title: get_lead(db, owner, i) for i in ids}


def test_a_pipedrive_export_imports_without_a_map(db: Database, owner: UserRecord, sales: str,
                                                  ann: int, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "deals.csv", PIPEDRIVE)
    plan = plan_import(db, owner, source, ImportOptions(pipeline=sales))
    assert plan.source == "Pipedrive" and not plan.mapping.ignored and not plan.rejected
    result = run_import(db, owner, source, ImportOptions(pipeline=sales))
    leads = _by_title(db, owner, result.created_ids)
    big = leads["Big deal"]
    assert (big.stage_name, big.value, big.currency, big.company, big.contact_name, big.owner_id) == (
        "Won", Decimal("12500.00"), "EUR", "Acme GmbH", "Jana Novak", ann)
    assert big.closed_at == datetime(2017, 3, 1, 16, 20)
    assert [h.to_stage for h in lead_history(db, owner, big.id)] == ["Prospecting", "Engaging", "Won"]
    lost = leads["Lost deal"]
    assert (lost.stage_name, lost.lost_reason, lost.closed_at) == ("Lost", "Too expensive",
                                                                   datetime(2017, 2, 1, 11, 0))
    assert leads["Open deal"].stage_name == "Engaging"
    assert all(h.how == "import" for i in result.created_ids for h in lead_history(db, owner, i))


@pytest.mark.parametrize(("name", "text", "won", "open_title"), [
    ("HubSpot", HUBSPOT, "Renewal", "Upsell"),
    ("Salesforce", SALESFORCE, None, "Pilot"),
    ("Zoho CRM", ZOHO, "Zoho deal", "Zoho open"),
    ("Odoo CRM", ODOO, "Odoo deal", "Odoo open"),
])
def test_crm_exports_import_without_a_map(db: Database, owner: UserRecord, sales: str, ann: int,
                                          tmp_path: Path, name: str, text: str, won: str | None,
                                          open_title: str) -> None:
    source = write_csv(tmp_path / "export.csv", text)
    plan = plan_import(db, owner, source, ImportOptions(pipeline=sales))
    assert plan.source == name
    assert not plan.rejected, plan.rejected
    assert {"title", "value", "stage", "owner", "created_at"} <= set(plan.mapping.fields)
    result = run_import(db, owner, source, ImportOptions(pipeline=sales))
    leads = _by_title(db, owner, result.created_ids)
    assert all(lead.owner_id == ann for lead in leads.values())
    assert leads[open_title].stage_name == "Engaging" and leads[open_title].closed_at is None
    if name == "Zoho CRM":  # an open deal's "Closing Date" is when it is expected to close
        assert str(leads[open_title].expected_close) == "2017-06-01"
    if won:
        assert leads[won].stage_name == "Won" and leads[won].closed_at is not None
    else:
        assert leads["Fleet order"].stage_name == "Lost"
        assert leads["Fleet order"].closed_at == datetime(2017, 2, 20)


def test_unknown_stages_and_owners_are_listed_not_guessed(db: Database, owner: UserRecord,
                                                          sales: str, tmp_path: Path) -> None:
    text = PIPEDRIVE.replace("Engaging,open", "Negotiation,open")
    plan = plan_import(db, owner, write_csv(tmp_path / "d.csv", text), ImportOptions(pipeline=sales))
    reasons = [(r.row, r.column, r.reason) for r in plan.rejected]
    assert (4, "stage", "no stage 'Negotiation' in pipeline 'Sales' (use --stage-map)") in reasons
    assert (2, "owner", "no user 'ann@example.com' (use --create-missing-users)") in reasons
    assert plan.unknown_stages == {"Negotiation": 1}
    assert plan.unknown_owners == {"ann@example.com": 1, "Ann Lee": 1, "ann": 1}


def test_headers_match_whatever_their_case_accents_and_punctuation() -> None:
    from funneldesk.spreadsheets.mapping import build_mapping, recognise_source

    mapping = build_mapping(["DEAL – TITLE", "Société", "Créé le", "deal_owner", "Montant"])
    assert mapping.fields.get("title") == 0
    assert mapping.fields.get("owner") == 3
    assert recognise_source(["Deal Name", "Deal Stage", "Deal owner"]) == "HubSpot"
    pipedrive = build_mapping(["Deal - Title", "Person - Email - Work", "Person - Phone - Work",
                               "Deal - Closed on", "Deal - Weighted value", "Deal - Value"])
    assert pipedrive.fields == {"title": 0, "closed_at": 3, "value": 5, "email": 1, "phone": 2}
    assert recognise_source(["title", "stage"]) is None


# --- 3. import is a gated path --------------------------------------------------------

GATED = [{"name": "Prospecting", "criteria": [{"kind": "field", "field": "value", "operator": "gt",
                                               "operand": "0", "label": "value"}]},
         {"name": "Engaging", "criteria": [{"kind": "checklist", "label": "Budget confirmed"}]},
         {"name": "Won", "kind": "won", "probability": 100}, {"name": "Lost", "kind": "lost"}]


@pytest.fixture
def gated(db: Database, owner: UserRecord) -> str:
    """A pipeline whose open stages have exit criteria."""
    pipelines.create(db, owner, "Gated", GATED)
    return "Gated"


def _reasons(db: Database, lead_id: int) -> list[tuple[str, str]]:
    with db.read() as session:
        rows = session.execute(select(StageChange.how, StageChange.reason)
                               .where(StageChange.lead_id == lead_id).order_by(StageChange.id))
        return [(how, reason) for how, reason in rows]


def test_new_leads_past_the_gate_are_imported_and_marked(db: Database, owner: UserRecord, gated: str,
                                                         tmp_path: Path) -> None:
    text = ("id,title,stage,value\nG1,Placed late,Won,100\nG2,Still early,Prospecting,0\n"
            "G3,Fine,Engaging,100\nG4,No value,Engaging,0\n")
    result = run_import(db, owner, write_csv(tmp_path / "f.csv", text), ImportOptions(pipeline=gated))
    assert result.plan.past_gate == 2
    leads = _by_title(db, owner, result.created_ids)
    # Straight from Prospecting to Won: it passes Engaging, whose checklist is not ticked.
    assert _reasons(db, leads["Placed late"].id) == [("import", "imported"),
                                                     ("import", IMPORTED_PAST_GATE)]
    assert _reasons(db, leads["Still early"].id) == [("import", "imported")]
    # Leaving Prospecting needs a value above 0: met by one, not by the other.
    assert _reasons(db, leads["Fine"].id) == [("import", "imported"), ("import", "imported")]
    assert _reasons(db, leads["No value"].id) == [("import", "imported"), ("import", IMPORTED_PAST_GATE)]


def _seed(db: Database, owner: UserRecord, gated: str, tmp_path: Path) -> None:
    text = "id,title,stage,value\nR1,Acme,Engaging,100\nR2,Beta,Prospecting,0\nR3,Gamma,Prospecting,10\n"
    run_import(db, owner, write_csv(tmp_path / "seed.csv", text), ImportOptions(pipeline=gated))


MOVES = "id,title,stage,value\nR1,Acme,Won,100\nR2,Beta,Engaging,0\nR3,Gamma,Engaging,10\n"


def test_a_reimport_that_skips_a_gate_is_refused_row_by_row(db: Database, owner: UserRecord,
                                                            gated: str, tmp_path: Path) -> None:
    _seed(db, owner, gated, tmp_path)
    before = change_count(db)
    source = write_csv(tmp_path / "moves.csv", MOVES)
    plan = plan_import(db, owner, source, ImportOptions(pipeline=gated))
    refused = {r.row: r for r in plan.gate_refused}
    assert set(refused) == {2, 3}  # R3 meets value > 0, so it may enter Engaging
    assert refused[2].from_stage == "Engaging" and refused[2].to_stage == "Won"
    assert [u.text for u in refused[2].unmet] == ['tick "Budget confirmed"']
    assert "the value must be above 0" in refused[3].text()
    with pytest.raises(ImportGateRefused) as caught:
        run_import(db, owner, source, ImportOptions(pipeline=gated))
    assert caught.value.exit_code == 3 and "row 2" in str(caught.value)
    assert change_count(db) == before  # all or nothing
    result = run_import(db, owner, source, ImportOptions(pipeline=gated, skip_invalid=True))
    assert [get_lead(db, owner, i).title for i in result.updated_ids] == ["Gamma"]
    assert change_count(db) == before + 1


def test_an_owner_may_override_the_gate_logged_per_lead(db: Database, owner: UserRecord, gated: str,
                                                        tmp_path: Path) -> None:
    _seed(db, owner, gated, tmp_path)
    source = write_csv(tmp_path / "moves.csv", MOVES)
    manager = users.add_user(db, owner, "Max Manager", "max", "manager")
    with pytest.raises(PermissionDenied):
        run_import(db, manager, source, ImportOptions(pipeline=gated, override="migrating"))
    result = run_import(db, owner, source, ImportOptions(pipeline=gated, override="signed on paper"))
    assert len(result.updated_ids) == 3 and sorted(result.plan.overridden) == sorted(result.updated_ids[:2])
    with db.read() as session:
        acme = session.scalar(select(Lead).where(Lead.external_id == "R1"))
        assert acme is not None
        acme_id = acme.id
    assert get_lead(db, owner, acme_id).stage_name == "Won"
    assert _reasons(db, acme_id)[-1] == ("override", "signed on paper")


# --- 4. formulas and encodings --------------------------------------------------------

def test_formulas_without_saved_values_are_refused_naming_the_cells(
        db: Database, owner: UserRecord, sales: str, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["title", "company", "value"])
    sheet.append(['=C2&"x"', "Acme", 5])
    sheet.append(["Deal", "Beta", 6])
    sheet.append(["Other", "Gamma", 7])
    sheet.append(["More", "Delta", 8])
    sheet.append(["Last", "Eps", 9])
    sheet["C7"] = "=C2*2"
    sheet["A7"] = "Tail"
    book.save(tmp_path / "script.xlsx")
    with pytest.raises(InvalidInput, match=r"^A2, C7: formula with no saved value; open and save "
                       r"the file in a spreadsheet program first$"):
        run_import(db, owner, tmp_path / "script.xlsx", ImportOptions(pipeline=sales))
    assert (lead_count(db), change_count(db)) == (0, 0)


LEGACY = "title,company,owner\n" + "".join(
    f"Café Crème {i},Société Générale,Renée Müller\n" for i in range(20))


def test_a_legacy_encoding_is_detected_and_said(db: Database, owner: UserRecord, sales: str,
                                                tmp_path: Path) -> None:
    source = write_csv(tmp_path / "f.csv", LEGACY.replace(",owner", "").replace(",Renée Müller", ""),
                       encoding="cp1252")
    plan = plan_import(db, owner, source, ImportOptions(pipeline=sales))
    assert plan.encoding == "cp1252 (detected)"
    assert plan.create[0].columns["title"] == "Café Crème 0"
    assert plan.create[0].columns["company"] == "Société Générale"


def test_encoding_can_be_given_and_bad_bytes_name_their_row(db: Database, owner: UserRecord,
                                                            sales: str, tmp_path: Path) -> None:
    text = "title,company\nŁódź deal,Spółka\nKraków,Żabka\n"
    source = write_csv(tmp_path / "pl.csv", text, encoding="cp1250")
    plan = plan_import(db, owner, source, ImportOptions(pipeline=sales, encoding="cp1250"))
    assert plan.encoding == "cp1250 (--encoding)"
    assert [d.columns["title"] for d in plan.create] == ["Łódź deal", "Kraków"]
    with pytest.raises(InvalidInput, match=r"^row 2: bytes that are not valid utf-8"):
        plan_import(db, owner, source, ImportOptions(pipeline=sales, encoding="utf-8"))
    damaged = ("title,company\nZürich,Müller\nÅsa,Björk\n".encode() + b"Bad \xff byte,Acme\n")
    (tmp_path / "d.csv").write_bytes(damaged)
    with pytest.raises(InvalidInput, match=r"^row 4: bytes that are not valid UTF-8"):
        plan_import(db, owner, tmp_path / "d.csv", ImportOptions(pipeline=sales))
    assert lead_count(db) == 0

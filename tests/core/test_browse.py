"""Browse: windowed pages sorted and filtered in SQL, scoped by role; bulk actions report refusals."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from funneldesk.domain.records import UserRecord
from funneldesk.services import browse, leads
from funneldesk.services.browse import LeadFilter
from funneldesk.storage.database import Database
from tests.core.helpers import Team, make_team


def _seed(db: Database, team: Team) -> dict[str, int]:
    specs = [
        ("Alpha deal", "Zeta GmbH", "+1 (555) 013-4", team.employee, "300"),
        ("Beta deal", "Acme", "+44 20 7946 0000", team.other_employee, "100"),
        ("Gamma deal", "Mid Corp", None, team.employee, "200"),
        ("Delta deal", None, "020 1234", team.manager, "0"),
    ]
    ids = {}
    for title, company, phone, owner, value in specs:
        fields = {"title": title, "company": company, "phone": phone, "value": value}
        ids[title] = leads.create_lead(db, team.owner, fields, owner=owner.id).id
    return ids


def _titles(db: Database, actor: UserRecord, filt: LeadFilter | None = None, **kw: object) -> list[str]:
    return [r.title for r in browse.browse_page(db, actor, filt or LeadFilter(), **kw).rows]  # type: ignore[arg-type]


def test_sort_by_value_and_company_comes_from_sql(db: Database) -> None:
    team = make_team(db)
    _seed(db, team)
    assert _titles(db, team.owner, sort="value") == ["Delta deal", "Beta deal", "Gamma deal", "Alpha deal"]
    assert _titles(db, team.owner, sort="value", descending=True)[0] == "Alpha deal"
    assert _titles(db, team.owner, sort="title", descending=True) == [
        "Gamma deal", "Delta deal", "Beta deal", "Alpha deal"]
    owners = [r.owner for r in browse.browse_page(db, team.owner, LeadFilter(), sort="owner").rows]
    assert owners == sorted(owners, key=str)


def test_windows_do_not_overlap_and_total_is_counted(db: Database) -> None:
    team = make_team(db)
    for n in range(25):
        leads.create_lead(db, team.owner, {"title": f"Lead {n:02d}", "company": "Same"})
    first = browse.browse_page(db, team.owner, LeadFilter(), sort="company", limit=10, with_total=True)
    second = browse.browse_page(db, team.owner, LeadFilter(), sort="company", offset=10, limit=10)
    assert first.total == 25 and second.total is None
    assert not {r.id for r in first.rows} & {r.id for r in second.rows}
    assert len(first.rows) == len(second.rows) == 10


def test_free_text_finds_part_of_a_phone_number(db: Database) -> None:
    team = make_team(db)
    _seed(db, team)
    assert _titles(db, team.owner, LeadFilter(text="555")) == ["Alpha deal"]
    assert _titles(db, team.owner, LeadFilter(text="5550134")) == ["Alpha deal"]
    assert _titles(db, team.owner, LeadFilter(text="acme")) == ["Beta deal"]
    assert _titles(db, team.owner, LeadFilter(text="nothing like it")) == []


def test_filters_by_owner_stage_status_and_dates(db: Database) -> None:
    team = make_team(db)
    ids = _seed(db, team)
    assert _titles(db, team.owner, LeadFilter(owner_id=team.employee.id), sort="title") == [
        "Alpha deal", "Gamma deal"]
    second = team.pipeline.stages[1]
    leads.update_lead(db, team.owner, ids["Alpha deal"], {"category": "A", "persona": None})
    assert _titles(db, team.owner, LeadFilter(status="lost")) == []
    today = date.today()
    assert len(_titles(db, team.owner, LeadFilter(created_from=today, created_to=today))) == 4
    assert _titles(db, team.owner, LeadFilter(created_from=today + timedelta(days=1))) == []
    assert _titles(db, team.owner, LeadFilter(stage_id=second.id)) == []
    assert _titles(db, team.owner, LeadFilter(closed_from=today)) == []


def test_employee_sees_only_their_own_leads(db: Database) -> None:
    team = make_team(db)
    _seed(db, team)
    page = browse.browse_page(db, team.employee, LeadFilter(), sort="title", with_total=True)
    assert [r.title for r in page.rows] == ["Alpha deal", "Gamma deal"] and page.total == 2
    assert {r.title for r in browse.browse_page(db, team.manager, LeadFilter()).rows} == {
        "Alpha deal", "Gamma deal", "Delta deal"}


def test_rows_by_id_respects_scope(db: Database) -> None:
    team = make_team(db)
    ids = _seed(db, team)
    rows = browse.rows_by_id(db, team.employee, ids.values())
    assert set(rows) == {ids["Alpha deal"], ids["Gamma deal"]}
    assert rows[ids["Alpha deal"]].value == Decimal("300.00")


def test_bulk_move_reports_refused_leads_with_reasons(db: Database) -> None:
    team = make_team(db)
    ids = _seed(db, team)
    target = team.pipeline.stages[1].id
    result = browse.bulk_move(db, team.owner, ids.values(), target)
    assert result.changed == {ids["Alpha deal"], ids["Beta deal"], ids["Delta deal"]}
    (refusal,) = result.refused
    assert refusal.lead_id == ids["Gamma deal"] and refusal.code == "GateRefused"
    assert refusal.unmet and "phone" in refusal.unmet[0].text
    assert browse.rows_by_id(db, team.owner, [ids["Gamma deal"]])[ids["Gamma deal"]].stage_position == 0


def test_bulk_assign_and_lose_refuse_what_the_actor_may_not_do(db: Database) -> None:
    team = make_team(db)
    ids = _seed(db, team)
    assigned = browse.bulk_assign(db, team.manager, ids.values(), team.employee.id)
    assert assigned.changed == {ids["Alpha deal"], ids["Gamma deal"], ids["Delta deal"]}
    assert [r.code for r in assigned.refused] == ["PermissionDenied"]
    lost = browse.bulk_lose(db, team.owner, [ids["Alpha deal"], ids["Beta deal"]], "Too expensive")
    assert lost.changed == {ids["Alpha deal"], ids["Beta deal"]} and not lost.refused
    assert _titles(db, team.owner, LeadFilter(status="lost"), sort="title") == ["Alpha deal", "Beta deal"]
    again = browse.bulk_lose(db, team.owner, [ids["Alpha deal"]], "Too expensive")
    assert again.refused[0].code == "InvalidInput"


def test_lead_ids_keep_exactly_those_leads_within_scope(db: Database) -> None:
    team = make_team(db)
    ids = _seed(db, team)
    chosen = (ids["Beta deal"], ids["Delta deal"], ids["Gamma deal"])
    assert sorted(_titles(db, team.owner, LeadFilter(lead_ids=chosen))) == [
        "Beta deal", "Delta deal", "Gamma deal"]
    assert browse.count_leads(db, team.owner, LeadFilter(lead_ids=chosen)) == 3
    assert _titles(db, team.owner, LeadFilter(text="gamma", lead_ids=chosen)) == ["Gamma deal"]
    assert _titles(db, team.employee, LeadFilter(lead_ids=chosen)) == ["Gamma deal"]  # scope still applies
    assert _titles(db, team.owner, LeadFilter(lead_ids=())) == []
    many = (*range(100_000, 140_000), ids["Alpha deal"])  # more ids than SQLite's bound-parameter limit
    assert _titles(db, team.owner, LeadFilter(lead_ids=many)) == ["Alpha deal"]
    assert _titles(db, team.owner, LeadFilter()) == _titles(db, team.owner, LeadFilter(lead_ids=None))

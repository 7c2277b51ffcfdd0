"""Browse: windowed pages sorted and filtered in SQL, scoped by role; bulk actions report refusals."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import insert

from funneldesk.domain.records import UserRecord
from funneldesk.services import browse, catalog, leads, pipelines, users
from funneldesk.services.browse import LeadFilter
from funneldesk.storage.database import Database
from funneldesk.storage.models import Lead
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


def _found(db: Database, actor: UserRecord, text: str) -> list[str]:
    return sorted(_titles(db, actor, LeadFilter(text=text), limit=1000))


def test_search_finds_phone_fragments_with_or_without_punctuation_and_email_fragments(db: Database) -> None:
    team = make_team(db)
    specs = [("Needle", "+1 (415) 555-0199", "grace.hopper@navy.example"),
             ("Hay", "+1 (212) 555-0100", "alan.turing@bletchley.example")]
    for title, phone, email in specs:
        leads.create_lead(db, team.owner, {"title": title, "phone": phone, "email": email})
    for typed in ("555-01", "415) 555-01", "(415) 555", "4155550199", "555 0199", "5550199", "0199"):
        assert "Needle" in _found(db, team.owner, typed), typed
    assert _found(db, team.owner, "555-0199") == ["Needle"]
    assert _found(db, team.owner, "41555501") == ["Needle"]
    assert _found(db, team.owner, "555") == ["Hay", "Needle"]
    assert _found(db, team.owner, "hopper@na") == ["Needle"]
    assert _found(db, team.owner, "ring@bletch") == ["Hay"]
    assert _found(db, team.owner, ".example") == ["Hay", "Needle"]
    assert _found(db, team.owner, "999") == []
    assert browse.count_leads(db, team.owner, LeadFilter(text="555-01")) == 2


def test_search_follows_edits_deletes_and_restores(db: Database) -> None:
    team = make_team(db)
    lead = leads.create_lead(db, team.owner, {"title": "Renamed later", "company": "Old Name Ltd"})
    leads.update_lead(db, team.owner, lead.id, {"company": "Brand New Corp", "phone": "030 123 456"})
    assert _found(db, team.owner, "brand new") == ["Renamed later"]
    assert _found(db, team.owner, "old name") == []
    assert _found(db, team.owner, "030123") == ["Renamed later"]
    leads.create_lead(db, team.owner, {"title": "Stays"})
    leads.delete_lead(db, team.owner, lead.id)
    assert _found(db, team.owner, "brand new") == []
    assert browse.count_leads(db, team.owner, LeadFilter(text="brand new")) == 0
    assert browse.count_leads(db, team.owner, LeadFilter()) == 1
    leads.restore_lead(db, team.owner, lead.id)
    assert _found(db, team.owner, "brand new") == ["Renamed later"]
    assert browse.count_leads(db, team.owner, LeadFilter()) == 2


def test_search_ignores_ascii_case_keeps_accents_and_reads_wildcards_literally(db: Database) -> None:
    team = make_team(db)
    for title, company in (("Zoë", "Zoë Martin SARL"), ("Zoe", "Zoe Smith Inc"), ("Pct", "100% Sure"),
                           ("Under", "A_B Trading")):
        leads.create_lead(db, team.owner, {"title": f"{title} deal", "company": company})
    assert _found(db, team.owner, "ZOë MARTIN") == ["Zoë deal"]  # ASCII case is ignored, the accent kept
    assert _found(db, team.owner, "zoë") == ["Zoë deal"]
    assert _found(db, team.owner, "zoe") == ["Zoe deal"]  # no accent folding, on either engine
    assert _found(db, team.owner, "SMITH") == ["Zoe deal"]
    assert _found(db, team.owner, "0% s") == ["Pct deal"]
    assert _found(db, team.owner, "a_b") == ["Under deal"]
    assert _found(db, team.owner, "1%s") == []  # % is a character, not a wildcard
    assert _found(db, team.owner, "a_") == ["Under deal"]


def test_search_is_scoped_and_counted_for_every_role(db: Database) -> None:
    team = make_team(db)
    _seed(db, team)
    assert _found(db, team.employee, "deal") == ["Alpha deal", "Gamma deal"]
    assert browse.count_leads(db, team.employee, LeadFilter(text="deal")) == 2
    assert browse.count_leads(db, team.manager, LeadFilter(text="deal")) == 3
    assert browse.count_leads(db, team.owner, LeadFilter(text="deal")) == 4
    assert browse.count_leads(db, team.owner, LeadFilter(text="deal", owner_id=team.manager.id)) == 1


def _many_leads(db: Database, team: Team, count: int) -> None:
    """Insert leads with Core (as importers and loaders do): owners, channels, stages, some empty."""
    second = pipelines.create_from_template(db, team.owner, "aida", "Another pipeline")
    twin = users.add_user(db, team.owner, "Eli Employee", "eli2", "employee", "mia")  # a same-named owner
    channels = [catalog.add_name(db, team.owner, "channel", name) for name in ("Web", "Ads", "Referral")]
    owners = [None, team.owner.id, team.employee.id, twin.id, team.manager.id, team.other_employee.id]
    stages = [*team.pipeline.stages, *second.stages]
    start = datetime(2026, 1, 1)
    rows = [{"title": f"Bulk {n:04d}", "company": f"{'Company' if n % 2 else 'COMPAÑÍA'} {n % 7}",
             "pipeline_id": stages[n % 11].pipeline_id, "stage_id": stages[n % 11].id,
             "owner_id": owners[n % 6], "channel_id": [None, *channels][n % 4],
             "value_minor": n, "currency": "USD", "created_at": start + timedelta(minutes=n),
             "updated_at": start, "stage_entered_at": start, "version": 1, "notes": "", "custom_fields": "{}",
             "discount_bp": 0} for n in range(count)]
    with db.write() as session:
        session.execute(insert(Lead), rows)


def _all_pages(db: Database, actor: UserRecord, filt: LeadFilter, sort: str, descending: bool,
               limit: int) -> list[int]:
    ids: list[int] = []
    while True:
        page = browse.browse_page(db, actor, filt, sort=sort, descending=descending, offset=len(ids),
                                  limit=limit)
        ids += [r.id for r in page.rows]
        if len(page.rows) < limit:
            return ids


def test_sorts_by_names_in_other_tables_page_exactly_like_one_sql_order(db: Database) -> None:
    team = make_team(db)
    _many_leads(db, team, 300)
    rows = browse.browse_page(db, team.owner, LeadFilter(), sort="id", limit=1000).rows
    keys: dict[str, Any] = {"owner": lambda r: (r.owner is not None, r.owner or "", r.id),
                            "channel": lambda r: (r.channel is not None, r.channel or "", r.id),
                            "pipeline": lambda r: (r.pipeline, r.id),
                            "stage": lambda r: (r.stage_position, r.id)}
    for sort, key in keys.items():
        expected = [r.id for r in sorted(rows, key=key)]  # NULL names first, as SQL sorts them ascending
        for limit in (7, 64):
            assert _all_pages(db, team.owner, LeadFilter(), sort, False, limit) == expected
            assert _all_pages(db, team.owner, LeadFilter(), sort, True, limit) == expected[::-1]
    hot = browse.browse_page(db, team.manager, LeadFilter(status="open"), sort="owner", limit=1000).rows
    assert [r.id for r in hot] == [r.id for r in sorted(hot, key=keys["owner"])]
    assert None in {r.owner_id for r in hot} and team.other_employee.id not in {r.owner_id for r in hot}


def test_a_search_matching_many_leads_pages_like_one_matching_few(db: Database) -> None:
    team = make_team(db)
    _many_leads(db, team, 2500)  # half say "Company": the page walks the sort index instead
    for text in ("company", "company 3", "bulk 1", "compañía"):  # ñ: ASCII-only LIKE could not check it
        for sort in ("created_at", "value", "owner"):
            filt = LeadFilter(text=text)
            ids = _all_pages(db, team.owner, filt, sort, True, 500)
            rows = browse.browse_page(db, team.owner, LeadFilter(), sort="id", limit=5000).rows
            wanted = [r for r in rows if text in (r.company or "").lower() or text in r.title.lower()]
            assert len(wanted) > 1000 or text in ("company 3", "bulk 1")  # many, and few
            key = {"created_at": lambda r: (r.created_at, r.id), "value": lambda r: (r.value, r.id),
                   "owner": lambda r: (r.owner is not None, r.owner or "", r.id)}[sort]
            assert ids == [r.id for r in sorted(wanted, key=key, reverse=True)], (text, sort)
            assert browse.count_leads(db, team.owner, filt) == len(wanted)
    mine = _all_pages(db, team.employee, LeadFilter(text="company"), "created_at", True, 100)
    assert mine == [r.id for r in rows[::-1]  # an employee's own leads, though many others match
                    if r.owner_id == team.employee.id and "company" in (r.company or "").lower()]


def test_the_command_lines_search_finds_what_the_table_finds(db: Database) -> None:
    """``lead list --search`` and the leads table share one rule: phone digits, e-mail parts, any case."""
    team = make_team(db)
    specs = [("Needle", "+1 (415) 555-0199", "grace.hopper@navy.example"),
             ("Hay", "+1 (212) 555-0100", "alan.turing@bletchley.example"),
             ("100% sure", None, None)]
    for title, phone, email in specs:
        leads.create_lead(db, team.owner, {"title": title, "phone": phone, "email": email})
    typed_texts = ("4155550199", "555 0199", "555", "HOPPER@NA", ".example",
                   "100%", "0%", "e", "  hay  ", "999")
    for typed in typed_texts:
        listed = sorted(r.title for r in leads.list_leads(db, team.owner, search=typed))
        assert listed == _found(db, team.owner, typed.strip()), typed
    assert [r.title for r in leads.list_leads(db, team.owner, search="4155550199")] == ["Needle"]
    # "%" is a character a user types, not a wildcard.
    assert [r.title for r in leads.list_leads(db, team.owner, search="0%")] == ["100% sure"]


def test_a_search_no_longer_wanted_stops_inside_sqlite(db: Database, monkeypatch: Any) -> None:
    """A two-character search scans every lead; once a newer one is typed it stops (SQLite only)."""
    from funneldesk.domain.errors import Abandoned
    from funneldesk.storage import abandon

    team = make_team(db)
    _many_leads(db, team, 400)
    monkeypatch.setattr(abandon, "CHECK_EVERY_STEPS", 50)  # a small file: look often
    asked: list[bool] = []

    def replaced() -> bool:
        asked.append(True)
        return len(asked) >= 2  # the user types on while the scan runs

    filt = LeadFilter(text="zq")  # under three characters: LIKE over every lead
    if db.dialect != "sqlite":
        assert browse.browse_page(db, team.owner, filt, unwanted=replaced).rows == ()
        return
    with pytest.raises(Abandoned):
        browse.browse_page(db, team.owner, filt, unwanted=replaced)
    with pytest.raises(Abandoned):
        asked.clear()
        browse.count_leads(db, team.owner, filt, unwanted=replaced)
    # Still wanted: the same search runs to the end, and the connection is left as it was.
    assert browse.count_leads(db, team.owner, LeadFilter(text="ul"), unwanted=lambda: False) == 400
    asked.clear()
    assert browse.count_leads(db, team.owner, LeadFilter(text="ul")) == 400
    assert not asked

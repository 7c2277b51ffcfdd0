"""Write a batch of column-wise demo leads: their rows and their stage history.

On SQLite the rows go to the driver's ``executemany`` as tuples built from whole columns,
and the stored text of dates and times is made by SQLite itself (``strftime`` of the epoch
seconds in the VALUES clause), the same text SQLAlchemy writes. PostgreSQL gets plain dict
rows through SQLAlchemy Core. The derived tables are not written here: ``fill_demo`` runs
their own refresh (``analytics.derived``) after the load, so their rules live there only.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from funneldesk.demo import profiles
from funneldesk.demo.columns import DAY, EPOCH, Array, Batch, Model
from funneldesk.demo.profiles import TEMPERATURES
from funneldesk.storage.bulk_load import CHUNK
from funneldesk.storage.models import Lead, StageChange

TS = "strftime('%Y-%m-%d %H:%M:%S.000000', ?{}, 'unixepoch')"
DAYTEXT = "date(?{}, 'unixepoch')"
STATUS = ("open", "won", "lost")


def _sql(table: str, columns: dict[str, str]) -> str:
    """Return an INSERT of numbered parameters, each maybe wrapped (TS, DAYTEXT), or literals ("=...")."""
    values, number = [], 0
    for wrap in columns.values():
        if wrap.startswith("="):
            values.append(wrap[1:])
            continue
        number += 1
        values.append(wrap.format(number) if wrap else f"?{number}")
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(values)})"


LEADS = _sql("leads", {
    "id": "", "title": "", "contact_name": "", "company": "", "email": "", "phone": "", "pipeline_id": "",
    "stage_id": "", "owner_id": "", "channel_id": "", "persona_id": "", "lost_reason_id": "",
    "category": "", "value_minor": "", "currency": "='USD'", "discount_bp": "", "temperature": "",
    "expected_close": DAYTEXT, "next_action": DAYTEXT, "satisfaction": "", "notes": "=''",
    "custom_fields": "='{}'", "external_id": "=NULL", "created_at": TS, "updated_at": TS, "closed_at": TS,
    "stage_entered_at": TS, "deleted_at": "=NULL", "version": "",
})
CHANGES = _sql("stage_changes", {
    "id": "", "lead_id": "", "from_stage_id": "", "to_stage_id": "", "at": TS, "user_id": "",
    "how": "='manual'", "reason": "",
})

class Writer:
    """Writes batches of one demo run: ids continue from ``first_lead`` and ``first_change``."""

    def __init__(self, np: Any, session: Session, model: Model, first_lead: int, first_change: int) -> None:
        self.np, self.session, self.model = np, session, model
        self.next_lead, self.next_change = first_lead, first_change
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        business = model.business
        self.persona_ids = np.array([*business.persona_ids, 0])  # index -1: none (masked)
        self.reason_ids = np.array([*business.lost_reason_ids, 0])
        self.reason_names = [name for name, _early, _late in profiles.LOST_REASONS] + [""]
        self.channel_ids = np.array(business.channel_ids)
        self.pipeline_id = business.pipeline.id

    def write(self, batch: Batch) -> int:
        """Write one batch; return how many stage changes it had."""
        np, m = self.np, self.model
        n, c = len(batch.created), len(batch.ch_lead)
        cols = _Columns(np, m, self, batch)
        if self.sqlite:
            raw = self.session.connection().connection.driver_connection
            assert raw is not None
            raw.executemany(LEADS, cols.leads())
            raw.executemany(CHANGES, cols.changes())
        else:
            for model, rows in ((Lead, cols.lead_dicts()), (StageChange, cols.change_dicts())):
                for start in range(0, len(rows), CHUNK):
                    self.session.execute(insert(model), rows[start : start + CHUNK])
        self.next_lead += n
        self.next_change += c
        return c


def _nullable(np: Any, values: Array, missing: Array) -> list[Any]:
    """Return the column as Python values with None where ``missing``."""
    out = values.astype(object)
    out[missing] = None
    return list(out.tolist())


class _Columns:
    """The columns of one batch as Python lists, shared by the tables that repeat them."""

    def __init__(self, np: Any, m: Model, w: Writer, b: Batch) -> None:
        self.np, self.b = np, b
        n = len(b.created)
        self.n = n
        self.ids = list(range(w.next_lead, w.next_lead + n))
        self.change_ids = list(range(w.next_change, w.next_change + len(b.ch_lead)))
        self.pipeline = [w.pipeline_id] * n
        self.stage = m.stage_id[b.code].tolist()
        self.status = [STATUS[o] for o in b.outcome.tolist()]
        self.owner = m.owner_ids[b.owner].tolist()
        self.channel = w.channel_ids[b.channel].tolist()
        self.persona = _nullable(np, w.persona_ids[b.persona], b.persona < 0)
        self.temperature = [TEMPERATURES[t] for t in b.temperature.tolist()]
        self.reason = _nullable(np, w.reason_ids[b.lost_reason], b.lost_reason < 0)
        self.created = b.created.tolist()
        self.entered = b.entered.tolist()
        is_open = b.outcome == 0
        self.closed = _nullable(np, b.entered, is_open)
        self.cycle = _nullable(np, b.entered - b.created, is_open)
        self.expected = (b.expected_close * DAY).tolist()
        self.value = b.value.tolist()
        self.discount = b.discount.tolist()
        self.w, self.m = w, m

    def leads(self) -> Iterator[tuple[Any, ...]]:
        """Rows for LEADS."""
        np, b = self.np, self.b
        names = [profiles.CATEGORIES[i][0] for i in b.category.tolist()]
        known = (b.persona >= 0).tolist()
        category = [c if k else None for c, k in zip(names, known, strict=True)]
        action = _nullable(np, b.next_action * DAY, b.next_action < 0)
        satisfaction = _nullable(np, b.satisfaction, b.satisfaction == 0)
        return zip(self.ids, b.title, b.contact_name, b.company, b.email, b.phone, self.pipeline, self.stage,
                   self.owner, self.channel, self.persona, self.reason, category, self.value, self.discount,
                   self.temperature, self.expected, action, satisfaction, self.created, self.entered,
                   self.closed, self.entered, b.changes.tolist(), strict=True)

    def changes(self) -> Iterator[tuple[Any, ...]]:
        """Rows for CHANGES."""
        np, b, m = self.np, self.b, self.m
        lead = (b.ch_lead + self.ids[0]).tolist() if self.n else []
        source = _nullable(np, m.stage_id[np.maximum(b.ch_from, 0)], b.ch_from < 0)
        user = m.owner_ids[b.owner[b.ch_lead]].tolist()
        lost = b.ch_code == m.k + 1
        which = np.where(lost, b.lost_reason[b.ch_lead], -1)
        reason = [self.w.reason_names[r] for r in which.tolist()]
        return zip(self.change_ids, lead, source, m.stage_id[b.ch_code].tolist(), b.ch_at.tolist(), user,
                   reason, strict=True)

    def lead_dicts(self) -> list[dict[str, Any]]:
        """Lead rows as dicts with dates and times, for SQLAlchemy Core (PostgreSQL)."""
        out = []
        for row in self.leads():
            (lid, title, contact, company, email, phone, pipeline, stage, owner, channel, persona, reason,
             category, value, discount, temperature, expected, action, satisfaction, created, entered,
             closed, _updated, version) = row
            out.append({
                "id": lid, "title": title, "contact_name": contact, "company": company, "email": email,
                "phone": phone, "pipeline_id": pipeline, "stage_id": stage, "owner_id": owner,
                "channel_id": channel, "persona_id": persona, "lost_reason_id": reason, "category": category,
                "value_minor": value, "currency": "USD", "discount_bp": discount, "temperature": temperature,
                "expected_close": _day(expected), "next_action": _day(action), "satisfaction": satisfaction,
                "notes": "", "custom_fields": "{}", "external_id": None, "created_at": _moment(created),
                "updated_at": _moment(entered), "closed_at": _moment(closed),
                "stage_entered_at": _moment(entered), "deleted_at": None, "version": version,
            })
        return out

    def change_dicts(self) -> list[dict[str, Any]]:
        """Stage-change rows as dicts for SQLAlchemy Core (PostgreSQL)."""
        keys = ("id", "lead_id", "from_stage_id", "to_stage_id", "at", "user_id", "reason")
        out = []
        for row in self.changes():
            item = dict(zip(keys, row, strict=True))
            item["at"] = _moment(item["at"])
            item["how"] = "manual"
            out.append(item)
        return out


def _moment(seconds: int | None) -> datetime | None:
    return None if seconds is None else EPOCH + timedelta(seconds=seconds)


def _day(seconds: int | None) -> date | None:
    return None if seconds is None else (EPOCH + timedelta(seconds=seconds)).date()

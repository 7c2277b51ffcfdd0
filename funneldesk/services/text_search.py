"""Free-text search of leads: one rule for the leads table, the command line and counts.

A text matches a lead when its title, company, contact, e-mail or phone holds it (any
case), or, for something shaped like a phone number, when the phone's digits hold its
digits ("555 0134" finds "+1 (555) 013-4"). On SQLite, ``lead_search`` (migration 0005)
is an FTS5 trigram index of the live leads' text, kept by triggers: a trigram phrase is
an exact substring match, so it answers "%text%" for 3 characters or more; shorter text,
and PostgreSQL, use LIKE.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Select, column, func, literal_column, or_, select, table
from sqlalchemy.orm import Session

from funneldesk.storage.models import Lead

# Must equal the separators migration 0005 strips in the search index's phone_digits.
_PHONE_SEPARATORS = (" ", "-", "(", ")", ".", "/", "+")
_PHONE_LIKE = re.compile(r"[0-9 +()./-]+")
_SEARCH = table("lead_search", column("rowid"))
_TRIGRAM = 3
_TEXT_COLUMNS = "{title company contact_name email phone}"


def search_condition(session: Session, text: str) -> ColumnElement[bool]:
    """Return the condition on leads that the text matches (the index's, where it can)."""
    text = text.strip()
    return Lead.id.in_(matching_ids(text)) if uses_index(session, text) else like_clause(
        text, session.get_bind().dialect.name
    )


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _stripped_phone() -> ColumnElement[str]:
    expr: ColumnElement[str] = func.coalesce(Lead.phone, "")
    for sep in _PHONE_SEPARATORS:
        expr = func.replace(expr, sep, "")
    return expr


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _match(text: str) -> str:
    """Return the FTS5 query of ``like_clause``: a text column holds the text, or the phone digits do."""
    query = f"{_TEXT_COLUMNS} : {_phrase(text)}"
    if _PHONE_LIKE.fullmatch(text) and len(_digits(text)) >= 3:
        query += f" OR phone_digits : {_phrase(_digits(text))}"
    return query


def uses_index(session: Session, text: str) -> bool:
    """Say whether the trigram index answers this text (SQLite, 3 characters or more)."""
    return len(text) >= _TRIGRAM and session.get_bind().dialect.name == "sqlite"


def matching_ids(text: str) -> Select[Any]:
    """Return the ids of the live leads whose indexed text holds the text."""
    return select(_SEARCH.c.rowid).where(literal_column("lead_search").op("MATCH")(_match(text)))


def like_clause(text: str, dialect: str) -> ColumnElement[bool]:
    """Return the same match as LIKE conditions (short text, PostgreSQL, an index walk)."""
    columns = (Lead.title, Lead.company, Lead.contact_name, Lead.email, Lead.phone)
    # SQLite's LIKE already ignores ASCII case; its ilike() would wrap lower() round every row.
    # Escaped: "%" and "_" are characters a user types, as in the trigram index.
    terms = [c.contains(text, autoescape=True) if dialect == "sqlite" else c.icontains(text, autoescape=True)
             for c in columns]
    if _PHONE_LIKE.fullmatch(text) and len(_digits(text)) >= 3:
        # "555 0134" should find "+1 (555) 013-4": compare the digits only.
        terms.append(_stripped_phone().contains(_digits(text)))
    return or_(*terms)

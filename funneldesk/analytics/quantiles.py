"""Grouped percentiles computed portably in SQL, returning only the rows that matter.

``percentile_cont`` exists on PostgreSQL but not on SQLite, so each group is ranked
with ``row_number()``/``count()`` windows (both engines) and only the one or two ranks
around each wanted quantile come back; Python interpolates between them exactly as
``stats.percentile`` does. Quantiles are fractions num/den so the rank arithmetic is
integer division on both engines.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import and_, func, literal_column, or_, select, true, union_all
from sqlalchemy.sql.elements import ColumnElement

if TYPE_CHECKING:  # reports read on a Core connection (Database.query); sessions work the same
    from funneldesk.storage.engine import Reader

MEDIAN = (1, 2)
P75 = (3, 4)
Quantile = tuple[int, int]
K = TypeVar("K", bound=Hashable)


def _ranked(
    keys: Sequence[ColumnElement[Any]], value: ColumnElement[Any], source: Any, conds: Sequence[Any]
) -> Any:
    labelled = [key.label(f"k{i}") for i, key in enumerate(keys)]
    partition = list(keys) if keys else None
    rank = func.row_number().over(partition_by=partition, order_by=value).label("rn")
    count = func.count().over(partition_by=partition).label("cnt")
    query = select(*labelled, value.label("v"), rank, count).select_from(source)
    return query.where(value.is_not(None), *conds).subquery()


def grouped_quantiles(
    session: Reader,
    keys: Sequence[ColumnElement[Any]],
    value: ColumnElement[Any],
    source: Any,
    conds: Sequence[Any] = (),
    qs: Sequence[Quantile] = (MEDIAN, P75),
    *,
    indexed: bool = False,
    counts: dict[tuple[Any, ...], int] | None = None,
    groups: Sequence[Any] | None = None,
    counted_by: ColumnElement[Any] | None = None,
) -> dict[tuple[Any, ...], dict[Quantile, float]]:
    """Return {group key tuple: {quantile: value}} over the non-NULL values of each group.

    When a ``counts`` dict is passed it is filled with each group's number of non-NULL
    values (known from the ranking anyway), sparing the caller a second count query.

    With ``indexed`` (an index on the conditions' columns, the key and the value exists)
    each quantile is read with ORDER BY value LIMIT 2 OFFSET rank: an index walk, no sort.
    ``groups`` (indexed, one key) names the only key values wanted: the counts then seek
    each group's range of an index led by the key instead of visiting every row.
    ``counted_by`` (indexed, one key) is a column the counts are grouped by before the key
    and then added up here, for an index that holds the key right after that column.
    """
    if indexed and len(keys) == 1:
        return _by_offset(session, keys[0], value, source, conds, qs, counts, groups, counted_by)
    if not keys:
        return _single(session, value, source, conds, qs, counts)
    sub = _ranked(keys, value, source, conds)
    near = [
        and_(sub.c.rn >= (num * (sub.c.cnt - 1)) // den + 1, sub.c.rn <= (num * (sub.c.cnt - 1)) // den + 2)
        for num, den in qs
    ]
    key_cols = [sub.c[f"k{i}"] for i in range(len(keys))]
    rows = session.execute(select(*key_cols, sub.c.rn, sub.c.cnt, sub.c.v).where(or_(*near)))
    ranks: dict[tuple[Any, ...], tuple[int, dict[int, float]]] = {}
    for row in rows:
        key = tuple(row[: len(keys)])
        ranks.setdefault(key, (int(row.cnt), {}))[1][int(row.rn)] = float(row.v)
    if counts is not None:
        counts.update({key: cnt for key, (cnt, _) in ranks.items()})
    return {key: _interpolate(cnt, at, qs) for key, (cnt, at) in ranks.items()}


def _by_offset(
    session: Reader,
    key: ColumnElement[Any],
    value: ColumnElement[Any],
    source: Any,
    conds: Sequence[Any],
    qs: Sequence[Quantile],
    counts_out: dict[tuple[Any, ...], int] | None = None,
    groups: Sequence[Any] | None = None,
    counted_by: ColumnElement[Any] | None = None,
) -> dict[tuple[Any, ...], dict[Quantile, float]]:
    base = [value.is_not(None), *conds]
    counts = _group_counts(session, key, source, base, groups, counted_by)
    asks = [(_same(key, group), num * (n - 1) // den, n) for group, n in counts for num, den in qs]
    ranks = _at_ranks(session, value, source, base, asks)
    found: dict[tuple[Any, ...], dict[Quantile, float]] = {}
    for i, (group, count) in enumerate(counts):
        at = {rank: v for part in ranks[i * len(qs) : (i + 1) * len(qs)] for rank, v in part.items()}
        found[(group,)] = _interpolate(count, at, qs)
        if counts_out is not None:
            counts_out[(group,)] = count
    return found


def _group_counts(
    session: Reader,
    key: ColumnElement[Any],
    source: Any,
    base: Sequence[Any],
    groups: Sequence[Any] | None,
    counted_by: ColumnElement[Any] | None,
) -> list[tuple[Any, int]]:
    """Return (group, rows) per key value, only the ``groups`` named when given."""
    if counted_by is None:
        only = [key.in_(groups)] if groups is not None else []
        query = select(key, func.count()).select_from(source).where(*base, *only).group_by(key)
        return [(group, int(n)) for group, n in session.execute(query)]
    # Grouped by (counted_by, key), an index holding them in that order is walked in order
    # with no sort; the groups are picked here: an IN list tested on every entry of the
    # walk cost 20-35 % (time in stage under a created range at 1M leads, issue 15).
    wanted = set(groups) if groups is not None else None
    query = select(key, func.count()).select_from(source).where(*base).group_by(counted_by, key)
    totals: dict[Any, int] = {}
    for group, n in session.execute(query):
        if wanted is None or group in wanted:
            totals[group] = totals.get(group, 0) + int(n)
    return list(totals.items())


# SQLite allows 500 terms in a compound SELECT; stay well below it.
UNION_TERMS = 200


@dataclass(frozen=True, slots=True)
class RankAsk:
    """Read the values at ranks low+1 and low+2 (1-based, ascending) of ``rows``' column ``v``."""

    rows: Any  # a SELECT (or UNION ALL) of one column labelled v
    order: ColumnElement[Any]  # what to ORDER BY: the value, or v itself over a UNION ALL
    low: int
    count: int  # how many rows there are (known from the counts already read)
    terms: int = 1  # the SELECTs in ``rows``: a statement holds at most UNION_TERMS of them

    def walk(self) -> Any:
        """Return the ORDER BY … LIMIT … OFFSET that reads the two ranks from the nearer end.

        A walk from the top skips count - low - 2 rows instead of low: the 75th
        percentile reads a quarter of the rows, not three quarters.
        """
        above = self.count - self.low - 2  # rows past rank low+2
        if self.low <= above:
            return self.rows.order_by(self.order).offset(self.low).limit(2)
        return self.rows.order_by(self.order.desc()).offset(max(above, 0)).limit(2 if above >= 0 else 1)


def _at_ranks(
    session: Reader,
    value: ColumnElement[Any],
    source: Any,
    base: Sequence[Any],
    asks: Sequence[tuple[Any, int, int]],
) -> list[dict[int, float]]:
    """Return, per (condition, low, count) asked, the values at ranks low+1 and low+2 (1-based).

    Each ask is an ORDER BY value LIMIT 2 OFFSET walk (an index walk where an index serves it).
    """
    rows = select(value.label("v")).select_from(source).where(*base)
    return _read_ranks(session, [RankAsk(rows.where(same), value, low, count) for same, low, count in asks])


def _read_ranks(session: Reader, asks: Sequence[RankAsk]) -> list[dict[int, float]]:
    """Return, per ask, its values at ranks low+1 and low+2 (only low+1 when that is the last).

    All asks go as one UNION ALL: one round trip instead of one per quantile.
    """
    out: list[dict[int, float]] = [{} for _ in asks]
    for chunk in _statements(asks):
        parts = []
        for i in chunk:
            inner = asks[i].walk().subquery()
            parts.append(select(literal_column(str(i)).label("ask"), inner.c.v))
        rows = session.execute(union_all(*parts) if len(parts) > 1 else parts[0]).all()
        values: dict[int, list[float]] = {}
        for ask, found in rows:
            values.setdefault(int(ask), []).append(float(found))
        # UNION ALL keeps no order across its terms, and a walk from the top reads the
        # pair backwards: the two values are told apart by size (ties are equal).
        for ask, pair in values.items():
            low = asks[ask].low
            out[ask] = {low + 1 + j: v for j, v in enumerate(sorted(pair))}
    return out


def _statements(asks: Sequence[RankAsk]) -> list[list[int]]:
    """Group the asks' indexes into statements of at most UNION_TERMS SELECTs each."""
    chunks: list[list[int]] = [[]]
    size = 0
    for i, asked in enumerate(asks):
        if chunks[-1] and size + asked.terms > UNION_TERMS:
            chunks.append([])
            size = 0
        chunks[-1].append(i)
        size += asked.terms
    return chunks if chunks[-1] else []


def pooled_quantiles(
    session: Reader,
    key: ColumnElement[Any],
    pools: Mapping[K, Collection[Any]],
    value: ColumnElement[Any],
    source: Any,
    conds: Sequence[Any] = (),
    qs: Sequence[Quantile] = (MEDIAN, P75),
    *,
    indexed: bool = True,
) -> dict[K, dict[Quantile, float]]:
    """Return {pool: {quantile: value}} where each pool is the union of some key values' rows.

    For a team's figures (its members' leads pooled), when an index on the conditions'
    columns, the key and the value exists (as for ``grouped_quantiles(indexed=True)``).
    Counts come per key from one grouped query; each quantile is ORDER BY … OFFSET over a
    UNION ALL with one term per key value, which both engines answer by merging the
    members' index walks (SQLite: 25 -> 1 ms per team this year at 100k leads; an IN list
    instead made SQLite pick the created-day index and sort after table lookups). Without
    such an index (``indexed=False``), or for a pool of more than UNION_TERMS key values,
    a pool is read through an IN list instead.
    """
    base = [value.is_not(None), *conds]
    query = select(key, func.count()).select_from(source).where(*base).group_by(key)
    counts = {group: int(n) for group, n in session.execute(query)}
    asks: list[RankAsk] = []
    sizes: dict[K, int] = {}
    for pool, members in pools.items():
        present = [m for m in members if counts.get(m)]
        if not present:
            continue
        size = sizes[pool] = sum(counts[m] for m in present)
        rows, order, terms = _pool_rows(key, present, value, source, base, indexed)
        asks += [RankAsk(rows, order, num * (size - 1) // den, size, terms) for num, den in qs]
    ranks = _read_ranks(session, asks)
    found: dict[K, dict[Quantile, float]] = {}
    for i, (pool, size) in enumerate(sizes.items()):
        at = {rank: v for part in ranks[i * len(qs) : (i + 1) * len(qs)] for rank, v in part.items()}
        found[pool] = _interpolate(size, at, qs)
    return found


def _pool_rows(
    key: ColumnElement[Any],
    members: list[Any],
    value: ColumnElement[Any],
    source: Any,
    base: list[Any],
    indexed: bool,
) -> tuple[Any, ColumnElement[Any], int]:
    """Return a pool's values as a UNION ALL of its members' walks, what to order by, and its SELECTs."""
    if not indexed or len(members) > UNION_TERMS:  # no walks to merge, or too many: an IN list
        return select(value.label("v")).select_from(source).where(*base, key_in(key, members)), value, 1
    selects = [select(value.label("v")).select_from(source).where(*base, _same(key, m)) for m in members]
    if len(selects) == 1:
        return selects[0], value, 1
    return union_all(*selects), literal_column("v"), len(selects)


def _same(key: ColumnElement[Any], group: Any) -> ColumnElement[bool]:
    return key.is_(None) if group is None else key == group


def key_in(key: ColumnElement[Any], groups: Sequence[Any]) -> ColumnElement[bool]:
    """Return key IN (groups), matching NULL too when None is among them."""
    named = key.in_([g for g in groups if g is not None])
    return or_(named, key.is_(None)) if None in groups else named


def _single(
    session: Reader,
    value: ColumnElement[Any],
    source: Any,
    conds: Sequence[Any],
    qs: Sequence[Quantile],
    counts_out: dict[tuple[Any, ...], int] | None,
) -> dict[tuple[Any, ...], dict[Quantile, float]]:
    # One group: a count, then ORDER BY value LIMIT 2 OFFSET rank per quantile (a bounded
    # sort on both engines; measured 2x faster than ranking every row with windows).
    base = [value.is_not(None), *conds]
    count = int(session.scalar(select(func.count()).select_from(source).where(*base)) or 0)
    if not count:
        return {}
    asks = [(true(), num * (count - 1) // den, count) for num, den in qs]
    at = {rank: v for part in _at_ranks(session, value, source, base, asks) for rank, v in part.items()}
    if counts_out is not None:
        counts_out[()] = count
    return {(): _interpolate(count, at, qs)}


def _interpolate(count: int, at: dict[int, float], qs: Sequence[Quantile]) -> dict[Quantile, float]:
    out: dict[Quantile, float] = {}
    for num, den in qs:
        low, rest = divmod(num * (count - 1), den)
        first = at[low + 1]
        second = at.get(low + 2, first)
        out[(num, den)] = first + (second - first) * rest / den
    return out

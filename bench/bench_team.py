"""Benchmark the reports in team mode: a manager under row-level security vs the owner.

Usage: python bench/bench_team.py --url postgresql://postgres@127.0.0.1:PORT/fd_bench_team
       [--leads 100000] [--repeat 5]

The URL is the server administrator's. The database is created, filled with the demo
(``funneldesk.demo``, seed 1) and prepared with ``team setup`` on the first run, then
reused. Each report is timed through the service (median of the repeats after one
warm-up) on three connections made in the same run:

- owner (RLS): the owner's own login; the policies let every row through;
- manager (RLS): the first demo manager's own login; the policies keep their team's
  rows and the app adds its own scope on top;
- manager (app only): the administrator's connection acting as the manager, where only
  the app's scope applies (what RLS costs on top of it).

The issue's target: each report as the manager within 1.3x of the same report as the
owner. Reported, not a timed test.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import date

# bench/ is on sys.path when a bench runs as a script: one timing helper for all of them.
from bench_analytics import timed
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from funneldesk.analytics import forecast, funnel, periods, tables, timing
from funneldesk.analytics.dashboard import dashboard
from funneldesk.analytics.scope import ReportFilter
from funneldesk.domain.records import UserRecord
from funneldesk.services import users
from funneldesk.services.signin import connect_as
from funneldesk.storage.database import Database
from funneldesk.storage.engine import normalise_url
from funneldesk.storage.team import setup_team

TARGET_RATIO = 1.3
PASSWORD = "bench-team-password"


def reports(db: Database, actor: UserRecord, flt: ReportFilter) -> dict[str, Callable[[], object]]:
    """Return the service call of each report, as the dashboard makes them."""
    return {
        "funnel": lambda: funnel.funnel(db, actor, flt),
        "managers": lambda: tables.managers(db, actor, flt),
        "managers --team": lambda: tables.managers(db, actor, flt, team=True),
        "channels": lambda: tables.channels(db, actor, flt),
        "periods": lambda: periods.periods(db, actor, flt, "month"),
        "stages": lambda: timing.stage_times(db, actor, flt),
        "velocity": lambda: timing.velocity(db, actor, flt),
        "forecast": lambda: forecast.forecast(db, actor, flt),
        "dashboard refresh": lambda: dashboard(db, actor, flt, preset="all"),
    }


def prepare(url: str, leads: int) -> None:
    """Create, fill and set up the benchmark database unless it already holds the demo."""
    target = make_url(normalise_url(url))
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        found = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                             {"n": target.database}).scalar()
        if not found:
            conn.exec_driver_sql(f'CREATE DATABASE "{target.database}"')
    admin.dispose()
    db = Database(url)
    try:
        with db.read() as session:
            count = session.execute(text("SELECT count(*) FROM leads")).scalar() or 0
        if count == 0:
            from funneldesk.demo import fill_demo

            began = time.perf_counter()
            fill_demo(db, leads=leads, seed=1, anchor=date(2026, 6, 1))
            print(f"demo: {leads:,} leads in {time.perf_counter() - began:.0f} s")
        setup_team(db)
        owner = users.get_actor(db)
        for person in users.list_users(db, owner):
            if person.role in ("owner", "manager"):
                users.set_password(db, owner, person.login, PASSWORD)
    finally:
        db.close()


def main() -> None:
    """Print each report's time as owner and manager under RLS, and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="the administrator's postgresql:// URL")
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    prepare(args.url, args.leads)
    admin = Database(args.url)
    owner = users.get_actor(admin)
    people = users.list_users(admin, owner)
    manager = next(u for u in people if u.role == "manager")
    with admin.read() as session:
        total = session.execute(text("SELECT count(*) FROM leads")).scalar()
    as_owner = connect_as(args.url, owner.login, PASSWORD)
    as_manager = connect_as(args.url, manager.login, PASSWORD)
    with as_manager.read() as session:
        visible = session.execute(text("SELECT count(*) FROM leads")).scalar()
    flt = ReportFilter()
    runs = {
        "owner (RLS)": reports(as_owner, owner, flt),
        "manager (RLS)": reports(as_manager, manager, flt),
        "manager (app only)": reports(admin, manager, flt),
    }
    print(f"{total:,} leads on PostgreSQL in team mode; {manager.login} (manager) sees {visible:,}; "
          f"median of {args.repeat} after a warm-up, ms")
    print(f"{'report':<20}{'owner RLS':>11}{'manager RLS':>13}{'mgr app':>9}{'mgr/owner':>11}   target")
    worst = 0.0
    for name in runs["owner (RLS)"]:
        figures = [timed(run[name], args.repeat) for run in runs.values()]
        ratio = figures[1] / figures[0] if figures[0] else 0.0
        worst = max(worst, ratio)
        verdict = "PASS" if ratio <= TARGET_RATIO else "MISS"
        print(f"{name:<20}{figures[0]:>11.1f}{figures[1]:>13.1f}{figures[2]:>9.1f}{ratio:>11.2f}   "
              f"<= {TARGET_RATIO}x {verdict}")
    print(f"worst manager/owner ratio: {worst:.2f} (target <= {TARGET_RATIO})")
    for db in (as_owner, as_manager, admin):
        db.close()


if __name__ == "__main__":
    main()

"""Run independent reports side by side on two database connections.

A dashboard refresh is eight reports that share nothing but the file. SQLite and
psycopg release the GIL while a query runs, so two threads, each with its own pooled
connection and its own read transaction, finish them in a little over half the time on
a two-core machine. Each report was already its own transaction, so nothing about what a
report sees changes.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

# Two threads: more would only queue behind the GIL for the Python half of each report.
_WORKERS = 2 if (os.cpu_count() or 1) > 1 else 1
_pool: ThreadPoolExecutor | None = None


def _executor() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=_WORKERS, thread_name_prefix="funneldesk-report")
    return _pool


def run_all(jobs: dict[str, Callable[[], Any]]) -> dict[str, Any]:
    """Run each job (longest first, as given) on the report threads; return results by name."""
    if _WORKERS == 1:
        return {name: job() for name, job in jobs.items()}
    futures = {name: _executor().submit(job) for name, job in jobs.items()}
    return {name: future.result() for name, future in futures.items()}

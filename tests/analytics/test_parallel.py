"""Reports run side by side give each its own result, and a report's error reaches the caller."""

from __future__ import annotations

import threading

import pytest

from funneldesk.analytics.parallel import run_all


def test_each_job_answers_under_its_own_name_on_report_threads() -> None:
    got = run_all({"a": lambda: 1, "b": lambda: threading.current_thread().name, "c": lambda: (3,)})
    assert got["a"] == 1 and got["c"] == (3,)
    assert got["b"].startswith("funneldesk-report")


def test_a_failing_report_raises_in_the_caller() -> None:
    def broken() -> None:
        raise ValueError("no such pipeline")

    with pytest.raises(ValueError, match="no such pipeline"):
        run_all({"fine": lambda: 1, "broken": broken})

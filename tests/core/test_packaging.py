"""The wheel carries the resources, so an installed FunnelDesk finds its templates."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_contains_templates_and_both_packages(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
                   check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("funneldesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "funneldesk/_resources/templates/typical-sales.json" in names
    assert "funneldesk/storage/migrations/versions/0001_initial_schema.py" in names
    assert "funneldesk/storage/migrations/env.py" in names
    assert "ui/__init__.py" in names

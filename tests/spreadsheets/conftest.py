"""Fixtures for the spreadsheet bridge: an owner, a Maven-shaped pipeline, file builders."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from funneldesk.domain.records import UserRecord
from funneldesk.services import pipelines, users
from funneldesk.storage.database import Database
from funneldesk.storage.models import Lead, StageChange

STAGES = [{"name": "Prospecting"}, {"name": "Engaging"},
          {"name": "Won", "kind": "won", "probability": 100}, {"name": "Lost", "kind": "lost"}]


@pytest.fixture
def owner(db: Database) -> UserRecord:
    """Return the database owner."""
    return users.ensure_owner(db)


@pytest.fixture
def sales(db: Database, owner: UserRecord) -> str:
    """Create the Prospecting -> Engaging -> Won / Lost pipeline and return its name."""
    pipelines.create(db, owner, "Sales", STAGES)
    return "Sales"


def lead_count(db: Database) -> int:
    """Count leads in the database."""
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Lead)) or 0)


def change_count(db: Database) -> int:
    """Count stage changes in the database."""
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(StageChange)) or 0)


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write CSV text to a file and return its path."""
    path.write_bytes(text.encode(encoding))
    return path


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
    'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
    'worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
    'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/'
    'workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
    'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/'
    'sheet1.xml"/></Relationships>'
)
SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
              'openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
SHEET_TAIL = "</sheetData></worksheet>"


def inline_cell(ref: str, text: str) -> str:
    """Return an inline-string cell element."""
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def raw_xlsx(path: Path, sheet_rows: str, extra: dict[str, bytes | str] | None = None,
             sheet_prefix: str = "") -> Path:
    """Write a hand-made .xlsx whose sheet XML is exactly what the test says."""
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": WORKBOOK, "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/worksheets/sheet1.xml": sheet_prefix + SHEET_HEAD + sheet_rows + SHEET_TAIL,
    }
    parts.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path

"""The leads table's columns: header words, the SQL sort key and how a row shows in each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from funneldesk.services.browse import LeadRow
from ui.models_util import date_text, money_text, tr


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark text for translation in a context; it is translated when shown."""
    del context
    return text


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its key (also the SQL sort key), header and cell text."""

    key: str
    header: str
    text: Callable[[LeadRow], str]
    raw: Callable[[LeadRow], object]
    hidden: bool = False

    def title(self) -> str:
        """Return the translated header."""
        return tr("LeadColumns", self.header)


def _plain(name: str) -> Callable[[LeadRow], str]:
    return lambda row: str(getattr(row, name) or "")


def _attr(name: str) -> Callable[[LeadRow], object]:
    return lambda row: getattr(row, name)


def _dated(name: str) -> Callable[[LeadRow], str]:
    return lambda row: date_text(getattr(row, name))


def _temperature(row: LeadRow) -> str:
    return tr("Temperature", row.temperature) if row.temperature else ""


COLUMNS: tuple[Column, ...] = (
    Column("id", QT_TRANSLATE_NOOP("LeadColumns", "#"), _plain("id"), _attr("id"), hidden=True),
    Column("title", QT_TRANSLATE_NOOP("LeadColumns", "Title"), _plain("title"), _attr("title")),
    Column("company", QT_TRANSLATE_NOOP("LeadColumns", "Company"), _plain("company"), _attr("company")),
    Column("contact_name", QT_TRANSLATE_NOOP("LeadColumns", "Contact"), _plain("contact_name"),
           _attr("contact_name")),
    Column("email", QT_TRANSLATE_NOOP("LeadColumns", "E-mail"), _plain("email"), _attr("email"),
           hidden=True),
    Column("phone", QT_TRANSLATE_NOOP("LeadColumns", "Phone"), _plain("phone"), _attr("phone")),
    Column("pipeline", QT_TRANSLATE_NOOP("LeadColumns", "Pipeline"), _plain("pipeline"),
           _attr("pipeline"), hidden=True),
    Column("stage", QT_TRANSLATE_NOOP("LeadColumns", "Stage"), _plain("stage"),
           _attr("stage_position")),
    Column("owner", QT_TRANSLATE_NOOP("LeadColumns", "Owner"), _plain("owner"), _attr("owner")),
    Column("channel", QT_TRANSLATE_NOOP("LeadColumns", "Channel"), _plain("channel"), _attr("channel")),
    Column("temperature", QT_TRANSLATE_NOOP("LeadColumns", "Temperature"), _temperature,
           _attr("temperature")),
    Column("value", QT_TRANSLATE_NOOP("LeadColumns", "Value"),
           lambda row: money_text(row.value, row.currency), _attr("value")),
    Column("expected_close", QT_TRANSLATE_NOOP("LeadColumns", "Expected close"),
           _dated("expected_close"), _attr("expected_close"), hidden=True),
    Column("next_action", QT_TRANSLATE_NOOP("LeadColumns", "Next action"), _dated("next_action"),
           _attr("next_action")),
    Column("created_at", QT_TRANSLATE_NOOP("LeadColumns", "Created"), _dated("created_at"),
           _attr("created_at")),
    Column("closed_at", QT_TRANSLATE_NOOP("LeadColumns", "Closed"), _dated("closed_at"),
           _attr("closed_at"), hidden=True),
    Column("updated_at", QT_TRANSLATE_NOOP("LeadColumns", "Updated"), _dated("updated_at"),
           _attr("updated_at"), hidden=True),
)

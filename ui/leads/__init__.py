"""The leads table: lazily fetched rows, SQL sort and filter, bulk actions (see ``view``)."""

from ui.leads.view import LeadsView

__all__ = ["LeadsView"]

"""Alembic environment: always runs on the connection FunnelDesk hands it."""

from __future__ import annotations

from alembic import context

from funneldesk.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - FunnelDesk always passes one
    raise RuntimeError("run migrations through funneldesk.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

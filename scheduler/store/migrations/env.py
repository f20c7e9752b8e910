"""Alembic environment: migrations always run on the connection the app hands over."""

from alembic import context

from scheduler.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("campaign migrations run through scheduler.store.database.migrate()")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
context.run_migrations()

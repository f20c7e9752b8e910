"""retention and purge: the campaign's retention date, and when its candidates' data was purged

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import scheduler.store.models


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Both columns are nullable, so SQLite adds them in place (ALTER TABLE ADD COLUMN): no table rebuild.
    # A null retention date means the default (the campaign's end date + 180 days, scheduler/privacy.py).
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.add_column(sa.Column('retention_until', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('purged_at', scheduler.store.models.UtcDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.drop_column('purged_at')
        batch_op.drop_column('retention_until')

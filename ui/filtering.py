"""The one way our filter proxies tell Qt that their filter changed, on every Qt we support."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel


class FilterProxy(QSortFilterProxyModel):
    """Qt 6.10 replaced invalidateFilter by a begin/end pair; older Qt (allowed by the project) lacks it."""

    def _begin_change(self) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()

    def _end_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

"""The tables of the campaign: candidates, and the panel side (members, panels, rooms, conflicts).

`CandidatesView` and `PanelView` are the main window's views; both are built from `page.TablePage`
(search, filters, the table, Add/Delete/Import/Export) over the models of `models`.
"""

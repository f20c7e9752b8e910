"""Every control a keyboard reaches has a name a screen reader can say, in every view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def focusable(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parent(), QAbstractScrollArea) and widget is widget.parent().viewport():
            continue  # the viewport is the scroll area's, which has the name
        found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or ''} in {type(widget.parent()).__name__}"


def test_every_focusable_control_of_every_view_has_an_accessible_name(qtbot, demo_file):
    from ui.mainwindow import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_file)
    unnamed = []
    for key in window.VIEW_KEYS:
        window.show_view(key)
        qtbot.wait(50)
        unnamed += [f"{key}: {describe(w)}" for w in focusable(window) if not spoken_name(w)]
    assert not unnamed, "\n".join(sorted(set(unnamed)))


def test_the_welcome_page_controls_have_names(qtbot):
    from ui.mainwindow import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    unnamed = [describe(w) for w in focusable(window) if not spoken_name(w)]
    assert not unnamed, "\n".join(unnamed)


def test_tab_walks_through_the_view_and_reaches_every_control(qtbot, demo_file):
    """Tab order has no trap: pressing Tab from the first control visits each focusable one in turn."""
    from ui.mainwindow import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    assert window.open_path(demo_file)
    window.show_view("candidates")
    view = window.views["candidates"]
    controls = [w for w in focusable(view) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    controls[0].setFocus()
    visited = set()
    for _ in range(len(controls) * 3):
        visited.add(window.focusWidget())
        window.focusNextChild()
    assert set(controls) <= visited

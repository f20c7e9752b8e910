"""The main window: the File menu, the six views of the campaign workflow, the status bar.

It owns the open campaign (`CampaignSession`) and the planning run, and otherwise delegates: each
view shows and edits one part of the campaign through the session, and the core decides every rule.
"""

from __future__ import annotations

import logging
from pathlib import Path

import platformdirs
from PySide6.QtCore import QEvent, QFileSystemWatcher, QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resources import resource_path
from scheduler import operations
from scheduler.errors import CampaignError
from ui.session import CampaignSession
from ui.settings import AppSettings
from ui.statusbar import CampaignStatus

log = logging.getLogger(__name__)

CAMPAIGN_FILTER = "Campaign files (*.campaign *.db *.sqlite);;All files (*)"


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "interview-scheduler.svg")))


def demo_path() -> Path:
    return Path(platformdirs.user_data_dir("interview-scheduler", appauthor=False)) / "Demo campaign.campaign"


class WelcomePage(QWidget):
    """What the window shows with no campaign open: start a campaign, open one, or try the demo."""

    open_recent = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        title = QLabel(self.tr("<h1>Interview Scheduler</h1>"))
        intro = QLabel(
            self.tr(
                "Plan every interview of a recruitment campaign: candidates and panels in, "
                "a plan and calendar invitations out."
            )
        )
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, name, slot in (
            (self.tr("&New campaign…"), self.tr("New campaign"), window.new_campaign),
            (self.tr("&Open campaign…"), self.tr("Open campaign"), window.open_campaign),
            (self.tr("Open the &demo campaign"), self.tr("Open the demo campaign"), window.open_demo),
        ):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        recent_label = QLabel(self.tr("&Recent campaigns:"))
        self.recent_model = QStringListModel(self)
        self.recent = QListView()
        self.recent.setModel(self.recent_model)
        self.recent.setAccessibleName(self.tr("Recent campaigns"))
        self.recent.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.recent.activated.connect(self._activated)
        recent_label.setBuddy(self.recent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addSpacing(16)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent, 1)

    def set_recent(self, paths: list[str]) -> None:
        self.recent_model.setStringList(paths)

    @Slot()
    def _activated(self, index) -> None:
        self.open_recent.emit(index.data())


class MainWindow(QMainWindow):
    """One campaign at a time; every change is stored as it is made, so there is no Save."""

    VIEW_KEYS = ("campaign", "candidates", "panel", "availability", "plan", "invitations")

    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.session = CampaignSession(self)
        self.setWindowIcon(app_icon())
        self.setAccessibleName(self.tr("Interview Scheduler"))
        self.views: dict[str, QWidget] = {}
        self.welcome = WelcomePage(self)
        self.welcome.open_recent.connect(self.open_recent)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.setDocumentMode(True)
        from ui.privacy import RetentionBanner

        self.banner = RetentionBanner(self)
        self.banner.purge_requested.connect(self.show_privacy)
        self.campaign_page = QWidget()
        page = QVBoxLayout(self.campaign_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(self.banner)
        page.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.campaign_page)
        self.setCentralWidget(self.stack)
        self.status = CampaignStatus(self.session, self)
        self.setStatusBar(self.status)
        self._build_views()
        self._build_planning()
        self._build_menus()
        self.session.opened.connect(self._campaign_opened)
        self.session.closed.connect(self._campaign_closed)
        self.session.refused.connect(self.show_refusal)
        self.session.reloaded.connect(self._reloaded)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self._update_title()
        self._refresh_recent()
        geometry = self.settings.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    # Views

    def _build_views(self) -> None:
        from ui.availability import AvailabilityView
        from ui.campaignview import CampaignView
        from ui.invitationsview import InvitationsView
        from ui.planview import PlanView
        from ui.tables.candidates import CandidatesView
        from ui.tables.panelview import PanelView

        titles = {
            "campaign": self.tr("&Campaign"),
            "candidates": self.tr("Ca&ndidates"),
            "panel": self.tr("&Panel"),
            "availability": self.tr("A&vailability"),
            "plan": self.tr("P&lan"),
            "invitations": self.tr("&Invitations"),
        }
        makers = {
            "campaign": CampaignView,
            "candidates": CandidatesView,
            "panel": PanelView,
            "availability": AvailabilityView,
            "plan": PlanView,
            "invitations": InvitationsView,
        }
        for key in self.VIEW_KEYS:
            view = makers[key](self.session, self.tabs)
            view.setObjectName(f"{key}View")
            self.views[key] = view
            self.tabs.addTab(view, titles[key])

    def show_view(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.views[key])

    # Planning

    def _build_planning(self) -> None:
        from ui.planning import PlanningController
        from ui.progresspanel import ProgressPanel

        self.planning = PlanningController(self.session, self)
        self.plan_time_limit = 30.0  # seconds; the search usually settles well before
        self.progress = ProgressPanel(self)
        self.progress_dock = QDockWidget(self.tr("Planning"), self)
        self.progress_dock.setObjectName("planningDock")
        self.progress_dock.setWidget(self.progress)
        self.progress_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.progress_dock)
        self.progress_dock.hide()
        self.progress.follow(self.planning)
        self.planning.started.connect(self._planning_started)
        self.planning.done.connect(self._planning_done)
        self.planning.cancelled.connect(self._planning_cancelled)
        self.planning.failed.connect(self._planning_failed)
        self.planning.stopped.connect(self._planning_ended)
        self.views["invitations"].invitationsChanged.connect(self.status.recount)
        self.views["plan"].replanRequested.connect(self.replan)

    @Slot()
    def plan(self) -> None:
        self.planning.start(replan=False, time_limit=self.plan_time_limit)

    @Slot()
    def replan(self) -> None:
        self.planning.start(replan=True, time_limit=self.plan_time_limit)

    @Slot()
    def _planning_started(self) -> None:
        self.progress_dock.show()
        self.plan_action.setEnabled(False)
        self.replan_action.setEnabled(False)

    @Slot(object)
    def _planning_done(self, result: object) -> None:
        from ui.plansummary import PlanSummary

        self.show_view("plan")
        self.summary = PlanSummary(self.session, result, self)
        self.summary.show()

    @Slot()
    def _planning_cancelled(self) -> None:
        self.statusBar().showMessage(self.tr("Planning cancelled; the plan is unchanged."), 8000)

    @Slot(str)
    def _planning_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Planning"), message)

    @Slot()
    def _planning_ended(self) -> None:
        self.progress_dock.hide()
        self.plan_action.setEnabled(self.session.is_open)
        self.replan_action.setEnabled(self.session.is_open)

    # Menus

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(
            self._action(self.tr("&New campaign…"), self.new_campaign, QKeySequence.StandardKey.New)
        )
        file.addAction(self._action(self.tr("&Open…"), self.open_campaign, QKeySequence.StandardKey.Open))
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        file.addAction(self._action(self.tr("Open &demo campaign"), self.open_demo))
        file.addSeparator()
        self.copy_action = self._action(
            self.tr("Save a &copy…"), self.save_copy, QKeySequence.StandardKey.SaveAs
        )
        file.addAction(self.copy_action)
        self.close_action = self._action(
            self.tr("&Close"), self.close_campaign, QKeySequence.StandardKey.Close
        )
        file.addAction(self.close_action)
        self.privacy_action = self._action(self.tr("Personal &data…"), self.show_privacy)
        file.addAction(self.privacy_action)
        file.addSeparator()
        file.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        edit.addAction(self._action(self.tr("&Preferences…"), self.show_preferences, "Ctrl+,"))

        view = bar.addMenu(self.tr("&View"))
        for number, key in enumerate(self.VIEW_KEYS, start=1):
            text = self.tabs.tabText(number - 1)
            action = QAction(text, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setData(key)
            action.triggered.connect(self._view_action)
            view.addAction(action)

        plan = bar.addMenu(self.tr("Pl&anning"))
        self.plan_action = self._action(self.tr("&Plan the campaign"), self.plan, "F5")
        self.replan_action = self._action(
            self.tr("&Re-plan around pinned interviews"), self.replan, "Shift+F5"
        )
        plan.addAction(self.plan_action)
        plan.addAction(self.replan_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Interview Scheduler"), self.show_about))
        self._campaign_actions = [self.copy_action, self.close_action, self.plan_action, self.replan_action,
                                  self.privacy_action]
        self._set_campaign_actions(False)

    @Slot()
    def _view_action(self) -> None:
        self.show_view(self.sender().data())

    def _set_campaign_actions(self, enabled: bool) -> None:
        for action in self._campaign_actions:
            action.setEnabled(enabled)

    # File

    def _ask_error(self, error: CampaignError) -> None:
        QMessageBox.warning(self, self.tr("Interview Scheduler"), str(error))

    @Slot()
    def new_campaign(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New campaign"),
            str(Path(self.settings.campaign_folder) / "campaign.campaign"),
            CAMPAIGN_FILTER,
        )
        if path:
            self.create_and_open(Path(path))

    def create_and_open(self, path: Path) -> bool:
        if not path.suffix:
            path = path.with_suffix(".campaign")
        try:
            operations.create_empty(path, path.stem, None)
        except CampaignError as error:
            self._ask_error(error)
            return False
        if self.open_path(path):
            self.show_view("campaign")
            return True
        return False

    @Slot()
    def open_campaign(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open campaign"), self.settings.campaign_folder, CAMPAIGN_FILTER
        )
        if path:
            self.open_path(Path(path))

    @Slot()
    def open_demo(self) -> None:
        path = demo_path()
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                operations.create_demo(path)
            except CampaignError as error:
                self._ask_error(error)
                return
        self.open_path(path)

    @Slot(str)
    def open_recent(self, path: str) -> None:
        if not Path(path).exists():
            QMessageBox.warning(
                self, self.tr("Open recent"), self.tr("{0}: the file is no longer there.").format(path)
            )
            self.settings.remove_recent(path)
            self._refresh_recent()
            return
        self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        if self.planning.is_running:
            return False
        try:
            self.session.open(path)
        except CampaignError as error:
            self._ask_error(error)
            return False
        self.settings.add_recent(path)
        self.settings.campaign_folder = str(path.parent)
        self._refresh_recent()
        return True

    @Slot()
    def save_copy(self) -> None:
        if not self.session.is_open:
            return
        suggestion = self.session.path.with_name(self.session.path.stem + " (copy).campaign")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(suggestion), CAMPAIGN_FILTER)
        if path:
            try:
                operations.save_copy(self.session.path, Path(path))
            except CampaignError as error:
                self._ask_error(error)
                return
            self.statusBar().showMessage(self.tr("Copy saved to {0}.").format(path), 8000)

    @Slot()
    def close_campaign(self) -> None:
        self.planning.shutdown()
        self.session.close()

    def _refresh_recent(self) -> None:
        self.recent_menu.clear() if hasattr(self, "recent_menu") else None
        recent = self.settings.recent_files
        self.welcome.set_recent(recent)
        if not hasattr(self, "recent_menu"):
            return
        for number, path in enumerate(recent, start=1):
            action = QAction(f"&{number} {Path(path).name}", self.recent_menu)
            action.setData(path)
            action.setToolTip(path)
            action.triggered.connect(self._recent_action)
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(recent))

    @Slot()
    def _recent_action(self) -> None:
        self.open_recent(self.sender().data())

    @Slot(str)
    def _file_changed(self, path: str) -> None:
        """Another window or program wrote the campaign: read it again (not while our own jobs write)."""
        if Path(path).exists() and path not in self.watcher.files():
            self.watcher.addPath(path)  # replaced by a rename (restore): watch the new file
        if not self._busy():
            self.session.reload_if_changed_elsewhere()

    def _busy(self) -> bool:
        """Whether a job of ours (planning, export, send) is writing the file; also during construction."""
        if not hasattr(self, "planning"):
            return True
        return self.planning.is_running or self.views["invitations"].busy

    @Slot(str)
    def _reloaded(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    def changeEvent(self, event: QEvent) -> None:
        # Also on coming back to the window: file watching does not work on every network drive.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and not self._busy():
            self.session.reload_if_changed_elsewhere()
        super().changeEvent(event)

    @Slot()
    def _campaign_opened(self) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self.watcher.addPath(str(self.session.path))
        self.stack.setCurrentWidget(self.campaign_page)
        self.banner.refresh(self.session)
        self._set_campaign_actions(True)
        self._update_title()

    @Slot()
    def _campaign_closed(self) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self.stack.setCurrentWidget(self.welcome)
        self._set_campaign_actions(False)
        self._update_title()

    def _update_title(self) -> None:
        if self.session.is_open:
            self.setWindowTitle(self.tr("{0} – Interview Scheduler").format(self.session.data.campaign.name))
            self.setWindowFilePath(str(self.session.path))
        else:
            self.setWindowTitle(self.tr("Interview Scheduler"))

    @Slot(str)
    def show_refusal(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Undo"), message)

    @Slot()
    def show_preferences(self) -> None:
        from ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self, self.settings)
        dialog.languageChanged.connect(self._language_changed)
        dialog.exec()

    @Slot(str)
    def _language_changed(self, _language: str) -> None:
        QMessageBox.information(self, self.tr("Language"), self.tr(
            "The new language applies the next time Interview Scheduler starts."))

    @Slot()
    def show_privacy(self) -> None:
        from ui.privacy import PrivacyDialog

        if not self.session.is_open or self._busy():
            return
        dialog = PrivacyDialog(self.session, self, self.settings)
        dialog.exec()
        self.banner.refresh(self.session)

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Interview Scheduler"),
            self.tr(
                "<h3>Interview Scheduler</h3><p>Plans every interview of a recruitment campaign with a "
                "constraint solver and sends calendar invitations.</p>"
                "<p>Campaign files stay on this computer.</p>"
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        from ui.invitationworkers import wait_for_all

        self.planning.shutdown()
        wait_for_all()
        self.status.counter.shutdown()
        self.settings.set_geometry("main", self.saveGeometry())
        self.session.close()
        super().closeEvent(event)

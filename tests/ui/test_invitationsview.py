"""The Invitations view: what is pending, the preview, export, sending, and the answers."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from scheduler.editing import Change
from scheduler.invitations.tracking import pending_messages
from tests.scheduler.builders import BJORN, interview
from tests.scheduler.invitations import smtp_server
from tests.scheduler.invitations.smtp_server import Inbox
from tests.scheduler.invitations.support import campaign_with, create
from ui import invitationworkers as workers
from ui.invitationsview import InvitationsView, SendDialog, short_moment
from ui.invitationworkers import SendRequest
from ui.settings import AppSettings

WAIT = 60000  # ms: a loaded machine may take a while


@pytest.fixture(autouse=True)
def _private_native_settings(tmp_path_factory: pytest.TempPathFactory):
    """AppSettings uses QSettings' native format, which conftest's redirection (ini) does not cover."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("native-settings")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def _jobs_finish(qtbot):
    """No worker thread outlives its test."""
    yield
    workers.wait_for_all()
    qtbot.wait(10)  # lets the keepers release their finished threads


@pytest.fixture
def small_session(qtbot, tmp_path: Path):
    """Five interviews, each with a candidate and three panel members: 20 invitations."""
    from ui.session import CampaignSession

    data = campaign_with(
        interview("TS-0001", "2024-04-23 09:00"),
        interview("TS-0002", "2024-04-23 10:00"),
        interview("TS-0003", "2024-04-23 11:00"),
        interview("TS-0004", "2024-04-24 09:00"),
        interview("R-0001", "2024-04-24 15:00", room="Video 1"),
    )
    session = CampaignSession()
    session.open(create(tmp_path / "small.campaign", data))
    yield session
    session.close()


def shown(qtbot, session) -> InvitationsView:
    view = InvitationsView(session)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: view.overview is not None, timeout=WAIT)
    return view


def core_pending(session, channel: str = "export") -> list:
    with session.document.file.transaction() as db:
        return pending_messages(db, channel=channel)


def rows(view: InvitationsView, column: str) -> list[str]:
    proxy = view.pending_proxy
    number = view.pending_model.COLUMNS.index(column)
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def test_the_planned_demo_lists_every_pending_message_and_previews_the_selected_one(qtbot, session):
    view = shown(qtbot, session)
    expected = core_pending(session)
    assert view.pending_proxy.rowCount() == len(expected) > 0
    assert {(i.event.key, i.message.method) for i in view.pending_model.items} == {
        (m.event.key, m.method) for m in expected}
    assert view.count_label.text().startswith(f"{len(expected)} pending: {len(expected)} new, 0 changed")

    view.pending_table.selectRow(0)
    item = view.selected_item()
    assert item is not None
    assert view.preview.fields["subject"].text() == item.message.subject
    assert item.event.recipient.email in view.preview.fields["to"].text()
    local = item.event.start.astimezone(item.event.zone)
    entry = view.preview.entry.toPlainText()
    assert f"{local:%H:%M}–" in entry and item.event.timezone in entry
    assert "the recipient, asked to reply" in entry
    assert item.message.body.splitlines()[0] in view.preview.body.toPlainText()


def test_a_remote_candidate_sees_their_own_zone_and_the_campaign_zone_beside_it(qtbot, session):
    view = shown(qtbot, session)
    remote = next(i for i in view.pending_model.items
                  if i.event.role == "candidate" and i.event.timezone != session.data.campaign.timezone)
    row = view.pending_proxy.mapFromSource(
        view.pending_model.index(view.pending_model.items.index(remote), 0)).row()
    view.pending_table.selectRow(row)
    entry = view.preview.entry.toPlainText()
    local = remote.event.start.astimezone(remote.event.zone)
    assert f"{local:%H:%M}" in entry and remote.event.timezone in entry
    assert "in the campaign's zone (" + session.data.campaign.timezone in entry


def test_filters_and_search_narrow_the_list_and_the_count_says_so(qtbot, session):
    view = shown(qtbot, session)
    total = view.pending_proxy.rowCount()
    candidates = sum(1 for i in view.pending_model.items if i.event.role == "candidate")
    view.audience.setCurrentIndex(1)
    assert view.pending_proxy.rowCount() == candidates
    assert set(rows(view, "role")) == {"Candidate"}
    assert f"({candidates} shown)" in view.count_label.text()
    reference = view.pending_model.items[0].event.candidate
    view.audience.setCurrentIndex(0)
    view.search.setText(reference.lower())
    assert set(rows(view, "candidate")) == {reference}
    view.search.clear()
    view.kind.setCurrentIndex(3)  # cancelled: none in a first plan
    assert view.pending_proxy.rowCount() == 0
    view.kind.setCurrentIndex(0)
    assert view.pending_proxy.rowCount() == total


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, small_session, tmp_path: Path):
    view = shown(qtbot, small_session)
    qtmodeltester.check(view.pending_model)
    qtmodeltester.check(view.pending_proxy)
    with qtbot.waitSignal(view.exportDone, timeout=WAIT):
        view.export_invitations(tmp_path / "out")
    qtbot.waitUntil(lambda: view.answers_model.rowCount() == 20, timeout=WAIT)
    qtmodeltester.check(view.answers_model)
    qtmodeltester.check(view.answers_proxy)


def test_export_writes_the_folder_and_empties_the_list(qtbot, small_session, tmp_path: Path):
    view = shown(qtbot, small_session)
    assert view.pending_proxy.rowCount() == 20
    with qtbot.waitSignal(view.pendingRefreshed, timeout=WAIT) as refreshed, \
            qtbot.waitSignal(view.exportDone, timeout=WAIT) as done:
        view.export_invitations(tmp_path / "out")
    report = done.args[0]
    assert report is not None and report.requests == 20
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["messages"]) == 20
    assert refreshed.args == [0] and view.pending_proxy.rowCount() == 0
    assert "up to date" in view.count_label.text()
    assert "20 invitations and 0 cancellations written" in view.last_message.text()
    assert core_pending(small_session) == []


def test_an_export_into_a_folder_in_use_says_why_and_records_nothing(qtbot, small_session, tmp_path: Path):
    view = shown(qtbot, small_session)
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "notes.txt").write_text("mine")
    with qtbot.waitSignal(view.exportDone, timeout=WAIT) as done:
        view.export_invitations(tmp_path / "used")
    assert done.args == [None]
    assert "not empty" in view.last_message.text()
    assert len(core_pending(small_session)) == 20
    assert view.export_target(tmp_path / "used").parent == tmp_path / "used"  # the button picks a new one


def test_a_moved_interview_shows_up_as_changed_with_why(qtbot, small_session, tmp_path: Path):
    view = shown(qtbot, small_session)
    with qtbot.waitSignal(view.exportDone, timeout=WAIT):
        view.export_invitations(tmp_path / "out")
    qtbot.waitUntil(lambda: view.pending_proxy.rowCount() == 0, timeout=WAIT)
    before = next(i for i in small_session.data.interviews if i.candidate == "TS-0004")
    after = replace(before, start=before.start + timedelta(hours=2))
    small_session.apply([Change("interview", before, after)], "Move TS-0004")
    # Waits for the list itself: a refresh started by the export may still end after the move.
    qtbot.waitUntil(lambda: set(rows(view, "candidate")) == {"TS-0004"}, timeout=WAIT)
    assert set(rows(view, "change")) == {"Changed"}
    was = short_moment(before.start.astimezone(ZoneInfo(small_session.data.campaign.timezone)))
    assert set(rows(view, "why")) == {f"moved from {was}"} and was.endswith("2024 09:00")
    assert view.pending_proxy.rowCount() == 4


def test_sending_delivers_each_pending_message_once_with_progress(qtbot, small_session):
    inbox = Inbox()
    server = smtp_server.start(inbox)
    try:
        view = shown(qtbot, small_session)
        request = SendRequest("127.0.0.1", server.port, "plain", None, "", False, 1000)
        with qtbot.waitSignal(view.sendDone, timeout=WAIT) as done:
            view.send_invitations(request)
            assert view.activity.isVisible() and not view.send_button.isEnabled()
        report = done.args[0]
        assert report is not None and report.ok and len(report.sent) == 20
        assert len(inbox.messages) == 20 and len({m.key for m in inbox.messages}) == 20
        assert view.progress.value() == view.progress.maximum() == 20
        assert not view.activity.isVisible()
        assert view.channel_code == "send"
        qtbot.waitUntil(lambda: view.overview.channel == "send" and view.pending_proxy.rowCount() == 0,
                        timeout=WAIT)
        assert "20 messages sent" in view.last_message.text()
        assert core_pending(small_session, "send") == []
    finally:
        server.stop()


def test_stop_sending_keeps_the_rest_pending(qtbot, small_session):
    inbox = Inbox(hold_at=2)
    server = smtp_server.start(inbox)
    try:
        view = shown(qtbot, small_session)
        request = SendRequest("127.0.0.1", server.port, "plain", None, "", False, 1000)
        with qtbot.waitSignal(view.sendDone, timeout=WAIT) as done:
            view.send_invitations(request)
            qtbot.waitUntil(lambda: len(inbox.messages) == 2, timeout=WAIT)  # the 2nd is in flight
            qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
            inbox.release.set()
        report = done.args[0]
        assert report.stopped == "interrupted." and len(report.sent) == 2
        qtbot.waitUntil(lambda: view.overview.channel == "send" and view.pending_proxy.rowCount() == 18,
                        timeout=WAIT)
        assert "Stopped" in view.last_message.text()
    finally:
        server.stop()


def test_a_login_without_a_saved_password_asks_for_it(qtbot, small_session, monkeypatch):
    from scheduler.errors import CampaignError
    from scheduler.invitations import sending

    def no_password(*_args, **_kwargs):
        raise CampaignError("no password in the keyring")

    monkeypatch.setattr(sending, "find_password", no_password)
    view = shown(qtbot, small_session)
    request = SendRequest("127.0.0.1", smtp_server.free_port(), "plain", "hr", "", False, 30)
    with qtbot.waitSignal(view.sendDone, timeout=WAIT):
        view.send_invitations(request)
    dialog = view.send_dialog
    assert dialog.isVisible() and "hr@127.0.0.1" in dialog.problem.text()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    dialog.reject()


def test_the_send_dialog_starts_from_the_preferences_and_refuses_plain_mail_abroad(qtbot):
    settings = AppSettings()
    settings.smtp_server = "smtp.example.org:587"
    settings.smtp_user = "hr@example.org"
    settings.smtp_security = "starttls"
    dialog = SendDialog(12)
    qtbot.addWidget(dialog)
    assert dialog.server.text() == "smtp.example.org:587" and dialog.user.text() == "hr@example.org"
    assert "12 messages" in dialog.intro.text()
    dialog.security.setCurrentIndex(2)  # none
    dialog.check()
    assert dialog.result() == 0 and "only go to a server on this computer" in dialog.problem.text()
    dialog.security.setCurrentIndex(0)
    dialog.password.setText("secret")
    dialog.check()
    assert dialog.request == SendRequest("smtp.example.org", 587, "starttls", "hr@example.org", "secret",
                                         False, 30)


def _reply(uid: str, address: str, answer: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
        "METHOD:REPLY\r\nBEGIN:VEVENT\r\n"
        f"ATTENDEE;PARTSTAT={answer}:MAILTO:{address.upper()}\r\n"
        "COMMENT:On a conference that day\\, sorry.\r\nDTSTAMP:20240315T101500Z\r\n"
        f"SEQUENCE:0\r\nUID:{uid}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def test_an_imported_reply_shows_as_declined_in_the_answers(qtbot, small_session, tmp_path: Path):
    view = shown(qtbot, small_session)
    with qtbot.waitSignal(view.exportDone, timeout=WAIT):
        view.export_invitations(tmp_path / "out")
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    entry = next(e for e in manifest["messages"] if e["candidate"] == "TS-0002" and e["recipient"] == BJORN)
    (tmp_path / "declined.ics").write_bytes(_reply(entry["uid"], BJORN, "DECLINED"))
    with qtbot.waitSignal(view.answersRefreshed, timeout=WAIT):
        assert view.import_reply_files([tmp_path / "declined.ics"])
    assert view.tabs.currentIndex() == 1
    model = view.answers_model
    declined = [i for i in model.items if i.state == "declined"]
    assert [(i.candidate, i.address) for i in declined] == [("TS-0002", BJORN)]
    row = model.items.index(declined[0])
    assert model.index(row, model.COLUMNS.index("answer")).data() == "Declined"
    assert model.index(row, model.COLUMNS.index("comment")).data() == "On a conference that day, sorry."
    assert "20 invitations out: 0 accepted, 1 declined, 0 tentative, 19 no answer yet" in (
        view.answers_label.text())
    view.answer_filter.setCurrentIndex(2)
    assert view.answers_proxy.rowCount() == 1


def test_a_reply_to_an_unknown_invitation_is_refused_in_one_sentence(qtbot, small_session, tmp_path: Path):
    view = shown(qtbot, small_session)
    (tmp_path / "stranger.ics").write_bytes(_reply("nobody@elsewhere", BJORN, "ACCEPTED"))
    assert not view.import_reply_files([tmp_path / "stranger.ics"])
    assert "never sent" in view.last_message.text() and "nothing was recorded" in view.last_message.text()
    assert view.answers_model.rowCount() == 0


def test_every_focusable_control_has_a_name(qtbot, small_session):
    view = shown(qtbot, small_session)
    for page in range(view.tabs.count()):
        view.tabs.setCurrentIndex(page)
        unnamed = []
        for widget in view.findChildren(QWidget):
            policy = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if not widget.isVisibleTo(view) or policy != Qt.FocusPolicy.TabFocus:
                continue
            if widget.parent() is not None and getattr(widget.parent(), "viewport", lambda: None)() is widget:
                continue
            interface = QAccessible.queryAccessibleInterface(widget)
            if not interface.text(QAccessible.Text.Name).strip():
                unnamed.append(type(widget).__name__)
        assert not unnamed, unnamed

"""`send`: the pending invitations reach a real SMTP server once each, also across interrupted runs."""

from __future__ import annotations

import atexit
import collections
import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import keyring
import keyring.backend
import pytest
from aiosmtpd.controller import Controller
from keyring.backends import fail
from sqlalchemy import select

from scheduler.cli import main
from scheduler.errors import CampaignError
from scheduler.invitations import sending
from scheduler.invitations.sending import SendOptions, Server, Throttle, choose_security, parse_server
from scheduler.invitations.tracking import pending_messages
from scheduler.store.database import CampaignFile
from scheduler.store.models import CandidateRow, InvitationMessageRow
from tests.scheduler.builders import PANEL, interview
from tests.scheduler.invitations import smtp_server
from tests.scheduler.invitations.smtp_server import Inbox
from tests.scheduler.invitations.support import ORGANIZER, campaign_with, create

PASSWORD = "correct horse battery staple"


_TEMPLATE: list[Path] = []


def _campaign(tmp_path: Path) -> Path:
    """Five interviews of a candidate and three panel members each: 20 messages (built once, copied)."""
    if not _TEMPLATE:
        data = campaign_with(
            interview("TS-0001", "2024-04-23 09:00"),
            interview("TS-0002", "2024-04-23 10:00"),
            interview("TS-0003", "2024-04-23 11:00"),
            interview("TS-0004", "2024-04-24 09:00"),
            interview("R-0001", "2024-04-24 15:00", room="Video 1"),
        )
        folder = Path(tempfile.mkdtemp(prefix="sending-tests-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _TEMPLATE.append(create(folder / "s.campaign", data))
    return Path(shutil.copyfile(_TEMPLATE[0], tmp_path / "s.campaign"))


class Servers:
    """Starts SMTP servers for a test (`servers(inbox, **options)`) and stops them after it."""

    def __init__(self) -> None:
        self.running: list[Controller] = []

    def __call__(self, inbox: Inbox, **options: object) -> Controller:
        controller = smtp_server.start(inbox, **options)
        self.running.append(controller)
        return controller

    def stop(self, controller: Controller) -> None:
        self.running.remove(controller)
        controller.stop()


@pytest.fixture
def serve():
    servers = Servers()
    yield servers
    for controller in servers.running:
        controller.stop()


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def use_keyring():
    previous = keyring.get_keyring()

    def use(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(previous)


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _no_wait() -> tuple[SendOptions, list[float]]:
    slept: list[float] = []
    return SendOptions(sleep=slept.append), slept


def _plain(port: int, **changes: object) -> Server:
    return Server("127.0.0.1", port, "plain", **changes)  # type: ignore[arg-type]


def _keys(inbox: Inbox) -> collections.Counter[tuple[str, str, int]]:
    return collections.Counter(m.key for m in inbox.messages)


def _pending(path: Path) -> int:
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        return len(pending_messages(session, channel="send"))


# --------------------------------------------------------------------------------------------------
# Choosing the connection
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "port", "flags", "expected"),
    [
        ("smtp.example.org", 465, {}, "ssl"),
        ("smtp.example.org", 2465, {"use_ssl": True}, "ssl"),
        ("smtp.example.org", 587, {"starttls": True}, "starttls"),
        ("localhost", 25, {}, "plain"),
        ("127.0.0.1", 1025, {}, "plain"),
        ("::1", 25, {}, "plain"),
        ("relay.internal", 25, {"insecure": True}, "plain"),
    ],
)
def test_the_encryption_is_the_one_asked_for(host: str, port: int, flags: dict, expected: str) -> None:
    options = {"use_ssl": False, "starttls": False, "insecure": False, **flags}
    assert choose_security(host, port, **options) == expected


def test_plain_smtp_to_another_computer_is_refused_without_insecure(tmp_path: Path, capsys) -> None:
    for host in ("smtp.example.org", "192.168.1.10", "localhost.example.org"):
        with pytest.raises(CampaignError, match="refused to send without encryption"):
            choose_security(host, 587, use_ssl=False, starttls=False, insecure=False)
    code, out, err = run(capsys, "send", tmp_path / "x.campaign", "--smtp", "smtp.example.org:587")
    assert code == 2 and out == ""
    assert err.strip() == (
        "smtp.example.org:587: refused to send without encryption to another computer; add --starttls "
        "(usually port 587) or --ssl (port 465), or --insecure if this server really has no TLS."
    )


def test_server_addresses_are_read_as_host_and_port() -> None:
    assert parse_server("smtp.example.org:587") == ("smtp.example.org", 587)
    assert parse_server("[::1]:25") == ("::1", 25)
    for wrong in ("smtp.example.org", "smtp.example.org:", ":25", "host:99999", "host:x", "a b:25"):
        with pytest.raises(CampaignError, match="HOST:PORT"):
            parse_server(wrong)


def test_the_throttle_allows_n_messages_in_any_minute() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    throttle = Throttle(3, clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        throttle.wait()
        now[0] += 1
    assert slept == []
    throttle.wait()  # the 4th waits until the 1st is a minute old
    assert slept == [57.0] and now[0] == 60.0
    now[0] += 30
    throttle.wait()  # the 2nd was at 1 s: long enough ago
    assert slept == [57.0]


# --------------------------------------------------------------------------------------------------
# Delivering
# --------------------------------------------------------------------------------------------------


def test_each_pending_message_arrives_once_and_a_second_run_sends_nothing(
    tmp_path: Path, capsys, serve
) -> None:
    path = _campaign(tmp_path)
    inbox = Inbox()
    port = serve(inbox).port
    code, out, err = run(capsys, "send", path, "--smtp", f"127.0.0.1:{port}")
    assert (code, err) == (0, "")
    assert out.strip() == f"20 messages sent (20 invitations, 0 cancellations) through 127.0.0.1:{port}."
    assert len(inbox.messages) == 20
    assert set(_keys(inbox).values()) == {1}
    recipients = collections.Counter(m.rcpt_tos[0] for m in inbox.messages)
    assert all(recipients[member] == 5 for member in PANEL)
    for received in inbox.messages:
        assert received.mail_from == ORGANIZER.email and len(received.rcpt_tos) == 1
        calendar = received.calendar()
        assert calendar.method == "REQUEST" == received.calendar_part().get_param("method")
        assert calendar.events[0].sequence == 0
        assert received.rcpt_tos[0] in calendar.events[0].attendees
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        query = select(InvitationMessageRow).where(InvitationMessageRow.channel == "send")
        rows = session.scalars(query).all()
        recorded = {row.uid: row.ics.encode() for row in rows}
    assert recorded == {m.key[0]: m.calendar_part().get_payload(decode=True) for m in inbox.messages}

    code, out, _ = run(capsys, "send", path, "--smtp", f"localhost:{port}")
    assert code == 0 and out.strip() == "Nothing to send: every invitation is up to date."
    assert len(inbox.messages) == 20


def test_a_withdrawn_candidate_gets_cancellations_with_the_same_uids(tmp_path: Path, serve) -> None:
    path = _campaign(tmp_path)
    inbox = Inbox()
    port = serve(inbox).port
    sending.send_invitations_at(path, _plain(port), options=_no_wait()[0])
    delivered = {(m.rcpt_tos[0], m.key[0]) for m in inbox.messages}
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        row = session.scalars(select(CandidateRow).where(CandidateRow.reference == "TS-0002")).one()
        row.status = "withdrawn"
    inbox.messages.clear()
    report = sending.send_invitations_at(path, _plain(port), options=_no_wait()[0])
    assert report.ok and len(report.sent) == 4
    assert {m.rcpt_tos[0] for m in inbox.messages} == {"ts-0002@candidates.example.net", *PANEL}
    for received in inbox.messages:
        uid, method, sequence = received.key
        assert (received.rcpt_tos[0], uid) in delivered  # the UID that recipient's REQUEST had
        assert method == "CANCEL" == received.calendar_part().get_param("method") and sequence == 1
        assert received.calendar().events[0].status == "CANCELLED"


def test_a_run_interrupted_half_way_is_resumed_without_duplicates(tmp_path: Path, capsys, serve) -> None:
    path = _campaign(tmp_path)
    inbox = Inbox()
    port = serve(inbox).port
    count = [0]

    def interrupt_after_seven(message: object) -> None:
        count[0] += 1
        if count[0] == 7:
            raise KeyboardInterrupt

    options = SendOptions(on_sent=interrupt_after_seven)
    report = sending.send_invitations_at(path, _plain(port), options=options)
    assert report.stopped == "interrupted." and len(report.sent) == 7 and not report.ok
    assert report.summary().startswith("Stopped: interrupted. 7 of 20 messages sent")
    assert len(inbox.messages) == 7 and _pending(path) == 13

    code, out, _ = run(capsys, "send", path, "--smtp", f"127.0.0.1:{port}")
    assert code == 0 and out.startswith("13 messages sent")
    assert len(inbox.messages) == 20 and set(_keys(inbox).values()) == {1}


def test_a_dropped_connection_is_retried_on_a_new_one(tmp_path: Path, serve) -> None:
    path = _campaign(tmp_path)
    inbox = Inbox(drop_at=5)
    port = serve(inbox).port
    options, slept = _no_wait()
    report = sending.send_invitations_at(path, _plain(port), options=options)
    assert report.ok and len(report.sent) == 20
    assert slept == [2.0]
    assert len(inbox.messages) == 20 and set(_keys(inbox).values()) == {1}


def test_a_greylisting_server_is_tried_again(tmp_path: Path, serve) -> None:
    path = _campaign(tmp_path)
    inbox = Inbox(greylist={"ts-0003@candidates.example.net": 2})
    port = serve(inbox).port
    options, slept = _no_wait()
    report = sending.send_invitations_at(path, _plain(port), options=options)
    assert report.ok and slept == [2.0, 4.0]
    assert len(inbox.messages) == 20 and set(_keys(inbox).values()) == {1}


def test_a_recipient_refused_for_good_is_reported_and_stays_pending(tmp_path: Path, capsys, serve) -> None:
    path = _campaign(tmp_path)
    refused = "ts-0004@candidates.example.net"
    inbox = Inbox(refuse={refused: "550 5.1.1 <ts-0004@candidates.example.net>: Recipient address rejected"})
    port = serve(inbox).port
    code, out, err = run(capsys, "send", path, "--smtp", f"127.0.0.1:{port}")
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [
        f"TS-0004: invitation to {refused} (candidate): not sent (550 5.1.1 <{refused}>: Recipient address "
        "rejected); it stays pending.",
        f"19 of 20 messages sent (19 invitations, 0 cancellations) through 127.0.0.1:{port}; "
        "1 stays pending, run send again to send it.",
    ]
    assert len(inbox.messages) == 19 and _pending(path) == 1

    inbox.refuse.clear()
    code, out, _ = run(capsys, "send", path, "--smtp", f"127.0.0.1:{port}")
    assert code == 0 and out.startswith("1 message sent (1 invitation, 0 cancellations)")
    assert len(inbox.messages) == 20 and inbox.messages[-1].rcpt_tos == [refused]


def test_a_server_that_goes_away_stops_the_run_and_the_rest_stays_pending(tmp_path: Path, serve) -> None:
    path = _campaign(tmp_path)
    inbox = Inbox()
    controller = serve(inbox)
    sent = []

    def stop_server_after_three(message: object) -> None:
        sent.append(message)
        if len(sent) == 3:
            serve.stop(controller)

    options, slept = _no_wait()
    options.on_sent = stop_server_after_three
    report = sending.send_invitations_at(path, _plain(controller.port), options=options)
    assert len(report.sent) == 3 and slept == [2.0, 4.0, 8.0]
    assert (report.stopped or "").startswith(f"127.0.0.1:{controller.port} stopped answering")
    assert _pending(path) == 17


def test_a_refused_login_is_one_sentence_and_nothing_is_sent(
    tmp_path: Path, capsys, serve, use_keyring
) -> None:
    path = _campaign(tmp_path)
    inbox = Inbox(password=PASSWORD)
    port = serve(inbox).port
    backend = use_keyring(MemoryKeyring())
    backend.set_password("interview-scheduler", "hr@127.0.0.1", "wrong")
    code, out, err = run(capsys, "send", path, "--smtp", f"127.0.0.1:{port}", "--user", "hr")
    assert code == 1 and out == ""
    assert err.startswith(f"127.0.0.1:{port}: the server refused the login of hr (535 ")
    assert err.strip().endswith("nothing was sent.") and len(err.strip().splitlines()) == 1
    assert inbox.messages == [] and _pending(path) == 20


# --------------------------------------------------------------------------------------------------
# Encryption and the password
# --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return smtp_server.self_signed_certificate(tmp_path_factory.mktemp("tls"))


def test_starttls_and_a_login_with_the_password_from_the_keyring(
    tmp_path: Path, capsys, serve, use_keyring, certificate, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _campaign(tmp_path)
    inbox = Inbox(password=PASSWORD)
    port = serve(inbox, tls_context=smtp_server.server_context(*certificate), require_starttls=True,
                 auth_require_tls=True).port
    backend = use_keyring(MemoryKeyring())
    backend.set_password("interview-scheduler", "hr@localhost", PASSWORD)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))  # the system's trust, plus our test CA
    code, out, err = run(capsys, "send", path, "--smtp", f"localhost:{port}", "--starttls", "--user", "hr")
    assert (code, err) == (0, ""), err
    assert out.startswith("20 messages sent")
    assert len(inbox.messages) == 20
    assert all(m.tls and m.login == "hr" for m in inbox.messages)


def test_an_untrusted_certificate_is_refused(tmp_path: Path, capsys, serve, certificate) -> None:
    path = _campaign(tmp_path)
    inbox = Inbox()
    port = serve(inbox, tls_context=smtp_server.server_context(*certificate), require_starttls=True).port
    code, _, err = run(capsys, "send", path, "--smtp", f"127.0.0.1:{port}", "--starttls")
    assert code == 1 and inbox.messages == []
    assert err.startswith(f"127.0.0.1:{port}: the server's certificate could not be verified")


def test_implicit_tls_with_a_typed_password_saved_in_the_keyring(
    tmp_path: Path, serve, use_keyring, certificate
) -> None:
    path = _campaign(tmp_path)
    inbox = Inbox(password=PASSWORD)
    port = serve(inbox, ssl_context=smtp_server.server_context(*certificate)).port
    backend = use_keyring(MemoryKeyring())
    context = sending.ssl.create_default_context(cafile=str(certificate[0]))
    server = Server("127.0.0.1", port, "ssl", user="hr", context=context)
    said: list[str] = []
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return PASSWORD

    report = sending.send_invitations_at(path, server, save=True, options=_no_wait()[0], say=said.append,
                                         ask=ask, interactive=True)
    assert report.ok and len(inbox.messages) == 20 and all(m.tls for m in inbox.messages)
    assert asked == ["Password for hr at 127.0.0.1: "]
    assert backend.passwords == {("interview-scheduler", "hr@127.0.0.1"): PASSWORD}
    assert said == ["The password is saved in the system keyring (interview-scheduler, hr@127.0.0.1)."]


def test_without_keyring_nor_terminal_one_sentence_says_so(
    tmp_path: Path, capsys, serve, use_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _campaign(tmp_path)
    inbox = Inbox(password=PASSWORD)
    port = serve(inbox).port
    use_keyring(fail.Keyring())
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, out, err = run(capsys, "send", path, "--smtp", f"127.0.0.1:{port}", "--user", "hr")
    assert code == 1 and out == "" and inbox.messages == []
    assert err.strip().splitlines() == [
        "No system keyring is available on this computer, so the password cannot be looked up there; "
        "asking for it.",
        f"127.0.0.1:{port}: no password for hr@127.0.0.1 in the system keyring and no terminal to ask for "
        "it; run send once in a terminal with --save-password.",
    ]


def test_without_keyring_the_password_is_asked_and_not_saved(
    tmp_path: Path, serve, use_keyring
) -> None:
    path = _campaign(tmp_path)
    inbox = Inbox(password=PASSWORD)
    port = serve(inbox).port
    use_keyring(fail.Keyring())
    said: list[str] = []
    report = sending.send_invitations_at(path, _plain(port, user="hr"), save=True, say=said.append,
                                         ask=lambda prompt: PASSWORD, interactive=True)
    assert report.ok and len(inbox.messages) == 20
    assert said[-1] == "The password was not saved: there is no system keyring on this computer."


# --------------------------------------------------------------------------------------------------
# Killed half-way
# --------------------------------------------------------------------------------------------------


def test_a_sender_killed_mid_message_sends_at_most_that_message_twice(tmp_path: Path, serve) -> None:
    """SIGKILL while the 6th message is in flight (the server has it but has not answered): the next
    run sends the 6th again and everything after it, and nothing before it."""
    path = _campaign(tmp_path)
    inbox = Inbox(hold_at=6)
    port = serve(inbox).port
    command = [sys.executable, "-m", "scheduler.cli", "send", str(path), "--smtp", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               cwd=Path(__file__).parents[3], env=os.environ.copy())
    try:
        deadline = time.monotonic() + 20
        while len(inbox.messages) < 6 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
        assert len(inbox.messages) == 6
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
        inbox.release.set()
    assert _pending(path) == 15  # five recorded, the one in flight not

    report = sending.send_invitations_at(path, _plain(port), options=_no_wait()[0])
    assert report.ok and len(report.sent) == 15
    counts = _keys(inbox)
    assert len(counts) == 20 and sum(counts.values()) == 21
    assert [key for key, n in counts.items() if n == 2] == [inbox.messages[5].key]

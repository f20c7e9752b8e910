"""A real SMTP server for the sending tests (aiosmtpd on 127.0.0.1), which keeps what it accepted.

It can also misbehave on cue, as real servers do: refuse a recipient for good (5xx), greylist one
(4xx a few times), drop the connection in the middle of a message, or hold a message without
answering (so that the test can kill the sender while the message is in flight).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import ipaddress
import socket
import ssl
import threading
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.scheduler.invitations.support import ParsedCalendar, parse_with_vobject


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    tls: bool
    login: str | None

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed

    def calendar_part(self) -> EmailMessage:
        parts = [p for p in self.message.walk() if p.get_content_type() == "text/calendar"]
        assert len(parts) == 1
        return parts[0]

    def calendar(self) -> ParsedCalendar:
        return parse_with_vobject(self.calendar_part().get_payload(decode=True))

    @property
    def key(self) -> tuple[str, str, int]:
        """(UID, method, SEQUENCE) of the invitation this message carries."""
        calendar = self.calendar()
        return calendar.events[0].uid, calendar.method, calendar.events[0].sequence


@dataclass
class Inbox:
    """The aiosmtpd handler."""

    messages: list[Received] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # recipient -> final reply to RCPT
    greylist: dict[str, int] = field(default_factory=dict)  # recipient -> 451 answers still to give
    drop_at: int | None = None  # drop the connection instead of answering this DATA (1-based)
    hold_at: int | None = None  # keep this message (1-based) unanswered until `release` is set
    release: threading.Event = field(default_factory=threading.Event)
    password: str | None = None  # the login the server accepts, if any
    data_count: int = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address in self.refuse:
            return self.refuse[address]
        if self.greylist.get(address, 0) > 0:
            self.greylist[address] -= 1
            return "451 4.7.1 Greylisted, please try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.data_count += 1
        if self.drop_at == self.data_count:
            server.transport.close()  # gone without a word: the message was not taken
            return "250 never heard"
        login = session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None
        tls = session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None
        self.messages.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content, tls, login)
        )
        if self.hold_at == len(self.messages):
            while not self.release.is_set():
                await asyncio.sleep(0.01)
        return "250 2.0.0 Ok: queued"

    def authenticate(self, server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
        ok = isinstance(auth_data, LoginPassword) and auth_data.password.decode() == self.password
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(inbox: Inbox, **smtp_options: object) -> Controller:
    """A server on 127.0.0.1 and a free port; `controller.port` says which."""
    if inbox.password is not None:
        smtp_options.setdefault("authenticator", inbox.authenticate)
        smtp_options.setdefault("auth_require_tls", False)
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), **smtp_options)
    controller.start()
    return controller


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for localhost and 127.0.0.1, and its key, as PEM files."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                          serialization.NoEncryption())
    )
    return cert_path, key_path


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context

"""`send CAMPAIGN --smtp HOST:PORT`: the pending invitations by e-mail, each recorded once it is accepted.

Decisions, and why:

- What goes out is what `export --invitations` would write for the 'send' channel
  (`tracking.pending_messages`), taken once when the run starts: REQUESTs for new and changed
  interviews, CANCELs for withdrawn ones. The e-mail is byte for byte the .eml an export writes.
  A change made to the plan while a run is going is sent by the next run.
- A message counts as sent only once the server accepted it (250 after DATA). Right then it is
  recorded (`record_delivery`) and committed in a transaction of its own, so whatever stops the run
  (Ctrl-C, a crash, SIGKILL, a dropped connection) the next run sends exactly the rest. The one
  message in flight when a run is killed can arrive twice: the server may have taken it while the
  process died before writing that down. No SMTP client can avoid that window (the protocol has no
  way to ask whether a message arrived); it is one message, and a calendar client that gets the
  same UID and SEQUENCE twice shows one entry. Ctrl-C does not open that window: the first Ctrl-C
  lets the message being sent finish and be recorded, then stops (a second one stops at once).
- The campaign file is not held locked while mail goes out: the app can be used meanwhile. Do not
  run two `send`s on one campaign at the same time; they would send the same messages.
- Encryption: implicit TLS (`--ssl`, the default on port 465) or STARTTLS (`--starttls`), both with
  the system's certificate checks. Plain SMTP only to this computer (localhost, a local relay or a
  test server); to any other host it is refused unless `--insecure` says so, since the login and
  the candidates' personal data would cross the network readable by anyone on the way.
- Login (`--user`): the password comes from the system keyring (service `interview-scheduler`,
  account `USER@HOST` as typed on the command line), else from a prompt, and only on a terminal.
  It is never written anywhere else. `--save-password` stores a typed password in the keyring once
  the server accepted it. Where no keyring exists (a headless Linux without Secret Service) the
  command says so and asks.
- Throttling: at most `limit_per_minute` messages in any 60 seconds (default 30; providers cut off
  senders that go faster). A short run goes out at once; a long one waits when the window is full.
- Retries: a transient failure (a 4xx reply, a dropped connection, a timeout) is retried on a new
  connection after 2, 4 and 8 seconds. A recipient refused for good (5xx) is reported and the run
  goes on: that message stays pending. A refused sender address, or a server that stays away after
  the retries, stops the run (every further message would fail the same way); what was not sent
  stays pending.
"""

from __future__ import annotations

import collections
import getpass
import ipaddress
import logging
import smtplib
import ssl
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import OperationalError

from scheduler.errors import CampaignError
from scheduler.invitations.email import POLICY
from scheduler.invitations.tracking import PendingMessage, plan_messages, record_delivery
from scheduler.privacy import refuse_if_purged
from scheduler.store.database import CampaignFile

log = logging.getLogger(__name__)

KEYRING_SERVICE = "interview-scheduler"
DEFAULT_LIMIT_PER_MINUTE = 30
RETRY_DELAYS = (2.0, 4.0, 8.0)  # seconds before the 1st, 2nd and 3rd retry
TIMEOUT = 30.0  # seconds for one reply of the server
SECURITIES = ("ssl", "starttls", "plain")


# --------------------------------------------------------------------------------------------------
# The server and how to talk to it
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Server:
    """Where to send and how: `security` is 'ssl' (implicit TLS), 'starttls' or 'plain'."""

    host: str
    port: int
    security: str
    user: str | None = None
    timeout: float = TIMEOUT
    context: ssl.SSLContext | None = None  # None: the system's certificate authorities

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def account(self) -> str:
        """The keyring account of the login: `USER@HOST`."""
        return f"{self.user}@{self.host}"


def parse_server(text: str) -> tuple[str, int]:
    """'HOST:PORT' (an IPv6 address in brackets: '[::1]:25') as (host, port)."""
    value = text.strip()
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        port_text = rest[1:] if rest.startswith(":") else ""
    else:
        host, _, port_text = value.rpartition(":")
    valid_port = port_text.isdigit() and 0 < int(port_text) < 65536
    if not host or not valid_port or any(c.isspace() for c in host):
        raise CampaignError(
            f"--smtp {text}: give the mail server as HOST:PORT, for example smtp.example.org:587."
        )
    return host, int(port_text)


def is_local(host: str) -> bool:
    """True for this computer: localhost and the loopback addresses (127.0.0.0/8, ::1)."""
    name = host.strip().lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def choose_security(host: str, port: int, *, use_ssl: bool, starttls: bool, insecure: bool) -> str:
    """The encryption the command line asks for; plain SMTP to another computer needs `insecure`."""
    if use_ssl and starttls:
        raise CampaignError("--ssl and --starttls: choose one (--ssl for port 465, --starttls for 587).")
    if use_ssl or (port == 465 and not starttls):
        return "ssl"
    if starttls:
        return "starttls"
    if is_local(host) or insecure:
        return "plain"
    raise CampaignError(
        f"{host}:{port}: refused to send without encryption to another computer; add --starttls "
        "(usually port 587) or --ssl (port 465), or --insecure if this server really has no TLS."
    )


class SmtpConnection:
    """One SMTP session: connected, encrypted as asked and logged in."""

    def __init__(self, server: Server, password: str | None) -> None:
        self.server = server
        self._password = password
        self._smtp: smtplib.SMTP | None = None

    def open(self) -> None:
        server = self.server
        context = None if server.security == "plain" else (server.context or ssl.create_default_context())
        if server.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(server.host, server.port, timeout=server.timeout,
                                                  context=context)
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=server.timeout)
        self._smtp = smtp
        smtp.ehlo()
        if server.security == "starttls":
            if not smtp.has_extn("starttls"):
                raise CampaignError(f"{server.address}: the server does not offer STARTTLS; try --ssl.")
            smtp.starttls(context=context)
            smtp.ehlo()
        if server.user is not None:
            if not smtp.has_extn("auth"):
                raise CampaignError(
                    f"{server.address}: the server offers no login on this connection; "
                    "leave out --user, or use --starttls or --ssl."
                )
            smtp.login(server.user, self._password or "")

    def deliver(self, sender: str, recipient: str, content: bytes) -> None:
        """Hands one message to the server; returns once it accepted it, raises otherwise."""
        assert self._smtp is not None
        options: list[str] = []
        if not (sender.isascii() and recipient.isascii()):
            if not self._smtp.has_extn("smtputf8"):
                raise smtplib.SMTPNotSupportedError(
                    "the server does not accept addresses with non-ASCII characters (no SMTPUTF8)"
                )
            options.append("SMTPUTF8")
        self._smtp.sendmail(sender, [recipient], content, mail_options=options)

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()

    @property
    def is_open(self) -> bool:
        return self._smtp is not None


# --------------------------------------------------------------------------------------------------
# The password: system keyring, else a prompt on a terminal
# --------------------------------------------------------------------------------------------------


@dataclass
class Password:
    value: str
    from_keyring: bool
    keyring_available: bool


def _keyring_backend() -> object | None:
    """The system keyring, or None where there is none (keyring's 'fail' backend, or no backend)."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


def _plaintext(backend: object) -> bool:
    """True for keyrings.alt's file backends that keep passwords readable on disk."""
    backends = getattr(backend, "backends", None) or [backend]
    return any("plaintext" in type(b).__name__.lower() for b in backends)


def find_password(
    server: Server,
    *,
    say: Callable[[str], None],
    ask: Callable[[str], str] | None = None,
    interactive: bool | None = None,
) -> Password:
    """The login's password from the system keyring, else typed at a prompt (never from a file)."""
    backend = _keyring_backend()
    if backend is not None:
        import keyring

        try:
            stored = keyring.get_password(KEYRING_SERVICE, server.account)
        except Exception as error:  # locked keyring, no D-Bus session, ...: ask instead
            log.warning("keyring lookup failed", exc_info=True)
            say(f"The system keyring could not be read ({type(error).__name__}); asking for the password.")
            backend = None
        else:
            if stored is not None:
                return Password(stored, from_keyring=True, keyring_available=True)
    else:
        say("No system keyring is available on this computer, so the password cannot be looked up "
            "there; asking for it.")
    if interactive is None:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    if not interactive:
        raise CampaignError(
            f"{server.address}: no password for {server.account} in the system keyring and no terminal "
            "to ask for it; run send once in a terminal with --save-password."
        )
    value = (ask or getpass.getpass)(f"Password for {server.user} at {server.host}: ")
    return Password(value, from_keyring=False, keyring_available=backend is not None)


def save_password(server: Server, password: Password, say: Callable[[str], None]) -> None:
    """`--save-password`, after a successful login: into the system keyring, never a plain file."""
    if password.from_keyring:
        return
    backend = _keyring_backend() if password.keyring_available else None
    if backend is None:
        say("The password was not saved: there is no system keyring on this computer.")
        return
    if _plaintext(backend):
        say(f"The password was not saved: the configured keyring ({type(backend).__name__}) keeps "
            "passwords in plain text.")
        return
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, server.account, password.value)
    except Exception as error:
        log.warning("keyring store failed", exc_info=True)
        say(f"The password was not saved: the system keyring refused it ({type(error).__name__}).")
        return
    say(f"The password is saved in the system keyring ({KEYRING_SERVICE}, {server.account}).")


# --------------------------------------------------------------------------------------------------
# Throttling and failures
# --------------------------------------------------------------------------------------------------


class Throttle:
    """At most `per_minute` messages in any 60 seconds: waits when the last minute is full."""

    def __init__(self, per_minute: int, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if per_minute < 1:
            raise ValueError("per_minute must be at least 1")
        self._starts: collections.deque[float] = collections.deque(maxlen=per_minute)
        self._clock = clock
        self._sleep = sleep

    def wait(self) -> None:
        if len(self._starts) == self._starts.maxlen:
            delay = self._starts[0] + 60.0 - self._clock()
            if delay > 0:
                self._sleep(delay)
        self._starts.append(self._clock())


class StopRun(Exception):
    """The run cannot go on (server gone, sender refused); its text says why in one sentence."""


class MessageFailed(Exception):
    """This one message was refused for good; the run goes on."""


def _reply_text(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(words.split())}".strip()


def _refusal(error: BaseException) -> tuple[int | None, str]:
    """The server's reply code and text in an SMTP error, or (None, a description)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(error.recipients.values()), (None, b""))
        return code, _reply_text(code or 0, text) if code else "refused"
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code, _reply_text(error.smtp_code, error.smtp_error)
    return None, str(error) or type(error).__name__


def _is_transient(error: BaseException) -> bool:
    """A failure worth a retry: a 4xx reply, or a connection that broke or timed out."""
    if isinstance(error, smtplib.SMTPNotSupportedError | ssl.SSLCertVerificationError):
        return False
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return True
    code, _ = _refusal(error)
    if code is not None:
        return 400 <= code < 500
    # SMTPException is itself an OSError: only a network error that is no SMTP reply counts here.
    return isinstance(error, OSError) and not isinstance(error, smtplib.SMTPException)


def _connection_lost(error: BaseException) -> bool:
    """A transient failure of the connection itself (as opposed to a 4xx for one recipient)."""
    code, _ = _refusal(error)
    return code is None or code == 421


# --------------------------------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------------------------------


@dataclass
class SendReport:
    server: str
    pending: int = 0
    sent: list[PendingMessage] = field(default_factory=list)
    failed: list[tuple[PendingMessage, str]] = field(default_factory=list)
    stopped: str | None = None  # why the run ended before the last message
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed and self.stopped is None

    @property
    def unsent(self) -> int:
        return self.pending - len(self.sent)

    def failure_lines(self) -> list[str]:
        return [f"{_who(m)}: not sent ({reason}); it stays pending." for m, reason in self.failed]

    def summary(self) -> str:
        if self.pending == 0:
            return "Nothing to send: every invitation is up to date."
        cancels = sum(1 for m in self.sent if m.method == "CANCEL")
        what = f"{_count(len(self.sent) - cancels, 'invitation')}, {_count(cancels, 'cancellation')}"
        if self.ok:
            return f"{_count(len(self.sent), 'message')} sent ({what}) through {self.server}."
        text = (f"{len(self.sent)} of {_count(self.pending, 'message')} sent ({what}) through {self.server}; "
                f"{self.unsent} {'stays' if self.unsent == 1 else 'stay'} pending, run send again to send "
                f"{'it' if self.unsent == 1 else 'them'}.")
        return text if self.stopped is None else f"Stopped: {self.stopped} {text}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _who(message: PendingMessage) -> str:
    kind = "cancellation" if message.method == "CANCEL" else "invitation"
    return f"{message.candidate}: {kind} to {message.recipient} ({message.role})"


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class SendOptions:
    limit_per_minute: int = DEFAULT_LIMIT_PER_MINUTE
    retry_delays: tuple[float, ...] = RETRY_DELAYS
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    now: Callable[[], datetime] = _utc_now
    should_stop: Callable[[], bool] = lambda: False  # checked between messages (Ctrl-C)
    on_sent: Callable[[PendingMessage], None] | None = None  # after each recorded message
    on_start: Callable[[int], None] | None = None  # once, with how many messages this run will send


def send_invitations(
    campaign: CampaignFile,
    server: Server,
    password: Callable[[], str | None],
    options: SendOptions | None = None,
    *,
    after_login: Callable[[], None] | None = None,
) -> SendReport:
    """Sends what is pending on the 'send' channel; each accepted message committed on its own.

    `password` is called only when there is something to send and `server.user` is set; `after_login`
    runs once the first login succeeded (to save the password).
    """
    options = options or SendOptions()
    with campaign.transaction() as session:
        refuse_if_purged(session)
        plan = plan_messages(session, channel="send")
    report = SendReport(server.address, pending=len(plan.messages), notes=list(plan.notes))
    if options.on_start is not None:
        options.on_start(report.pending)  # a progress bar's total, before any login or message
    if not plan.messages:
        return report
    connection = SmtpConnection(server, password() if server.user is not None else None)
    _first_connect(connection)
    if after_login is not None:
        after_login()
    throttle = Throttle(options.limit_per_minute, clock=options.clock, sleep=options.sleep)
    try:
        for message in plan.messages:
            if options.should_stop():
                raise KeyboardInterrupt
            try:
                _send_one(campaign, connection, message, throttle, options)
            except MessageFailed as failure:
                report.failed.append((message, str(failure)))
                continue
            except StopRun as stop:
                report.stopped = str(stop)
                break
            report.sent.append(message)
            if options.on_sent is not None:
                options.on_sent(message)
    except KeyboardInterrupt:
        # What was accepted is committed message by message; the one in flight, if any, is not.
        report.stopped = "interrupted."
    finally:
        connection.close()
    return report


def _first_connect(connection: SmtpConnection) -> None:
    """Connects and logs in once before anything is sent, turning failures into one sentence."""
    server = connection.server
    try:
        connection.open()
    except CampaignError:
        connection.close()
        raise
    except smtplib.SMTPAuthenticationError as error:
        connection.close()
        raise CampaignError(
            f"{server.address}: the server refused the login of {server.user} "
            f"({_reply_text(error.smtp_code, error.smtp_error)}); check the user name and the password "
            f"(a saved one is in the system keyring under {KEYRING_SERVICE}, {server.account}); "
            "nothing was sent."
        ) from None
    except ssl.SSLCertVerificationError as error:
        connection.close()
        raise CampaignError(
            f"{server.address}: the server's certificate could not be verified ({error.verify_message}); "
            "nothing was sent."
        ) from None
    except (smtplib.SMTPException, OSError) as error:
        connection.close()
        log.info("connecting to %s failed", server.address, exc_info=True)
        raise CampaignError(
            f"{server.address}: cannot connect to the mail server ({_refusal(error)[1]}); nothing was sent."
        ) from None


def _send_one(
    campaign: CampaignFile, connection: SmtpConnection, message: PendingMessage, throttle: Throttle,
    options: SendOptions,
) -> None:
    """One message: built now, handed over (with retries), then recorded and committed."""
    now = options.now()
    calendar = message.calendar(now)
    content = message.email(calendar, now).as_bytes(policy=POLICY)
    sender = message.event.organizer.email
    address = connection.server.address
    for attempt in range(len(options.retry_delays) + 1):
        try:
            if not connection.is_open:
                _reconnect(connection)
            throttle.wait()
            connection.deliver(sender, message.recipient, content)
            break
        except smtplib.SMTPSenderRefused as error:
            if _is_transient(error) and attempt < len(options.retry_delays):
                _retry_later(connection, options, attempt, message, error)
                continue
            code, reason = _refusal(error)
            if code == 530:
                raise StopRun(f"{address} asks for a login ({reason}); give --user.") from None
            raise StopRun(f"{address} refused the sender address {sender} ({reason}).") from None
        except (smtplib.SMTPException, OSError) as error:
            if not _is_transient(error):
                raise MessageFailed(_refusal(error)[1]) from None
            if attempt < len(options.retry_delays):
                _retry_later(connection, options, attempt, message, error)
                continue
            if _connection_lost(error):
                raise StopRun(f"{address} stopped answering ({_refusal(error)[1]}).") from None
            raise MessageFailed(f"{_refusal(error)[1]}, also after {attempt} retries") from None
    log.info("sent %s %s seq %s to the %s of %s", message.method, message.uid, message.sequence, message.role,
             message.candidate)  # a reference and a role: the log never holds an address
    _record(campaign, message, calendar, now)


def _reconnect(connection: SmtpConnection) -> None:
    """A new connection during the run; a refused login or certificate ends the run."""
    address = connection.server.address
    try:
        connection.open()
    except CampaignError as error:
        connection.close()
        raise StopRun(str(error)) from None
    except smtplib.SMTPAuthenticationError as error:
        connection.close()
        raise StopRun(f"{address} refused the login on reconnecting "
                      f"({_reply_text(error.smtp_code, error.smtp_error)}).") from None
    except ssl.SSLCertVerificationError as error:
        connection.close()
        raise StopRun(f"{address}: the server's certificate could not be verified "
                      f"({error.verify_message}).") from None
    except BaseException:
        connection.close()
        raise


def _retry_later(connection: SmtpConnection, options: SendOptions, attempt: int, message: PendingMessage,
                 error: BaseException) -> None:
    log.info("retrying %s to the %s of %s after %s", message.uid, message.role, message.candidate,
             _refusal(error)[1])
    connection.close()  # a new connection for the retry: the old one may be half-way anywhere
    options.sleep(options.retry_delays[attempt])


def _record(campaign: CampaignFile, message: PendingMessage, calendar: bytes, now: datetime) -> None:
    """Commits that the server accepted `message`; retried while another program holds the file."""
    for attempt in range(3):
        try:
            with campaign.transaction() as session:
                record_delivery(session, message, calendar, channel="send", when=now)
            return
        except OperationalError:
            log.warning("recording a sent message failed (attempt %d)", attempt + 1, exc_info=True)
            time.sleep(1.0)
    raise StopRun(
        f"{_who(message)} was sent but could not be recorded in {campaign.path.name} (the file is busy "
        "or cannot be written); the next run will send it again."
    )


def send_invitations_at(
    path: Path,
    server: Server,
    *,
    save: bool = False,
    options: SendOptions | None = None,
    say: Callable[[str], None] = print,
    ask: Callable[[str], str] | None = None,
    interactive: bool | None = None,
) -> SendReport:
    """The command: finds the password when one is needed, sends, saves the password if asked."""
    found: list[Password] = []

    def password() -> str:
        found.append(find_password(server, say=say, ask=ask, interactive=interactive))
        return found[0].value

    def after_login() -> None:
        if save and found:
            save_password(server, found[0], say)

    with CampaignFile.open(path) as campaign:
        return send_invitations(campaign, server, password, options, after_login=after_login)

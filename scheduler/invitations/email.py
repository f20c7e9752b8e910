"""The e-mail of an invitation (RFC 6047 iMIP), as the .eml files of an export and for sending.

Laid out the way Google Calendar sends invitations, which Outlook, Apple Mail, Thunderbird and Gmail
all show with their accept/decline buttons:

    multipart/mixed
      multipart/alternative
        text/plain; charset=utf-8                   the message from the template
        text/html; charset=utf-8                    the same text, escaped, links clickable
        text/calendar; method=REQUEST; charset=UTF-8   the iTIP message (method = the file's METHOD)
      application/ics; name=invite.ics              the same calendar as an attachment

The calendar parts are base64, so their CRLF line ends and UTF-8 arrive byte for byte. Header values
are single-line (line breaks and control characters become spaces, typed encoded words are
broken up) and addresses go through `email.headerregistry.Address`, so nothing a user typed can add
a header; non-ASCII names are encoded as RFC 2047 words by the standard library. Lines end in CRLF
(`email.policy.SMTP`).
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from email import policy
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from scheduler.invitations.events import Person, one_line


class _CachingHeaderRegistry(HeaderRegistry):
    """The standard registry, but builds each header class once (it builds one per header set)."""

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[str, type[BaseHeader]] = {}

    def __getitem__(self, name: str) -> type[BaseHeader]:
        key = name.lower()
        if key not in self._classes:
            self._classes[key] = super().__getitem__(name)
        return self._classes[key]


class _Verbatim(str):
    """A header value written exactly as given (it is short, ASCII and built here, never typed)."""


class _InvitationPolicy(policy.EmailPolicy):
    """SMTP's policy, except that a `_Verbatim` value is stored and written as it is.

    The standard policy writes every parameter quoted (`method="REQUEST"`); equivalent in MIME, but
    the calendar part's type is written `text/calendar; method=REQUEST; charset=UTF-8`, as Outlook
    and Google write it, so that no client's shortcut misses it.
    """

    def header_store_parse(self, name, value):  # type: ignore[no-untyped-def]
        if isinstance(value, _Verbatim):
            return (name, value)
        return super().header_store_parse(name, value)


POLICY = _InvitationPolicy(linesep="\r\n", header_factory=_CachingHeaderRegistry())
ATTACHMENT_NAME = "invite.ics"
_LINK = re.compile(r"https?://[^\s<>\"']+")


def header_text(text: str | None) -> str:
    """Typed text for a header: one line, and never an RFC 2047 encoded word.

    The standard library decodes `=?utf-8?q?...?=` in a value while it folds the header, so a
    name holding `=0D=0A` would write a line break and a header of its own (CVE-2024-6923, fixed
    in CPython 3.11.10 and 3.12.5; we support older 3.11s). No real name holds `=?`.
    """
    return one_line(text).replace("=?", "= ?")


def _mailbox(person: Person) -> Address:
    local, _, domain = person.email.rpartition("@")
    return Address(display_name=header_text(person.name), username=local, domain=domain)


def html_body(text: str, language: str) -> str:
    """The plain text as a small HTML page: paragraphs, line breaks, http(s) links made clickable."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        escaped = html.escape(block, quote=True)
        linked = _LINK.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escaped)
        paragraphs.append("<p>" + linked.replace("\n", "<br>\n") + "</p>")
    lang = html.escape(language, quote=True)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
        '<body style="font-family: sans-serif; line-height: 1.4">\n'
        + "\n".join(paragraphs)
        + "\n</body>\n</html>\n"
    )


def invitation_email(
    *,
    sender: Person,
    recipient: Person,
    subject: str,
    body: str,
    calendar: bytes,
    method: str,
    language: str,
    now: datetime,
) -> EmailMessage:
    """One iMIP message; `calendar` is the exact .ics text, whose METHOD must be `method`."""
    if f"\r\nMETHOD:{method}\r\n".encode() not in calendar:
        raise ValueError(f"the calendar's METHOD is not {method}")
    message = EmailMessage(policy=POLICY)
    message["From"] = _mailbox(sender)
    message["To"] = _mailbox(recipient)
    message["Subject"] = header_text(subject)
    message["Date"] = format_datetime(now)
    domain = sender.email.rpartition("@")[2] or "interview-scheduler"
    message["Message-ID"] = make_msgid("invitation", domain=domain)
    message.set_content(body.strip() + "\n", subtype="plain", charset="utf-8")
    message.add_alternative(html_body(body, language), subtype="html", charset="utf-8")
    message.add_alternative(
        calendar, maintype="text", subtype="calendar", cte="base64",
        params={"method": method, "charset": "UTF-8"},
    )
    inline = message.get_payload()[-1]
    inline.replace_header("Content-Type", _Verbatim(f"text/calendar; method={method}; charset=UTF-8"))
    message.add_attachment(
        calendar, maintype="application", subtype="ics", cte="base64", filename=ATTACHMENT_NAME,
        params={"name": ATTACHMENT_NAME},
    )
    for part in message.walk():
        if part is not message:
            del part["MIME-Version"]  # the library adds it to parts too; it belongs to the message
    message["Content-Language"] = language  # after the parts: making multiparts moves Content-* down
    return message

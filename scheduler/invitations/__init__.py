"""Invitations: iTIP/iMIP messages for every interview, change tracking, and the export folder.

- `events`: what each recipient gets (one message per interview per recipient, stable UIDs).
- `timezones`: VTIMEZONEs written as yearly rules from the zone database (what Outlook needs).
- `ical`: REQUEST, CANCEL and PUBLISH calendars.
- `email`: the .eml (multipart with text, HTML, the text/calendar part and the .ics attached).
- `templates`: the texts, in English, French and German, per profile, checked when edited.
- `tracking`: what went out over which channel, and what is pending (`pending_messages`).
- `export`: `export --invitations DIR [--all]` (`export_invitations`, `export_invitations_at`).
- `sending`: `send --smtp HOST:PORT`, each message recorded once the server accepted it.
- `replies`: METHOD:REPLY answers (from .ics or .eml) matched by UID and address; declines for `check`.

For the sender (SMTP): `pending_messages(session, channel="send")`, then per message
`calendar = m.calendar(now)`, `m.email(calendar, now)`, and once the server accepted it
`record_delivery(session, m, calendar, channel="send", when=now)` and commit.
"""

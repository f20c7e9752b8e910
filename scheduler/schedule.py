"""The schedule output, version 1 (campaign-format.md, "Schedule output"): the plan as others read it."""

from __future__ import annotations

from typing import Any

from scheduler.domain import CampaignData
from scheduler.timeutil import format_instant

FORMAT = "interview-scheduler.schedule"
STATUSES = ("optimal", "feasible", "infeasible", "unknown")


def panel_of(data: CampaignData, profile: str, members: list[str]) -> str | None:
    """The panel whose members are exactly these, if the profile has panels."""
    keys = {e.casefold() for e in members}
    for panel in data.panels:
        if panel.profile == profile and {e.casefold() for e in panel.members} == keys:
            return panel.name
    return None


def schedule_document(
    data: CampaignData,
    unscheduled: dict[str, list[str]],
    status: str,
    stats: dict[str, Any],
) -> dict[str, Any]:
    zone = data.campaign.zone
    candidates = {c.reference: c for c in data.candidates}
    interviews = []
    for interview in sorted(data.interviews, key=lambda i: (i.start, i.candidate)):
        candidate = candidates[interview.candidate]
        end = interview.start + data.interview_length(candidate)
        interviews.append(
            {
                "candidate": interview.candidate,
                "profile": candidate.profile,
                "start": format_instant(interview.start, zone),
                "end": format_instant(end, zone),
                "members": list(interview.members),
                "panel": panel_of(data, candidate.profile, interview.members),
                "room": interview.room,
                "pinned": interview.pinned,
            }
        )
    return {
        "format": FORMAT,
        "version": 1,
        "status": status,
        "interviews": interviews,
        "unscheduled": [{"candidate": ref, "reasons": reasons} for ref, reasons in unscheduled.items()],
        "stats": {
            "solve_seconds": stats.get("solve_seconds"),
            "objective": stats.get("objective"),
            "bound": stats.get("bound"),
        },
    }

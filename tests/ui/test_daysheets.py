"""PDF day sheets: one page per panel per day, readable text with every accent, headless, atomic."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from scheduler.domain import CampaignData
from scheduler.errors import CampaignError
from scheduler.schedule import panel_of
from tests.scheduler.builders import PANEL, change_candidate, change_member, interview, planned
from ui.daysheets import render_page, write_day_sheets

REPO = Path(__file__).resolve().parents[2]
ACCENTED = {"TS-0001": "Łukasz Wiśniewski", "TS-0002": "Jürgen Weiß", "TS-0003": "Zoë Brontë"}


PlannedDemo = tuple[CampaignData, dict[str, list[str]]]


@pytest.fixture(scope="module")
def demo(planned_demo: PlannedDemo) -> PlannedDemo:
    """The demo campaign with a plan (solved once for the whole test run)."""
    return planned_demo


@pytest.fixture(scope="module")
def demo_pdf(demo, tmp_path_factory: pytest.TempPathFactory) -> Path:
    data, unscheduled = demo
    target = tmp_path_factory.mktemp("daysheets") / "day-sheets.pdf"
    write_day_sheets(data, unscheduled, target)
    return target


@pytest.fixture(scope="module")
def demo_texts(demo_pdf: Path) -> list[str]:
    return page_texts(demo_pdf)


def page_texts(path: Path) -> list[str]:
    """Each page's text, with pypdf's word gaps made single spaces."""
    pages = PdfReader(path).pages
    return [" ".join(unicodedata.normalize("NFC", page.extract_text()).split()) for page in pages]


def panel_days(data: CampaignData) -> set[tuple]:
    zone = data.campaign.zone
    return {
        (i.start.astimezone(zone).date(), panel_of(data, data.candidate(i.candidate).profile, i.members))
        for i in data.interviews
    }


def accented_campaign() -> CampaignData:
    data = planned(*(interview(ref, f"2024-04-23 {10 + n}:00") for n, ref in enumerate(ACCENTED)))
    for reference, name in ACCENTED.items():
        change_candidate(data, reference, name=name)
    change_member(data, PANEL[0], name="Zoë Ångström-Łęcka")
    return data


def test_the_pdf_has_one_page_per_panel_and_day(demo, demo_pdf: Path) -> None:
    data, _ = demo
    assert demo_pdf.read_bytes().startswith(b"%PDF-")
    pages = PdfReader(demo_pdf).pages
    assert len(pages) == len(panel_days(data))
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4 in points


def test_every_interview_is_on_exactly_one_page(demo, demo_texts: list[str]) -> None:
    data, _ = demo
    found = [ref for text in demo_texts for ref in re.findall(r"\b(?:TS|AA)-\d{4}\b", text)]
    assert sorted(found) == sorted(i.candidate for i in data.interviews)


def test_a_page_names_the_campaign_day_panel_and_people(demo, demo_texts: list[str]) -> None:
    data, _ = demo
    texts = demo_texts
    pinned = next(text for text in texts if "TS-0001" in text)
    assert data.campaign.name in pinned
    assert "Tue 23 Apr 2024 · TS panel A" in pinned
    assert "Lucilla Sioli (lucilla.sioli@example.org)" in pinned
    assert "Kilian Groß" in pinned and "Inês Gonçalves" in pinned
    assert "10:00 to 10:45" in pinned and "time agreed with the candidate" in pinned
    assert "Room BU25 03/215" in pinned and "Europe/Brussels" in pinned
    assert re.search(rf"Page \d+ of {len(texts)}", pinned)
    assert "Office" in texts[0]  # no 'ﬃ' ligature: the text can be searched


def test_remote_interviews_show_the_video_link(demo, demo_texts: list[str]) -> None:
    data, _ = demo
    remote = next(i for i in data.interviews if (i.room or "").startswith("Video room"))
    text = next(text for text in demo_texts if remote.candidate in text)
    assert "remote (video)" in text
    assert "https://video.example.org/ai-office-interviews-" in text.replace(" ", "")


def test_accents_are_real_text(tmp_path: Path) -> None:
    target = tmp_path / "accents.pdf"
    write_day_sheets(accented_campaign(), {}, target)
    (text,) = page_texts(target)
    for name in [*ACCENTED.values(), "Zoë Ångström-Łęcka", "Björn Schmidt", "Céline Dupont"]:
        assert name in text


def test_times_are_in_the_campaign_zone(tmp_path: Path) -> None:
    target = tmp_path / "kolkata.pdf"
    write_day_sheets(planned(interview("TS-0001", "2024-04-23 10:00"), timezone="Asia/Kolkata"), {}, target)
    (text,) = page_texts(target)
    assert "13:30 to 14:15" in text and "Asia/Kolkata" in text


def test_a_long_day_goes_on_over_pages_with_the_header(tmp_path: Path) -> None:
    references = [f"TS-{n:04d}" for n in range(1, 10)] * 3
    data = planned()
    data.interviews = [
        interview(ref, f"2024-04-23 {9 + n // 4:02d}:{15 * (n % 4):02d}") for n, ref in enumerate(references)
    ]
    target = tmp_path / "long.pdf"
    write_day_sheets(data, {}, target)
    texts = page_texts(target)
    assert len(texts) > 1
    assert all("Tue 23 Apr 2024" in text for text in texts)
    assert f"Continued: part 2 of {len(texts)}" in texts[1]


def test_the_rendered_page_is_a4_and_drawn(demo, tmp_path: Path) -> None:
    data, _ = demo
    image = render_page(data, 1, dpi=72)
    assert (image.width(), image.height()) == (595, 842)
    margin = image.pixelColor(10, 10)
    assert (margin.red(), margin.green(), margin.blue()) == (255, 255, 255)
    header = [(x, y) for x in range(40, 560, 2) for y in range(40, 120, 2)]
    inked = sum(image.pixelColor(x, y).lightness() < 128 for x, y in header)
    assert inked > 100  # the header is there
    assert image.save(str(tmp_path / "page-1.png"))
    with pytest.raises(ValueError):
        render_page(data, 10_000)


def test_no_plan_no_pdf(tmp_path: Path) -> None:
    with pytest.raises(CampaignError, match="solve first"):
        write_day_sheets(planned(), {}, tmp_path / "empty.pdf")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_targets_give_one_sentence(tmp_path: Path) -> None:
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    with pytest.raises(CampaignError) as missing:
        write_day_sheets(data, {}, tmp_path / "no such folder" / "sheets.pdf")
    assert "cannot be written" in str(missing.value) and "\n" not in str(missing.value)
    (tmp_path / "a folder").mkdir()
    with pytest.raises(CampaignError, match="cannot be written"):
        write_day_sheets(data, {}, tmp_path / "a folder")
    assert list(tmp_path.iterdir()) == [tmp_path / "a folder"]


def test_works_headless_without_a_running_application(tmp_path: Path) -> None:
    """A fresh interpreter with no display and no platform chosen: the export must neither abort nor hang.

    Twenty exports make thousands of Qt calls, enough for PySide6 6.12 on Python 3.11 to abort the
    interpreter at exit ('deallocating None') were its dropped references not given back.
    """
    target = tmp_path / "headless.pdf"
    script = (
        "import sys; from pathlib import Path\n"
        "from tests.ui.test_daysheets import accented_campaign\n"
        "from ui.daysheets import write_day_sheets\n"
        "for _ in range(20):\n"
        "    write_day_sheets(accented_campaign(), {}, Path(sys.argv[1]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    command = [sys.executable, "-c", script, str(target)]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF-")


def test_the_application_it_makes_also_serves_widgets(demo_pdf: Path) -> None:
    """An export before the app starts must not leave a QGuiApplication that widgets cannot use."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    assert isinstance(QGuiApplication.instance(), QApplication)


def test_a_pdf_cut_short_replaces_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Qt reports no write error, so a PDF without its end marker is refused and the old file stays."""
    import ui.daysheets

    target = tmp_path / "sheets.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(ui.daysheets, "_write_pdf", lambda temporary, *_: temporary.write_bytes(b"%PDF-1.4"))
    with pytest.raises(CampaignError, match="cut short"):
        write_day_sheets(planned(interview("TS-0001", "2024-04-23 10:00")), {}, target)
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]

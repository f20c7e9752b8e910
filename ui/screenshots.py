"""Pictures of every view: `python -m ui.screenshots OUTDIR [CAMPAIGN]`.

Without CAMPAIGN it builds the demo campaign and plans it, so that the pictures in the README show
a populated, planned campaign. Runs offscreen (no display needed). `--dark` renders with a dark
palette, to check that every view stays readable there; `--language fr` in another language.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

VIEWS = ("campaign", "candidates", "panel", "availability", "plan", "invitations")
SIZE = (1400, 860)


def planned_demo(folder: Path) -> Path:
    """The demo campaign, planned, in a file of its own (a fixed seed: the same pictures each run)."""
    from scheduler.demo import build_demo
    from scheduler.operations import create_campaign
    from scheduler.store.database import CampaignFile
    from scheduler.store.plans import replace_plan
    from solver.plan import plan_campaign
    from solver.search import SearchOptions

    data = build_demo()
    result = plan_campaign(data, options=SearchOptions(time_limit=5, deterministic=True))
    path = folder / "Demo campaign.campaign"
    create_campaign(path, data)
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        replace_plan(session, result.interviews, result.unscheduled, result.status, result.stats)
    return path


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def render(outdir: Path, campaign: Path, *, dark: bool = False, language: str = "en") -> list[Path]:
    """Opens CAMPAIGN in the main window and saves one picture per view; returns the files."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application
    from ui.i18n import install_translators

    settings_folder = tempfile.mkdtemp(prefix="screenshots-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, settings_folder)
    app = make_application(sys.argv[:1])
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    install_translators(language)
    from ui.errors import install_error_handling
    from ui.mainwindow import MainWindow

    install_error_handling()  # Qt's messages into the log, not onto the terminal

    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    if not window.open_path(campaign):
        raise SystemExit(f"{campaign}: could not be opened.")
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for key in VIEWS:
        window.show_view(key)
        settle(app)
        prepare = getattr(window.views[key], "prepare_screenshot", None)
        if prepare is not None:
            prepare()
            settle(app)
        target = outdir / f"{key}.png"
        window.grab().save(str(target))
        written.append(target)
    window.close()
    QApplication.processEvents()
    return written


def settle(app) -> None:
    """Lets pending layouts, timers and worker results arrive before the picture is taken."""
    import time

    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots", description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("campaign", type=Path, nargs="?")
    parser.add_argument("--dark", action="store_true", help="render with a dark palette")
    parser.add_argument("--language", default="en", choices=("en", "fr", "de"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        campaign = args.campaign or planned_demo(Path(folder))
        for path in render(args.outdir, campaign, dark=args.dark, language=args.language):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

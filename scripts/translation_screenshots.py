"""Screenshot every page of the window in the language of LANG, to look for clipped text and tofu.

Run under a virtual screen of the size to check, e.g.::

    LANG=uk_UA.UTF-8 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x720x24" \\
        .venv/bin/python scripts/translation_screenshots.py DB.sqlite OUT_DIR

The window starts the way ``funneldesk`` starts it (make_application installs the
translation of the system language), is maximised, and each section is saved as
``OUT_DIR/<lang>-<n>-<section>.png`` from the screen, so dialogs' real sizes show too.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from funneldesk.services.startup import open_for_window
from ui.app import make_application
from ui.backups import open_backups
from ui.context import AppContext
from ui.exporter import open_export
from ui.main_window import MainWindow

SECTIONS = ("board", "leads", "dashboard", "channels", "settings")


def wait(ms: int) -> None:
    """Let the window load and paint for ms milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(app: QApplication, path: Path) -> None:
    """Save the whole virtual screen as a PNG."""
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(path))
    print(path)


def main(argv: list[str]) -> int:
    """Open the database in a maximised window and save a PNG of each section."""
    target, out = argv[1], Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    language = QLocale().name()
    opened = open_for_window(target)
    window = MainWindow(AppContext(opened.db, opened.owner), Path(target).name)
    window.showMaximized()
    wait(2500)
    for index, name in enumerate(SECTIONS):
        window.nav.setCurrentRow(index)
        wait(2500)
        grab(app, out / f"{language}-{index}-{name}.png")
    dialogs = {
        "lead-editor": lambda: window.open_lead(1),
        "import": window.open_importer,
        "export": lambda: open_export(window),
        "backups": lambda: open_backups(window),
    }
    for index, (name, opener) in enumerate(dialogs.items(), len(SECTIONS)):
        shoot_dialog(app, window, opener, out / f"{language}-{index}-{name}.png")
    window.ctx.runner.shutdown()
    window.close()
    return 0


def shoot_dialog(app: QApplication, window: QWidget, opener: Callable[[], object], path: Path) -> None:
    """Open a dialog (modal or not), save the screen once it has loaded, and close it."""

    def grab_and_close() -> None:
        grab(app, path)
        for widget in app.topLevelWidgets():
            if widget.isVisible() and widget is not window:
                widget.close()

    QTimer.singleShot(3000, grab_and_close)
    opener()
    wait(3500)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Screenshot every page, the desk section, each Settings tab, the lead editor and the import wizard.

Run under a virtual screen of the size to check, in the language to check, e.g.::

    LANG=uk_UA.UTF-8 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x720x24" \\
        .venv/bin/python scripts/screenshots.py DB.sqlite OUT_DIR [SPREADSHEET]

Each view is saved from the screen as ``OUT_DIR/<lang>-<nn>-<view>.png`` (dialogs at their
real size over the window). SPREADSHEET, when given, is read by the import wizard so its
mapping and summary pages have content.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget, QWizard

from funneldesk.services.startup import open_for_window
from ui.app import make_application
from ui.context import AppContext
from ui.main_window import PAGES, MainWindow


def wait(ms: int) -> None:
    """Let the window load and paint for ms milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Camera:
    """Numbered screen grabs in one language."""

    def __init__(self, app: QApplication, out: Path) -> None:
        self.app, self.out, self.count = app, out, 0
        self.language = QLocale().name()

    def shoot(self, name: str) -> None:
        """Save the whole virtual screen as the next PNG."""
        self.count += 1
        path = self.out / f"{self.language}-{self.count:02d}-{name}.png"
        self.app.primaryScreen().grabWindow(0).save(str(path))
        print(path)


def shoot_pages(camera: Camera, window: MainWindow) -> None:
    """Every navigation page; the dashboard scrolled to its desk section; every Settings tab."""
    for index, name in enumerate(PAGES):
        window.nav.setCurrentRow(index)
        wait(3000)
        camera.shoot(name)
        page = window.lazy_pages[index - 1].page if index else None
        if name == "dashboard" and page is not None:
            areas = page.findChildren(QScrollArea)
            scroll = max(areas, key=lambda area: area.verticalScrollBar().maximum(), default=None)
            if scroll is not None:
                bar = scroll.verticalScrollBar()
                for step in (1, 2, 3):
                    bar.setValue(bar.maximum() * step // 3)
                    wait(800)
                    camera.shoot(f"dashboard-scroll{step}")
                bar.setValue(0)
            if hasattr(page, "show_whatif"):
                page.show_whatif(True)
                wait(1500)
                camera.shoot("dashboard-whatif")
                page.show_whatif(False)
        if name == "settings" and page is not None:
            tabs = page.findChild(QTabWidget)
            for tab in range(1, tabs.count() if tabs is not None else 0):
                tabs.setCurrentIndex(tab)
                wait(1200)
                camera.shoot(f"settings-tab{tab}")


def shoot_dialog(camera: Camera, window: MainWindow, opener: Callable[[], object], name: str,
                 steps: Callable[[QWizard], list[Callable[[], object]]] | None = None) -> None:
    """Open a dialog, save the screen once it has loaded (and after each step), and close it."""
    opener()
    wait(3000)
    camera.shoot(name)
    dialog = next((w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window), None)
    tabs = dialog.findChild(QTabWidget) if dialog is not None else None
    for tab in range(1, tabs.count() if tabs is not None else 0):
        tabs.setCurrentIndex(tab)
        wait(800)
        camera.shoot(f"{name}-tab{tab}")
    if steps is not None and isinstance(dialog, QWizard):
        for number, step in enumerate(steps(dialog), 2):
            step()
            wait(3000)
            camera.shoot(f"{name}{number}")
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not window:
            widget.close()
    wait(500)


def wizard_steps(sheet: Path | None) -> Callable[[QWizard], list[Callable[[], object]]]:
    """Read the spreadsheet and walk to the mapping and summary pages."""

    def steps(wizard: QWizard) -> list[Callable[[], object]]:
        if sheet is None:
            return []
        return [lambda: wizard.file_page.choose(sheet), wizard.next, wizard.next]  # type: ignore[attr-defined]

    return steps


def main(argv: list[str]) -> int:
    """Open the database in a maximised window and save a PNG of each view."""
    target, out = argv[1], Path(argv[2])
    sheet = Path(argv[3]) if len(argv) > 3 else None
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    opened = open_for_window(target)
    window = MainWindow(AppContext(opened.db, opened.owner), Path(target).name)
    window.showMaximized()
    wait(2500)
    camera = Camera(app, out)
    shoot_pages(camera, window)
    window.nav.setCurrentRow(0)
    wait(1500)
    shoot_dialog(camera, window, lambda: window.open_lead(3001), "lead-editor")
    shoot_dialog(camera, window, window.open_importer, "import", wizard_steps(sheet))
    window.ctx.runner.shutdown()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""The window at 1024x700: a readable navigator, views that fit, messages with room."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from app.paths import EXAMPLES
from app.ui.app import open_window
from app.ui.main_window import MainWindow
from app.ui.problems.model import ProblemRole
from app.validation.ordering import CODE, LOCATION, MESSAGE, SEVERITY

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"


@pytest.fixture
def small(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(str(EXAMPLE), settings)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitUntil(lambda: win.problems.revalidator.result is not None, timeout=20_000)
    yield win
    win.problems.revalidator.wait()


@pytest.mark.parametrize("view", ["editors", "timeline", "tester", "review"])
def test_each_view_fits_beside_a_readable_navigator(qtbot, small: MainWindow, view: str) -> None:  # type: ignore[no-untyped-def]
    small.show_view(getattr(small, view))
    qtbot.wait(50)
    assert (small.width(), small.height()) == (1024, 700)
    assert small.navigator_dock.width() >= 220
    assert small.views.currentWidget().width() >= 560


def test_the_problem_message_gets_the_room(qtbot, small: MainWindow) -> None:  # type: ignore[no-untyped-def]
    table = small.problems.panel.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=20_000)
    widths = {c: table.columnWidth(c) for c in (SEVERITY, CODE, MESSAGE, LOCATION)}
    assert widths[MESSAGE] > widths[LOCATION] + widths[CODE]
    assert widths[MESSAGE] >= 0.4 * table.viewport().width()


@pytest.mark.parametrize("size", [(1024, 700), (1400, 900)])
def test_the_problems_dock_starts_at_about_a_fifth_of_the_height(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                 size: tuple[int, int]) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(str(EXAMPLE), settings)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.wait(50)
    share = win.problems.dock.height() / win.height()
    assert 0.17 <= share <= 0.27, share
    win.problems.revalidator.wait()


def test_every_tab_shows_at_1024_with_its_full_name_as_tooltip(qtbot, small: MainWindow) -> None:  # type: ignore[no-untyped-def]
    bar = small.views.tabBar()
    qtbot.wait(50)
    names = [small.views.widget(i).accessibleName() for i in range(small.views.count())]
    assert "Use matrix" in names and "Decision tester" in names
    for index, name in enumerate(names):
        assert bar.tabRect(index).right() <= bar.width(), name  # no tab scrolled out of sight
        assert small.views.tabToolTip(index) == name
        assert small.views.tabText(index).lower() in name.lower()


def test_the_screenshot_script_still_finds_every_view(tmp_path: Path) -> None:
    from app.ui import screenshots

    assert screenshots.main([str(tmp_path)]) == 0
    made = sorted(p.name for p in tmp_path.glob("*.png"))
    assert made == sorted(name for name, _tab, _sel in screenshots.SHOTS)


def test_the_tester_answer_is_whole_at_1024_without_scrolling_sideways(
        qtbot, small: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tester = small.tester
    small.show_view(tester)
    tester.set_request(category="contact.email", purpose="newsletter",
                       subject="newsletter_subscriber", consent="granted")
    qtbot.wait(50)
    answer = tester.answer
    scroller = answer.parentWidget().parentWidget()
    assert answer.width() <= scroller.viewport().width()  # nothing cut at the right
    assert not scroller.horizontalScrollBar().isVisible()
    banner = answer.banner_frame
    assert banner.mapTo(scroller.viewport(), banner.rect().topRight()).x() \
        <= scroller.viewport().width()
    assert answer.rule_buttons
    for button in answer.rule_buttons:
        right = button.mapTo(scroller.viewport(), button.rect().topRight()).x()
        assert right <= scroller.viewport().width()
        words = button.accessibleDescription()
        assert words and (button.text() == words or button.text().endswith("…"))
    for field in (answer.reason, answer.retention, answer.obligations):
        assert field.height() >= field.heightForWidth(field.width()), field.accessibleName()


def test_an_empty_timeline_says_what_to_add_within_1024(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(None, settings)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    win.show_view(win.timeline)
    view, scene = win.timeline.canvas, win.timeline.scene
    qtbot.waitUntil(lambda: any("No data categories yet" in i.text()
                                for i in scene.items() if hasattr(i, "text")), timeout=5000)
    item = next(i for i in scene.items()
                if hasattr(i, "text") and "No data categories yet" in i.text())
    right = view.mapFromScene(item.sceneBoundingRect().topRight()).x()
    assert right <= view.viewport().width()  # the whole sentence can be read
    win.problems.revalidator.wait()


def test_problems_say_where_by_the_item_name_with_the_path_in_the_tooltip(  # type: ignore[no-untyped-def]
        qtbot, small: MainWindow) -> None:
    from app.domain.sections import RULES

    table = small.problems.panel.table
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=20_000)
    rows = [model.index(r, LOCATION) for r in range(model.rowCount())]
    rules = {r.id: r for r in small.bridge.policy.rules}
    about_rules = [i for i in rows if i.data(ProblemRole).section == RULES
                   and i.data(ProblemRole).item_id in rules]
    assert about_rules
    for index in about_rules:
        problem = index.data(ProblemRole)
        words = rules[problem.item_id].description.strip()[:20]
        assert index.data().startswith(("Allow: ", "Deny: ")) and words[:12] in index.data()
        assert problem.finding.where in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_screenshot_script_neither_reads_nor_writes_the_users_layout(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A narrowed navigator saved by the user does not leak into the README pictures, and
    rendering them leaves the user's saved layout as it was."""
    from app.ui import screenshots

    user = open_window(None)
    qtbot.addWidget(user)
    user.show()
    user.resizeDocks([user.navigator_dock], [150], Qt.Orientation.Horizontal)
    user.close()  # saves the narrow layout where the user's settings live
    saved = QSettings().value("window/state")
    assert saved is not None
    assert screenshots.main([str(tmp_path)]) == 0
    assert QSettings().value("window/state") == saved
    shown = screenshots.window_for_pictures()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.navigator_dock.width() > 300)  # not the user's 150
    assert shown.size().width() == 1400


def test_a_picture_of_the_review_waits_for_its_scores(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The screenshot script's settle() returns once the review has scored every use, so the
    README picture of the review shows uses, not "Scoring…"."""
    from app.ui import screenshots

    shown = screenshots.window_for_pictures()
    qtbot.addWidget(shown)
    shown.show()
    screenshots.settle(shown)  # validation done, as when the script reaches the review
    shown.show_view(shown.review)
    screenshots.settle(shown)
    assert not shown.review.runner.busy
    assert shown.review.model.rowCount() > 100
    assert shown.review.count.text().endswith("uses")


def test_the_review_shows_short_values_whole_at_1024(qtbot, small: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Consent words ("with consent", "not needed") are short: their column fits them, and
    the names share the rest."""
    from app.ui.screenshots import settle

    review = small.review
    small.show_view(review)
    settle(small)
    qtbot.waitUntil(lambda: review.model.rowCount() > 0, timeout=20_000)
    table = review.table
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    model = table.model()
    for name in ("Consent",):
        column = [model.headerData(c, Qt.Orientation.Horizontal)
                  for c in range(model.columnCount())].index(name)
        widest = max(metrics.horizontalAdvance(str(model.index(r, column).data()))
                     for r in range(model.rowCount()))
        assert header.sectionSize(column) >= widest + 6, name

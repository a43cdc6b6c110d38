"""The one QApplication factory: its guard against lost references, and the teardown order."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap
from shiboken6 import Shiboken

from app.exporters.pdf.qt_session import HEADROOM, collect, guard_singletons, guarded, needs_guard
from app.paths import EXAMPLES, ROOT
from app.ui.icons import icon

QT_CREATORS = {"QApplication", "QGuiApplication", "QCoreApplication"}


class _Emitter(QObject):
    value = Signal(object)


def test_the_suite_runs_guarded_like_the_application(qapp) -> None:  # type: ignore[no-untyped-def]
    assert guarded()
    if needs_guard():
        assert all(sys.getrefcount(value) > HEADROOM // 2 for value in (None, True, False))


def test_the_guard_is_applied_once_however_often_it_is_called(qapp) -> None:  # type: ignore[no-untyped-def]
    before = sys.getrefcount(True)
    guard_singletons()
    guard_singletons()
    assert abs(sys.getrefcount(True) - before) < 1000


def test_many_emits_and_painter_calls_cannot_exhaust_the_singletons(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    emitter.value.connect(lambda _v: None)
    pixmap = QPixmap(8, 8)
    painter = QPainter(pixmap)
    for n in range(50_000):
        emitter.value.emit(n % 2 == 0)
        painter.save()
        painter.restore()
    painter.end()
    assert all(sys.getrefcount(value) > 0 for value in (None, True, False))
    assert guarded()


def test_every_qapplication_is_made_by_the_one_factory() -> None:
    """Nothing in the application or the benchmarks constructs its own Qt application."""
    offenders = []
    for folder in ("app", "bench"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == ROOT / "app" / "exporters" / "pdf" / "qt_session.py":
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            offenders += [f"{path.relative_to(ROOT)}:{node.lineno}"
                          for node in ast.walk(tree) if isinstance(node, ast.Call)
                          and getattr(node.func, "id", getattr(node.func, "attr", None))
                          in QT_CREATORS]
    assert offenders == []


def test_collect_destroys_qt_values_before_freeing_their_python_peers(qapp) -> None:  # type: ignore[no-untyped-def]
    class Holder:
        pass

    collect()  # whatever earlier tests left
    holder = Holder()
    holder.me = holder  # a cycle: only the collector frees it
    holder.icon = icon("policy")  # a Python icon engine inside a QIcon
    holder.font = QFont("DejaVu Sans")
    kept = [holder.icon, holder.font]
    del holder
    assert collect() == 0  # the values are still referenced: nothing in the garbage is live
    values = [QIcon(kept[0]), QFont(kept[1])]
    cycle: list[object] = [values]
    cycle.append(cycle)
    del kept, values, cycle
    assert collect() >= 2


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-X", "faulthandler", "-c", textwrap.dedent(code),
                           *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300, check=False)


def test_shutdown_destroys_every_qobject_before_the_application() -> None:
    result = _run("""
        import sys
        from PySide6.QtCore import QObject
        from shiboken6 import Shiboken
        from app.ui.app import application, open_window
        from app.exporters.pdf.qt_session import shutdown
        from app.ui.screenshots import settle

        application()
        window = open_window(sys.argv[1])
        window.show()
        settle(window)
        for index in range(window.views.count()):
            window.views.setCurrentIndex(index)
            settle(window)
        window.close()
        shutdown()
        live = [type(o).__name__ for o in Shiboken.getAllValidWrappers()
                if isinstance(o, QObject)]
        print(live)
        """, str(EXAMPLES / "northwind-outfitters.policy.yaml"))
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_dispose_destroys_the_qt_object_at_once(qapp) -> None:  # type: ignore[no-untyped-def]
    """A disposed object's wrapper no longer owns anything for the collector to destroy."""
    from app.exporters.pdf.qt_session import dispose

    emitter = _Emitter()
    dispose(emitter)
    assert not Shiboken.isValid(emitter)

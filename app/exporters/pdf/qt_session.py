"""The process's QApplication: made in one place, guarded, and torn down in a defined order.

It lives with the PDF writer, the only code below the user interface that needs Qt, so the
headless export needs nothing from ``app.ui``. Everything that needs a QApplication (the PDF
writer, the window, the benchmarks, the test suite) gets it from :func:`application`, which
adds two things:

- **The guard.** PySide6 6.12 on Python 3.11 loses references to the interpreter's
  singletons: one to ``True`` on every ``Signal.emit()``, one to ``None`` on every call of a
  void method (``QPainter.save``, ``QWidget.repaint``...). A few thousand emits drive
  ``True``'s count to zero and the interpreter aborts ("bool_dealloc"). Python 3.12
  made None, True and False immortal; :func:`guard_singletons` gives them the same
  protection on older Pythons by raising their counts by 2**61, which outlasts any session
  (the window's soak loses up to 40 references to None per operation: over 5 * 10**16
  operations, over a hundred thousand years at ten thousand a second).
- **The order.** A Qt object destroyed by Python's garbage collector runs its C++ destructor
  in the middle of a collection (its Python peers half cleared) or after the application is
  gone; PySide6 6.9 to 6.11 crash there at exit (in ``QIcon::~QIcon``, for an icon with a
  Python engine kept in a deleted widget's attributes). :func:`shutdown`, registered at exit when
  the application is made and called by the window's own start-up when its loop ends, closes
  and deletes every top-level widget and every other parentless QObject Python owns while
  everything is still alive, collects the garbage, and only then destroys the application.
"""

from __future__ import annotations

import atexit
import ctypes
import gc
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

HEADROOM = 1 << 61
"""Added to each singleton's count: far below overflow (2**63), far above any loss."""
SINGLETONS = (None, True, False)


def needs_guard() -> bool:
    """True where None, True and False are mortal (Python before 3.12)."""
    return sys.version_info < (3, 12)


def guarded() -> bool:
    """True when the three singletons' counts are out of any binding's reach."""
    return not needs_guard() or all(sys.getrefcount(value) > HEADROOM // 2
                                    for value in SINGLETONS)


def guard_singletons() -> bool:
    """Make the counts of None, True and False unreachable for a binding that loses them.

    Such a binding loses references to them; this is idempotent. True if applied, False where they
    are immortal.
    """
    if not needs_guard():
        return False
    for value in SINGLETONS:
        count = ctypes.c_ssize_t.from_address(id(value))
        if count.value < HEADROOM // 2:
            count.value += HEADROOM
    return True


def application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication, created on first use and guarded.

    Created with ``argv`` (default the program name), with :func:`shutdown` registered for the
    process's exit.
    """
    guard_singletons()
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1] or ["policy-studio"])
        atexit.register(shutdown)
    return app  # type: ignore[return-value]


def _python_owned_roots(app: QCoreApplication) -> list[QObject]:
    """Live parentless QObjects that Python owns (windows, documents, helpers)."""
    return [obj for obj in Shiboken.getAllValidWrappers()
            if isinstance(obj, QObject) and obj is not app and Shiboken.isValid(obj)
            and Shiboken.ownedByPython(obj) and obj.parent() is None]


def dispose(*objects: QObject) -> None:
    """Close and destroy ``objects`` (and their children) now, through Qt's deferred deletion.

    This happens while the application and every Python peer are still alive.
    """
    for obj in objects:
        if Shiboken.isValid(obj):
            if obj.isWidgetType():
                obj.close()  # type: ignore[attr-defined]
            obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def shutdown() -> None:
    """Tear the application down in order.

    Wait for worker threads, destroy every top-level widget, then every other parentless QObject
    Python owns, collect the garbage, and destroy the QApplication last. Safe to call twice; a no-op
    without an application.
    """
    app = QCoreApplication.instance()
    if app is None:
        return
    QThreadPool.globalInstance().waitForDone()
    if isinstance(app, QApplication):
        dispose(*app.topLevelWidgets())
    for _ in range(3):  # deleting one object can leave another parentless
        roots = _python_owned_roots(app)
        if not roots:
            break
        dispose(*roots)
    collect()
    QThreadPool.globalInstance().waitForDone()
    app.shutdown()
    collect()


def collect() -> int:
    """Collect Python's garbage without running any Qt destructor inside the collector.

    The garbage is first found without being freed; every wrapper in it that still owns a
    live Qt object (a QIcon or QFont kept in a deleted widget's attributes, for example) has
    that object destroyed explicitly while its Python peers are intact; only then are the
    now inert Python objects freed. Returns the number of Qt objects so destroyed.
    """
    destroyed = _destroy_owned(_garbage())
    gc.collect()
    return destroyed


def _garbage() -> list[object]:
    """What a collection would free, found but kept."""
    flags = gc.get_debug()
    gc.set_debug(flags | gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        found = list(gc.garbage)
        gc.garbage.clear()
    finally:
        gc.set_debug(flags)
    return found


def _destroy_owned(objects: list[object]) -> int:
    """Destroy the live Qt object of every wrapper in ``objects`` that Python owns."""
    destroyed = 0
    for obj in objects:
        if isinstance(obj, Shiboken.Object) and Shiboken.isValid(obj) \
                and Shiboken.ownedByPython(obj):
            Shiboken.delete(obj)
            destroyed += 1
    return destroyed

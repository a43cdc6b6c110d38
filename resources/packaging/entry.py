"""The app bundle's program: the command line, and ``-m app...`` for the app's own processes.

A frozen bundle has no separate interpreter: the window starts its builder process as
``sys.executable -m app.ui.builder`` and the git merge driver runs ``sys.executable -m app``,
so the bundle's executable answers ``-m`` for modules of the app as ``python -m`` would.
"""

import runpy
import sys

from app.cli import main


def _run_module(argv: list[str]) -> bool:
    """Run ``-m MODULE ARGS...`` when ``argv`` asks for a module of the app; True if it did."""
    if len(argv) < 3 or argv[1] != "-m" or argv[2].split(".")[0] != "app":
        return False
    module = argv[2]
    sys.argv = [argv[0], *argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    return True


if __name__ == "__main__":
    if not _run_module(list(sys.argv)):
        sys.exit(main())

"""A second Policy Studio process for the recovery tests (run as a script, not collected).

``python recovery_child.py RECOVERY_DIR SETTINGS_INI [FILE]`` opens a real main window (on
FILE), then follows commands read from standard input, one a line, answering each on
standard output:

- ``title TEXT``: set the policy's title and autosave now; answers the recovery file's path;
- ``save``: save the document; answers ``saved`` or ``not saved``;
- ``json-recovery``: autosave as JSON (as for a large document); answers ``ok``;
- ``recover``: recover the newest work left by a stopped session; answers ``True``/``False``;
- ``crash``: stop at once with SIGKILL (no clean-up, like a real crash);
- end of input: close the window normally.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    recovery_dir, settings_ini, *rest = sys.argv[1:]
    from PySide6.QtCore import QSettings, QStandardPaths

    from app.storage import serialize
    from app.ui.app import application, open_window
    from app.ui.files import dialogs, recovery

    QStandardPaths.setTestModeEnabled(True)
    recovery.default_recovery_dir = lambda: Path(recovery_dir)  # type: ignore[assignment]
    dialogs.open_save_changes = lambda _p, _n, answer: answer(dialogs.DISCARD)  # type: ignore[assignment]
    application()
    window = open_window(rest[0] if rest else None,
                         QSettings(settings_ini, QSettings.Format.IniFormat))
    window.show()
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.rstrip("\n").partition(" ")
        if command == "title":
            window.bridge.set_field("policy", None, "title", argument)
            print(window.files.autosaver.write_now(), flush=True)
        elif command == "save":
            print("saved" if window.files.save() else "not saved", flush=True)
        elif command == "json-recovery":
            serialize.FAST_RECOVERY_CHARS = 10
            print("ok", flush=True)
        elif command == "recover":
            dialogs.ask_recover = lambda _p, entries: ("recover", entries[0])  # type: ignore[assignment]
            print(window.files.offer_recovery(), flush=True)
        elif command == "crash":
            os.kill(os.getpid(), signal.SIGKILL)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

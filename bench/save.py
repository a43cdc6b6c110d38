"""Benchmark of saving the large policy after a one-item edit, as the window's Save does it.

The window opens a file with the collector paused, freezes the heap after the first validation
(``settle_heap``), edits through the document, and on Save takes a snapshot of the policy on
the GUI thread, then on a worker (collector paused) writes the text into the file's own text,
re-checks the file on disk and writes it atomically. These figures time exactly those steps:

- ``save_large_s``: one rule's description edited, then saved (the index of the file's text
  comes from the open);
- ``save_large_again_s``: a second edit and save (the index comes from the first save);
- ``save_large_cold_s``: the same save when no index is kept and the text is read again;
- ``save_large_spliced``: 1 when the saves rewrote only the changed item (0: whole file).
"""

from __future__ import annotations

import gc
import time
from pathlib import Path

from bench.generate import write

OUT = Path(__file__).resolve().parent / "out"


def measure_save_large() -> dict[str, float]:
    """The figures of the module docstring."""
    from app.domain.document import PolicyDocument
    from app.storage import text_index
    from app.storage.loader import load_file

    source = write(OUT / "large.policy.yaml")
    target = OUT / "saved-large.policy.yaml"
    target.write_bytes(source.read_bytes())
    loaded = load_file(target)
    gc.freeze()  # what the window's settle_heap does once the document is open
    try:
        document = PolicyDocument(loaded.policy)
        rules = document.policy.rules
        base, spliced = loaded.text, []
        figures = {}
        for name, number in (("save_large_s", 1), ("save_large_again_s", 2),
                             ("save_large_cold_s", 3)):
            if name == "save_large_cold_s":
                text_index.forget_all()
            rule = rules[len(rules) * number // 4]
            document.set("rules", rule.id, "description", f"Edited for the benchmark ({number})")
            elapsed, base, was_spliced = _save(document.policy, base, target)
            figures[name] = elapsed
            spliced.append(was_spliced)
        figures["save_large_spliced"] = float(all(spliced))
        assert load_file(target).policy == document.policy
        return figures
    finally:
        gc.unfreeze()


def _save(policy: object, base: str, target: Path) -> tuple[float, str, bool]:
    """The window's Save: snapshot, then the worker's text, disk re-check and atomic write."""
    from app.storage.atomic import write_atomic
    from app.storage.collector import collector_paused
    from app.storage.disk_state import DiskState, ensure_unchanged, read_state
    from app.storage.encoding import encode
    from app.storage.roundtrip import saved_text
    from app.storage.serialize import snapshot

    expected = read_state(target)
    start = time.perf_counter()
    copy = snapshot(policy)  # type: ignore[arg-type]
    with collector_paused(collect=False):
        saved = saved_text(copy, base)  # what serialize.text_for does for a YAML base
        data = encode(saved.text)
        ensure_unchanged(target, expected)
        write_atomic(target, data)
        DiskState.of_data(target, data)
    return time.perf_counter() - start, saved.text, saved.spliced


if __name__ == "__main__":
    for key, value in measure_save_large().items():
        print(f"{key}: {value:.3f}")

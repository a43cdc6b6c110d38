"""Benchmark of the three-way merge on the large policy (what a git merge driver run costs)."""

from __future__ import annotations

import time
from pathlib import Path

from bench.generate import write

OUT = Path(__file__).resolve().parent / "out"
EDITS = 100
"""Rules whose description each side changes (different rules on each side)."""


def measure_merge_large() -> dict[str, float]:
    """``merge_large_s`` (the merge itself) and ``merge_write_large_s`` (written over ours).

    Ours and theirs each change the description of ``EDITS`` different rules of the large
    policy, and theirs renames the first category (references follow).
    """
    from app.domain.document import PolicyDocument
    from app.domain.merge import merge_policies
    from app.storage.loader import load_bytes
    from app.storage.merge_record import merged_text

    text = write(OUT / "large.policy.yaml").read_text(encoding="utf-8")
    base = load_bytes(text.encode("utf-8")).policy
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    for index in range(min(EDITS, len(base.rules) // 2)):
        ours.rules[index].description = f"Ours {index}"
        theirs.rules[-1 - index].description = f"Theirs {index}"
    first = theirs.categories[0].id
    PolicyDocument(theirs).rename("categories", first, f"{first}_renamed", subtree=True)
    start = time.perf_counter()
    result = merge_policies(base, ours, theirs)
    merged = time.perf_counter() - start
    assert result.clean
    start = time.perf_counter()
    merged_text(result, text)
    written = time.perf_counter() - start
    return {"merge_large_s": merged, "merge_write_large_s": written}


if __name__ == "__main__":
    for name, value in measure_merge_large().items():
        print(f"{name}: {value:.3f}")

"""Pausing the cycle collector: what a block keeps skips the young generations."""

from __future__ import annotations

import gc
import weakref

from app.storage.collector import collector_paused


class _Node:
    """A container that can be weakly referenced."""


def _in(generation: int, item: object) -> bool:
    return any(o is item for o in gc.get_objects(generation=generation))


def test_what_a_kept_block_made_moves_to_the_oldest_generation_when_the_last_holder_leaves(
        ) -> None:
    gc.collect()
    with collector_paused(collect=False):  # the background runner holds the collector too
        with collector_paused(collect=False, keep=True):
            made = [[index] for index in range(2000)]
        assert not gc.isenabled()
        assert _in(0, made[0])  # another holder is still inside: nothing moved yet
    assert gc.isenabled()
    assert not _in(0, made[0]) and not _in(1, made[0])
    assert _in(2, made[0]) and _in(2, made)


def test_a_block_not_kept_leaves_its_objects_young() -> None:
    gc.collect()
    gc.disable()  # no young pass moves them meanwhile
    try:
        with collector_paused(collect=False):
            made = [[index] for index in range(10)]
        assert _in(0, made[0])
        with collector_paused(collect=False, keep=True):
            pass
        with collector_paused(collect=False):  # keep does not outlive the block that asked
            later = [[1]]
        assert _in(0, later[0])
    finally:
        gc.enable()


def test_a_full_collection_still_frees_a_cycle_a_kept_block_made() -> None:
    with collector_paused(collect=False, keep=True):
        node = _Node()
        node.me = node  # type: ignore[attr-defined]
        ref = weakref.ref(node)
    del node
    assert ref() is not None  # garbage in the oldest generation, waiting
    gc.collect()
    assert ref() is None

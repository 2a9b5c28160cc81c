"""The long-lived heap is frozen once per new import, and reruns' cycles are still collected."""

from __future__ import annotations

import gc
import importlib
import sys
import uuid
import weakref

import pytest

from iopsdata import heap


@pytest.fixture(autouse=True)
def _unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()  # the rest of the test session collects as usual


def _import_new_module(tmp_path) -> None:
    name = f"heap_probe_{uuid.uuid4().hex[:8]}"
    (tmp_path / f"{name}.py").write_text("VALUE = [1, 2, 3]\n")
    sys.path.insert(0, str(tmp_path))
    try:
        importlib.import_module(name)
    finally:
        sys.path.remove(str(tmp_path))


def test_freezes_once_per_new_import(tmp_path):
    _import_new_module(tmp_path)
    assert heap.freeze_long_lived() is True
    frozen = gc.get_freeze_count()
    assert frozen > 1000  # the interpreter's modules and everything they hold
    assert heap.freeze_long_lived() is False  # nothing new: no second freeze
    # none added (a second freeze would add every object made since); a frozen object that a
    # background thread (pytest-xdist's channel) lets go of in between may leave, though
    assert gc.get_freeze_count() <= frozen
    _import_new_module(tmp_path)
    assert heap.freeze_long_lived() is True


def test_cycles_made_after_the_freeze_are_collected(tmp_path):
    _import_new_module(tmp_path)
    heap.freeze_long_lived()

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a  # a cycle: only the collector frees it
    probe = weakref.ref(a)
    del a, b
    gc.collect(2)
    assert probe() is None


def test_the_full_collection_walks_only_what_came_after_the_freeze(tmp_path):
    _import_new_module(tmp_path)
    before = len(gc.get_objects())
    heap.freeze_long_lived()
    assert len(gc.get_objects()) < before // 10  # gc.get_objects() skips the frozen generation

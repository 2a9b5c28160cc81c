"""Fixtures of tests/engines: sample databases of every kind (see samples.py)."""

from tests.engines.samples import _close_engines, ctx, sample, sample_factory  # noqa: F401

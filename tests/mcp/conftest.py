"""Fixtures of tests/mcp: a runtime on a real store with two workspaces of two users, and the
sample databases of every engine (tests/engines/samples.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from iopsdata.bootstrap import Runtime, open_runtime
from iopsdata.config import Settings
from iopsdata.workspace import Workspace
from tests.engines.samples import _close_engines, sample_factory  # noqa: F401


@dataclass
class Site:
    runtime: Runtime
    home: Path
    ana: Workspace  # ana owns workspace A
    bo: Workspace  # bo owns workspace B (ana is not a member)

    def env(self) -> dict[str, str]:
        return {"IOPSDATA_HOME": str(self.home), "IOPSDATA_DEMO": "false"}


def make_site(tmp_path: Path, **settings: str) -> Site:
    home = tmp_path / "home"
    cfg = Settings.from_mapping({"IOPSDATA_HOME": str(home), "IOPSDATA_DEMO": "false", **settings})
    runtime = open_runtime(cfg)
    store = runtime.store.privileged()
    ana = store.ensure_user("ana@example.com", "Ana")
    bo = store.ensure_user("bo@example.com", "Bo")
    wa = store.create_workspace("A", ana["id"])
    wb = store.create_workspace("B", bo["id"])
    return Site(
        runtime,
        home,
        Workspace.open(runtime=runtime, user_id=ana["id"], workspace_id=wa["id"]),
        Workspace.open(runtime=runtime, user_id=bo["id"], workspace_id=wb["id"]),
    )


@pytest.fixture
def site(tmp_path) -> Iterator[Site]:
    s = make_site(tmp_path)
    yield s
    s.runtime.store.close()

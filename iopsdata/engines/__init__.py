"""Engines: open a database per connection kind with engine-level safety (DESIGN §6, layer 2).

``KINDS`` declares every kind as data (dialect, form options, capabilities) for the Settings UI;
``POOL`` holds one engine per connection for the whole process.
"""

from iopsdata.engines.base import Engine, Fetched, RunHandle, ServerInfo
from iopsdata.engines.kinds import (
    KINDS,
    OWNER_OPTIONS,
    dialect_of,
    mask_options,
    normalize_options,
    parse_url,
    redact_url,
    spec,
)
from iopsdata.engines.pool import POOL, EnginePool, open_engine
from iopsdata.engines.spec import Capabilities, KindSpec, Option

__all__ = [
    "KINDS",
    "OWNER_OPTIONS",
    "POOL",
    "Capabilities",
    "Engine",
    "EnginePool",
    "Fetched",
    "KindSpec",
    "Option",
    "RunHandle",
    "ServerInfo",
    "dialect_of",
    "mask_options",
    "normalize_options",
    "open_engine",
    "parse_url",
    "redact_url",
    "spec",
]

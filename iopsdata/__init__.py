"""iOpsData: an AI-native workspace for data work.

Use from Python::

    from iopsdata import Workspace
    ws = Workspace.open()
    ws.sql.run("select count(*) from flights", connection="Demo: NYC flights 2013")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Workspace", "__version__"]

if TYPE_CHECKING:
    from iopsdata.workspace import Workspace


def __getattr__(name: str) -> Any:
    # Lazy: importing the package must stay cheap (SDKs and engines load on first use).
    if name == "Workspace":
        from iopsdata.workspace import Workspace

        return Workspace
    raise AttributeError(name)

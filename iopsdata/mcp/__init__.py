"""The MCP server: a second front door to the same guarded facade (``python -m iopsdata.mcp``).

An agent (Claude Desktop, Cursor, an IDE, any MCP client) gets the tools in :mod:`.tools` over stdio
(as a configured local user and workspace) or streamable HTTP (authenticated by personal access
tokens from Settings). See docs/mcp.md.
"""

from iopsdata.mcp.limits import Limits
from iopsdata.mcp.server import LocalCaller, TokenCaller, build_server

__all__ = ["Limits", "LocalCaller", "TokenCaller", "build_server"]

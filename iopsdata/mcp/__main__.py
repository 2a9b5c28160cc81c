"""``python -m iopsdata.mcp``: run the MCP server over stdio (default) or streamable HTTP.

    python -m iopsdata.mcp                                   # stdio, the local user's workspace
    python -m iopsdata.mcp --workspace "Sales" --user ana@example.com
    python -m iopsdata.mcp --http --port 8765                # HTTP, personal access tokens

Settings come from the environment as for the app (``IOPSDATA_HOME``, ``IOPSDATA_DATABASE_URL``,
``FERNET_KEY``…); each flag also reads an ``IOPSDATA_MCP_*`` variable (see docs/mcp.md).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from iopsdata.mcp.limits import Limits


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value and value.strip() else default


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    env = os.environ.get
    p = argparse.ArgumentParser(prog="python -m iopsdata.mcp", description=__doc__.split("\n")[0])
    p.add_argument("--http", action="store_true", help="serve streamable HTTP instead of stdio")
    p.add_argument("--host", default=env("IOPSDATA_MCP_HOST", "127.0.0.1"))
    p.add_argument("--port", type=int, default=_env_int("IOPSDATA_MCP_PORT", 8765))
    p.add_argument(
        "--workspace", default=env("IOPSDATA_MCP_WORKSPACE"), help="stdio: workspace id or name"
    )
    p.add_argument(
        "--user", default=env("IOPSDATA_MCP_USER"), help="stdio: the user's email (sign-in on)"
    )
    d = Limits()
    p.add_argument(
        "--max-rows", type=int, default=_env_int("IOPSDATA_MCP_MAX_ROWS", d.rows_per_call)
    )
    p.add_argument(
        "--max-bytes", type=int, default=_env_int("IOPSDATA_MCP_MAX_BYTES", d.bytes_per_call)
    )
    p.add_argument(
        "--calls-per-minute",
        type=int,
        default=_env_int("IOPSDATA_MCP_CALLS_PER_MINUTE", d.calls_per_minute),
    )
    p.add_argument(
        "--concurrency", type=int, default=_env_int("IOPSDATA_MCP_CONCURRENCY", d.concurrency)
    )
    return p.parse_args(argv)


def local_workspace(runtime, workspace: str | None, user: str | None):  # type: ignore[no-untyped-def]
    """The stdio user's workspace: ``user`` by email (needed when sign-in is on), ``workspace`` by
    id or name (default: the user's first).

    Raises:
        AuthError / PermissionDenied: unknown user, or not a member of that workspace.
    """
    from iopsdata.errors import AuthError, PermissionDenied
    from iopsdata.workspace import Workspace

    user_id = None
    if user:
        found = runtime.store.privileged().find_user_by_email(user.strip().lower())
        if found is None:
            raise AuthError(f"No iOpsData user has the email {user}.")
        user_id = found["id"]
    ws = Workspace.open(runtime=runtime, user_id=user_id)
    if workspace:
        match = [w for w in ws.workspaces() if workspace in (w["id"], w["name"])]
        if not match:
            raise PermissionDenied(f"You are not a member of a workspace called {workspace!r}.")
        ws = Workspace.open(
            runtime=runtime, user_id=ws.ctx.user_id, workspace_id=str(match[0]["id"])
        )
    return ws


def main(argv: Sequence[str] | None = None) -> int:
    from iopsdata.bootstrap import open_runtime
    from iopsdata.config import Settings
    from iopsdata.errors import IopsError
    from iopsdata.mcp.server import LocalCaller, build_server

    args = parse_args(argv)
    limits = Limits(
        concurrency=args.concurrency,
        calls_per_minute=args.calls_per_minute,
        rows_per_call=args.max_rows,
        bytes_per_call=args.max_bytes,
    )
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)  # stdout is the stdio channel
    try:
        runtime = open_runtime(Settings.from_env())
        if args.http:
            from iopsdata.mcp.auth import HTTP_OPTIONS, token_server

            server = token_server(runtime, f"http://{args.host}:{args.port}", limits)
            server.run(
                "streamable-http",
                host=args.host,
                port=args.port,
                stateless_http=HTTP_OPTIONS["stateless_http"],
                json_response=HTTP_OPTIONS["json_response"],
            )
        else:
            ws = local_workspace(runtime, args.workspace, args.user)
            build_server(LocalCaller(ws), limits, log_level="WARNING").run("stdio")
    except IopsError as exc:
        print(f"iopsdata.mcp: {exc.message}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

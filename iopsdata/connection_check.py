"""Checking a connection before it is saved: is the server there, and do the settings work?

A typo in a database name used to be saved silently and fail later in the SQL page. Saving now
tests the connection; the one failure a user may overrule is a server that does not answer at
all (it may be down for maintenance, or reachable only later), which :class:`ServerUnreachable`
tells apart by a plain TCP probe before the real test, instead of by parsing driver messages.
"""

from __future__ import annotations

import socket
from typing import Any

from iopsdata.engines import urls
from iopsdata.errors import ConnectionFailed

PROBE_TIMEOUT_S = 3.0
_DEFAULT_PORTS = {"postgresql": 5432, "mysql": 3306, "mariadb": 3306, "postgres": 5432}


class ServerUnreachable(ConnectionFailed):
    """Nothing answered at the connection's host and port; saving anyway is the user's call."""

    title = "Server not reachable"


def endpoint(kind: str, options: dict[str, Any]) -> tuple[str, int] | None:
    """The TCP host and port a connection talks to, or ``None`` (files, sockets, unknown)."""
    if kind in ("postgresql", "mysql"):
        host = str(options.get("host") or "")
        port = options.get("port") or _DEFAULT_PORTS[kind]
    elif kind == "url" and options.get("url"):
        try:
            u = urls.make(str(options["url"]))
        except Exception:
            return None
        host = str(u.host or "")
        port = u.port or _DEFAULT_PORTS.get(urls.scheme_of(str(options["url"])), 0)
    else:
        return None
    if not host or host.startswith("/") or not port:
        return None
    return host, int(port)


def probe(kind: str, options: dict[str, Any], timeout_s: float = PROBE_TIMEOUT_S) -> None:
    """Open and close one TCP connection to the server. Raises ServerUnreachable."""
    target = endpoint(kind, options)
    if target is None:
        return
    host, port = target
    try:
        with socket.create_connection((host, port), timeout=timeout_s):
            pass
    except OSError:
        raise ServerUnreachable(
            f"Nothing answered at {host}:{port}.",
            hint="Check the host and port, or save anyway if the server is down for now.",
        ) from None

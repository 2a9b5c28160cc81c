"""Bearer-token authentication of the HTTP transport with iOpsData personal access tokens.

The SDK's bearer middleware calls :meth:`TokenVerifier.verify_token` on every HTTP request, so a
revoked or expired token stops working on its next request, not at the end of a session. The
grant travels in the SDK's ``AccessToken.claims``; the token itself is never kept (only its hash).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import anyio.to_thread
from mcp.server.auth.provider import AccessToken
from mcp.server.auth.settings import AuthSettings

from iopsdata.tokens import authenticate, hash_token

if TYPE_CHECKING:
    from iopsdata.bootstrap import Runtime
    from iopsdata.mcp.limits import Limits
    from iopsdata.mcp.server import IopsMCPServer
    from iopsdata.store import Store


#: Streamable HTTP without server-side sessions, answering plain JSON: every request stands alone
#: (authenticated, limited and audited by itself), so replicas behind a load balancer need no
#: sticky sessions, and a call costs a few ms instead of ~12 ms of session stream plumbing
#: (bench/mcp_bench.py). The tools need no server-to-client messages.
HTTP_OPTIONS = {"stateless_http": True, "json_response": True}


class StoreTokenVerifier:
    """Looks a presented token up in the metadata store (hashed)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def verify_token(self, token: str) -> AccessToken | None:
        grant = await anyio.to_thread.run_sync(authenticate, self.store, token)
        if grant is None:
            return None
        return AccessToken(
            token=hash_token(token),
            client_id=grant.token_id,
            subject=grant.user_id,
            scopes=[grant.role],
            claims={"iopsdata": dataclasses.asdict(grant)},
        )


def auth_settings(base_url: str) -> AuthSettings:
    """This server is its own token issuer (tokens are made in Settings, not by OAuth)."""
    return AuthSettings(
        issuer_url=base_url,  # type: ignore[arg-type]
        resource_server_url=f"{base_url}/mcp",  # type: ignore[arg-type]
        validate_token_resource=False,  # the verifier checks workspace and expiry itself
    )


def token_server(runtime: Runtime, base_url: str, limits: Limits | None = None) -> IopsMCPServer:
    """The server for the HTTP transport: each request authenticated by a personal access token
    and acting as that token's user, workspace and role."""
    from iopsdata.mcp.server import TokenCaller, build_server

    return build_server(
        TokenCaller(runtime),
        limits,
        token_verifier=StoreTokenVerifier(runtime.store),
        auth=auth_settings(base_url),
        log_level="WARNING",
    )

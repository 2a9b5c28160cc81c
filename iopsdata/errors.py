"""The one error hierarchy: every failure a user can see is an ``IopsError``.

Services raise these; pages catch ``IopsError`` and show ``title`` and ``message``. Driver and SDK
exceptions are translated where they occur, so no traceback or secret reaches the browser.
"""

from __future__ import annotations


class IopsError(Exception):
    """Base error with a user-facing ``message`` and a short ``title``.

    Args:
        message: one or two plain sentences saying what happened and, if possible, how to fix it.
        title: a short heading; defaults to the class's ``title``.
        hint: optional next step shown under the message.
    """

    title: str = "Something went wrong"

    def __init__(self, message: str, *, title: str | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if title is not None:
            self.title = title
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class ConfigError(IopsError):
    title = "Configuration problem"


class VaultError(IopsError):
    title = "Secrets could not be read"


class StoreError(IopsError):
    title = "Metadata store problem"


class NotFound(IopsError):
    title = "Not found"


class PermissionDenied(IopsError):
    title = "Not allowed"


class AuthError(IopsError):
    title = "Sign-in problem"


class ConnectionFailed(IopsError):
    title = "Could not connect"


class QueryRefused(IopsError):
    """The guard refused a statement; ``message`` names the reason in plain words."""

    title = "Query refused"


class QueryFailed(IopsError):
    title = "Query failed"


class QueryTimeout(QueryFailed):
    title = "Query timed out"


class QueryCancelled(QueryFailed):
    title = "Query cancelled"


class FileRejected(IopsError):
    title = "File not accepted"


class ProviderError(IopsError):
    title = "AI provider problem"
    thread_id: str | None = None  # the chat that keeps the failed question, when there is one


class KnowledgeError(IopsError):
    """Knowledge that cannot be saved or imported (bad YAML, a missing field, a bad dbt file)."""

    title = "Knowledge not saved"


class LineageError(IopsError):
    title = "Lineage could not be computed"

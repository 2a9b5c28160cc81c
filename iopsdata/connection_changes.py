"""What an edit of a connection changes, and whether it needs the owner role.

An editor once pointed an owner's PostgreSQL connection at their own server (changing only the
host), pressed Test, and received the stored password in clear. So an edit that changes where a
stored secret is sent (host, port, database, TLS mode, the URL's driver, host, database or
parameters) must carry a freshly typed secret, or come from an owner. Changing a URL's dialect
override needs an owner too (it decides which guard rules apply).

The activity log gets every changed field with its old and new value; secrets appear only as
"changed", and URLs only masked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from iopsdata.engines import urls
from iopsdata.engines.kinds import normalize_options, spec
from iopsdata.engines.paths import BUILT_IN

# Options that decide where a server connection sends its password.
ROUTING = {"host", "port", "database", "sslmode"}


@dataclass
class EditPlan:
    """The merged options of an edit and what it means.

    Attributes:
        options: the submitted options with kept secrets and kept built-in paths filled in.
        changes: ``{option: {"from": old, "to": new}}`` without secrets (masked URLs).
        owner_reasons: why this edit needs the owner role (empty = an editor may do it).
    """

    options: dict[str, Any]
    changes: dict[str, Any] = field(default_factory=dict)
    owner_reasons: list[str] = field(default_factory=list)


def plan_edit(
    kind: str,
    current: dict[str, Any],
    submitted: dict[str, Any],
    is_private: Callable[[str], bool] = lambda path: False,
) -> EditPlan:
    """Merge ``submitted`` over ``current`` the way the form means it, and judge the change.

    A secret sent back empty or as ``***`` keeps the stored one; a URL keeps the stored value of
    each ``***`` it still holds; a path shown as ``(built-in)`` keeps the stored path.
    ``is_private`` tells which paths are iOpsData's own (logged as ``(built-in)``, never shown).
    """
    secrets = spec(kind).secret_names
    merged = dict(submitted)
    carried = False  # a stored secret goes on to the edited connection
    for name in secrets:
        value = merged.get(name)
        if name == "url" and value and urls.MASK in str(value) and current.get("url"):
            merged[name] = urls.unmask_url(str(value), str(current["url"]))
            carried = True
        elif value in (None, "", urls.MASK):
            merged[name] = current.get(name)
            carried = carried or bool(current.get(name))
    if merged.get("path") == BUILT_IN:
        merged["path"] = current.get("path")
    merged = normalize_options(kind, merged)  # defaults filled: an omitted default is no change
    plan = EditPlan(merged)
    for name in sorted(set(current) | set(merged)):
        old, new = current.get(name), merged.get(name)
        if old == new or (old in (None, "") and new in (None, "")):
            continue
        if name == "url":
            plan.changes[name] = {"from": _shown_url(old), "to": _shown_url(new)}
        elif name in secrets:
            plan.changes[name] = "changed"
        else:
            plan.changes[name] = {"from": _shown(old, is_private), "to": _shown(new, is_private)}
    if carried:
        moved = _moved(kind, current, merged)
        if moved:
            plan.owner_reasons.append(
                f"it changes where the stored password is sent ({', '.join(moved)}) without "
                "typing the password again"
            )
    if kind == "url" and "dialect" in plan.changes:
        plan.owner_reasons.append("it changes the SQL dialect the guard checks with")
    return plan


def _moved(kind: str, current: dict[str, Any], merged: dict[str, Any]) -> list[str]:
    if kind == "url":
        before = urls.without_password(str(current.get("url") or ""))
        after = urls.without_password(str(merged.get("url") or ""))
        return ["URL"] if before != after else []
    return sorted(n for n in ROUTING if _norm(current.get(n)) != _norm(merged.get(n)))


def _norm(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _shown(value: Any, is_private: Callable[[str], bool]) -> Any:
    return BUILT_IN if isinstance(value, str) and is_private(value) else value


def _shown_url(value: Any) -> str | None:
    return urls.redact_url(str(value)) if value else None

"""Which parsed statements are reads, which are writes, and what is refused inside them."""

from __future__ import annotations

from sqlglot import exp

from iopsdata.errors import QueryRefused
from iopsdata.guard.keywords import WRITABLE_OBJECTS

_WRITES: dict[type[exp.Expression], str] = {
    exp.Insert: "insert",
    exp.Update: "update",
    exp.Delete: "delete",
    exp.Merge: "merge",
    exp.Create: "create",
    exp.Drop: "drop",
    exp.Alter: "alter",
}
_DML = (exp.Insert, exp.Update, exp.Delete, exp.Merge, exp.Create, exp.Drop, exp.Alter)
_OTHER: dict[type[exp.Expression], str] = {
    exp.Copy: "COPY reads or writes files on the database server and is not allowed.",
    exp.Attach: "ATTACH opens another database file and is not allowed.",
    exp.Detach: "DETACH changes the attached databases and is not allowed.",
    exp.Install: "INSTALL adds extensions to the engine and is not allowed.",
    exp.Set: "SET changes session settings and is not allowed.",
    exp.Transaction: "Transaction control is managed by iOpsData; BEGIN is not allowed.",
    exp.Commit: "Transaction control is managed by iOpsData; COMMIT is not allowed.",
    exp.Rollback: "Transaction control is managed by iOpsData; ROLLBACK is not allowed.",
    exp.Use: "USE changes the session's database and is not allowed.",
    exp.TruncateTable: "TRUNCATE deletes every row of a table and is not allowed.",
    exp.Pragma: "PRAGMA changes or inspects engine settings and is not allowed here.",
}

_OTHER_TYPES: tuple[type[exp.Expression], ...] = tuple(_OTHER)
_INSPECTED: tuple[type[exp.Expression], ...] = (
    exp.Command,
    exp.Into,
    exp.Lock,
    *_DML,
    *_OTHER_TYPES,
)


def classify(statement: exp.Expression) -> tuple[str, bool]:
    """Return ``(kind, is_write)`` for a top-level statement, refusing anything unknown.

    Raises:
        QueryRefused: for statements that are neither reads nor allowed writes.
    """
    if isinstance(statement, exp.Command):
        raise QueryRefused(_not_understood(statement))
    if isinstance(statement, exp.Query | exp.Values):
        return "select", False
    if isinstance(statement, exp.Pivot):
        return "select", False
    if isinstance(statement, exp.Summarize):
        return "summarize", False
    if isinstance(statement, exp.Show):
        return "show", False
    if isinstance(statement, exp.Describe):
        if statement.args.get("style") is not None and str(statement.args["style"]).upper() in {
            "ANALYZE",
            "ANALYSE",
        }:
            return "explain", False
        inner = statement.this
        return ("explain" if isinstance(inner, (exp.Query, *_DML)) else "describe"), False
    for cls, kind in _WRITES.items():
        if isinstance(statement, cls):
            _check_object_kind(statement, kind)
            return kind, True
    for cls, reason in _OTHER.items():
        if isinstance(statement, cls):
            raise QueryRefused(reason)
    raise QueryRefused(
        f"{type(statement).__name__.upper()} statements are not allowed: only reading statements "
        "(SELECT, WITH, VALUES, EXPLAIN, SHOW, DESCRIBE) can run here."
    )


def check_inside(statement: exp.Expression, *, allow_writes: bool) -> bool:
    """Refuse what is never allowed inside a statement; return whether it nests a write.

    Raises:
        QueryRefused: for SELECT … INTO, locking clauses (read-only), hidden commands, and
            data-modifying CTEs or subqueries on a read-only connection.
    """
    nested_write = False
    for node in statement.walk():
        if node is statement or not isinstance(node, _INSPECTED):
            continue
        if isinstance(node, exp.Command):
            raise QueryRefused(_not_understood(node))
        if isinstance(node, exp.Into):
            raise QueryRefused(
                "SELECT … INTO creates a table or writes variables and is not allowed; "
                "use CREATE TABLE … AS SELECT on a connection that allows writes."
            )
        if isinstance(node, exp.Lock) and not allow_writes:
            raise QueryRefused(
                f"This connection is read-only: {_lock_words(node)} locks rows for writing."
            )
        if isinstance(node, _DML):
            kind = _WRITES[next(c for c in _WRITES if isinstance(node, c))].upper()
            if not allow_writes:
                raise QueryRefused(f"This connection is read-only: {kind} changes data.")
            _check_object_kind(node, kind.lower())
            nested_write = True
        elif isinstance(node, _OTHER_TYPES):
            raise QueryRefused(_OTHER[next(c for c in _OTHER if isinstance(node, c))])
    return nested_write


def _check_object_kind(statement: exp.Expression, kind: str) -> None:
    if kind not in {"create", "drop", "alter"}:
        return
    obj = str(statement.args.get("kind") or "").upper()
    if obj not in WRITABLE_OBJECTS:
        raise QueryRefused(
            f"{kind.upper()} {obj or 'of this object'} is not allowed: only tables, views, "
            "indexes, schemas and sequences can be created, altered or dropped."
        )


def _lock_words(node: exp.Lock) -> str:
    return "FOR UPDATE" if node.args.get("update") else "FOR SHARE"


def _not_understood(node: exp.Command) -> str:
    word = str(node.this).upper() if node.this else "This statement"
    return (
        f"The guard does not understand this {word} statement, so it cannot prove it only reads; "
        "it is not allowed."
    )

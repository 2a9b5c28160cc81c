"""FileService behaviour: duplicates, delete, joins, names, roles, caps, timeout, audit, catalog."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from iopsdata.errors import IopsError, NotFound, PermissionDenied, QueryTimeout
from iopsdata.files import FileService
from tests.files.conftest import stored_files
from tests.support.context import make_context

ORDERS = b"order_id,customer_id,amount\n1,10,9.5\n2,11,20\n3,10,4.25\n"
CUSTOMERS = b"customer_id,name\n10,Ada\n11,Linus\n"


def test_reupload_of_the_same_bytes_returns_the_existing_file(ctx, files):
    first = files.upload("orders.csv", ORDERS)
    again = files.upload("orders (copy).csv", ORDERS)
    assert again.duplicate and not first.duplicate
    assert again.id == first.id and again.table_name == "orders"
    assert len(files.list()) == 1 and len(stored_files(ctx)) == 2


def test_remove_deletes_bytes_and_row_and_the_table(ctx, files):
    keep = files.upload("customers.csv", CUSTOMERS)
    gone = files.upload("orders.csv", ORDERS)
    assert files.target().run("SELECT count(*) FROM orders").table.column(0).to_pylist() == [3]
    files.remove(gone.id)
    with pytest.raises(NotFound):
        files.get(gone.id)
    assert [p.parent.name for p in stored_files(ctx)] == [keep.id, keep.id]
    assert [t.name for t in files.target().catalog().tables] == ["customers"]
    with pytest.raises(IopsError, match="orders"):
        files.target().run("SELECT * FROM orders")
    with pytest.raises(NotFound):
        files.remove(gone.id)


def test_files_join_and_catalog(files):
    files.upload("orders.csv", ORDERS)
    files.upload("customers.csv", CUSTOMERS)
    result = files.target().run(
        "SELECT c.name, sum(o.amount) AS total FROM orders o JOIN customers c USING (customer_id) "
        "GROUP BY c.name ORDER BY c.name"
    )
    assert result.table.to_pylist() == [
        {"name": "Ada", "total": 13.75},
        {"name": "Linus", "total": 20.0},
    ]
    catalog = files.target().catalog()
    assert catalog.dialect == "duckdb"
    orders = catalog.find("orders")
    assert orders is not None and orders.kind == "view" and orders.row_estimate == 3
    assert [(c.name, c.type) for c in orders.columns] == [
        ("order_id", "BIGINT"),
        ("customer_id", "BIGINT"),
        ("amount", "DOUBLE"),
    ]


def test_table_names_are_unique_and_search_filters(files):
    one = files.upload("Sales.csv", b"a\n1\n")
    two = files.upload("sales.tsv", b"a\n2\n")
    assert (one.table_name, two.table_name) == ("sales", "sales_2")
    assert {a.id for a in files.list("SALES")} == {one.id, two.id}
    assert [a.id for a in files.list("sales_2")] == [two.id]
    assert files.list("nothing") == []
    got = (
        files.target()
        .run("SELECT s.a + s2.a AS x FROM sales s, sales_2 s2")
        .table.column(0)
        .to_pylist()
    )
    assert got == [3]


def test_viewer_can_read_but_not_change(tmp_path):
    owner_ctx = make_context(tmp_path / "o")
    asset = FileService(owner_ctx).upload("orders.csv", ORDERS)
    viewer_id = owner_ctx.store.ensure_user("viewer@example.com")["id"]
    owner_ctx.store.add_member(owner_ctx.workspace_id, viewer_id, "viewer")
    viewer = FileService(replace(owner_ctx, user_id=viewer_id, role="viewer"))
    assert viewer.preview(asset.id, 2).row_count == 2
    with pytest.raises(PermissionDenied):
        viewer.upload("x.csv", b"a\n1\n")
    with pytest.raises(PermissionDenied):
        viewer.remove(asset.id)


def test_preview_row_cap_and_audit(tmp_path):
    svc = FileService(make_context(tmp_path, IOPSDATA_ROW_CAP="4"))
    asset = svc.upload("n.csv", ("n\n" + "\n".join(map(str, range(10))) + "\n").encode())
    preview = svc.preview(asset.id, 3)
    assert preview.row_count == 3
    capped = svc.target().run("SELECT n FROM n ORDER BY n", source="chat")
    assert capped.truncated and capped.row_count == 4 and "4 rows" in capped.notice
    assert svc.target().run("SELECT n FROM n LIMIT 4").truncated is False
    log = svc.ctx.store.query_history(svc.ctx.workspace_id, connection_id="files", limit=10)
    assert [(r["source"], r["status"], r["row_count"]) for r in log[:2]] == [
        ("editor", "ok", 4),
        ("chat", "ok", 4),
    ]


def test_timeout_interrupts_a_long_query(tmp_path):
    svc = FileService(make_context(tmp_path, IOPSDATA_QUERY_TIMEOUT_S="0.5"))
    svc.upload("n.csv", b"n\n1\n")
    with pytest.raises(QueryTimeout):
        svc.target().run("SELECT count(*) FROM n, range(10000000000) r")
    assert svc.ctx.store.query_history(svc.ctx.workspace_id, limit=1)[0]["status"] == "timeout"


def test_progress_is_reported(files):
    stages: list[tuple[str, float]] = []
    files.upload("orders.csv", ORDERS, on_progress=lambda s, f: stages.append((s, f)))
    names = [s for s, _ in stages]
    assert names[0] == "receiving" and "checking" in names and "storing" in names
    fractions = [f for _, f in stages]
    assert fractions == sorted(fractions)


def test_file_objects_are_streamed(files, tmp_path):
    src = tmp_path / "orders.csv"
    src.write_bytes(ORDERS)
    with open(src, "rb") as fh:
        asset = files.upload(src.name, fh)
    assert asset.size_bytes == len(ORDERS) and asset.row_count == 3


def test_profile_is_a_profile_object_and_stored(files):
    from iopsdata.profiling import Profile

    asset = files.upload("orders.csv", ORDERS)
    profile = files.profile(asset.id)
    assert isinstance(profile, Profile) and profile.row_count == 3
    assert [c.name for c in profile.columns] == ["order_id", "customer_id", "amount"]
    assert Profile.from_dict(files.get(asset.id).metadata["profile"]) == profile
    assert files.profile(asset.id) == profile  # read back from the store, not recomputed


def test_service_modules_do_not_import_streamlit():
    code = "import sys, iopsdata.files, iopsdata.blobs; print('streamlit' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_files_queries_store_their_lineage_with_the_audit_row(tmp_path):
    from tests.support.context import make_context

    ctx = make_context(tmp_path)
    files = FileService(ctx)
    files.upload("orders.csv", b"id,region\n1,north\n2,south\n")
    result = files.target().run("SELECT region, count(*) FROM orders GROUP BY 1", source="editor")
    assert result.lineage["reads"] == ["orders"]
    assert ctx.store.query_history(ctx.workspace_id)[0]["lineage"]["reads"] == ["orders"]

"""Every other tool through the SDK client over HTTP: describe, select_tables, lineage, impact,
list_files, profile (a database table and an uploaded file), and SQL on the Files connection."""

from __future__ import annotations

import duckdb

from tests.mcp.support import http_client, http_server, payload, run


def test_the_read_tools_answer_from_the_facade(site, tmp_path):
    path = tmp_path / "shop.duckdb"
    with duckdb.connect(str(path)) as c:
        c.execute("CREATE TABLE customers (id int PRIMARY KEY, city varchar)")
        c.execute("COMMENT ON TABLE customers IS 'People who buy'")
        c.execute(
            "CREATE TABLE orders (id int, customer_id int REFERENCES customers(id), amount double)"
        )
        c.execute("INSERT INTO customers VALUES (1, 'Paris'), (2, 'Oslo')")
        c.execute("INSERT INTO orders VALUES (1, 1, 10.5), (2, 1, 4.5), (3, 2, 7)")
    site.ana.connections.add("shop", "duckdb", {"path": str(path)})
    asset = site.ana.files.upload("sales.csv", b"region,amount\nnorth,10\nsouth,5\nnorth,1\n")
    token = site.ana.tokens.create("agent").token
    join = (
        "SELECT c.city, sum(o.amount) AS total FROM orders o "
        "JOIN customers c ON c.id = o.customer_id GROUP BY c.city"
    )

    async def go():
        async with http_client(url, token) as c:
            out = {}
            for name, args in [
                ("list_connections", {}),
                ("describe", {"connection": "shop", "filter": "customer"}),
                (
                    "select_tables",
                    {"question": "total amount of orders per city", "connection": "shop"},
                ),
                ("lineage", {"sql": join, "connection": "shop"}),
                ("run_sql", {"sql": join, "connection": "shop"}),
                ("impact", {"target": "orders.amount"}),
                ("list_files", {}),
                (
                    "run_sql",
                    {"sql": f"SELECT sum(amount) FROM {asset.table_name}", "connection": "files"},
                ),
                ("profile", {"table": "orders", "connection": "shop"}),
                ("profile", {"table": asset.table_name}),
            ]:
                out.setdefault(name, []).append(payload(await c.call_tool(name, args)))
            return out

    with http_server(site.runtime) as url:
        out = run(go())
    names = [c["name"] for c in out["list_connections"][0]]
    assert names == ["shop", "Files"]
    described = out["describe"][0]
    assert {t["name"] for t in described["tables"]} == {"main.customers", "main.orders"}
    customers = next(t for t in described["tables"] if t["name"] == "main.customers")
    assert customers["comment"] == "People who buy"
    assert customers["columns"][0] == {
        "name": "id",
        "type": "INTEGER",
        "nullable": False,
        "primary_key": True,
        "comment": None,
    }
    orders = next(t for t in described["tables"] if t["name"] == "main.orders")
    assert orders["foreign_keys"][0]["columns"] == ["customer_id"]
    selected = out["select_tables"][0]
    assert {"main.orders", "main.customers"} <= set(selected["tables"])
    assert "orders" in selected["schema"] and selected["reasons"]
    lin = out["lineage"][0]
    assert sorted(lin["reads"]) == ["customers", "orders"] and lin["dialect"] == "duckdb"
    assert any(e["target"].endswith("total") for e in lin["edges"])
    assert sorted(out["run_sql"][0]["rows"]) == [["Oslo", 7.0], ["Paris", 15.0]]
    hits = out["impact"][0]["hits"]
    assert [h["source"] for h in hits] == ["history"]  # the agent's own query reads orders.amount
    files = out["list_files"][0]
    assert [(f["name"], f["table"], f["rows"]) for f in files] == [
        ("sales.csv", asset.table_name, 3)
    ]
    assert out["run_sql"][1]["rows"] == [[16]]
    table_profile = out["profile"][0]["profile"]
    amount = next(c for c in table_profile["columns"] if c["name"] == "amount")
    assert (amount["min"], amount["max"], amount["count"]) == (4.5, 10.5, 3)
    file_profile = out["profile"][1]["profile"]
    region = next(c for c in file_profile["columns"] if c["name"] == "region")
    assert region["distinct"] == 2

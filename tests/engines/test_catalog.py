"""Catalog introspection on every kind: tables, views, columns, keys, comments; bulk and cached."""

from __future__ import annotations

import pytest

from iopsdata.catalog import Catalog
from iopsdata.connections import ConnectionService

HAS_COMMENTS = {"postgresql", "mysql", "duckdb"}


def test_catalog_shape(ctx, sample):
    svc = ConnectionService(ctx)
    cid = svc.add("s", sample.kind, sample.options)
    cat = svc.catalog(cid)
    assert isinstance(cat, Catalog)
    assert cat.dialect == {"postgresql": "postgres"}.get(sample.kind, sample.kind)
    names = sorted(t.name for t in cat.tables)
    assert names == ["big_orders", "customers", "orders"]
    customers, orders, view = cat.find("customers"), cat.find("orders"), cat.find("big_orders")
    assert [c.name for c in customers.columns] == ["id", "name", "city"]
    assert customers.column("id").primary_key and not customers.column("id").nullable
    assert not customers.column("name").nullable and customers.column("city").nullable
    assert view.kind == "view" and customers.kind == "table"
    assert [c.name for c in view.columns] == ["id", "customer_id", "amount", "note"]
    (fk,) = orders.foreign_keys
    assert fk.columns == ("customer_id",) and fk.ref_columns == ("id",)
    assert fk.ref_table.split(".")[-1] == "customers"
    if sample.kind in HAS_COMMENTS:
        assert customers.comment == "People who buy"
        assert customers.column("city").comment == "Home city"
    if sample.kind in ("postgresql", "mysql", "duckdb"):
        assert orders.row_estimate is not None and orders.row_estimate >= 0
    assert "int" in orders.column("id").type.lower()
    # JSON round trip for the store / session state
    assert Catalog.from_dict(cat.to_dict()) == cat


def test_catalog_is_cached_until_refresh(ctx, sample_factory):
    sample = sample_factory("postgresql")
    svc = ConnectionService(ctx)
    cid = svc.add("s", "postgresql", sample.options)
    first = svc.catalog(cid)
    sample.admin("CREATE TABLE added_later (x int)")
    assert svc.catalog(cid) is first
    assert svc.catalog(cid, refresh=True).find("added_later") is not None


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["postgresql", "mysql"])
def test_thousand_tables_in_bulk(ctx, sample_factory, kind):
    sample = sample_factory(kind)
    cols = ", ".join(f"c{i} int" for i in range(19))
    if kind == "postgresql":
        sample.admin(
            "DO $$ BEGIN FOR i IN 1..1000 LOOP "
            f"EXECUTE format('CREATE TABLE wide_%s (id int PRIMARY KEY, {cols})', i); END LOOP; END $$"
        )
    else:
        import pymysql

        c = pymysql.connect(
            host="127.0.0.1", user="root", database=sample.options["database"], autocommit=True
        )
        with c.cursor() as cur:
            for i in range(1, 1001):
                cur.execute(f"CREATE TABLE wide_{i} (id int PRIMARY KEY, {cols})")
        c.close()
    cat = ConnectionService(ctx).catalog(ConnectionService(ctx).add("w", kind, sample.options))
    wide = [t for t in cat.tables if t.name.startswith("wide_")]
    assert len(wide) == 1000
    assert all(len(t.columns) == 20 and t.columns[0].primary_key for t in wide)


def test_postgres_schema_comments_reach_the_catalog(pg_url, tmp_path):
    import psycopg

    from iopsdata.connections import ConnectionService
    from tests.support.context import make_context

    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(
            "CREATE SCHEMA music; COMMENT ON SCHEMA music IS 'Digital music store: artists, albums, invoices'"
        )
        conn.execute("CREATE TABLE music.album (id int primary key, title text)")
    ctx = make_context(tmp_path)
    svc = ConnectionService(ctx)
    db = dsn.rsplit("/", 1)[1]
    cid = svc.add(
        "pg", "postgresql", {"host": "127.0.0.1", "port": 5432, "database": db, "user": "postgres"}
    )
    catalog = svc.catalog(cid, refresh=True)
    assert catalog.extra["schema_comments"] == {
        "music": "Digital music store: artists, albums, invoices"
    }
    assert catalog.find("music.album") is not None

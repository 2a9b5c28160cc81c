"""After ``USE db``, bare names mean ``db.t`` except a temp table the script created earlier."""

import pytest

from iopsdata.lineage import extract_lineage

SCRIPTS = {
    "hive": (
        "USE dw; CREATE TEMPORARY TABLE tmp_x AS SELECT id FROM ods.src; "
        "INSERT INTO TABLE out_t SELECT t.id FROM tmp_x t JOIN ods.dim d ON d.id = t.id"
    ),
    "mysql": (
        "USE dw; CREATE TEMPORARY TABLE tmp_x AS SELECT id FROM ods.src; "
        "INSERT INTO out_t SELECT t.id FROM tmp_x t JOIN ods.dim d ON d.id = t.id"
    ),
    "sparksql": (
        "USE dw; CREATE TEMPORARY VIEW tmp_x AS SELECT id FROM ods.src; "
        "INSERT INTO out_t SELECT t.id FROM tmp_x t JOIN ods.dim d ON d.id = t.id"
    ),
}


@pytest.mark.parametrize("dialect", sorted(SCRIPTS))
def test_a_temp_table_created_after_use_and_read_later_is_an_intermediate(dialect):
    lineage = extract_lineage(SCRIPTS[dialect], dialect)
    assert {t.lower() for t in lineage.reads} == {"ods.src", "ods.dim"}
    assert {t.lower() for t in lineage.writes} == {"dw.out_t"}
    assert [t.lower() for t in lineage.intermediates] == ["tmp_x"]


def test_a_bare_name_that_is_not_a_temp_table_still_takes_the_use_database():
    lineage = extract_lineage(
        "USE dw; CREATE TABLE stage_x AS SELECT id FROM ods.src; "
        "INSERT INTO out_t SELECT id FROM stage_x",
        "hive",
    )
    assert [t.lower() for t in lineage.intermediates] == ["dw.stage_x"]
    assert {t.lower() for t in lineage.writes} == {"dw.out_t"}

"""The reused tokenizers and parsers and the cheap ``;`` split give what sqlglot's own calls give."""

from __future__ import annotations

import threading

import pytest
from sqlglot import exp
from sqlglot.tokens import TokenType

from iopsdata.lineage import extract_lineage
from iopsdata.lineage.dialects import get_dialect
from iopsdata.lineage.fastparse import identifiers, parser, split_at_semicolons, tokenize

TEXTS = [
    "SELECT a FROM t",
    "SELECT a FROM t;",
    "SELECT a FROM t;  -- done",
    "SELECT ';' AS s FROM t",
    "SELECT 1 /* ; */ FROM t;",
    "SELECT a FROM t; SELECT b FROM u",
    "INSERT INTO x SELECT a FROM t;\nSELECT b FROM x;",
    ";",
    "SELECT 1 -- trailing ;",
]


def _reference_split(tokens):
    chunks = [[]]
    for tok in tokens:
        if tok.token_type == TokenType.SEMICOLON:
            chunks.append([])
        else:
            chunks[-1].append(tok)
    return chunks


@pytest.mark.parametrize("sql", TEXTS)
def test_split_matches_a_split_at_every_semicolon_token(sql):
    d = get_dialect("postgres")
    tokens = d.tokenize(sql)
    got = split_at_semicolons(sql, tokens)
    want = _reference_split(tokens)
    assert [[t.text for t in c] for c in got] == [[t.text for t in c] for c in want]


def test_reused_tokenizer_gives_the_same_tokens_and_a_new_list_each_time():
    d = get_dialect("snowflake")
    first = tokenize(d, "SELECT a FROM t")
    second = tokenize(d, "SELECT b, c FROM u WHERE x = 'y'")
    assert [t.text for t in first] == ["SELECT", "a", "FROM", "t"]
    assert [(t.token_type, t.text) for t in second] == [
        (t.token_type, t.text) for t in d.tokenize("SELECT b, c FROM u WHERE x = 'y'")
    ]


def test_each_thread_has_its_own_parser():
    d = get_dialect("postgres")
    mine = parser(d)
    assert parser(d) is mine
    other = []
    worker = threading.Thread(target=lambda: other.append(parser(d)))
    worker.start()
    worker.join()
    assert other and other[0] is not mine and other[0].dialect is d


def test_identifiers_are_the_ones_find_all_finds():
    sql = (
        'WITH c AS (SELECT a.X, b."Y" FROM s.A a JOIN B b USING (k)) '
        "SELECT X, (SELECT max(z) FROM w) AS m FROM c WHERE EXISTS (SELECT 1 FROM v)"
    )
    tree = get_dialect("postgres").parse(sql)[0]
    assert sorted(map(id, identifiers(tree))) == sorted(map(id, tree.find_all(exp.Identifier)))
    assert len(identifiers(tree)) > 10


def test_parsing_after_a_refused_statement_in_the_same_thread_is_unaffected():
    # the reused parser keeps no state from a statement it refused
    with pytest.raises(Exception, match="could not be parsed"):
        extract_lineage("SELECT FROM WHERE )", "postgres")
    lin = extract_lineage("INSERT INTO m.t SELECT a FROM s.u", "postgres")
    assert lin.reads == ("s.u",) and lin.writes == ("m.t",)

"""Rerun cost of the SQL page, measured with AppTest in one process against a reference page.

    python bench/sql_page_bench.py [--runs 15]

Prints a table and writes bench/results/sql_page.json. The reference is a rerun of a one-line
page through the same AppTest machinery, so the ratio is what the SQL page adds on this machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _timed_reruns(at, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        at.run()
        out.append(time.perf_counter() - t)
        assert not at.exception, at.exception
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    os.environ["IOPSDATA_HOME"] = tempfile.mkdtemp(prefix="iops-bench-")

    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.testing.v1 import AppTest

    original = PagesManager.__init__

    def init(self, *a, **k):  # route through app.py's st.navigation, as a running server does
        original(self, *a, **k)
        PagesManager.uses_pages_directory = False

    PagesManager.__init__ = init

    ref = AppTest.from_string("import streamlit as st\nst.title('Reference')", default_timeout=60)
    ref.run()
    rows = {"reference: one-line page": _timed_reruns(ref, args.runs)}

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("pages/sql.py").run()
    rows["SQL page, no result"] = _timed_reruns(at, args.runs)
    at.text_area(key="_sql_area").input("SELECT * FROM flights LIMIT 10000")
    at.button(key="_sql_run").click().run()
    assert at.dataframe[0].value.shape[0] == 10_000
    rows["SQL page, 10,000 × 19 result shown"] = _timed_reruns(at, args.runs)

    ref_median = statistics.median(rows["reference: one-line page"])
    results = []
    print(f"{'rerun':40} {'median ms':>10} {'p90 ms':>8} {'× ref':>6}")
    for name, times in rows.items():
        med = statistics.median(times)
        p90 = sorted(times)[int(0.9 * (len(times) - 1))]
        results.append({"case": name, "median_s": med, "p90_s": p90, "ratio": med / ref_median})
        print(f"{name:40} {med * 1000:10.1f} {p90 * 1000:8.1f} {med / ref_median:6.1f}")
    out = ROOT / "bench" / "results" / "sql_page.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"runs": args.runs, "results": results}, indent=2))


if __name__ == "__main__":
    main()

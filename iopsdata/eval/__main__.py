"""``python -m iopsdata.eval``: score Chat on a golden CSV from the command line, for CI.

    python -m iopsdata.eval --connection "Demo: NYC flights 2013" --golden golden.csv \\
        --provider openai --model gpt-5.4-mini --json verdicts.json --min-accuracy 0.8

Prints one line ``accuracy=0.850 questions=20 correct=17 …`` and exits 1 when the accuracy is
below ``--min-accuracy`` (2 for bad arguments or set-up problems). It opens the same workspace as
the app (``IOPSDATA_HOME``, the embedded default) and uses the key from the environment or the
user's saved settings. The questions are kept as the golden set ``CLI: <file name>`` so the run
shows in the Evaluate page's history.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from iopsdata.errors import IopsError

EXIT_BELOW = 1
EXIT_PROBLEM = 2


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m iopsdata.eval",
        description="Score Chat's answers against a golden set of question → SQL pairs.",
    )
    p.add_argument("--connection", required=True, help="connection name (or id, or 'files')")
    p.add_argument(
        "--golden", required=True, type=Path, help="CSV with header question,sql (or .yaml)"
    )
    p.add_argument("--provider", required=True, help="openai, anthropic, groq or openai_compatible")
    p.add_argument("--model", required=True, help="model name as the provider spells it")
    p.add_argument("--base-url", help="provider base URL (a gateway or a local server)")
    p.add_argument("--json", type=Path, help="write per-question verdicts and the summary here")
    p.add_argument("--min-accuracy", type=float, help="exit 1 when accuracy is below this (0..1)")
    p.add_argument("--temperature", type=float, default=0.0)
    p.add_argument("--cost-ceiling", type=float, help="stop after spending this many USD")
    p.add_argument("--concurrency", type=int, default=2, help="questions in flight (default 2)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return _run(args)
    except IopsError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_PROBLEM
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {getattr(exc, 'filename', '')}", file=sys.stderr)
        return EXIT_PROBLEM


def _run(args: argparse.Namespace) -> int:
    from iopsdata import Workspace
    from iopsdata.eval import files as golden_files
    from iopsdata.eval.model import RunConfig

    fmt = "yaml" if args.golden.suffix.lower() in (".yaml", ".yml") else "csv"
    _, questions = golden_files.parse(args.golden.read_bytes(), fmt)
    ws = Workspace.open()
    evals = ws.evaluate
    name = f"CLI: {args.golden.name}"[:200]
    connection = (
        ws.connections.resolve(args.connection).id if args.connection != "files" else "files"
    )
    found = next((s for s in evals.sets() if s["name"] == name), None)
    if found is not None and found["connection_id"] == connection:
        set_id = str(found["id"])
        evals.replace_questions(set_id, questions)
    else:
        if found is not None:
            name = f"{name} ({args.connection})"[:200]
        set_id = evals.create_set(name, connection, questions=questions)
    config = RunConfig(args.provider, args.model, args.temperature, True, args.base_url)
    run_id = evals.start(
        set_id, [config], cost_ceiling_usd=args.cost_ceiling, limit=max(1, args.concurrency)
    )
    run = evals.wait(run_id)
    summary = evals.summaries(run_id)[0]
    print(summary.line())
    if run["status"] != "done" and run.get("message"):
        print(f"note: run {run['status']}: {run['message']}", file=sys.stderr)
    if args.json:
        doc = {
            "run_id": run_id,
            "status": run["status"],
            "message": run.get("message"),
            "summary": summary.to_dict(),
            "verdicts": [v.to_dict() for v in evals.results(run_id)],
        }
        args.json.write_text(json.dumps(doc, indent=2, default=str))
    # Questions a stopped run never asked count against the gate: a cut-short run cannot pass it.
    gated = summary.correct / len(questions)
    if args.min_accuracy is not None and gated < args.min_accuracy:
        print(
            f"accuracy {gated:.3f} is below --min-accuracy {args.min_accuracy:.3f}",
            file=sys.stderr,
        )
        return EXIT_BELOW
    return 0


if __name__ == "__main__":
    sys.exit(main())

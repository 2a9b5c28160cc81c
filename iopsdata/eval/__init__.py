"""Evaluate: how often Chat is right on the team's own questions, per provider and model.

    ws = Workspace.open()
    set_id = ws.evaluate.add_starter_set()               # 40+ questions on the demo
    run_id = ws.evaluate.start(set_id, [RunConfig("openai", "gpt-5.4-mini")])
    ws.evaluate.wait(run_id); ws.evaluate.summaries(run_id)

``python -m iopsdata.eval`` runs a CSV golden set from the command line (for CI).
"""

from iopsdata.eval.model import CAUSES, GoldenQuestion, RunConfig, Summary, Verdict
from iopsdata.eval.service import EvalService

__all__ = ["CAUSES", "EvalService", "GoldenQuestion", "RunConfig", "Summary", "Verdict"]

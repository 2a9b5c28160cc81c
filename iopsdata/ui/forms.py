"""Forms that keep what was typed when a save is refused, and come back empty once it worked.

``st.form(clear_on_submit=True)`` empties its fields in the browser on every submit, before the
script has tried the save: a refused one ("there is no table 'flight'", "the gold SQL is
refused", a bad base URL) lost everything the user typed, and the error then described text
that was gone. The forms here are never cleared on submit; after a save that worked, ``form_saved``
moves the form's widgets to new keys, so the next run draws them empty.

    round_ = form_round("_eval_add_q")
    with st.form(f"_eval_add_q{round_}"):
        text = st.text_input("Question", key=f"_eval_q_text{round_}")
        if st.form_submit_button("Add"):
            with guarded():
                ev.add_questions(...)
                form_saved("_eval_add_q")
                st.rerun()

The first round's suffix is empty, so a form's keys are the plain ones until its first save.
"""

from __future__ import annotations

import streamlit as st

_ROUNDS = "_form_rounds"  # session state: form name -> saves so far


def form_round(name: str) -> str:
    """The suffix for the form's key and its widgets' keys in this round ("" before any save)."""
    n = st.session_state.get(_ROUNDS, {}).get(name, 0)
    return f"_{n}" if n else ""


def form_saved(name: str) -> None:
    """The form's save worked: its widgets move to fresh keys and come back empty."""
    rounds = dict(st.session_state.get(_ROUNDS, {}))
    rounds[name] = rounds.get(name, 0) + 1
    st.session_state[_ROUNDS] = rounds

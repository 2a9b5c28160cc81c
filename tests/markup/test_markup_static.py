"""Static check: no page or UI module hands non-literal text to something Streamlit renders as
Markdown without ``iopsdata.ui.text`` (``esc``, ``code``, ``codes``, ``esc_stream``).

Streamlit renders Markdown in alerts, captions, toasts, subheaders, metric labels and values and in
the labels of expanders, tabs, status boxes, buttons, checkboxes, radios and most widgets, plus
every ``help=`` tooltip (measured in Chromium: a planted image loaded from each of them). Plain-text
places (selectbox and multiselect options, ``st.code``, ``st.text``, dataframe cells) are not
sinks. An argument is accepted when it is a literal, a helper call, an ALL_CAPS constant, a number
(a formatted value with a format spec such as ``{n:,}``, or ``len(...)``), or an f-string, ``+``,
``join`` or conditional built only from those.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*ROOT.glob("pages/*.py"), *ROOT.glob("iopsdata/ui/*.py"), ROOT / "app.py"])
# method name -> positional arguments that are Markdown
SINKS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(
        (
            "markdown", "write", "caption", "info", "error", "warning", "success", "toast",
            "title", "header", "subheader", "expander", "status", "popover", "button",
            "checkbox", "toggle", "radio", "segmented_control", "pills", "selectbox",
            "multiselect", "text_input", "text_area", "number_input", "slider",
            "select_slider", "file_uploader", "download_button", "form_submit_button",
            "link_button", "page_link", "date_input", "time_input", "color_picker",
            "chat_input", "spinner",
        ),
        (0,),
    ),
    "progress": (),
    "metric": (0, 1, 2),
}  # fmt: skip
MARKDOWN_KEYWORDS = {"label", "help", "body", "text", "value", "delta", "placeholder"}
# keyword arguments that are not Markdown for a given call (a widget's initial value, not its label)
NOT_MARKDOWN = {
    ("text_input", "value"), ("text_area", "value"), ("number_input", "value"),
    ("checkbox", "value"), ("toggle", "value"), ("slider", "value"), ("date_input", "value"),
    ("text_input", "placeholder"), ("text_area", "placeholder"), ("chat_input", "placeholder"),
    ("selectbox", "placeholder"), ("multiselect", "placeholder"),
}  # fmt: skip
HELPERS = {"esc", "code", "codes", "esc_stream", "trusted_md"}
NUMBERS = {"len", "int", "round", "float"}
# Functions that build Markdown only through the helpers (each has its own test).
BUILDERS = {"table_markdown"}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def assignments(tree: ast.AST) -> dict[str, list[ast.expr]]:
    """Every value assigned to each plain name in a module (any function: conservative)."""
    out: dict[str, list[ast.expr]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        for t in targets:
            if isinstance(t, ast.Name):
                out.setdefault(t.id, []).append(value)
    return out


def safe(node: ast.expr | None, names: dict[str, list[ast.expr]] | None = None) -> bool:
    """Whether ``node`` can only produce Markdown that displays literally.

    A plain name is safe when it is an ALL_CAPS constant or every value assigned to it in the
    module is safe (loop variables and parameters are not assignments, so they never are).
    """
    names = names or {}
    if node is None:
        return True
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Name):
        values = names.get(node.id)
        rest = {k: v for k, v in names.items() if k != node.id}  # no endless recursion
        return node.id.isupper() or (bool(values) and all(safe(v, rest) for v in values))
    if isinstance(node, ast.Attribute):
        return node.attr.isupper()
    if isinstance(node, ast.JoinedStr):
        return all(safe(v, names) for v in node.values)
    if isinstance(node, ast.FormattedValue):
        return node.format_spec is not None or safe(node.value, names)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return safe(node.left, names) and safe(node.right, names)
    if isinstance(node, ast.IfExp):
        return safe(node.body, names) and safe(node.orelse, names)
    if isinstance(node, ast.BoolOp):
        return all(safe(v, names) for v in node.values)
    if isinstance(node, (ast.List, ast.Tuple)):
        return all(safe(e, names) for e in node.elts)
    if isinstance(node, (ast.GeneratorExp, ast.ListComp)):
        return safe(node.elt, names)
    if isinstance(node, ast.Call):
        name = _name(node.func)
        if name in HELPERS | NUMBERS | BUILDERS:
            return True
        if name == "counted":  # iopsdata.numbers.counted: "5,000 rows" — a number, then the noun
            return all(safe(a, names) for a in node.args[1:])
        if name == "join" and isinstance(node.func, ast.Attribute):
            return safe(node.func.value, names) and all(safe(a, names) for a in node.args)
    return False


def findings(tree: ast.AST, path: str) -> list[str]:
    """Every Markdown-rendering call in ``tree`` with an argument that is not ``safe``."""
    out = []
    names = assignments(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        name = node.func.attr
        args: list[ast.expr] = []
        if name in SINKS:
            args += [node.args[i] for i in SINKS[name] if i < len(node.args)]
            args += [
                k.value
                for k in node.keywords
                if k.arg in MARKDOWN_KEYWORDS and (name, k.arg) not in NOT_MARKDOWN
            ]
            if name in ("radio", "segmented_control", "pills"):  # their options are Markdown
                fmt = next((k.value for k in node.keywords if k.arg == "format_func"), None)
                if isinstance(fmt, ast.Lambda):
                    args.append(fmt.body)
        elif name == "tabs" and node.args:
            args.append(node.args[0])
        elif name == "update":  # st.status(...).update(label=...)
            args += [k.value for k in node.keywords if k.arg == "label"]
        elif name == "write_stream" and node.args:
            args.append(node.args[0])
        else:
            args += [k.value for k in node.keywords if k.arg == "help"]
        for arg in args:
            if not safe(arg, names):
                out.append(f"{path}:{arg.lineno}: {name}({ast.unparse(arg)[:80]})")
    return out


def test_untrusted_text_reaches_markdown_only_through_the_helper():
    problems = []
    for path in SOURCES:
        problems += findings(ast.parse(path.read_text()), str(path.relative_to(ROOT)))
    assert not problems, "Markdown sinks fed raw text (wrap with iopsdata.ui.text.esc):\n" + (
        "\n".join(problems)
    )


def test_the_check_catches_the_old_forms():
    old = """
st.error(f"**{exc.title}** — {exc.message}")
st.subheader(asset.name)
st.warning(payload["error"])
st.markdown("**Reads:** " + ", ".join(f"`{t}`" for t in reads))
box.update(label=f"{up.name}: not accepted")
st.tabs([name, "b"])
st.write_stream(stream)
col.caption(", ".join(items))
st.button("x", help=comment)
st.caption(counted(n, noun))
"""
    assert len(findings(ast.parse(old), "old")) == 10
    fixed = """
st.error(f"**{esc(exc.title)}** — {esc(exc.message)}")
st.caption(f"{n:,} rows × {len(cols)} columns")
st.markdown("**Reads:** " + codes(reads))
st.write_stream(esc_stream(stream))
st.info(NO_PROVIDER_HELP)
st.caption(counted(len(tables), "table") + ", first 60 shown")
"""
    assert findings(ast.parse(fixed), "fixed") == []

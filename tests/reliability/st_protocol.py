"""A Streamlit client that speaks the browser's websocket protocol, without a browser.

Load tests that drive Chromium measure mostly Chromium (20 browser contexts used ~70% of the two
cores). This client does what the Streamlit frontend does on the wire and nothing else: it takes the
XSRF cookie from the server, opens ``/_stcore/stream`` with the same subprotocol handshake, sends
``BackMsg.rerun_script`` with the page and the widget states, and reads ``ForwardMsg`` deltas until
``script_finished``. Widgets are found by their label in the deltas of the last run and set by id,
the way the frontend sets them; every known widget's state is sent with each rerun, as the
frontend does, and a button's trigger only with the rerun it causes.

Used by ``tests/reliability/ws_session.py`` (the load driver's browserless sessions).
"""

from __future__ import annotations

import asyncio
import re
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from typing import Any

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.Common_pb2 import FileURLs, UploadedFileInfo
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

# Element fields whose proto has an ``id`` (a widget) and a ``label``.
_VALUE_KINDS = {
    "text_input": "string_value",
    "text_area": "string_value",
    "checkbox": "bool_value",  # st.checkbox and st.toggle
    "selectbox": "string_value",
    "number_input": "double_value",
}


@dataclass
class Widget:
    kind: str
    id: str
    label: str
    options: list[str] = field(default_factory=list)


@dataclass
class Run:
    """What one script run showed: the text of every element and the widgets, in order."""

    seconds: float
    texts: list[str]
    widgets: list[Widget]
    exceptions: list[str]
    status: str

    def find(self, label: str, kind: str | None = None) -> Widget:
        for w in self.widgets:
            if w.label == label and (kind is None or w.kind == kind):
                return w
        raise LookupError(
            f"no widget {label!r} ({kind or 'any'}) in {[w.label for w in self.widgets]}"
        )

    def has_text(self, needle: str) -> bool:
        return any(needle in t for t in self.texts)


class StreamlitClient:
    """One browser tab's session, over one websocket."""

    def __init__(
        self, base: str, *, cookies: dict[str, str] | None = None, keep_frames: bool = False
    ) -> None:
        self.base = base.rstrip("/")
        self.frames: list[bytes] | None = [] if keep_frames else None
        self.cookies = dict(cookies or {})
        self.pages: dict[str, str] = {}  # page title -> page_script_hash
        self.page_hash = ""
        self._states: dict[str, WidgetState] = {}
        self._ws: Any = None
        self.session_id = ""

    async def connect(self) -> None:
        await asyncio.to_thread(self._xsrf_cookie)
        url = self.base.replace("http", "ws", 1) + "/_stcore/stream"
        xsrf = self.cookies.get("_streamlit_xsrf", "")
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        self._ws = await websockets.connect(
            url,
            subprotocols=["streamlit", xsrf] if xsrf else ["streamlit"],
            additional_headers={"Cookie": cookie} if cookie else {},
            max_size=None,
            open_timeout=30,
        )

    def _xsrf_cookie(self) -> None:
        req = urllib.request.Request(f"{self.base}/_stcore/health")
        if self.cookies:
            req.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        with urllib.request.urlopen(req, timeout=30) as r:
            for header in r.headers.get_all("Set-Cookie") or []:
                name, _, rest = header.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]

    async def close(self) -> None:
        if self._ws is not None:
            await self._ws.close()

    async def rerun(
        self,
        page: str | None = None,
        trigger: Widget | None = None,
        *,
        chat: tuple[Widget, str] | None = None,
        timeout: float = 120,
    ) -> Run:
        """Run the page's script (the current page, or ``page`` by title) and read it to the end.

        ``trigger`` is a button pressed for this run only; ``chat`` a message sent in a chat input.
        """
        msg = BackMsg()
        cs = msg.rerun_script
        if page is not None:
            self.page_hash = self.pages[page]
            self._states.clear()  # the frontend drops the other page's widgets too
        cs.page_script_hash = self.page_hash
        cs.query_string = ""
        for state in self._states.values():
            cs.widget_states.widgets.append(state)
        if trigger is not None:
            cs.widget_states.widgets.append(WidgetState(id=trigger.id, trigger_value=True))
        if chat is not None:
            state = WidgetState(id=chat[0].id)
            state.chat_input_value.data = chat[1]
            cs.widget_states.widgets.append(state)
        started = time.perf_counter()
        await self._ws.send(msg.SerializeToString())
        return await self._read_run(started, timeout)

    def set(self, widget: Widget, value: Any) -> None:
        """Set a widget's value for the next rerun (as the frontend does on input)."""
        state = WidgetState(id=widget.id)
        kind = _VALUE_KINDS.get(widget.kind)
        if kind is None:
            raise TypeError(f"cannot set a {widget.kind}")
        if widget.kind == "selectbox":
            state.string_value = str(value)
        else:
            setattr(state, kind, value)
        self._states[widget.id] = state

    async def upload(self, widget: Widget, name: str, data: bytes) -> None:
        """Send a file to a file uploader as the frontend does: ask for an upload URL over the
        websocket, PUT the bytes over HTTP (with the XSRF token), then set the widget's state."""
        request = BackMsg()
        request.file_urls_request.request_id = uuid.uuid4().hex
        request.file_urls_request.file_names.append(name)
        request.file_urls_request.session_id = self.session_id
        await self._ws.send(request.SerializeToString())
        while True:
            fwd = ForwardMsg()
            fwd.ParseFromString(await asyncio.wait_for(self._ws.recv(), 60))
            self._keep(fwd)
            if (
                fwd.WhichOneof("type") == "file_urls_response"
                and fwd.file_urls_response.response_id == request.file_urls_request.request_id
            ):
                if fwd.file_urls_response.error_msg:
                    raise RuntimeError(fwd.file_urls_response.error_msg)
                urls = fwd.file_urls_response.file_urls[0]
                break
        await asyncio.to_thread(self._put, urls.upload_url, name, data)
        state = WidgetState(id=widget.id)
        state.file_uploader_state_value.uploaded_file_info.append(
            UploadedFileInfo(
                name=name,
                size=len(data),
                file_id=urls.file_id,
                file_urls=FileURLs(
                    file_id=urls.file_id, upload_url=urls.upload_url, delete_url=urls.delete_url
                ),
            )
        )
        self._states[widget.id] = state

    def _put(self, url: str, name: str, data: bytes) -> None:
        boundary = uuid.uuid4().hex
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n"
            ).encode()
            + data
            + f"\r\n--{boundary}--\r\n".encode()
        )
        target = url if url.startswith("http") else f"{self.base}{url}"
        req = urllib.request.Request(target, data=body, method="PUT")
        req.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
        req.add_header("X-Xsrftoken", self.cookies.get("_streamlit_xsrf", ""))
        req.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        with urllib.request.urlopen(req, timeout=120) as r:
            r.read()

    def _keep(self, fwd: ForwardMsg, raw: bytes | None = None) -> None:
        if self.frames is not None:
            self.frames.append(raw if raw is not None else fwd.SerializeToString())

    async def _read_run(self, started: float, timeout: float) -> Run:
        texts: list[str] = []
        widgets: list[Widget] = []
        exceptions: list[str] = []
        status = "?"
        deadline = time.monotonic() + timeout
        while True:
            raw = await asyncio.wait_for(self._ws.recv(), max(0.1, deadline - time.monotonic()))
            fwd = ForwardMsg()
            fwd.ParseFromString(raw)
            self._keep(fwd, raw)
            kind = fwd.WhichOneof("type")
            if kind == "new_session":
                self.session_id = fwd.new_session.initialize.session_id
                for p in fwd.new_session.app_pages:
                    self.pages[p.page_name] = p.page_script_hash
            elif kind == "navigation":
                for p in fwd.navigation.app_pages:
                    self.pages[p.page_name] = p.page_script_hash
                if fwd.navigation.page_script_hash:
                    self.page_hash = fwd.navigation.page_script_hash
            elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                self._element(fwd.delta.new_element, texts, widgets, exceptions)
            elif kind == "delta" and fwd.delta.WhichOneof("type") == "add_block":
                block = fwd.delta.add_block  # an expander or status box: its label is text
                if block.WhichOneof("type") == "expandable":
                    texts.append(re.sub(r"\\(.)", r"\1", block.expandable.label))
            elif kind == "script_finished":
                status = ForwardMsg.ScriptFinishedStatus.Name(fwd.script_finished)
                if status == "FINISHED_EARLY_FOR_RERUN":  # st.rerun(): the server runs it again
                    texts, widgets, exceptions = [], [], []
                    continue
                if status != "FINISHED_FRAGMENT_RUN_SUCCESSFULLY":
                    break
        return Run(time.perf_counter() - started, texts, widgets, exceptions, status)

    @staticmethod
    def _element(el: Any, texts: list[str], widgets: list[Widget], exceptions: list[str]) -> None:
        kind = el.WhichOneof("type")
        body = getattr(el, kind)
        if kind == "exception":
            exceptions.append(f"{body.type}: {body.message}")
            return
        if kind in ("markdown", "text", "alert", "heading", "toast"):
            texts.append(re.sub(r"\\(.)", r"\1", body.body))  # Markdown escapes removed
            return
        if kind in ("dataframe", "table"):
            texts.append(_table_text(body.arrow_data.data))
            return
        label = getattr(body, "label", "")
        wid = getattr(body, "id", "")
        if wid:
            options = list(getattr(body, "options", []) or [])
            widgets.append(Widget(kind, wid, label, options))
        elif label:
            texts.append(label)


def _table_text(data: bytes) -> str:
    """A data frame as ``<table rows=N cols=C>`` plus its cells as text (for canaries)."""
    import pyarrow as pa

    if not data:
        return "<table rows=0 cols=0>"
    table = pa.ipc.open_stream(data).read_all()
    cells = " ".join(str(v) for col in table.columns for v in col.to_pylist()[:50])
    return f"<table rows={table.num_rows} cols={table.num_columns}> {cells}"

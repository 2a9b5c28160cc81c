"""A load-driver session without a browser: the same script as the Chromium session in
``load_driver.py`` (sign in, upload a CSV, then SQL on PostgreSQL, SQL on the file and Chat), spoken
over Streamlit's own websocket protocol by ``st_protocol.StreamlitClient``.

The server does exactly the work it does for a browser (the same reruns, deltas and uploads), but
the client costs a few milliseconds of CPU per action instead of a Chromium renderer, so the
figures measure the server. Each action checks its result: the caption "k rows × c columns" for a
``k`` new to the session, and the session's canary in the returned cells.
"""

from __future__ import annotations

import asyncio
import re
import time
from typing import Any

from tests.reliability.session_base import SessionBase
from tests.reliability.st_protocol import Run, StreamlitClient

CAPTION = re.compile(r"^([\d,]+) rows? × (\d+) columns?")
FILES = "Files (uploaded files)"


class ActionFailed(AssertionError):
    pass


class WsSession(SessionBase):
    """Same fields as the browser ``_Session`` that ``run_load`` reads: i, tag, frames, actions,
    retries."""

    def __init__(self, i: int, server: Any, cfg: Any, t0: float, base: str | None = None) -> None:
        from tests.reliability import load_driver as ld

        super().__init__(i, server, cfg, t0)
        self.ld = ld
        self.base = base or server.base
        self.client = StreamlitClient(self.base, keep_frames=True)

    @property
    def frames(self) -> list[bytes]:
        return self.client.frames or []

    async def run(self, _browser: Any, stop_at: float) -> None:
        try:
            await self._timed("sign_in", self._sign_in())
            await self._timed("upload", self._upload())
            step = {"sql_pg": self._sql_pg, "sql_files": self._sql_files, "chat": self._chat}
            await self.ld.act_until(self, stop_at, lambda kind: self._timed(kind, step[kind]()))
        finally:
            await self.client.close()

    async def _timed(self, kind: str, work: Any) -> None:
        started = time.monotonic()
        try:
            await asyncio.wait_for(work, self.cfg.action_timeout_s)
            ok, error = True, ""
        except Exception as exc:  # count it, reconnect, carry on
            ok, error = (
                False,
                f"{type(exc).__name__}: {str(exc).splitlines()[0][:300] if str(exc) else ''}",
            )
            try:
                await self._reconnect()
            except Exception as again:
                error += f"; reconnect failed: {type(again).__name__}"
        self.actions.append(
            self.ld.Action(self.i, kind, started - self.t0, time.monotonic() - started, ok, error)
        )

    def _check(self, run: Run) -> Run:
        if run.exceptions:
            raise ActionFailed(f"exception shown: {run.exceptions[0][:200]}")
        if run.status != "FINISHED_SUCCESSFULLY":
            raise ActionFailed(f"script run ended {run.status}")
        return run

    async def _reconnect(self) -> None:
        await self.client.close()
        frames = self.client.frames
        self.client = StreamlitClient(self.base, keep_frames=True)
        self.client.frames = frames
        await self._sign_in()

    async def _sign_in(self) -> None:
        """Sign in on the "Sign in" tab; a run that ends before the signed-in page is drawn (the
        session-cookie step reruns the page) is followed by one more rerun, as the browser's
        next render would be; counted in ``retries``, an error only after three tries."""
        if self.client._ws is None:
            await self.client.connect()
        run = self._check(await self.client.rerun())
        for attempt in range(3):
            if run.has_text("Signed in as"):
                return
            email = next((w for w in run.widgets if w.label == "Email"), None)
            if email is None:  # neither the form nor the app: render again
                run = self._check(await self.client.rerun())
                self.retries.append("sign-in page redrawn")
                continue
            self.client.set(email, self.server.emails[self.i])
            self.client.set(run.find("Password", "text_input"), self.ld.PASSWORD)
            run = self._check(await self.client.rerun(trigger=run.find("Sign in", "button")))
            if not run.has_text("Signed in as"):
                run = self._check(await self.client.rerun())
            if not run.has_text("Signed in as") and attempt < 2:
                self.retries.append("sign-in repeated")
        if not run.has_text("Signed in as"):
            shown = [t[:120] for t in run.texts if t.strip()][:6]
            raise ActionFailed(f"not signed in after Sign in; the page shows {shown}")

    async def _upload(self) -> None:
        path = self.server.files[self.i]
        run = self._check(await self.client.rerun(page="Files"))
        uploader = next(w for w in run.widgets if w.kind == "file_uploader")
        await self.client.upload(uploader, path.name, path.read_bytes())
        run = self._check(await self.client.rerun())
        run = self._check(await self.client.rerun(trigger=run.find("Add to workspace", "button")))
        pattern = re.compile(rf"{re.escape(path.name)}: ([\d,]+) rows → table (\w+)")
        match = next((m for t in run.texts if (m := pattern.search(t))), None)
        if not match:
            raise ActionFailed(f"upload not confirmed: {[t[:80] for t in run.texts][:8]}")
        rows = int(match.group(1).replace(",", ""))
        if rows != self.ld.FILE_ROWS:
            raise ActionFailed(f"uploaded {rows} rows, wrote {self.ld.FILE_ROWS}")
        self.file_table = match.group(2)

    def _expect(self, run: Run, k: int, cols: int) -> None:
        captions = [CAPTION.match(t) for t in run.texts]
        if not any(
            m and int(m.group(1).replace(",", "")) == k and int(m.group(2)) == cols
            for m in captions
        ):
            raise ActionFailed(f"no '{k} rows × {cols} columns' caption")
        if not any(self.tag in t for t in run.texts if t.startswith("<table")):
            raise ActionFailed("the session's canary is not in the result")

    async def _run_sql(self, connection: str, sql: str, k: int, cols: int) -> None:
        run = self._check(await self.client.rerun(page="SQL"))
        self.client.set(run.find("Plain editor"), True)
        self.client.set(run.find("Connection", "selectbox"), connection)
        run = self._check(await self.client.rerun())
        self.client.set(run.find("SQL", "text_area"), sql)
        run = self._check(await self.client.rerun(trigger=run.find("Run", "button")))
        self._expect(run, k, cols)

    async def _sql_pg(self) -> None:
        k = self._k(self.ld.SQL_ROWS)
        sql = f"SELECT '{self.tag}' AS tag, id, amount FROM orders WHERE id <= {k} ORDER BY id"
        await self._run_sql("warehouse", sql, k, 3)

    async def _sql_files(self) -> None:
        k = self._k(self.ld.SQL_ROWS)
        sql = f"SELECT n, tag, amount FROM {self.file_table} WHERE n <= {k} ORDER BY n"
        await self._run_sql(FILES, sql, k, 3)

    async def _chat(self) -> None:
        run = self._check(await self.client.rerun(page="Chat"))
        if self.chat_turns >= 5:
            run = self._check(await self.client.rerun(trigger=run.find("New chat", "button")))
            self.chat_turns = 0
        self.client.set(run.find("Ask about", "selectbox"), "warehouse")
        run = self._check(await self.client.rerun())
        k = self._k(self.ld.CHAT_ROWS)
        box = next(w for w in run.widgets if w.kind == "chat_input")
        run = self._check(
            await self.client.rerun(chat=(box, f"Show the first orders, tag={self.tag} k={k}"))
        )
        self.chat_turns += 1
        self._expect(run, k, 3)

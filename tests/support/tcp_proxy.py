"""A loopback TCP proxy between a client and a real database server, for fault tests.

    with TcpProxy("127.0.0.1", 5432, protocol="postgres") as proxy:
        ... connect to 127.0.0.1:proxy.port instead of 5432 ...
        proxy.kill()        # every live connection ends abruptly (RST), as if the server died
        proxy.refuse()      # new connections are refused (ECONNREFUSED): the server is down
        proxy.accept()      # ... and it is back, on the same port
        proxy.sent(marker)        # how many times the client's bytes contained ``marker``
        proxy.executions(marker)  # how many statements containing it the client asked to run

``sent`` counts raw occurrences in everything the clients sent (a marker split across two reads is
still counted once). ``executions`` reads the wire protocol: for ``"postgres"`` a simple Query, or
an Execute of a portal bound to a statement whose Parse contained the marker (a Parse that is only
described, as ADBC does to learn the result types, runs nothing); for ``"mysql"`` a COM_QUERY
packet. So "no duplicate execution" is proven from the bytes on the wire, not from the client's
word.
"""

from __future__ import annotations

import contextlib
import itertools
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

PROTOCOLS = (None, "postgres", "mysql")
_PG_UNTYPED_CODES = {80877103, 80877104, 80877102}  # SSLRequest, GSSENCRequest, CancelRequest


@dataclass
class _Link:
    """One proxied connection: the client's socket, the server's, and what the client sent."""

    id: int
    client: socket.socket
    server: socket.socket
    sent: bytearray = field(default_factory=bytearray)
    parser: _Parser | None = None
    closed: bool = False


class _Parser:
    """Splits the client→server byte stream into protocol messages and records executions."""

    def __init__(self, protocol: str, record: Callable[[bytes], None]) -> None:
        self.protocol = protocol
        self.buf = bytearray()
        self.started = False  # postgres: the untyped start-up message has been read
        self.greeted = False  # mysql: the handshake response has been read
        self.statements: dict[bytes, bytes] = {}  # postgres: prepared statement name → query
        self.portals: dict[bytes, bytes] = {}  # postgres: portal name → query
        self.record = record

    def feed(self, data: bytes) -> None:
        self.buf += data
        if self.protocol == "postgres":
            self._postgres()
        else:
            self._mysql()

    def _postgres(self) -> None:
        while True:
            if not self.started:
                if len(self.buf) < 8:
                    return
                (length,) = struct.unpack("!I", self.buf[:4])
                if len(self.buf) < length:
                    return
                (code,) = struct.unpack("!I", self.buf[4:8])
                del self.buf[:length]
                if code not in _PG_UNTYPED_CODES:
                    self.started = True
                continue
            if len(self.buf) < 5:
                return
            kind = bytes(self.buf[:1])
            (length,) = struct.unpack("!I", self.buf[1:5])
            if len(self.buf) < 1 + length:
                return
            body = bytes(self.buf[5 : 1 + length])
            del self.buf[: 1 + length]
            if kind == b"Q":
                self.record(body.rstrip(b"\0"))
            elif kind == b"P":
                name, rest = body.split(b"\0", 1)
                self.statements[name] = rest.split(b"\0", 1)[0]
            elif kind == b"B":
                portal, rest = body.split(b"\0", 1)
                self.portals[portal] = self.statements.get(rest.split(b"\0", 1)[0], b"")
            elif kind == b"E":
                self.record(self.portals.get(body.split(b"\0", 1)[0], b""))

    def _mysql(self) -> None:
        while len(self.buf) >= 4:
            length = int.from_bytes(self.buf[:3], "little")
            if len(self.buf) < 4 + length:
                return
            payload = bytes(self.buf[4 : 4 + length])
            del self.buf[: 4 + length]
            if not self.greeted:
                self.greeted = True  # the handshake response (login), not a command
                continue
            if payload[:1] == b"\x03":  # COM_QUERY
                self.record(payload[1:])


class TcpProxy:
    """Forward ``127.0.0.1:<port>`` to ``host:port``; see the module docstring.

    Args:
        host / port: the real server.
        protocol: ``"postgres"`` or ``"mysql"`` to count executions; None for raw bytes only.
    """

    def __init__(self, host: str, port: int, *, protocol: str | None = None) -> None:
        if protocol not in PROTOCOLS:
            raise ValueError(f"unknown protocol {protocol!r}")
        self.upstream = (host, int(port))
        self.protocol = protocol
        self.host = "127.0.0.1"
        self.port = 0
        self.accepted = 0  # connections forwarded so far
        self._links: dict[int, _Link] = {}
        self._executed: list[bytes] = []
        self._history = bytearray()  # everything every client sent, for ``sent``
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._listener: socket.socket | None = None
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    # -- life cycle ------------------------------------------------------------------------------
    def start(self) -> TcpProxy:
        self._listen()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._close_listener()
        self.kill()

    def __enter__(self) -> TcpProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- faults ----------------------------------------------------------------------------------
    def kill(self) -> int:
        """End every live connection abruptly: the client gets a RST (SO_LINGER 0), the server
        sees its client vanish. Returns how many connections were cut."""
        with self._lock:
            links = [link for link in self._links.values() if not link.closed]
        for link in links:
            self._drop(link, reset=True)
        return len(links)

    def refuse(self) -> None:
        """Stop listening: new connections get ECONNREFUSED, as with a server that is down.
        Live connections are left alone (call ``kill`` too for a crash)."""
        self._close_listener()

    def accept(self) -> None:
        """Listen again on the same port: the server is back."""
        if self._listener is None:
            self._listen()

    @property
    def refusing(self) -> bool:
        return self._listener is None

    @property
    def live(self) -> int:
        with self._lock:
            return sum(1 for link in self._links.values() if not link.closed)

    # -- what went over the wire -----------------------------------------------------------------
    def sent(self, marker: str | bytes) -> int:
        """How many times ``marker`` occurs in all the bytes clients sent through the proxy."""
        needle = marker.encode() if isinstance(marker, str) else marker
        with self._lock:
            return bytes(self._history).count(needle)

    def executions(self, marker: str | bytes) -> int:
        """How many statements containing ``marker`` clients asked the server to run.

        A plan request (``EXPLAIN`` without ``ANALYZE``: Chat's cost check) runs nothing and is
        not counted; :meth:`plans` counts those.
        """
        return sum(1 for text in self._texts(marker) if not _is_plan(text))

    def plans(self, marker: str | bytes) -> int:
        """How many plan requests (``EXPLAIN`` without ``ANALYZE``) contained ``marker``."""
        return sum(1 for text in self._texts(marker) if _is_plan(text))

    def _texts(self, marker: str | bytes) -> list[bytes]:
        if self.protocol is None:
            raise ValueError("executions() needs a protocol")
        needle = marker.encode() if isinstance(marker, str) else marker
        with self._lock:
            return [text for text in self._executed if needle in text]

    # -- plumbing --------------------------------------------------------------------------------
    def _listen(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        sock.listen(64)
        sock.settimeout(0.05)
        self.port = sock.getsockname()[1]
        self._listener = sock
        self._stopping.clear()
        self._thread = threading.Thread(
            target=self._accept_loop, args=(sock,), name=f"tcp-proxy-{self.port}", daemon=True
        )
        self._thread.start()

    def _close_listener(self) -> None:
        sock, self._listener = self._listener, None
        thread, self._thread = self._thread, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.close()
        if thread is not None:
            thread.join(2)

    def _accept_loop(self, sock: socket.socket) -> None:
        while self._listener is sock and not self._stopping.is_set():
            try:
                client, _ = sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                self._reset(client)
                continue
            server.settimeout(None)
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            link = _Link(next(self._ids), client, server)
            if self.protocol is not None:
                link.parser = _Parser(self.protocol, self._record)
            with self._lock:
                self._links[link.id] = link
                self.accepted += 1
            for args in ((link, client, server, True), (link, server, client, False)):
                threading.Thread(target=self._pump, args=args, daemon=True).start()

    def _record(self, text: bytes) -> None:
        # called under no lock from a pump thread; list.append is atomic
        self._executed.append(text)

    def _pump(self, link: _Link, src: socket.socket, dst: socket.socket, upstream: bool) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if upstream:
                    with self._lock:
                        link.sent += data
                        self._history += data
                    if link.parser is not None:
                        link.parser.feed(data)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            self._drop(link, reset=False)

    def _drop(self, link: _Link, *, reset: bool) -> None:
        with self._lock:
            if link.closed:
                return
            link.closed = True
        if reset:
            self._reset(link.client)
            self._reset(link.server)
        else:
            for s in (link.client, link.server):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    s.close()

    @staticmethod
    def _reset(sock: socket.socket) -> None:
        """Close with SO_LINGER 0: the peer gets a RST instead of an orderly FIN.

        ``shutdown(SHUT_RD)`` first wakes a pump thread blocked in ``recv`` on this socket (it sends
        nothing); otherwise the kernel would defer the close, and the RST, until that ``recv``
        returned."""
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RD)
        with contextlib.suppress(OSError):
            sock.close()


def _is_plan(text: bytes) -> bool:
    words = text.lstrip().upper().split(None, 2)
    return bool(words) and words[0] == b"EXPLAIN" and b"ANALYZE" not in text.upper()

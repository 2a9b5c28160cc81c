"""Canary secrets and the scanner that looks for them (issue 8, "Secrets").

A canary is a secret planted in a real run (a database password, a provider key, a user password,
``FERNET_KEY``); the scanner then searches every captured surface for it, not only as typed but
URL-encoded, base64 (at each of the three byte alignments, standard and URL-safe alphabets) and
hex, plus a middle fragment so a truncated echo is caught too. Secrets are never printed: a hit is
reported by canary kind, encoding and surface.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote, quote_plus

# Characters that survive HTML, JSON and protobuf unchanged but that URL-encoding changes, so the
# URL-encoded form is a different needle from the plain one.
SPECIALS = "!*#%@+"
FRAGMENT = 12  # length of the middle fragment searched for on its own


def make_secret(prefix: str, *, specials: bool = True) -> str:
    """A fresh, unguessable canary value (never a constant, so no file can hold it by chance)."""
    core = secrets.token_hex(12)
    return f"{prefix}{core}{SPECIALS if specials else ''}{secrets.token_hex(4)}"


@dataclass(frozen=True)
class Canary:
    """One planted secret.

    Args:
        kind: what it is, for the report (never the value).
        value: the secret as the product receives it.
        typed: the user types it into the browser, so browser→server websocket frames carry it by
            design; it must still never come back (server→browser) nor appear anywhere else.
        raw: extra binary forms (e.g. the 32 key bytes behind a Fernet key).
    """

    kind: str
    value: str = field(repr=False)
    typed: bool = False
    raw: tuple[bytes, ...] = field(default=(), repr=False)

    def needles(self) -> dict[str, bytes]:
        """Every encoding searched for, by form name."""
        out: dict[str, bytes] = {}
        value = self.value.encode()
        _forms(out, "", value)
        _forms(out, "url ", quote(self.value, safe="").encode(), b64=False)
        _forms(out, "url+ ", quote_plus(self.value).encode(), b64=False)
        middle = _middle(value)
        if middle:
            out["fragment"] = middle
        for i, blob in enumerate(self.raw):
            _forms(out, f"raw{i} ", blob)
        # de-duplicate identical needles (an alphanumeric value is its own URL encoding)
        seen: dict[bytes, str] = {}
        for name, needle in out.items():
            seen.setdefault(needle, name)
        return {name: needle for needle, name in seen.items()}


def _middle(value: bytes) -> bytes:
    """A fragment that no mask shows (``mask`` keeps 3 leading and 4 trailing characters)."""
    if len(value) < FRAGMENT + 8:
        return b""
    start = (len(value) - FRAGMENT) // 2
    return value[start : start + FRAGMENT]


def _forms(out: dict[str, bytes], label: str, value: bytes, *, b64: bool = True) -> None:
    out[f"{label}plain".strip()] = value
    hexed = binascii.hexlify(value)
    out[f"{label}hex"] = hexed
    out[f"{label}HEX"] = hexed.upper()
    if b64:
        for pad in range(3):
            for name, enc in (("b64", base64.b64encode), ("b64url", base64.urlsafe_b64encode)):
                out[f"{label}{name}@{pad}"] = aligned_b64(value, pad, enc)


def aligned_b64(value: bytes, pad: int, encode=base64.b64encode) -> bytes:
    """The base64 characters that depend only on ``value`` when it starts ``pad`` bytes past a
    3-byte boundary of a longer base64-encoded stream."""
    encoded = encode(b"\0" * pad + value).rstrip(b"=")
    first = -(-8 * pad // 6)  # the first character with no bits of the padding
    last = 8 * (pad + len(value)) // 6  # characters after this mix in the bytes that follow
    return encoded[first:last]


@dataclass(frozen=True)
class Hit:
    """A canary found on a surface (the value is never kept)."""

    kind: str
    form: str
    surface: str

    def __str__(self) -> str:
        return f"{self.kind} ({self.form}) in {self.surface}"


class Scanner:
    """Scans blobs for a set of canaries and counts what it scanned, per surface."""

    def __init__(self, canaries: Iterable[Canary]) -> None:
        self.canaries = list(canaries)
        self._needles = [(c, c.needles()) for c in self.canaries]
        self.hits: list[Hit] = []
        self.scanned: dict[str, dict[str, int]] = {}

    def scan(
        self,
        surface: str,
        data: bytes | str,
        *,
        allow_typed: bool = False,
        item: str = "",
        tally: bool = True,
    ) -> list[Hit]:
        """Scan one blob; ``allow_typed`` skips canaries the user typed (browser→server frames).

        Args:
            surface: the surface's name for the report (``ws frames (server→browser)`` ...).
            item: what exactly was scanned (a file name, a test id), added to a hit's surface.
            tally: count this blob in the report (False for a second view of the same bytes).
        """
        blob = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
        if tally:
            self.count(surface, "items", 1)
            self.count(surface, "bytes", len(blob))
        found = []
        for canary, needles in self._needles:
            if allow_typed and canary.typed:
                continue
            for form, needle in needles.items():
                if needle in blob:
                    where = f"{surface}: {item}" if item else surface
                    found.append(Hit(canary.kind, form, where))
                    break  # one hit per canary and blob is enough
        self.hits.extend(found)
        return found

    def count(self, surface: str, key: str, n: int) -> None:
        """Add a surface-specific count (frames, lines, rows...) to the report."""
        stats = self.scanned.setdefault(surface, {"items": 0, "bytes": 0})
        stats[key] = stats.get(key, 0) + n

    def found(self, blob: bytes | str, canary: Canary) -> bool:
        """Whether ``canary`` is in ``blob`` in any form (the positive controls use this)."""
        data = blob.encode() if isinstance(blob, str) else blob
        return any(n in data for n in canary.needles().values())


def frame_bytes(payload: bytes | str) -> list[bytes]:
    """A websocket payload as the scanner sees it: the raw bytes and the UTF-8 decoding with errors
    ignored (a protobuf string can be split by binary field headers only at its edges, so the
    decoded text is what a human reading a capture would see)."""
    raw = payload.encode("utf-8", "surrogatepass") if isinstance(payload, str) else bytes(payload)
    text = raw.decode("utf-8", "ignore").encode()
    return [raw] if text == raw else [raw, text]


def check_frames(
    frames: Iterable[tuple[str, str, bytes | str]],
    server_only: Mapping[str, str],
    typed: Mapping[str, str],
) -> list[str]:
    """Problems found in captured websocket frames (an empty list when clean).

    Args:
        frames: ``(test id, "sent"|"received", payload)``; ``sent`` is browser→server.
        server_only: secrets the browser must never see, in either direction, by name.
        typed: secrets the tests type into the page: allowed browser→server only, by name.
    """
    canaries = [Canary(name, value) for name, value in server_only.items() if value]
    canaries += [Canary(name, value, typed=True) for name, value in typed.items() if value]
    scanner = Scanner(canaries)
    for test_id, direction, payload in frames:
        for i, blob in enumerate(frame_bytes(payload)):
            where = f"websocket frame {direction}"
            scanner.scan(where, blob, allow_typed=direction == "sent", item=test_id, tally=not i)
    return sorted({str(h) for h in scanner.hits})

"""A loopback server with the wire shapes of Supabase Auth (GoTrue) and Storage, for HTTP-level
tests of the official ``supabase`` client. Response bodies follow the shapes Supabase returns
(session and user objects, ``{"code", "error_code", "msg"}`` auth errors, ``{"statusCode",
"error", "message"}`` storage errors). Storage applies a per-user path policy the test sets."""

from __future__ import annotations

import base64
import json
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlparse


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def make_jwt(sub: str, email: str, exp: int) -> str:
    header = _b64({"alg": "HS256", "typ": "JWT"})
    payload = _b64(
        {"sub": sub, "email": email, "role": "authenticated", "aud": "authenticated", "exp": exp}
    )
    return f"{header}.{payload}.{_b64({'sig': uuid.uuid4().hex})}"


@dataclass
class FakeSupabase:
    users: dict[str, dict] = field(default_factory=dict)  # email -> {id, password}
    tokens: dict[str, dict] = field(default_factory=dict)  # access token -> {user, exp}
    refresh: dict[str, str] = field(default_factory=dict)  # refresh token -> email
    objects: dict[str, bytes] = field(default_factory=dict)  # "bucket/path" -> bytes
    allowed_prefixes: dict[str, list[str]] = field(default_factory=dict)  # user id -> path prefixes
    requests: list[tuple[str, str, dict]] = field(default_factory=list)
    confirm_email: bool = False
    token_ttl: int = 3600

    def add_user(self, email: str, password: str) -> str:
        uid = str(uuid.uuid4())
        self.users[email] = {"id": uid, "password": password}
        return uid

    def expire_all(self) -> None:
        for info in self.tokens.values():
            info["exp"] = 0

    def user_json(self, email: str) -> dict:
        u = self.users[email]
        now = "2026-11-22T10:00:00.000000Z"
        return {
            "id": u["id"],
            "aud": "authenticated",
            "role": "authenticated",
            "email": email,
            "email_confirmed_at": now,
            "phone": "",
            "confirmed_at": now,
            "last_sign_in_at": now,
            "app_metadata": {"provider": "email", "providers": ["email"]},
            "user_metadata": {},
            "identities": [],
            "created_at": now,
            "updated_at": now,
            "is_anonymous": False,
        }

    def session_json(self, email: str) -> dict:
        exp = int(time.time()) + self.token_ttl
        access = make_jwt(self.users[email]["id"], email, exp)
        refresh = uuid.uuid4().hex
        self.tokens[access] = {"email": email, "exp": exp}
        self.refresh[refresh] = email
        return {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": self.token_ttl,
            "expires_at": exp,
            "refresh_token": refresh,
            "user": self.user_json(email),
        }


def _auth_error(status: int, code: str, msg: str) -> tuple[int, dict]:
    return status, {"code": status, "error_code": code, "msg": msg}


def _storage_error(status: int, error: str, message: str) -> tuple[int, dict]:
    return status, {"statusCode": str(status), "error": error, "message": message}


class _Handler(BaseHTTPRequestHandler):
    fake: FakeSupabase

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def _send(
        self, status: int, body: dict | list | bytes, content_type: str = "application/json"
    ) -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _bearer_user(self) -> dict | None:
        token = (self.headers.get("Authorization") or "").removeprefix("Bearer ").strip()
        info = self.fake.tokens.get(token)
        if not info or info["exp"] < time.time():
            return None
        return {"email": info["email"], "id": self.fake.users[info["email"]]["id"]}

    def do_POST(self) -> None:
        url = urlparse(self.path)
        raw = self._body()
        self.fake.requests.append(("POST", url.path, dict(self.headers)))
        if url.path == "/auth/v1/token":
            body = json.loads(raw or b"{}")
            grant = parse_qs(url.query).get("grant_type", [""])[0]
            if grant == "password":
                u = self.fake.users.get(body.get("email", ""))
                if not u or u["password"] != body.get("password"):
                    return self._send(
                        *_auth_error(400, "invalid_credentials", "Invalid login credentials")
                    )
                return self._send(200, self.fake.session_json(body["email"]))
            if grant == "refresh_token":
                email = self.fake.refresh.pop(body.get("refresh_token", ""), None)
                if email is None:
                    return self._send(
                        *_auth_error(
                            400,
                            "refresh_token_not_found",
                            "Invalid Refresh Token: Refresh Token Not Found",
                        )
                    )
                return self._send(200, self.fake.session_json(email))
        if url.path == "/auth/v1/signup":
            body = json.loads(raw or b"{}")
            if body.get("email") in self.fake.users:
                return self._send(
                    *_auth_error(422, "user_already_exists", "User already registered")
                )
            self.fake.add_user(body["email"], body["password"])
            if self.fake.confirm_email:
                return self._send(200, self.fake.user_json(body["email"]))
            return self._send(200, self.fake.session_json(body["email"]))
        if url.path == "/auth/v1/recover":
            return self._send(200, {})
        m = re.fullmatch(r"/storage/v1/object/list/([^/]+)", url.path)
        if m:
            user = self._bearer_user()
            prefix = json.loads(raw or b"{}").get("prefix", "").rstrip("/") + "/"
            if user is None or not self._may(user, prefix):
                return self._send(200, [])
            names = [
                k.split("/", 1)[1][len(prefix) :]
                for k in self.fake.objects
                if k.startswith(f"{m.group(1)}/{prefix}")
            ]
            return self._send(
                200, [{"name": n, "id": str(uuid.uuid4())} for n in names if "/" not in n]
            )
        m = re.fullmatch(r"/storage/v1/object/([^/]+)/(.+)", url.path)
        if m:
            user = self._bearer_user()
            key = f"{m.group(1)}/{unquote(m.group(2))}"
            if user is None or not self._may(user, unquote(m.group(2))):
                return self._send(
                    *_storage_error(
                        403, "Unauthorized", "new row violates row-level security policy"
                    )
                )
            self.fake.objects[key] = _multipart_payload(raw, self.headers.get("Content-Type", ""))
            return self._send(200, {"Key": key, "Id": str(uuid.uuid4())})
        return self._send(404, {"message": "no route"})

    def do_GET(self) -> None:
        url = urlparse(self.path)
        self.fake.requests.append(("GET", url.path, dict(self.headers)))
        if url.path == "/auth/v1/user":
            user = self._bearer_user()
            if user is None:
                return self._send(
                    *_auth_error(
                        403,
                        "bad_jwt",
                        "invalid JWT: unable to parse or verify signature, token has invalid claims: token is expired",
                    )
                )
            return self._send(200, self.fake.user_json(user["email"]))
        m = re.fullmatch(r"/storage/v1/object/([^/]+)/(.+)", url.path)
        if m:
            user = self._bearer_user()
            path = unquote(m.group(2))
            if user is None or not self._may(user, path):
                return self._send(*_storage_error(400, "not_found", "Object not found"))
            data = self.fake.objects.get(f"{m.group(1)}/{path}")
            if data is None:
                return self._send(*_storage_error(400, "not_found", "Object not found"))
            return self._send(200, data, "application/octet-stream")
        return self._send(404, {"message": "no route"})

    def do_DELETE(self) -> None:
        url = urlparse(self.path)
        raw = self._body()
        self.fake.requests.append(("DELETE", url.path, dict(self.headers)))
        m = re.fullmatch(r"/storage/v1/object/([^/]+)", url.path)
        if m:
            user = self._bearer_user()
            removed = []
            for prefix in json.loads(raw or b"{}").get("prefixes", []):
                if (
                    user is not None
                    and self._may(user, prefix)
                    and self.fake.objects.pop(f"{m.group(1)}/{prefix}", None) is not None
                ):
                    removed.append({"name": prefix, "bucket_id": m.group(1)})
            return self._send(200, removed)
        return self._send(404, {"message": "no route"})

    def _may(self, user: dict, path: str) -> bool:
        return any(path.startswith(p) for p in self.fake.allowed_prefixes.get(user["id"], []))


def _multipart_payload(raw: bytes, content_type: str) -> bytes:
    """The file part of a multipart upload (storage3 sends multipart/form-data), or the raw body."""
    if "multipart/form-data" not in content_type:
        return raw
    boundary = content_type.split("boundary=")[-1].strip().encode()
    for part in raw.split(b"--" + boundary):
        if b"filename=" in part:
            body = part.split(b"\r\n\r\n", 1)[1]
            return body.rsplit(b"\r\n", 1)[0]
    return raw


class SupabaseServer:
    def __init__(self) -> None:
        self.fake = FakeSupabase()
        handler = type("Handler", (_Handler,), {"fake": self.fake})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)

    def __enter__(self) -> SupabaseServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

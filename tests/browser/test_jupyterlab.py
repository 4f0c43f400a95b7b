"""Two chapters as a student runs them: JupyterLab in headless Chromium.

Starts JupyterLab on 127.0.0.1 (with a token, ``--allow-root`` for CI,
which runs as root) on a copy of ``chapters/`` (so nothing it saves can
touch the committed notebooks; autosave is off too), with the notebook's
windowing mode set to ``none`` so that every cell is in the page.  Every
request to another host is blocked.  For each chapter it checks that

* no raw MyST syntax is visible anywhere (``{exercise}``, ``{glue``,
  ``{term}``, ...), i.e. the prose reads as plain Markdown;
* the first exercise's math is rendered by MathJax (no ``$`` left);
* the first exercise's solution is out of sight: every solution cell's
  input and output are collapsed and none of its text is visible;
* the first code cells run in a real kernel, without an error;
* the same reading checks hold in Notebook 7 (``/notebooks/...``).

With ``SCREENSHOTS=1``, screenshots go to
``artifacts/screenshots/jupyterlab_<chapter>_top.png`` and
``..._exercise.png`` (``$SCREENSHOT_TAG`` is appended to the names, e.g.
``_before``); a failed attempt to run the cells is always shot.  Needs
JupyterLab (requirements.txt), Playwright and Chromium; without them the
test skips with the reason (fails on CI=true).
"""

import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import nbformat
import pytest

from .conftest import CHROMIUM, CHROMIUM_ARGS, ROOT, SCREENSHOTS
from .conftest import SHOOT, screenshot, unavailable

CHAPTERS = ["03_gradient_descent", "07_momentum"]
RUN_CODE_CELLS = 4
RAW_SYNTAX = ["{exercise}", "{solution", "{glue", "{term}", "{doc}",
              "{cite", "{ref}", "{admonition}", "{bibliography}", ":label:",
              ":class:"]
TAG = os.environ.get("SCREENSHOT_TAG", "")
NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook"

SETTINGS = {
    # every cell in the DOM, so that the checks see the whole chapter
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings":
        {"windowingMode": "none"},
    # the test runs cells: nothing may be written back
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings":
        {"autosave": False},
    # no request for news or updates (no network here)
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
        {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/apputils-extension/themes.jupyterlab-settings":
        {"theme": "JupyterLab Light"},
}


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def jupyterlab(tmp_path_factory):
    """``(base_url, token)`` of a JupyterLab serving a copy of chapters/."""
    if not CHROMIUM.exists():
        unavailable(f"Chromium not found at {CHROMIUM} (Debian: apt-get "
                    "install chromium; or set $CHROMIUM)")
    try:
        import jupyterlab  # noqa: F401
        import playwright  # noqa: F401
    except ImportError as exc:
        unavailable(f"{exc.name} is not installed "
                    "(pip install -r requirements.txt)")
    tmp = tmp_path_factory.mktemp("jupyterlab")
    root = tmp / "root"
    shutil.copytree(ROOT / "chapters", root / "chapters",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    settings = tmp / "settings"
    for name, value in SETTINGS.items():
        path = settings / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value))
    for name in ("config", "data", "runtime", "workspaces"):
        (tmp / name).mkdir()
    env = dict(os.environ,
               JUPYTERLAB_SETTINGS_DIR=str(settings),
               JUPYTERLAB_WORKSPACES_DIR=str(tmp / "workspaces"),
               JUPYTER_CONFIG_DIR=str(tmp / "config"),
               JUPYTER_RUNTIME_DIR=str(tmp / "runtime"),
               PYTHONPATH=os.pathsep.join(
                   [str(ROOT)] + [p for p in os.environ.get(
                       "PYTHONPATH", "").split(os.pathsep) if p]),
               OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1",
               MKL_NUM_THREADS="1")
    port, token = _free_port(), os.urandom(12).hex()
    log = open(tmp / "jupyterlab.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser",
         "--ip=127.0.0.1", f"--port={port}", "--allow-root",
         f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={root}",
         "--LabApp.news_url=", "--LabApp.check_for_updates_class="
         "jupyterlab.NeverCheckForUpdate"],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(
                        f"{base}/api/status?token={token}", timeout=5):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail("JupyterLab did not start:\n"
                                + (tmp / "jupyterlab.log").read_text()[-3000:])
                time.sleep(0.5)
        yield base, token
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


@pytest.fixture(scope="module")
def lab_page(jupyterlab, tmp_path_factory, playwright_session):
    base, _ = jupyterlab
    with contextlib.nullcontext(playwright_session) as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-jupyterlab")),
            executable_path=str(CHROMIUM), headless=True,
            args=CHROMIUM_ARGS, viewport={"width": 1280, "height": 900})
        context.set_default_timeout(60_000)
        blocked = []

        def route(r):
            if r.request.url.startswith(base + "/"):
                r.continue_()
            else:
                blocked.append(r.request.url)
                r.abort("blockedbyclient")

        context.route("**/*", route)
        page = context.new_page()
        page.blocked = blocked
        yield page
        context.close()


def _is_exercise(cell):
    return ("exercise" in cell.metadata.get("tags", [])
            or "{exercise}" in cell.source)


def _solution_cells(nb, exercise):
    """Indices of the cells of the solution that follows cell ``exercise``.

    Works on the student view (cells tagged ``solution``) and on the
    MyST gated syntax (cells between ``{solution-start}`` and
    ``{solution-end}``), so that the test can also show the old layout.
    """
    found, inside = [], False
    for i in range(exercise + 1, len(nb.cells)):
        cell = nb.cells[i]
        tags = cell.metadata.get("tags", [])
        if "solution" in tags:
            found.append(i)
        elif found and not inside:
            break
        if "{solution-start}" in cell.source:
            inside = True
            continue
        if "{solution-end}" in cell.source:
            break
        if inside and i not in found:
            found.append(i)
    return found


def _open(page, url, nb):
    """Open a notebook; wait for every cell, an idle kernel and MathJax."""
    page.goto(url)
    page.wait_for_function(
        "([sel, n]) => document.querySelectorAll(sel).length === n",
        arg=[f"{NOTEBOOK} .jp-Cell", len(nb.cells)])
    page.wait_for_selector(f"{NOTEBOOK} mjx-container")
    return page.locator(f"{NOTEBOOK} .jp-Cell")


def _check_reading(page, cells, nb, name):
    """No raw MyST; first exercise's math rendered; its solution folded."""
    notebook = page.locator(NOTEBOOK)
    text = notebook.inner_text()
    raw = [s for s in RAW_SYNTAX if s in text]
    assert not raw, f"{name}: raw syntax visible: {raw}"

    exercise = next(i for i, c in enumerate(nb.cells) if _is_exercise(c))
    ex_cell = cells.nth(exercise)
    assert ex_cell.locator("mjx-container").count() > 0, \
        f"{name}: no rendered math in the first exercise"
    assert "$" not in ex_cell.inner_text(), \
        f"{name}: unrendered TeX in the first exercise"

    # its solution: every cell collapsed, nothing of the answer visible
    # (a collapsed cell shows its first line: that must be a title)
    solution = _solution_cells(nb, exercise)
    assert solution, f"{name}: no solution after the first exercise"
    elsewhere = "\n".join(c.source for j, c in enumerate(nb.cells)
                          if j not in solution)
    for i in solution:
        cell = cells.nth(i)
        assert cell.locator(".jp-InputPlaceholder").count() == 1, \
            f"{name}: solution cell {i}'s input is not collapsed"
        if nb.cells[i].cell_type == "code" and nb.cells[i].outputs:
            assert cell.locator(".jp-OutputPlaceholder").count() == 1, \
                f"{name}: solution cell {i}'s output is not collapsed"
        shown = cell.inner_text()
        assert "Solution to exercise" in shown, \
            f"{name}: solution cell {i} shows no title: {shown!r}"
        for line in nb.cells[i].source.splitlines()[1:]:
            line = line.strip()
            piece = line[:40]
            if len(line) >= 8 and piece not in elsewhere:
                assert piece not in shown and piece not in text, \
                    f"{name}: solution text visible: {line!r}"


def _first_exercise(nb):
    return next(i for i, c in enumerate(nb.cells) if _is_exercise(c))


@pytest.mark.parametrize("name", CHAPTERS)
def test_chapter_in_jupyterlab(lab_page, jupyterlab, name):
    base, token = jupyterlab
    page = lab_page
    nb = nbformat.read(ROOT / "chapters" / f"{name}.ipynb", as_version=4)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / f"jupyterlab_{name}{TAG}"
    cells = _open(page, f"{base}/lab/tree/chapters/{name}.ipynb"
                        f"?token={token}&reset", nb)  # one tab only
    page.wait_for_selector(
        ".jp-NotebookPanel:not(.lm-mod-hidden) "
        ".jp-Notebook-ExecutionIndicator[data-status='idle']")

    # run the first code cells in the kernel as a student would: select
    # the cell after them, then Run > Run All Above Selected Cell.  (Key
    # presses were dropped on a busy machine; a menu command is not.)
    code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"
            and not c.metadata.get("jupyter", {}).get("source_hidden")]
    first = code[:RUN_CODE_CELLS]
    ran = ("([sel, idx]) => idx.every(i => /\\[\\d+\\]/.test("
           "document.querySelectorAll(sel)[i].querySelector("
           "'.jp-InputPrompt').textContent))")
    for attempt in range(3):
        cells.nth(first[-1] + 1).locator(
            ".jp-InputPrompt, .jp-InputPlaceholder").first.click()
        page.keyboard.press("Escape")
        page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(
            r"^Run$")).click()
        page.locator(".lm-Menu-itemLabel", has_text=re.compile(
            r"^Run All Above Selected Cell$")).click()
        try:
            page.wait_for_function(ran, arg=[f"{NOTEBOOK} .jp-Cell", first],
                                   timeout=90_000)
            break
        except Exception:
            page.screenshot(path=f"{shot}_attempt{attempt}.png")
            if attempt == 2:
                raise
    page.wait_for_selector(
        ".jp-NotebookPanel:not(.lm-mod-hidden) "
        ".jp-Notebook-ExecutionIndicator[data-status='idle']",
        timeout=180_000)
    if SHOOT:
        cells.nth(0).evaluate("e => e.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(500)
        screenshot(page, f"{shot}_top.png")
        cells.nth(_first_exercise(nb)).evaluate(
            "e => e.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(500)
        screenshot(page, f"{shot}_exercise.png")

    # the first code cells ran, without an error
    errors = []
    for i in first:
        count = cells.nth(i).locator(".jp-InputPrompt").first.inner_text()
        assert re.search(r"\[\d+\]", count), f"cell {i} did not run: {count}"
        errors += cells.nth(i).locator(
            ".jp-OutputArea-output[data-mime-type="
            "'application/vnd.jupyter.stderr']").all_inner_texts()
    assert not errors, f"{name}: errors in the first code cells: {errors}"

    _check_reading(page, cells, nb, name)
    assert not page.blocked, f"requests to other hosts: {page.blocked}"


def test_chapter_in_notebook7(lab_page, jupyterlab):
    """The same reading checks in Notebook 7 (``jupyter notebook``)."""
    try:
        import notebook  # noqa: F401
    except ImportError:
        unavailable("Notebook 7 (the notebook package) is not installed")
    base, token = jupyterlab
    name = CHAPTERS[0]
    nb = nbformat.read(ROOT / "chapters" / f"{name}.ipynb", as_version=4)
    cells = _open(lab_page, f"{base}/notebooks/chapters/{name}.ipynb"
                            f"?token={token}", nb)
    if SHOOT:
        cells.nth(_first_exercise(nb)).evaluate(
            "e => e.scrollIntoView({block: 'start'})")
        lab_page.wait_for_timeout(500)
        screenshot(lab_page, SCREENSHOTS
                   / f"jupyterlab_notebook7_{name}{TAG}.png")
    _check_reading(lab_page, cells, nb, f"{name} (Notebook 7)")
    assert not lab_page.blocked, \
        f"requests to other hosts: {lab_page.blocked}"

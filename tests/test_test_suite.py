"""The test command's own plumbing: how the work is shared by the two
workers (the root ``conftest.py``), and what keeps each process quick.

No timing is asserted here; ``--durations`` and the closing notes of
issue 14 hold the figures.
"""

import importlib.util
import json
import os
import pathlib
import subprocess
import sys
import textwrap

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _module(relpath):
    """The repository's file at ``relpath``, imported under its own name
    (``conftest`` alone would be the tests' own conftest.py)."""
    spec = importlib.util.spec_from_file_location(
        "_" + pathlib.Path(relpath).stem, ROOT / relpath)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _root_conftest():
    return _module("conftest.py")


def test_page_tests_are_shared_out_by_page_and_the_rest_by_file():
    unit = _root_conftest().work_unit
    pages = "tests/browser/test_pages.py"
    assert unit(f"{pages}::test_accessibility[chapters/07_momentum]") == \
        unit(f"{pages}::test_phone_width[chapters/07_momentum]") == \
        "page:chapters/07_momentum"
    assert unit(f"{pages}::test_lighthouse[intro]") == \
        unit(f"{pages}::test_lighthouse[chapters/07_momentum]") == \
        "lighthouse"
    assert unit(f"{pages}::test_search_snippets_have_no_raw_latex") == pages
    for nodeid, expected in [
            ("tests/test_assignments_grading.py::test_blank_notebook"
             "_scores_zero_with_hints", "tests/test_assignments_grading.py"),
            ("tests/test_optim.py::test_adam[0.1-True]",
             "tests/test_optim.py"),
            ("chapters/07_momentum.ipynb::Cell 5",
             "chapters/07_momentum.ipynb"),
            ("optlib/rates.py::optlib.rates.momentum_rate",
             "optlib/rates.py")]:
        assert unit(nodeid) == expected


def test_two_workers_run_each_unit_whole(tmp_path):
    """A real ``-n 2 --dist loadscope`` run with the repository's
    conftest: every test of a page, and every test of another file, runs
    on one worker, and the page units go to both workers. (xdist's own
    ``loadgroup`` marks are ignored by pytest 9: this would catch the
    same kind of break.)"""
    (tmp_path / "conftest.py").write_text(
        (ROOT / "conftest.py").read_text())
    (tmp_path / "tests" / "browser").mkdir(parents=True)
    record = textwrap.dedent("""
        import json, os, pathlib
        import pytest
        LOG = pathlib.Path(__file__).resolve().parents[{up}] / "ran.jsonl"

        def _ran(request):
            with LOG.open("a") as f:
                f.write(json.dumps([request.node.nodeid,
                        os.environ.get("PYTEST_XDIST_WORKER")]) + "\\n")
        """)
    pages = [f"chapters/{i:02d}_page" for i in range(1, 7)]
    (tmp_path / "tests" / "browser" / "test_pages.py").write_text(
        record.format(up=2) + textwrap.dedent(f"""
        PAGES = {pages!r}

        @pytest.mark.parametrize("docname", PAGES)
        def test_loads(request, docname):
            _ran(request)

        @pytest.mark.parametrize("docname", PAGES)
        def test_phone_width(request, docname):
            _ran(request)

        @pytest.mark.parametrize("docname", PAGES[:2])
        def test_lighthouse(request, docname):
            _ran(request)
        """))
    (tmp_path / "tests" / "test_other.py").write_text(
        record.format(up=1) + textwrap.dedent("""
        @pytest.mark.parametrize("k", range(8))
        def test_other(request, k):
            _ran(request)
        """))
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "-n", "2", "--dist", "loadscope", "--no-loadscope-reorder",
         "tests"], cwd=tmp_path, capture_output=True, text=True,
        env={k: v for k, v in os.environ.items()
             if not k.startswith("PYTEST_")}, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    ran = [json.loads(line) for line in
           (tmp_path / "ran.jsonl").read_text().splitlines()]
    assert len(ran) == 6 + 6 + 2 + 8
    unit = _root_conftest().work_unit
    workers = {}
    for nodeid, worker in ran:
        workers.setdefault(unit(nodeid), set()).add(worker)
    assert all(len(w) == 1 for w in workers.values()), workers
    assert {f"page:{p}" for p in pages} <= set(workers)
    assert "tests/test_other.py" in workers
    page_workers = set().union(*(w for u, w in workers.items()
                                 if u.startswith("page:")))
    assert page_workers == {"gw0", "gw1"}, workers


def test_reading_a_notebook_compiles_no_grammar():
    """``import nbformat`` imports jsonschema; from 4.25 on, jsonschema's
    format checkers import rfc3987-syntax, which compiles a Lark grammar
    at import: 1.7 s in every process that reads a notebook (each graded
    submission's kernel, the JupyterLab server, the build). The pinned
    jsonschema (requirements.txt) predates it."""
    done = subprocess.run(
        [sys.executable, "-c", "import sys, nbformat, otter; print("
         "sorted(m for m in ('rfc3987_syntax', 'lark') if m in "
         "sys.modules))"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]", (
        f"imported by nbformat or otter: {done.stdout.strip()}")


def _benchmark():
    return _module("benchmarks/test_command.py")


class _Report:
    def __init__(self, nodeid, worker, start, stop, when="call",
                 outcome="passed"):
        self.nodeid, self.when, self.outcome = nodeid, when, outcome
        self.start, self.stop = start, stop
        if worker:
            gateway = type("Gateway", (), {"id": worker})()
            self.node = type("Worker", (), {"gateway": gateway})()


def test_the_timing_benchmark_logs_on_the_controller_only(tmp_path,
                                                          monkeypatch):
    """benchmarks/test_command.py's plugin: one line a report, with the
    worker that ran it; inside a worker it writes nothing (the controller
    sees every report, so a worker's line would count twice)."""
    bench = _benchmark()
    log = tmp_path / "log.jsonl"
    monkeypatch.setenv(bench.LOG_ENV, str(log))
    bench.pytest_runtest_logreport(_Report("tests/test_optim.py::test_a",
                                           "gw1", 10.0, 12.5))
    rows = [json.loads(line) for line in log.read_text().splitlines()]
    assert rows == [{"nodeid": "tests/test_optim.py::test_a", "when": "call",
                     "worker": "gw1", "start": 10.0, "stop": 12.5,
                     "outcome": "passed"}]
    worker_config = type("Config", (), {"workerinput": {"workerid": "gw0"}})
    bench.pytest_configure(worker_config())
    bench.pytest_runtest_logreport(_Report("tests/test_optim.py::test_b",
                                           None, 13.0, 14.0))
    assert len(log.read_text().splitlines()) == 1


def test_the_timing_benchmark_sums_by_the_root_conftests_units():
    """Its summary counts a worker's busy time and groups the phases by
    the units conftest.py shares out (every page's tests together)."""
    pages = "tests/browser/test_pages.py"
    rows = [
        {"nodeid": f"{pages}::test_accessibility[intro]", "worker": "gw0",
         "start": 100.0, "stop": 104.0, "outcome": "passed"},
        {"nodeid": f"{pages}::test_phone_width[intro]", "worker": "gw0",
         "start": 104.0, "stop": 105.0, "outcome": "passed"},
        {"nodeid": f"{pages}::test_accessibility[chapters/02_loss]",
         "worker": "gw1", "start": 100.0, "stop": 103.0, "outcome": "failed"},
        {"nodeid": f"{pages}::test_lighthouse[intro]", "worker": "gw1",
         "start": 103.0, "stop": 110.0, "outcome": "passed"},
    ]
    lines = []
    _benchmark().summarise(rows, 90.0, 80.0, 120.0, 50.0, (1.0, 1.5, 2.0),
                           top=5, out=lines.append)
    text = "\n".join(lines)
    assert "wall: 40 s; before pytest (build, Node tests): 10 s; " \
        "pytest: 30 s" in text
    assert "worker gw0: busy 5 s, finished 25 s after the start" in text
    assert "worker gw1: busy 10 s, finished 30 s after the start" in text
    assert "     8.0  page\n" in text + "\n"          # 4 + 1 + 3
    assert "     7.0  lighthouse\n" in text + "\n"
    assert "     5.0  page:intro" in text
    assert "1 test phases failed" in text

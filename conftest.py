"""pytest hooks for the whole repository (the chapters' nbval items too).

Work units for two workers (``scripts/test.sh`` runs ``-n 2 --dist
loadscope --no-loadscope-reorder``): a unit is a test file, so that a
module's fixtures (the graded batch, a JupyterLab server) are built once,
except the page tests, whose unit is a page (its visits are cached per
page) and Lighthouse's (one process runs its three pages), so that the
longest file is shared by both workers. The units known to be long are
sent first, so that no long unit starts last while the other worker sits
idle.

(Not with ``xdist_group`` marks and ``--dist loadgroup``: pytest-xdist 3.8
adds the group to ``item._nodeid``, which pytest 9 no longer reads, so the
marks are ignored and every test becomes its own unit.)

When nbval fails a chapter cell for an unexpected output (e.g. a stderr
stream the committed notebook does not have), it names the kind of output
but not its text. This hook adds the text of the cell's new stream output
to the report, so that a failure on CI says what the cell printed.
"""

import re

import pytest

# Units sent first, longest first (measured with --durations: the graded
# batch ~35-70 s, the playground ~40 s, JupyterLab ~35 s, Lighthouse
# ~35-50 s, JupyterLite ~14 s, a page's visits and checks ~5-20 s).  Only an
# order: every unit runs wherever it comes.
FIRST = ("tests/test_assignments_grading.py",
         "tests/browser/test_playground.py",
         "tests/browser/test_jupyterlab.py",
         "lighthouse", "tests/browser/test_lite.py", "page:",
         "tests/test_assignments.py")
PAGES = "tests/browser/test_pages.py"
_PAGE_TEST = re.compile(r"(test_\w+)\[([^\]]+)\]$")


def work_unit(nodeid):
    """The unit of work a test belongs to: its file, or in the page tests
    its page (Lighthouse's pages together apart)."""
    path, _, name = nodeid.partition("::")
    m = _PAGE_TEST.match(name) if path == PAGES else None
    if not m:
        return path
    if m.group(1) == "test_lighthouse":
        return "lighthouse"
    return f"page:{m.group(2)}"


def _rank(unit):
    return next((i for i, u in enumerate(FIRST) if unit.startswith(u)),
                len(FIRST))


def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: _rank(work_unit(item.nodeid)))   # stable


def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") != "loadscope":
        return None                        # xdist's own
    from xdist.scheduler import LoadScopeScheduling

    class ByUnit(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            return work_unit(nodeid)
    return ByUnit(config, log)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    outs = getattr(item, "test_outputs", None)
    if report.when != "call" or not report.failed or not outs:
        return
    streams = [f"[{o.get('name')}] {o.get('text', '')}" for o in outs
               if o.get("output_type") == "stream"]
    if streams:
        report.sections.append(("streams the cell printed",
                                "\n".join(streams)[-4000:]))

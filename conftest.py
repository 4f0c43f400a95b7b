"""pytest hooks for the whole repository (the chapters' nbval items too).

When nbval fails a chapter cell for an unexpected output (e.g. a stderr
stream the committed notebook does not have), it names the kind of output
but not its text. This hook adds the text of the cell's new stream output
to the report, so that a failure on CI says what the cell printed.
"""

import pytest


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

"""Where the test command's minutes go (no timing asserts in tests).

Runs the README's test command (``bash scripts/test.sh``, extra
arguments passed on to pytest) and prints:

* the wall time, the part before pytest (the cached build, the
  playground's Node tests) and pytest's own;
* the machine's busy CPU seconds over the run, read from ``/proc/stat``,
  and how busy the cores were: the browsers and the graded kernels run
  outside this process tree (a sandbox), so ``time``'s user figure misses
  them, and so would any per-process count;
* each pytest worker's busy time and when it finished (an idle worker at
  the end means the work was badly shared);
* the units of work the root ``conftest.py`` shares out (a test file, a
  page of the page tests, a Lighthouse run), longest first, in seconds of
  a worker's time (setup, call and teardown).

The load average before the run is printed too: the CPU figure counts
every process on the machine, so measure on an idle one.

    python benchmarks/test_command.py [--top N] [pytest arguments ...]

It runs as ``CI=true`` (every browser test must run) and leaves the
tests' outcome as its own exit status.
"""

import importlib.util
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
LOG_ENV = "OPTLIB_TEST_TIMING"


# -- the pytest plugin (loaded in the run with -p test_command) -------------

_WORKER = []       # set in an xdist worker, which leaves the log to the


def pytest_configure(config):      # controller (it sees every report)
    if hasattr(config, "workerinput"):
        _WORKER.append(config.workerinput["workerid"])


def pytest_runtest_logreport(report):
    """On the controller (or a run without workers): one line a phase."""
    path = os.environ.get(LOG_ENV)
    if _WORKER or not path or not hasattr(report, "start"):
        return
    node = getattr(report, "node", None)          # xdist's worker
    worker = node.gateway.id if node is not None else "main"
    with open(path, "a", encoding="utf-8") as log:
        log.write(json.dumps({"nodeid": report.nodeid, "when": report.when,
                              "worker": worker, "start": report.start,
                              "stop": report.stop,
                              "outcome": report.outcome}) + "\n")


def pytest_sessionstart(session):
    path = os.environ.get(LOG_ENV)
    if path and not hasattr(session.config, "workerinput"):
        with open(path, "a", encoding="utf-8") as log:
            log.write(json.dumps({"session_start": time.time()}) + "\n")


# -- the measurement --------------------------------------------------------

def busy_cpu_seconds():
    """Busy CPU seconds of the whole machine since boot."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(v) for v in stat.readline().split()[1:9]]
    idle = fields[3] + fields[4]                  # idle, iowait
    return (sum(fields) - idle) / os.sysconf("SC_CLK_TCK")


def _root_conftest():
    spec = importlib.util.spec_from_file_location("_root_conftest",
                                                  ROOT / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def summarise(rows, session_start, t0, t1, cpu, load, top, out=print):
    work_unit = _root_conftest().work_unit       # its rule for units

    out(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
        f" (1, 5, 15 min)")
    wall = t1 - t0
    out(f"wall: {wall:.0f} s; before pytest (build, Node tests): "
        f"{(session_start or t0) - t0:.0f} s; pytest: "
        f"{t1 - (session_start or t0):.0f} s")
    if cpu is not None:
        cores = os.cpu_count() or 1
        out(f"machine busy CPU: {cpu:.0f} s over {wall:.0f} s on {cores} "
            f"cores ({cpu / wall / cores:.0%} busy)")
    workers, units, failed = {}, {}, 0
    for r in rows:
        seconds = r["stop"] - r["start"]
        w = workers.setdefault(r["worker"], [0.0, 0.0])
        w[0] += seconds
        w[1] = max(w[1], r["stop"])
        unit = work_unit(r["nodeid"])
        units[unit] = units.get(unit, 0.0) + seconds
        failed += r["outcome"] == "failed"
    for name, (seconds, end) in sorted(workers.items()):
        out(f"worker {name}: busy {seconds:.0f} s, finished "
            f"{end - t0:.0f} s after the start")
    groups = {}
    for unit, seconds in units.items():
        kind = unit.split(":")[0] if ":" in unit else unit
        groups[kind] = groups.get(kind, 0.0) + seconds
    out(f"\n{'seconds':>8s}  units of work, grouped (page: every page's "
        f"visits and checks)")
    for kind, seconds in sorted(groups.items(), key=lambda kv: -kv[1])[:top]:
        out(f"{seconds:8.1f}  {kind}")
    out(f"\n{'seconds':>8s}  the longest single units")
    for unit, seconds in sorted(units.items(), key=lambda kv: -kv[1])[:top]:
        out(f"{seconds:8.1f}  {unit}")
    if failed:
        out(f"\n{failed} test phases failed (see pytest's output above)")


def main(argv):
    top = 12
    if argv[:1] == ["--top"]:
        top, argv = int(argv[1]), argv[2:]
    log = pathlib.Path(tempfile.mkstemp(prefix="test-timing-",
                                        suffix=".jsonl")[1])
    env = {**os.environ, "CI": "true", LOG_ENV: str(log),
           "PYTHONPATH": os.pathsep.join(
               [str(ROOT / "benchmarks")]
               + [p for p in [os.environ.get("PYTHONPATH")] if p])}
    load = os.getloadavg()
    try:
        cpu0 = busy_cpu_seconds()
    except OSError:                               # not Linux
        cpu0 = None
    t0 = time.time()
    done = subprocess.run(["bash", str(ROOT / "scripts" / "test.sh"),
                           "-p", "test_command", *argv], cwd=ROOT, env=env)
    t1 = time.time()
    cpu = busy_cpu_seconds() - cpu0 if cpu0 is not None else None
    rows, session_start = [], None
    for line in log.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "session_start" in row:
            session_start = row["session_start"]
        else:
            rows.append(row)
    log.unlink()
    print("\n-- benchmarks/test_command.py " + "-" * 40)
    summarise(rows, session_start, t0, t1, cpu, load, top)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

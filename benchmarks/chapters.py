"""Seconds per chapter, each in a fresh kernel (no timing asserts in tests).

Runs every chapter (or those named) top to bottom with nbclient in a new
kernel, as ``scripts/execute_notebooks.py`` does but without writing the
notebook, with the book's one-BLAS-thread setting, and prints the wall
time, the kernel's start-up share, the CPU seconds the kernel used (less
sensitive to other load than the wall time) and the load average before
each run (figures from a busy machine are not comparable).

    python benchmarks/chapters.py [chapters/05_learning_rate.ipynb ...]
"""

import os
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"


def run(path):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(ROOT /
                                                               "chapters")}})
    t0 = time.perf_counter()
    with client.setup_kernel():
        t1 = time.perf_counter()
        for i, cell in enumerate(nb.cells):
            client.execute_cell(cell, i)
        t2 = time.perf_counter()
        cpu = _kernel_cpu(client, nb)
    return t2 - t0, t1 - t0, cpu


def _kernel_cpu(client, nb):
    """CPU seconds the kernel process has used (user + system): less
    sensitive to other load than the wall time; nan where unavailable."""
    import nbformat

    probe = nbformat.v4.new_code_cell(
        "import resource as _r; _u = _r.getrusage(_r.RUSAGE_SELF); "
        "print(_u.ru_utime + _u.ru_stime)")
    nb.cells.append(probe)                  # in memory only
    try:
        client.execute_cell(probe, len(nb.cells) - 1)
        return float(probe.outputs[0]["text"])
    except Exception:  # pragma: no cover - e.g. no resource module
        return float("nan")


def main(argv):
    import argparse
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="Default: every chapter in chapters/.")
    parser.add_argument("notebooks", nargs="*", type=pathlib.Path,
                        help="chapter notebooks to time")
    args = parser.parse_args(argv)
    missing = [str(p) for p in args.notebooks if not p.is_file()]
    if missing:
        parser.error(f"no such notebook: {', '.join(missing)}")
    paths = args.notebooks or sorted((ROOT / "chapters").glob("*.ipynb"))
    print(f"{'chapter':28s} {'seconds':>8s} {'kernel start':>13s} "
          f"{'kernel CPU':>11s} {'load (1 min)':>13s}")
    total = 0.0
    for path in paths:
        load = os.getloadavg()[0]
        seconds, start, cpu = run(path)
        total += seconds
        print(f"{path.stem:28s} {seconds:8.1f} {start:13.1f} {cpu:11.1f} "
              f"{load:13.1f}", flush=True)
    print(f"{'all':28s} {total:8.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])

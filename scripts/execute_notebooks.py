"""Execute chapter notebooks in place and store their outputs.

    python scripts/execute_notebooks.py                 # every chapter
    python scripts/execute_notebooks.py chapters/03_*.ipynb

Outputs are produced here and only here (never edited by hand): a fresh
kernel per notebook, no timing metadata, widget state stored, a small
per-cell timeout.  Prints each notebook's execution time.
"""

import argparse
import os
import pathlib
import sys
import time

import nbformat
from nbclient import NotebookClient

ROOT = pathlib.Path(__file__).resolve().parent.parent


def execute(path, timeout=120):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=timeout, kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        record_timing=False, store_widget_state=True)
    start = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - start
    if not _has_widgets(nb):
        nb.metadata.pop("widgets", None)
    nbformat.write(nb, path)
    return seconds


def _has_widgets(nb):
    state = nb.metadata.get("widgets", {})
    mime = "application/vnd.jupyter.widget-state+json"
    return bool(state.get(mime, {}).get("state"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=pathlib.Path)
    parser.add_argument("--timeout", type=int, default=120)
    args = parser.parse_args()
    paths = args.notebooks or sorted((ROOT / "chapters").glob("*.ipynb"))
    # The kernels inherit this environment: one BLAS thread, as in
    # scripts/test.sh and scripts/build.sh, so outputs reproduce there.
    os.environ.update(PYTHONHASHSEED="0", OPENBLAS_NUM_THREADS="1",
                      OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    total = 0.0
    for path in paths:
        seconds = execute(path.resolve(), args.timeout)
        total += seconds
        print(f"{path.name:40s} {seconds:6.1f} s", flush=True)
    print(f"{'total':40s} {total:6.1f} s")


if __name__ == "__main__":
    sys.exit(main())

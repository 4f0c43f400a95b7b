"""Generate the student assignments and grade submissions, with otter-grader.

Usage (from the repository root)::

    python scripts/assignments.py list
    python scripts/assignments.py generate            # all assignments
    python scripts/assignments.py generate a4 --no-run-tests
    python scripts/assignments.py grade assignments/submissions/a4 \\
        --out scores.csv [--assignment a4] [--timeout 300] [--jobs 2]

``generate`` runs ``otter assign`` on every source notebook
``assignments/source/aN_*.ipynb`` (one notebook holding prompts, solutions
and tests) and writes, for each assignment ``aN_name``:

* ``assignments/dist/aN_name/student/``: the notebook to hand out
  (solutions replaced by ``...``, public checks kept) and ``kernel_checks.py``;
* ``assignments/dist/aN_name/autograder/``: the unpacked autograder
  (``tests/*.py``, ``otter_config.json``, ``files/kernel_checks.py``);
  ``grade`` zips it on the fly, and zipping it yourself gives the file that
  Gradescope or ``otter grade`` (Docker) expect;
* ``assignments/dist/aN_name/solution/aN_name.ipynb``: the solution
  notebook with its check cells (for instructors, and for the tests).

``grade`` runs ``otter run`` (no Docker) on every ``*.ipynb`` of a folder,
each in its own process with a time limit, and writes one CSV row per
submission.  A submission that raises, never finishes, deleted its check
cells or is not a notebook is still scored, with a note: the autograder
runs its own copy of every test after the notebook has run.  Each cell has
a time limit too (``--cell-timeout``): a cell that loops for ever is
interrupted and the rest of the notebook still runs.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "assignments" / "source"
DIST = ROOT / "assignments" / "dist"

# The explanation in a failed test case's message (the last line).
HINT_RE = re.compile(r"^(?:Hint|AssertionError|\w+Error): (.*)$", re.M)


# --------------------------------------------------------------------------
# Assignments
# --------------------------------------------------------------------------


def assignments():
    """Map of assignment id (``a4_adam``) to its source notebook."""
    return {p.stem: p for p in sorted(SOURCE.glob("a[0-9]*_*.ipynb"))}


def resolve(name):
    """Assignment id from an id, an alias (``a4``) or a folder name."""
    ids = assignments()
    if name in ids:
        return name
    matches = [i for i in ids if i.split("_")[0] == name]
    if len(matches) == 1:
        return matches[0]
    raise SystemExit(f"unknown assignment {name!r}; choose one of "
                     f"{', '.join(ids)} (or a1, a2, ...)")


def _normalize(path):
    """Give a notebook stable cell ids and no outputs (clean git diffs)."""
    import nbformat
    nb = nbformat.read(path, as_version=4)
    for i, cell in enumerate(nb.cells):
        cell.id = f"cell-{i:02d}"
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cell.metadata.pop("execution", None)
    nbformat.write(nb, path)


def generate(ids=None, run_tests=True):
    """Run ``otter assign`` for each assignment; write ``assignments/dist``."""
    ids = [resolve(i) for i in ids] if ids else list(assignments())
    for aid in ids:
        src = assignments()[aid]
        t0 = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out"
            cmd = ["otter", "assign", "--no-pdfs"]
            if not run_tests:
                cmd.append("--no-run-tests")
            proc = subprocess.run(cmd + [src.name, str(out)], cwd=src.parent,
                                  capture_output=True, text=True)
            if proc.returncode != 0:
                sys.stderr.write(proc.stdout + proc.stderr)
                raise SystemExit(f"otter assign failed for {aid}")
            target = DIST / aid
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(out / "student", target / "student")
            (target / "solution").mkdir(parents=True)
            shutil.copy(out / "autograder" / f"{aid}.ipynb",
                        target / "solution" / f"{aid}.ipynb")
            (zip_path,) = (out / "autograder").glob("*.zip")
            with zipfile.ZipFile(zip_path) as zf:
                zf.extractall(target / "autograder")
        _normalize(target / "student" / f"{aid}.ipynb")
        _normalize(target / "solution" / f"{aid}.ipynb")
        print(f"{aid}: generated in {time.perf_counter() - t0:.1f} s "
              f"-> {target.relative_to(ROOT)}")


def autograder_zip(aid, directory):
    """Zip ``dist/<aid>/autograder`` into ``directory``; return the path."""
    folder = DIST / aid / "autograder"
    if not folder.is_dir():
        raise SystemExit(f"{folder} is missing: run "
                         f"`python scripts/assignments.py generate {aid}`")
    path = Path(directory) / f"{aid}-autograder.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(folder.rglob("*")):
            if f.is_file() and "__pycache__" not in f.parts:
                zf.write(f, f.relative_to(folder).as_posix())
    return path


def questions(aid):
    """Autograded questions and their points, in notebook order."""
    out = {}
    for f in sorted((DIST / aid / "autograder" / "tests").glob("*.py")):
        text = f.read_text()
        pts = re.findall(r"@test_case\(points=([0-9.]+)", text)
        out[f.stem] = sum(float(p) for p in pts)
    return out


# --------------------------------------------------------------------------
# Grading one submission (runs in a child process: see `_grade_one`)
# --------------------------------------------------------------------------


def _grade_one(submission, zip_path, cell_timeout, out_json):
    """Grade one notebook with otter; write a JSON summary to out_json."""
    import nbconvert.preprocessors as pre
    from traitlets import Bool, Integer

    class TimedExecutePreprocessor(pre.ExecutePreprocessor):
        # otter builds its ExecutePreprocessor without a cell time limit;
        # this one interrupts a cell after cell_timeout seconds, and the
        # rest of the notebook and all the tests still run.
        timeout = Integer(cell_timeout).tag(config=True)
        interrupt_on_timeout = Bool(True).tag(config=True)

    pre.ExecutePreprocessor = TimedExecutePreprocessor
    import otter.api

    summary = {"notes": [], "tests": {}}
    results = otter.api.grade_submission(str(submission), str(zip_path),
                                         quiet=True)
    if results.has_catastrophic_failure():
        summary["notes"].append(
            f"otter could not grade it: {results.summary()[:200]}")
    for name, tf in results.results.items():
        hints = []
        for r in tf.test_case_results:
            if not r.passed:
                found = HINT_RE.findall(r.message)
                hints.append(found[-1] if found else r.message.strip())
        summary["tests"][name] = {"score": tf.score,
                                  "possible": tf.possible, "hints": hints}
    nb = results.notebook
    if nb is not None:
        errors, interrupted = [], 0
        for cell in nb.cells:
            src = cell.get("source", "")
            if "grader.check" in src or "otter.Notebook(" in src:
                continue                # otter's own cells, not the student's
            for o in cell.get("outputs", []):
                if o.get("output_type") == "error":
                    if o.get("ename") == "KeyboardInterrupt":
                        interrupted += 1
                    else:
                        errors.append(f"{o.get('ename')}: "
                                      f"{o.get('evalue', '')}"[:120])
        if interrupted:
            summary["notes"].append(
                f"{interrupted} cell(s) ran longer than {cell_timeout} s "
                "and were interrupted (an endless loop?)")
        if errors:
            summary["notes"].append(
                f"{len(errors)} cell(s) raised, first: {errors[0]}")
    Path(out_json).write_text(json.dumps(summary))


def _check_cells(path):
    """Number of `grader.check(` cells in a notebook (None if unreadable)."""
    try:
        nb = json.loads(Path(path).read_text(encoding="utf-8"))
        return sum("grader.check(" in "".join(c.get("source", ""))
                   for c in nb.get("cells", [])
                   if c.get("cell_type") == "code")
    except (OSError, ValueError, AttributeError, TypeError):
        return None


def _kill_tree(proc):
    """Kill a child process and everything it started (the kernel too)."""
    import psutil
    try:
        parent = psutil.Process(proc.pid)
        family = parent.children(recursive=True) + [parent]
    except psutil.NoSuchProcess:
        return
    for p in family:
        try:
            p.kill()
        except psutil.NoSuchProcess:
            pass
    psutil.wait_procs(family, timeout=5)


def _child(submission, zip_path, cell_timeout, out_json, log):
    """Child process: grade one notebook, its output going to ``log``."""
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    _grade_one(submission, zip_path, cell_timeout, out_json)


def _new_row(submission, aid):
    qs = questions(aid)
    return {"submission": Path(submission).name, "status": "graded",
            "notes": [], "hints": [], "scores": {q: 0.0 for q in qs},
            "possible": sum(qs.values())}


def _precheck(row, submission, aid):
    """Notes from reading the notebook; False if it cannot be graded."""
    n_checks = _check_cells(submission)
    if n_checks is None:
        row["status"] = "unreadable"
        row["notes"].append("not a readable .ipynb notebook (JSON error); "
                            "scored 0")
        return False
    expected = _check_cells(DIST / aid / "solution" / f"{aid}.ipynb")
    if n_checks < expected:
        row["notes"].append(
            f"{expected - n_checks} of {expected} check cells were deleted; "
            "graded with the autograder's own tests")
    return True


def _finish(row, out_json, log, seconds):
    row["seconds"] = round(seconds, 1)
    if not Path(out_json).exists():
        row["status"] = "error"
        text = Path(log).read_text(errors="replace") if Path(
            log).exists() else ""
        last = [ln for ln in text.strip().splitlines()
                if "WARNING" not in ln][-1:] or ["no output"]
        row["notes"].append(f"otter failed: {last[0][:200]}; scored 0")
        return row
    summary = json.loads(Path(out_json).read_text())
    row["notes"] += summary["notes"]
    for q, res in summary["tests"].items():
        row["scores"][q] = float(res["score"])
        row["hints"] += [f"{q}: {h}" for h in res["hints"]]
    return row


def run_grading(tasks, jobs, tmp):
    """Grade notebooks, ``jobs`` at a time, each in its own process.

    ``tasks`` is a list of dicts with keys ``submission``, ``aid``, ``zip``
    (the autograder), ``timeout`` (seconds for the whole submission) and
    ``cell_timeout`` (seconds per cell).  With the "fork" start method
    (Linux, macOS) the children inherit the already imported otter, which
    saves seconds per submission.  A child that runs past its timeout is
    killed with its kernel and the submission scores 0 with a note.
    """
    import multiprocessing as mp
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    if method == "fork":
        import warnings
        with warnings.catch_warnings():    # otter's imports warn (traitlets)
            warnings.simplefilter("ignore", DeprecationWarning)
            import nbconvert.preprocessors  # noqa: F401  (warm the imports)
            import otter.api  # noqa: F401
    rows = {}
    pending = list(enumerate(tasks))
    running = {}
    while pending or running:
        while pending and len(running) < max(1, jobs):
            i, task = pending.pop(0)
            sub, aid = task["submission"], task["aid"]
            row = rows[i] = _new_row(sub, aid)
            if not _precheck(row, sub, aid):
                continue
            out_json = Path(tmp) / f"{i}.json"
            log = Path(tmp) / f"{i}.log"
            proc = ctx.Process(target=_child, args=(
                str(Path(sub).resolve()), str(task["zip"]),
                task["cell_timeout"], str(out_json), str(log)))
            proc.start()
            running[i] = (proc, time.perf_counter(), out_json, log)
        for i, (proc, t0, out_json, log) in list(running.items()):
            elapsed = time.perf_counter() - t0
            limit = tasks[i]["timeout"]
            if not proc.is_alive():
                proc.join()
                _finish(rows[i], out_json, log, elapsed)
                del running[i]
            elif elapsed > limit:
                _kill_tree(proc)
                proc.join()
                rows[i]["status"] = "timed out"
                rows[i]["seconds"] = round(elapsed, 1)
                rows[i]["notes"].append(
                    f"grading took longer than {limit} s and was "
                    "stopped; scored 0 (look for an endless loop)")
                del running[i]
        time.sleep(0.05)
    return [rows[i] for i in range(len(tasks))]


def grade(folder, out, aid=None, timeout=300, cell_timeout=60, jobs=1):
    """Grade every ``*.ipynb`` in ``folder``; write the CSV ``out``."""
    folder = Path(folder)
    subs = sorted(p for p in folder.glob("*.ipynb") if p.is_file())
    if not subs:
        raise SystemExit(f"no .ipynb files in {folder}")
    if aid is None:
        aid = _guess_assignment(folder, subs)
    aid = resolve(aid)
    qs = questions(aid)
    with tempfile.TemporaryDirectory() as tmp:
        zip_path = autograder_zip(aid, tmp)
        tasks = [dict(submission=sub, aid=aid, zip=zip_path,
                      timeout=timeout, cell_timeout=cell_timeout)
                 for sub in subs]
        rows = run_grading(tasks, jobs, tmp)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["submission", "status", "score", "possible", "percent",
                    *qs, "seconds", "notes", "hints"])
        for r in rows:
            total = sum(r["scores"].values())
            w.writerow([r["submission"], r["status"], _num(total),
                        _num(r["possible"]),
                        f"{100 * total / r['possible']:.1f}",
                        *(_num(r["scores"][q]) for q in qs),
                        r.get("seconds", ""), " | ".join(r["notes"]),
                        " | ".join(r["hints"])])
    for r in rows:
        total = sum(r["scores"].values())
        note = f"  [{'; '.join(r['notes'])}]" if r["notes"] else ""
        print(f"{r['submission']}: {_num(total)}/{_num(r['possible'])} "
              f"({r['status']}, {r.get('seconds', '-')} s){note}")
    print(f"wrote {out}")
    return rows


def _num(x):
    return f"{x:g}"


def _guess_assignment(folder, subs):
    for part in [folder.name, *(p.name for p in folder.parents)]:
        for aid in assignments():
            if part in (aid, aid.split("_")[0]):
                return aid
    for s in subs:
        try:
            meta = json.loads(s.read_text()).get("metadata", {})
            name = meta.get("otter", {}).get("assignment_name")
            if name:
                return name
        except (OSError, ValueError, AttributeError):
            continue
    raise SystemExit("cannot tell which assignment these are: pass "
                     "--assignment a1|a2|a3|a4")


# --------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(
        description="Generate and grade the course assignments "
                    "(otter-grader, no Docker).")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list", help="list the assignments and their points")
    g = sub.add_parser("generate", help="regenerate student versions and "
                       "autograders from assignments/source")
    g.add_argument("ids", nargs="*", help="a1 a2 ... (default: all)")
    g.add_argument("--no-run-tests", action="store_true",
                   help="skip otter's check that the solutions pass")
    r = sub.add_parser("grade", help="grade a folder of notebooks")
    r.add_argument("folder")
    r.add_argument("--out", default="scores.csv")
    r.add_argument("--assignment", default=None,
                   help="a1..a4 (default: from the folder name)")
    r.add_argument("--timeout", type=int, default=300,
                   help="seconds allowed per submission (default 300)")
    r.add_argument("--cell-timeout", type=int, default=60,
                   help="seconds allowed per cell (default 60)")
    r.add_argument("--jobs", type=int, default=1,
                   help="submissions graded in parallel (default 1)")
    args = parser.parse_args(argv)
    if args.command == "list":
        for aid in assignments():
            if (DIST / aid / "autograder").is_dir():
                qs = questions(aid)
                print(f"{aid}: {len(qs)} autograded questions, "
                      f"{_num(sum(qs.values()))} points")
            else:
                print(f"{aid}: not generated yet")
    elif args.command == "generate":
        generate(args.ids, run_tests=not args.no_run_tests)
    else:
        grade(args.folder, args.out, args.assignment, args.timeout,
              args.cell_timeout, args.jobs)


if __name__ == "__main__":
    main()

"""Grading realistic submissions end to end (scripts/assignments.py).

One module-scoped fixture grades every notebook below in one parallel
batch (two at a time, each in its own sandboxed kernel), exactly as
``python scripts/assignments.py grade`` does; each test then checks one
submission's score, status and hint.  The wrong submissions are made from
the solution notebooks, so they follow them when they change: a hang in
one branch, a cell that loops, a memory hog, a notebook that patches the
checker, a syntax error, a renamed file in a per-student subfolder, a
submission that tries to read the others and the hidden tests and to
write outside its folder, one that kills its kernel, one graded without
bubblewrap, a notebook that is not JSON, and the other assignments' work.

Each other catalogued mistake of Adam (issue 11's list), float32 work, a
kernel that imports optlib's and Keras's momentum are notebooks too, but
their checks run in this process: otter's ``Checker`` runs the
autograder's own test files on the notebook's code, and the grader's own
``_finish`` makes the row (``_otter_row``). What only a kernel can show
is shown by the batch; a kernel per notebook took ~3 s of CPU each.
"""

import csv
import importlib.util
import json
import shutil
import sys
import uuid
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "assignments" / "dist"
A1, A2, A3, A4 = ("a1_gradient_descent", "a2_momentum",
                  "a3_adagrad_rmsprop", "a4_adam")


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


asg = _load("assignments_script", ROOT / "scripts" / "assignments.py")
sys.path.insert(0, str(Path(__file__).parent))
from test_assignments import FLOAT32, KERAS  # noqa: E402

MARK = uuid.uuid4().hex[:8]
ESCAPE = f"""\
import glob, os
found = []
for path in {{paths}}:
    try:
        found.append(open(path).read()[:10] if os.path.isfile(path)
                     else os.listdir(path))
    except Exception:
        pass
for pattern in ["/tmp/grading-*/sub-*/checks/tests/*.py",
                "/tmp/*/*.ipynb", "/tmp/pytest-of-*/*/*/*.ipynb"]:
    found += glob.glob(pattern)
# the other submissions graded at the same time sit beside this one
own = os.path.dirname(os.getcwd())
found += [d for d in os.listdir(os.path.dirname(own))
          if d != os.path.basename(own)]
found += glob.glob(os.path.join(own, "checks", "**", "*.py"),
                   recursive=True)          # the tests: not there yet
for path in {{writes}}:
    try:
        with open(path, "w") as f:
            f.write("escaped")
        found.append(path)
    except Exception:
        pass
if found:                         # a leak costs this notebook a point
    article_errors = {{"leaked"}}
print(found)
"""


def _nb(aid, kind="solution"):
    return nbformat.read(DIST / aid / kind / f"{aid}.ipynb", as_version=4)


def _lean(nb):
    """Without the experiment cells (digits, paths): quicker to grade."""
    nb.cells = [c for c in nb.cells if not (c.cell_type == "code" and any(
        w in c.source for w in ("load_digits(seed", "plot_paths(",
                                "for epoch", "rosenbrock.x0", "accuracy(W",
                                "surface = ")))]
    return nb


def _edit(nb, name, old, new):
    cell = next(c for c in nb.cells if c.source.startswith(f"def {name}("))
    assert old in cell.source, f"the solution no longer has {old!r}"
    cell.source = cell.source.replace(old, new)
    return nb


def _replace_kernel(nb, name, source):
    cell = next(c for c in nb.cells if c.source.startswith(f"def {name}("))
    cell.source = source.strip()
    return nb


def _add_cell(nb, source, after=None):
    at = len(nb.cells) if after is None else next(
        i for i, c in enumerate(nb.cells) if after in c.source) + 1
    nb.cells.insert(at, nbformat.v4.new_code_cell(source))
    return nb


def _submissions(folder):
    """{name: (path, aid, options)} of the notebooks to grade."""
    subs = {}
    host_marker = folder / f"escaped-{MARK}.txt"

    def put(name, nb, aid, path=None, **opts):
        path = folder / aid / (path or f"{name}.ipynb")
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(nb, str):
            path.write_text(nb)
        else:
            nbformat.write(nb, path)
        subs[name] = (path, aid, opts)

    # a4: full notebooks
    put("solution", _nb(A4), A4, path="alice/a4_adam (1).ipynb")
    put("blank", _nb(A4, "student"), A4)
    put("hang_wd", _edit(_nb(A4), "adam_step",
                         "grad = grad + weight_decay * param",
                         "while True:\n                pass"), A4)
    escape = ESCAPE.replace("{paths}", repr([
        str(DIST / A4 / "autograder" / "tests" / "q5_article_errors.py"),
        str(DIST / A4 / "autograder"), str(ROOT / "README.md"),
        str(folder / A4 / "alice" / "a4_adam (1).ipynb"),
        str(folder / A4)])).replace("{writes}", repr([
            str(host_marker), str(ROOT / f"escaped-{MARK}.txt"),
            str(folder / A4 / "alice" / "a4_adam (1).ipynb")]))
    put("escape", _add_cell(_nb(A4), escape, after="article_errors ="), A4)
    # a4: lean notebooks (the experiments cut), one mistake each
    sol = lambda: _lean(_nb(A4))  # noqa: E731
    blank = _lean(_nb(A4, "student"))
    put("patches_checker", _add_cell(_add_cell(
        blank, "article_errors = {'square', 'sqrt', 'bias_correction'}"),
        "import kernel_checks\nkernel_checks.check = lambda *a, **k: None\n"
        "kernel_checks.grade = lambda *a, **k: None"), A4)
    put("syntax_error", _edit(sol(), "adam_step", "exp_avg *= beta1",
                              "exp_avg *= beta1)"), A4)
    put("kills_kernel", _add_cell(sol(), "import os\nos._exit(1)"), A4)
    put("loops_cell", _add_cell(sol(), "while True:\n    pass",
                                after="def adam_step("), A4, cell_timeout=10)
    put("not_json", '{"cells": [', A4)
    put("memory_hog", _add_cell(sol(), "hog = bytearray(8 * 2 ** 30)",
                                after="def adam_step("), A4)
    put("no_bwrap", sol(), A4, mode="process")
    # the other assignments
    put("wrong_sign", _edit(_lean(_nb(A2)), "sgd_step",
                            "momentum_buffer += (1 - dampening) * grad",
                            "momentum_buffer -= (1 - dampening) * grad"), A2)
    put("a3_two_mistakes", _edit(_edit(
        _lean(_nb(A3)), "adagrad_step", "state_sum += grad * grad",
        "state_sum += grad"), "rmsprop_step", "np.sqrt(square_avg) + eps",
        "np.sqrt(square_avg + eps)"), A3)
    put("a1_solution", _nb(A1), A1)
    return subs, host_marker


def _orphan_kernels(since):
    """Kernels of a grading (their connection file in a ``grading-``
    folder) started after ``since`` whose grader has gone (parent: init)."""
    import psutil
    found = []
    for p in psutil.process_iter(["cmdline", "create_time", "ppid"]):
        cmd = " ".join(p.info["cmdline"] or [])
        if ("ipykernel_launcher" in cmd and "/grading-" in cmd
                and p.info["create_time"] >= since and p.info["ppid"] == 1):
            found.append((p.pid, cmd[-80:]))
    return found


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("submissions")
    tmp = tmp_path_factory.mktemp("grading")
    subs, marker = _submissions(folder)
    mode, note = asg.choose_sandbox("auto" if asg.bwrap_available()
                                    else "process")
    tasks = [dict(submission=str(path), aid=aid, id=name,
                  autograder=str(DIST / aid / "autograder"),
                  mode=opts.get("mode", mode),
                  timeout=240, cell_timeout=opts.get("cell_timeout", 60),
                  memory_mb=4096)
             for name, (path, aid, opts) in subs.items()]
    import time
    started = time.time()
    rows = asg.run_grading(tasks, jobs=2, tmp=tmp)
    time.sleep(1)           # a kernel being stopped has a second to go
    result = dict(zip(subs, rows))
    result["_orphans"] = _orphan_kernels(started - 1)
    result["_mode"], result["_marker"], result["_folder"] = mode, marker, \
        folder
    return result


def _total(row):
    return sum(row["scores"].values())


def _points(aid):
    return asg.questions(aid)


def _lost(row, aid):
    return {q for q, p in _points(aid).items() if row["scores"][q] < p}


def _hint(row, q):
    return " ".join(row["hints_by_question"].get(q, []))


def test_solution_renamed_in_a_subfolder_scores_full_marks(graded):
    row = graded["solution"]
    assert row["status"] == "graded", row["notes"]
    assert _total(row) == row["possible"] == 8
    assert not row["hints"]
    assert not [n for n in row["notes"] if "raised" in n], row["notes"]


def test_blank_notebook_scores_zero_with_hints(graded):
    row = graded["blank"]
    assert row["status"] == "graded"
    assert _total(row) == 0
    assert "param` never changed" in _hint(row, "q1_moments")
    assert "has no value yet" in _hint(row, "q5_article_errors")


def test_float32_work_scores_full_marks(tmp_path):
    row = _otter_row(_replace_kernel(_lean(_nb(A4)), "adam_step",
                                     FLOAT32["adam_step"]), A4, tmp_path)
    assert _total(row) == 8, row["hints"]


def test_a_hang_in_the_weight_decay_branch_costs_one_point(graded):
    row = graded["hang_wd"]
    assert row["status"] == "graded", row["notes"]
    assert _total(row) == 7
    assert _lost(row, A4) == {"q4_weight_decay"}
    hint = _hint(row, "q4_weight_decay")
    assert "did not return within" in hint and "weight_decay=" in hint


def test_a_delegating_import_scores_zero_for_the_kernel(tmp_path):
    row = _otter_row(_replace_kernel(
        _lean(_nb(A4)), "adam_step", "from optlib.optim import adam_step"),
        A4, tmp_path)
    assert _total(row) == 1                      # the article question
    for q in ("q1_moments", "q2_update", "q3_bias_correction",
              "q4_weight_decay"):
        assert "is not your own code" in _hint(row, q)
        assert "optlib" in _hint(row, q)


def test_patching_the_checker_changes_nothing(graded):
    row = graded["patches_checker"]
    assert _total(row) == 1
    assert "param` never changed" in _hint(row, "q2_update")


def _otter_row(nb, aid, tmp):
    """The row the grader makes of notebook ``nb``, with the checks run in
    this process instead of a sandboxed kernel: the notebook's code cells
    run in one namespace (otter's own cells and the check calls left out,
    as the grader leaves them), then otter's ``Checker`` runs the
    autograder's own test files on it, laid out as the grader lays them
    out (``kernel_checks.py`` above ``tests/``), and the results go
    through the grader's own ``_finish``."""
    from otter.execute import Checker
    from otter.nbmeta_config import NBMetadataConfig
    ag = DIST / aid / "autograder"
    checks = tmp / "checks"
    (checks / "tests").mkdir(parents=True)
    shutil.copy(ag / "files" / "kernel_checks.py", checks)
    for t in sorted((ag / "tests").glob("*.py")):
        shutil.copy(t, checks / "tests")
    nb, _ = asg.prepare_notebook(nb)
    env = {"__name__": "__main__"}
    for cell in nb.cells:
        if cell.cell_type == "code" and "otter" not in cell.source:
            exec(compile(cell.source, "<cell>", "exec"), env)
    summary = {"notes": [], "tests": {}, "needs_review": False}
    sys.path.insert(0, str(checks))
    sys.modules.pop("kernel_checks", None)
    try:
        for path in sorted((checks / "tests").glob("*.py")):
            summary["tests"][path.stem] = asg.checks_result(Checker.check(
                str(path), NBMetadataConfig(), global_env=env))
    finally:
        sys.path.remove(str(checks))
        sys.modules.pop("kernel_checks", None)
    out = tmp / "summary.json"
    out.write_text(json.dumps(summary))
    task = {"submission": str(tmp / f"{aid}.ipynb"), "aid": aid}
    return asg._finish(asg._new_row(task), out, tmp / "log", 0.0, 0.0)


def _lean_edit(old, new, old2=None, new2=None):
    nb = _edit(_lean(_nb(A4)), "adam_step", old, new)
    return _edit(nb, "adam_step", old2, new2) if old2 else nb


# Each catalogued mistake of Adam, written into the solution notebook, and
# the questions it must cost with a phrase of their hint. The checker's
# verdicts are tested in tests/test_assignments.py; here the autograder's
# test files (which parts each question grades, its points, the hint
# reaching the feedback) are run by otter on the notebook. A kernel per
# mistake would test the grading pipeline again, which the batch above
# does (a syntax error, a hang, a blank, two other assignments' mistakes).
MISTAKES = [
    ("bias_t_minus_1", ("(1 - beta1 ** step)", "(1 - beta1 ** (step - 1))",
                        "(1 - beta2 ** step)", "(1 - beta2 ** (step - 1))"),
     {"q3_bias_correction"}, "t − 1"),
    ("bias_pow", ("(1 - beta1 ** step)", "(1 - beta1) ** step",
                  "(1 - beta2 ** step)", "(1 - beta2) ** step"),
     {"q2_update", "q3_bias_correction"}, "(1 − β)ᵗ"),
    ("eps_inside", ("np.sqrt(v_hat) + eps", "np.sqrt(v_hat + eps)"),
     {"q2_update"}, "ε goes outside the square root"),
    ("not_squared", ("(1 - beta2) * grad * grad", "(1 - beta2) * grad"),
     {"q1_moments"}, "*squared* gradient"),
    ("returns_new", ("    param -= lr * m_hat / (np.sqrt(v_hat) + eps)",
                     "    return param - lr * m_hat / (np.sqrt(v_hat) + eps)"),
     {"q1_moments", "q2_update", "q3_bias_correction", "q4_weight_decay"},
     "returned a new value"),
    ("rebinds", ("exp_avg *= beta1\n    exp_avg += (1 - beta1) * grad",
                 "exp_avg = beta1 * exp_avg + (1 - beta1) * grad"),
     {"q1_moments", "q2_update"}, "exp_avg did not change"),
]


@pytest.mark.parametrize("name,edits,lost,phrase", MISTAKES,
                         ids=[m[0] for m in MISTAKES])
def test_each_mistake_costs_its_parts_with_its_hint(name, edits, lost,
                                                    phrase, tmp_path):
    row = _otter_row(_lean_edit(*edits), A4, tmp_path)
    assert row["status"] == "graded", row["notes"]
    assert _lost(row, A4) == lost, row["hints"]
    assert _total(row) == 8 - sum(_points(A4)[q] for q in lost)
    for q in lost:
        assert phrase in _hint(row, q), (q, row["hints"])


def test_the_solution_run_by_otter_in_process_scores_full_marks(tmp_path):
    """The in-process form above can fail only on the mistake: the
    solution notebook, run the same way, scores 8 with no hint."""
    row = _otter_row(_lean(_nb(A4)), A4, tmp_path)
    assert _total(row) == row["possible"] == 8 and not row["hints"], row


def test_a_syntax_error_costs_every_kernel_part_with_its_line(graded):
    """In a real kernel: the cell does not run, and the hint says where."""
    row = graded["syntax_error"]
    assert row["status"] == "graded", row["notes"]
    lost = {"q1_moments", "q2_update", "q3_bias_correction",
            "q4_weight_decay"}
    assert _lost(row, A4) == lost, row["hints"]
    assert _total(row) == 8 - sum(_points(A4)[q] for q in lost)
    for q in lost:
        assert "has a syntax error (line" in _hint(row, q), row["hints"]


def test_keras_momentum_gets_full_marks(tmp_path):
    row = _otter_row(_replace_kernel(_lean(_nb(A2)), "sgd_step", KERAS), A2,
                     tmp_path)
    assert _total(row) == row["possible"] == 6, row["hints"]


def test_a_wrong_momentum_sign_costs_the_momentum_part_only(graded):
    row = graded["wrong_sign"]
    assert _lost(row, A2) == {"q2_momentum"}
    assert "your velocity has the wrong sign" in _hint(row, "q2_momentum")


def test_two_adaptive_mistakes_cost_two_core_parts(graded):
    row = graded["a3_two_mistakes"]
    assert _lost(row, A3) == {"q1_adagrad", "q3_rmsprop"}
    assert "*squared* gradient" in _hint(row, "q1_adagrad")
    assert "ε goes outside the square root" in _hint(row, "q3_rmsprop")
    assert _total(row) == 8 - 4


def test_assignment_1_solution(graded):
    row = graded["a1_solution"]
    assert _total(row) == row["possible"] == 5, row["hints"]


def test_a_submission_cannot_read_others_or_the_tests_nor_write_out(graded):
    if graded["_mode"] != "bwrap":
        pytest.skip("bubblewrap is not installed: no sandbox to test")
    row = graded["escape"]
    assert row["status"] == "graded"
    assert _total(row) == 8, row["hints"]        # found nothing
    assert not graded["_marker"].exists()
    assert not (ROOT / f"escaped-{MARK}.txt").exists()
    sub = graded["_folder"] / A4 / "alice" / "a4_adam (1).ipynb"
    assert "escaped" not in sub.read_text()[:100]


def test_a_kernel_that_dies_needs_review_not_zero(graded):
    row = graded["kills_kernel"]
    assert row["status"] == "needs review"
    assert any("look at this notebook by hand" in n for n in row["notes"])


def test_a_cell_that_loops_is_interrupted_and_the_rest_graded(graded):
    row = graded["loops_cell"]
    assert row["status"] == "graded"
    assert _total(row) == 8
    assert any("interrupted" in n for n in row["notes"])


def test_the_memory_limit_stops_a_hog_and_the_rest_is_graded(graded):
    row = graded["memory_hog"]
    assert row["status"] == "graded"
    assert _total(row) == 8
    assert any("MemoryError" in n for n in row["notes"]), row["notes"]


def test_without_bubblewrap_each_kernel_still_runs_apart(graded):
    """--sandbox process: no namespaces, same limits, still graded."""
    row = graded["no_bwrap"]
    assert row["status"] == "graded", row["notes"]
    assert _total(row) == 8


def test_no_kernel_outlives_its_grading(graded):
    """Every submission's kernel is stopped when its grading ends, in
    bubblewrap and without it (a kernel left behind per submission would
    fill an instructor's memory over a class)."""
    assert graded["_orphans"] == []


def test_a_broken_file_is_unreadable(graded):
    row = graded["not_json"]
    assert row["status"] == "unreadable" and _total(row) == 0


def test_feedback_csv_and_written_answers(graded, tmp_path):
    rows = [graded[n] for n in ("solution", "hang_wd", "blank")]
    asg.write_csv(rows, A4, tmp_path / "scores.csv")
    asg.write_feedback(rows, A4, tmp_path / "feedback")
    asg.export_written(rows, A4, tmp_path)
    table = list(csv.DictReader((tmp_path / "scores.csv").open()))
    assert [r["submission"] for r in table] == ["solution", "hang_wd",
                                                "blank"]
    assert table[1]["score"] == "7" and table[1]["q4_weight_decay"] == "0"
    assert "q6_written (by hand)" in table[0]
    text = (tmp_path / "feedback" / "hang_wd.md").read_text()
    assert "7 / 8" in text and "**q4_weight_decay**" in text
    assert "did not return within" in text
    written = (tmp_path / "written_answers.md").read_text()
    assert "### q6_written" in written
    assert "Without the square" in written           # the solution's text
    html = (tmp_path / "written" / "solution.html").read_text()
    assert "Without the square" in html and "def adam_step" not in html


def test_grade_command_end_to_end(graded, tmp_path, monkeypatch):
    """The command: folder walk, assignment from the folder name, outputs
    (grading itself reuses the fixture's rows)."""
    folder = graded["_folder"] / A4
    wanted = {str(p) for _, p in asg.find_submissions(folder)}
    by_file = {r["file"]: r for k, r in graded.items()
               if not k.startswith("_")}

    def fake(tasks, jobs, tmp):
        assert {t["submission"] for t in tasks} == wanted
        assert jobs == 3
        return [dict(by_file[t["submission"]], submission=t["id"])
                for t in tasks]

    monkeypatch.setattr(asg, "run_grading", fake)
    rows = asg.grade(folder, tmp_path / "out", jobs=3)
    names = {r["submission"] for r in rows}
    assert "alice" in names and "blank" in names
    assert (tmp_path / "out" / "scores.csv").exists()
    assert (tmp_path / "out" / "feedback" / "alice.md").exists()
    assert (tmp_path / "out" / "written_answers.md").exists()

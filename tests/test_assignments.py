"""Tests of the classroom assignments (assignments/, scripts/assignments.py).

Fast tests check the teaching checks (``kernel_checks``) directly, the
signatures the student notebooks ask for, and that ``assignments/dist`` is
in sync with ``assignments/source``.  One slower fixture grades a handful of
notebooks with the real grader (otter run, no Docker), two at a time: the
solution, the blank student notebook, planted mistakes made from the
solution notebook (so they follow it when it changes; one of them also
lost its check cells), a submission that raises and one that never ends.
"""

import ast
import csv
import importlib.util
import inspect
import re
import sys
import tomllib
from pathlib import Path

import nbformat
import numpy as np
import pytest

from optlib import optim

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "assignments" / "source"
DIST = ROOT / "assignments" / "dist"
KERNELS = ("sgd_step", "adagrad_step", "rmsprop_step", "adam_step")


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


kc = _load("kernel_checks", SOURCE / "kernel_checks.py")
asg = _load("assignments_script", ROOT / "scripts" / "assignments.py")
IDS = list(asg.assignments())


# --------------------------------------------------------------------------
# The teaching checks
# --------------------------------------------------------------------------


@pytest.mark.parametrize("part", list(kc.PARTS))
def test_reference_passes_every_part(part):
    name = kc.PARTS[part][0]
    kc.check(part, getattr(optim, name))


@pytest.mark.parametrize("name", KERNELS)
def test_every_known_mistake_gets_its_own_hint(name):
    """Each catalogued mistake fails some part, and the hint is its own."""
    parts = [p for p, (k, _, _) in kc.PARTS.items() if k == name]
    for variant, text in kc.MISTAKES[name]:
        hints = []
        for part in parts:
            try:
                kc.check(part, variant)
            except kc.Hint as exc:
                hints.append(str(exc))
        assert hints, f"a mistake of {name} passes every part: {text[:60]}"
        # the text before any placeholder identifies the hint
        key = max(re.split(r"\{\w+\}", text), key=len)[:40]
        assert any(key in h for h in hints), (text[:60], hints)


def _adam_no_bias(param, grad, exp_avg, exp_avg_sq, max_exp_avg_sq, step,
                  *, lr, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0,
                  amsgrad=False, decoupled_weight_decay=False):
    exp_avg *= beta1
    exp_avg += (1 - beta1) * grad
    exp_avg_sq *= beta2
    exp_avg_sq += (1 - beta2) * grad * grad
    param -= lr * exp_avg / (np.sqrt(exp_avg_sq) + eps)


def test_missing_bias_correction_costs_one_part_with_the_ratio():
    for part in ("adam_moments", "adam_update"):
        kc.check(part, _adam_no_bias)
    with pytest.raises(kc.Hint) as info:
        kc.check("adam_bias_correction", _adam_no_bias)
    msg = str(info.value)
    # at t = 1 the uncorrected m/sqrt(v) is (1 - b1)/sqrt(1 - b2) times the
    # corrected one: 0.1/sqrt(0.001) = 3.16 for the defaults
    ratio = 0.1 / np.sqrt(0.001)
    assert f"{ratio:.1f}× too large" in msg
    assert "did you forget bias correction" in msg


def test_not_in_place_and_changed_grad_are_explained():
    def returns_new(param, grad, momentum_buffer, step, *, lr, **kw):
        return param - lr * grad

    def rebinds(param, grad, momentum_buffer, step, *, lr, momentum=0.0,
                **kw):
        momentum_buffer = momentum * momentum_buffer + grad
        param -= lr * momentum_buffer

    def edits_grad(param, grad, momentum_buffer, step, *, lr, **kw):
        grad *= lr
        param -= grad

    with pytest.raises(kc.Hint, match="returned a value but left"):
        kc.check("gd_step", returns_new)
    with pytest.raises(kc.Hint, match="momentum_buffer did not change"):
        kc.check("momentum", rebinds)
    with pytest.raises(kc.Hint, match="changed `grad`"):
        kc.check("gd_step", edits_grad)
    with pytest.raises(kc.Hint, match="is not defined"):
        kc.check("gd_step", None)


def test_loop_and_minibatch_checks_teach():
    def no_copy(surface, xy0, lr, steps):
        xy = np.array(xy0, dtype=float)
        path = [xy]
        for t in range(steps):
            xy -= lr * surface.grad(xy)
            path.append(xy)
        return np.array(path)

    def in_order(n, batch_size, rng):
        idx = np.arange(n)
        batch_size = batch_size or n
        return [idx[i:i + batch_size] for i in range(0, n, batch_size)]

    with pytest.raises(kc.Hint, match=r"Append `xy.copy\(\)`"):
        kc.check_descent(no_copy)
    with pytest.raises(kc.Hint, match="shuffle once per epoch"):
        kc.check_minibatches(in_order)


# --------------------------------------------------------------------------
# Sources, generated versions, configuration
# --------------------------------------------------------------------------


def _cells(path):
    return nbformat.read(path, as_version=4).cells


@pytest.mark.parametrize("aid", IDS)
def test_student_kernels_have_optlibs_signatures(aid):
    """Every kernel the student writes has optlib's exact signature."""
    found = 0
    for cell in _cells(DIST / aid / "student" / f"{aid}.ipynb"):
        if cell.cell_type != "code":
            continue
        for node in ast.parse(cell.source).body:
            if isinstance(node, ast.FunctionDef) and node.name in KERNELS:
                found += 1
                ns = {}
                stub = ast.Module(body=[node], type_ignores=[])
                exec(compile(stub, aid, "exec"), ns)
                mine = inspect.signature(ns[node.name])
                ref = inspect.signature(getattr(optim, node.name))
                assert mine == ref, (aid, str(mine), str(ref))
    assert found >= 1


@pytest.mark.parametrize("aid", IDS)
def test_dist_is_in_sync_with_source(aid):
    """`python scripts/assignments.py generate` was run after every edit."""
    src = _cells(SOURCE / f"{aid}.ipynb")
    def functions(code):
        out = set()
        for node in ast.parse(code).body:
            if isinstance(node, ast.FunctionDef):
                node.decorator_list = []
                out.add(ast.dump(node))
        return out

    tests_dir = DIST / aid / "autograder" / "tests"
    generated = set().union(*(functions(f.read_text())
                              for f in tests_dir.glob("*.py")))
    wanted = set().union(*(
        functions(c.source.split("# END TEST CONFIG", 1)[1])
        for c in src if "# BEGIN TEST CONFIG" in c.source))
    assert wanted and wanted == generated
    checks = (SOURCE / "kernel_checks.py").read_text()
    for copy_ in (DIST / aid / "student" / "kernel_checks.py",
                  DIST / aid / "autograder" / "files" / "kernel_checks.py"):
        assert copy_.read_text() == checks
    # solutions stripped: no marker and no solution line in the student copy
    student = "\n".join(c.source for c in
                        _cells(DIST / aid / "student" / f"{aid}.ipynb")
                        if c.cell_type == "code")
    assert "SOLUTION" not in student
    solution_lines = []
    for c in src:
        if c.cell_type == "code" and "# BEGIN SOLUTION" in c.source:
            inner = c.source.split("# BEGIN SOLUTION")[1]
            inner = inner.split("# END SOLUTION")[0]
            solution_lines += [ln.strip() for ln in inner.splitlines()
                               if len(ln.strip()) > 12]
        elif c.cell_type == "code" and "# SOLUTION" in c.source:
            solution_lines += [c.source.split("#")[0].strip()]
    assert solution_lines
    assert not [ln for ln in solution_lines if ln in student]


def test_assignments_stay_out_of_nbval_and_the_book():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "assignments" in conf["tool"]["pytest"]["ini_options"][
        "norecursedirs"]
    book = (ROOT / "_config.yml").read_text()
    excluded = book.split("exclude_patterns:")[1].split("\n\n")[0]
    assert re.search(r"^\s*-\s*assignments\s*$", excluded, re.M)


# --------------------------------------------------------------------------
# Grading real notebooks (one fixture, graded two at a time)
# --------------------------------------------------------------------------

A4, A2 = "a4_adam", "a2_momentum"


def _solution(aid):
    return nbformat.read(DIST / aid / "solution" / f"{aid}.ipynb",
                         as_version=4)


def _edit_kernel(nb, name, old, new):
    cell = next(c for c in nb.cells if c.source.startswith(f"def {name}("))
    assert old in cell.source, f"the solution no longer has {old!r}"
    cell.source = cell.source.replace(old, new)
    return nb


def _submissions(folder):
    """The graded notebooks, built from the solution / student versions."""
    subs = {}

    def put(name, nb, aid, **limits):
        path = folder / f"{name}.ipynb"
        nbformat.write(nb, path)
        subs[name] = dict(submission=path, aid=aid, **limits)

    put("solution", _solution(A4), A4)
    put("blank", nbformat.read(DIST / A4 / "student" / f"{A4}.ipynb",
                               as_version=4), A4)
    # a missing bias correction, and the check cells deleted (graded from
    # the autograder's own tests all the same): one notebook, two cases
    nb = _edit_kernel(_solution(A4), "adam_step",
                      "m_hat = exp_avg / (1 - beta1 ** step)",
                      "m_hat = exp_avg")
    nb = _edit_kernel(nb, "adam_step", "v_hat = v / (1 - beta2 ** step)",
                      "v_hat = v")
    nb.cells = [c for c in nb.cells if c.cell_type != "code"
                or "grader.check" not in c.source]
    put("no_bias_correction", nb, A4)
    put("raises", _edit_kernel(
        _solution(A4), "adam_step", "    if weight_decay != 0:",
        "    raise RuntimeError('not done yet')\n    if weight_decay != 0:"),
        A4)
    nb = _solution(A4)
    at = next(i for i, c in enumerate(nb.cells)
              if c.source.startswith("def adam_step("))
    nb.cells.insert(at + 1, nbformat.v4.new_code_cell("while True:\n    pass"))
    put("loops", nb, A4, timeout=6)
    put("wrong_momentum_sign", _edit_kernel(
        _solution(A2), "sgd_step",
        "momentum_buffer += (1 - dampening) * grad",
        "momentum_buffer -= (1 - dampening) * grad"), A2)
    return subs


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("grading")
    subs = _submissions(tmp)
    zips = {aid: asg.autograder_zip(aid, tmp) for aid in (A4, A2)}
    tasks = [dict(submission=s["submission"], aid=s["aid"],
                  zip=zips[s["aid"]], timeout=s.get("timeout", 150),
                  cell_timeout=60) for s in subs.values()]
    rows = asg.run_grading(tasks, jobs=2, tmp=tmp)
    return dict(zip(subs, rows))


def _total(row):
    return sum(row["scores"].values())


def test_solution_scores_full_marks(graded):
    row = graded["solution"]
    assert row["status"] == "graded"
    assert _total(row) == row["possible"] == sum(asg.questions(A4).values())
    assert not row["hints"]


def test_blank_student_notebook_scores_zero(graded):
    row = graded["blank"]
    assert row["status"] == "graded"
    assert _total(row) == 0
    assert len(row["hints"]) == len(asg.questions(A4))
    assert any("has no value yet" in h for h in row["hints"])


def test_missing_bias_correction_partial_score_and_hint(graded):
    row = graded["no_bias_correction"]
    points = asg.questions(A4)
    assert _total(row) == row["possible"] - points["q3_bias_correction"]
    assert row["scores"]["q3_bias_correction"] == 0
    (hint,) = row["hints"]
    assert hint.startswith("q3_bias_correction:")
    assert "too large — did you forget bias correction?" in hint


def test_wrong_momentum_sign_partial_score_and_hint(graded):
    row = graded["wrong_momentum_sign"]
    points = asg.questions(A2)
    # the buffer is used by the momentum, dampening and nesterov parts;
    # the plain step and the minibatches do not touch it
    lost = {"q2_momentum", "q3_dampening", "q4_nesterov"}
    assert _total(row) == sum(p for q, p in points.items() if q not in lost)
    assert {h.split(":")[0] for h in row["hints"]} == lost
    for h in row["hints"]:
        assert "your velocity has the wrong sign" in h
        assert "v ← μv + g, θ ← θ − lr·v" in h


def test_raising_submission_is_graded(graded):
    row = graded["raises"]
    assert row["status"] == "graded"
    assert _total(row) == asg.questions(A4)["q5_article_errors"]
    assert any("RuntimeError: not done yet" in n for n in row["notes"])
    assert any("adam_step raised RuntimeError" in h for h in row["hints"])


def test_deleted_check_cells_are_graded_with_a_note(graded):
    row = graded["no_bias_correction"]        # its check cells are gone
    n_checks = len(asg.questions(A4))      # one check cell per question
    assert f"{n_checks} of {n_checks} check cells were deleted" in " ".join(
        row["notes"])
    assert row["status"] == "graded" and _total(row) > 0


def test_endless_submission_is_stopped_and_scored(graded):
    row = graded["loops"]
    assert row["status"] == "timed out"
    assert _total(row) == 0
    assert any("longer than 6 s" in n for n in row["notes"])


def test_grade_writes_the_csv(graded, tmp_path, monkeypatch):
    """The CSV writer, on rows already graded (no second grading run)."""
    rows = [graded["solution"], graded["no_bias_correction"]]
    monkeypatch.setattr(asg, "run_grading", lambda tasks, jobs, tmp: rows)
    folder = tmp_path / "a4"
    folder.mkdir()
    for name in ("solution", "no_bias_correction"):
        (folder / f"{name}.ipynb").write_text("{}")
    out = tmp_path / "scores.csv"
    asg.grade(folder, out)                   # assignment from folder name
    table = list(csv.DictReader(out.open()))
    assert [r["submission"] for r in table] == ["solution.ipynb",
                                                "no_bias_correction.ipynb"]
    assert float(table[0]["percent"]) == 100.0
    assert "bias correction" in table[1]["hints"]
    assert set(asg.questions(A4)) <= set(table[0])

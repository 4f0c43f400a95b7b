"""Tests of the classroom assignments: the checks, the generated bundles,
the Gradescope autograder and the grader's plumbing (fast tests).

The instructor's checker (assignments/source/kernel_checks.py) is tested
directly with kernels written the way students write them (functions
compiled from source, as a notebook does): the solutions pass every part,
each catalogued mistake gets its own hint and costs only the parts it
should, float32 work and the Keras momentum form pass, a kernel that
delegates to optlib is scored 0, a hang costs one part.  The graded
notebooks are in tests/test_assignments_grading.py.
"""

import ast
import importlib.util
import inspect
import json
import re
import sys
import textwrap
import tomllib
import zipfile
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


asg = _load("assignments_script", ROOT / "scripts" / "assignments.py")
kc = asg.load_checker()
IDS = list(asg.assignments())


def _solution_source(aid, name):
    nb = nbformat.read(DIST / aid / "solution" / f"{aid}.ipynb",
                       as_version=4)
    (cell,) = [c for c in nb.cells if c.source.startswith(f"def {name}(")]
    return cell.source


def student_kernel(source, name):
    """Compile a kernel as a notebook cell does (not from optlib's file)."""
    ns = {"np": np}
    exec(compile(textwrap.dedent(source), "<ipython-input-7>", "exec"), ns)
    return ns[name]


SOLUTIONS = {"sgd_step": ("a2_momentum", "sgd_step"),
             "adagrad_step": ("a3_adagrad_rmsprop", "adagrad_step"),
             "rmsprop_step": ("a3_adagrad_rmsprop", "rmsprop_step"),
             "adam_step": ("a4_adam", "adam_step")}


def solution(name, old=None, new=None):
    src = _solution_source(*SOLUTIONS[name])
    if old is not None:
        assert old in src, f"the solution no longer has {old!r}"
        src = src.replace(old, new)
    return student_kernel(src, name)


def parts_of(name):
    return [p for p, v in kc.PARTS.items() if v[0] == name]


def failures(kernel, name, grade=True):
    """{part: hint} of every part the kernel fails."""
    out = {}
    for part in parts_of(name):
        try:
            (kc.grade if grade else kc.check)(part, kernel)
        except kc.Hint as exc:
            out[part] = str(exc)
    return out


def points_lost(failed, aid):
    """Points lost, from the part names a test of `aid` grades."""
    qs = asg.questions(aid)
    text = {f.stem: f.read_text() for f in
            (DIST / aid / "autograder" / "tests").glob("*.py")}
    return sum(qs[q] for q, t in text.items()
               if any(f"grade('{p}'," in t for p in failed))


# --------------------------------------------------------------------------
# The checker: references, solutions, mistakes
# --------------------------------------------------------------------------


@pytest.mark.parametrize("part", list(kc.PARTS))
def test_reference_equals_optlib_on_every_case(part):
    name, _, _, public, hidden = kc.PARTS[part]
    for case in public + hidden:
        inputs = kc._inputs(case)
        a = kc._run(kc.REFERENCE[name], name, case, inputs)
        b = kc._run(getattr(optim, name), name, case, inputs)
        for x, y in zip(a, b):
            np.testing.assert_allclose(x["param"], y["param"], rtol=1e-12,
                                       atol=1e-14)
            for s, t in zip(x["state"], y["state"]):
                np.testing.assert_allclose(s, t, rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("name", KERNELS)
def test_solutions_pass_every_part_public_and_hidden(name):
    kernel = solution(name)
    assert failures(kernel, name) == {}
    assert failures(kernel, name, grade=False) == {}


@pytest.mark.parametrize("name", KERNELS)
def test_every_known_mistake_gets_its_own_hint(name):
    """Each catalogued mistake fails some part with its own hint."""
    for variant, text in kc.MISTAKES[name]:
        hints = []
        for part in parts_of(name):
            _, _, _, public, hidden = kc.PARTS[part]
            try:
                kc._check_kernel(part, variant, public + hidden,
                                 grading=True)
            except kc.Hint as exc:
                hints.append(str(exc))
        assert hints, f"a mistake of {name} passes every part: {text[:60]}"
        key = max(re.split(r"\{\w+\}", text), key=len)[:30]
        assert any(key in h for h in hints), (text[:60], hints)


# Realistic mistakes, written into the solution's code: (kernel, old, new,
# the parts it must cost, a phrase of the hint)
MISTAKES = [
    ("adam_step", "m_hat = exp_avg / (1 - beta1 ** step)",
     "m_hat = exp_avg / (1 - beta1 ** (step - 1))",
     {"adam_bias_correction"}, "t − 1"),
    ("adam_step", "(1 - beta1 ** step)", "(1 - beta1) ** step",
     {"adam_bias_correction", "adam_update"}, "(1 − β)ᵗ"),
    ("adam_step", "np.sqrt(v_hat) + eps", "np.sqrt(v_hat + eps)",
     {"adam_update"}, "ε goes outside the square root"),
    ("rmsprop_step", "np.sqrt(square_avg) + eps",
     "np.sqrt(square_avg + eps)",
     {"rmsprop"}, "ε goes outside the square root"),
    ("adam_step", "(1 - beta2) * grad * grad", "(1 - beta2) * grad",
     {"adam_moments"}, "*squared* gradient"),
    ("adagrad_step", "state_sum += grad * grad", "state_sum += grad",
     {"adagrad"}, "*squared* gradient"),
    ("rmsprop_step", "square_avg += (1 - alpha) * grad * grad",
     "square_avg += (1 - alpha) * grad",
     {"rmsprop"}, "*squared* gradient"),
    ("adam_step", "    param -= lr * m_hat / (np.sqrt(v_hat) + eps)",
     "    return param - lr * m_hat / (np.sqrt(v_hat) + eps)",
     {"adam_moments", "adam_update", "adam_bias_correction",
      "adam_weight_decay"}, "returned a new value"),
    ("adam_step", "exp_avg *= beta1\n    exp_avg += (1 - beta1) * grad",
     "exp_avg = beta1 * exp_avg + (1 - beta1) * grad",
     {"adam_moments", "adam_update"}, "exp_avg did not change after"),
    ("sgd_step", "momentum_buffer += (1 - dampening) * grad",
     "momentum_buffer -= (1 - dampening) * grad",
     {"momentum"}, "your velocity has the wrong sign"),
    ("sgd_step", "grad = grad + momentum * momentum_buffer",
     "grad = grad + momentum * momentum_buffer / momentum * 0.5",
     {"nesterov"}, "Nesterov"),
    ("adagrad_step", "(step - 1) * lr_decay", "step * lr_decay",
     {"adagrad_lr_decay"}, "t − 1"),
    ("rmsprop_step", "np.sqrt(square_avg - grad_avg * grad_avg)",
     "np.sqrt(square_avg)", {"rmsprop_centered"}, "did not subtract ḡ²"),
]


@pytest.mark.parametrize("name,old,new,parts,phrase", MISTAKES,
                         ids=[f"{m[0]}:{m[4][:20]}" for m in MISTAKES])
def test_a_mistake_costs_only_its_parts_and_is_named(name, old, new, parts,
                                                     phrase):
    failed = failures(solution(name, old, new), name)
    assert set(failed) == parts, failed
    assert all(phrase in h for h in failed.values()), failed


def test_eps_in_the_root_costs_the_same_in_adam_and_rmsprop():
    adam = failures(solution("adam_step", "np.sqrt(v_hat) + eps",
                             "np.sqrt(v_hat + eps)"), "adam_step")
    rms = failures(solution("rmsprop_step", "np.sqrt(square_avg) + eps",
                            "np.sqrt(square_avg + eps)"), "rmsprop_step")
    assert points_lost(adam, "a4_adam") == points_lost(
        rms, "a3_adagrad_rmsprop") == 2


def test_a_wrong_core_does_not_cost_the_option_parts():
    """A wrong moment recurrence (β swapped) costs the moments only; a
    wrong RMSProp average (α swapped) costs the core part only."""
    adam = solution("adam_step", "exp_avg *= beta1\n    exp_avg += "
                    "(1 - beta1) * grad", "exp_avg *= 1 - beta1\n    "
                    "exp_avg += beta1 * grad")
    assert set(failures(adam, "adam_step")) == {"adam_moments"}
    rms = solution("rmsprop_step", "square_avg *= alpha\n    square_avg += "
                   "(1 - alpha) * grad * grad", "square_avg *= 1 - alpha\n"
                   "    square_avg += alpha * grad * grad")
    assert set(failures(rms, "rmsprop_step")) == {"rmsprop"}


KERAS = '''
def sgd_step(param, grad, momentum_buffer, step, *, lr, momentum=0.0,
             dampening=0.0, nesterov=False, weight_decay=0.0):
    g = grad + weight_decay * param
    if momentum == 0:
        param -= lr * g
        return
    if step == 1:
        momentum_buffer[...] = -lr * g
    else:
        momentum_buffer[...] = (momentum * momentum_buffer
                                - lr * (1 - dampening) * g)
    if nesterov:
        param += momentum * momentum_buffer - lr * g
    else:
        param += momentum_buffer
'''

FLOAT32 = {
    "adam_step": '''
def adam_step(param, grad, exp_avg, exp_avg_sq, max_exp_avg_sq, step, *,
              lr, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0,
              amsgrad=False, decoupled_weight_decay=False):
    f = np.float32
    g = grad.astype(f)
    if weight_decay:
        g = g + f(weight_decay) * param.astype(f)
    b1, b2 = f(beta1), f(beta2)
    m = b1 * exp_avg.astype(f) + (f(1) - b1) * g
    v = b2 * exp_avg_sq.astype(f) + (f(1) - b2) * g * g
    exp_avg[...] = m
    exp_avg_sq[...] = v
    m_hat = m / (f(1) - b1 ** f(step))
    v_hat = v / (f(1) - b2 ** f(step))
    param -= f(lr) * m_hat / (np.sqrt(v_hat) + f(eps))
''',
    "adagrad_step": '''
def adagrad_step(param, grad, state_sum, step, *, lr, lr_decay=0.0,
                 weight_decay=0.0, eps=1e-10):
    f = np.float32
    g = grad.astype(f) + f(weight_decay) * param.astype(f)
    s = state_sum.astype(f) + g * g
    state_sum[...] = s
    clr = f(lr) / (f(1) + f(step - 1) * f(lr_decay))
    param -= clr * g / (np.sqrt(s) + f(eps))
''',
    "rmsprop_step": '''
def rmsprop_step(param, grad, square_avg, grad_avg, momentum_buffer, step,
                 *, lr, alpha=0.99, eps=1e-8, weight_decay=0.0,
                 momentum=0.0, centered=False):
    f = np.float32
    g = grad.astype(f) + f(weight_decay) * param.astype(f)
    a = f(alpha)
    v = a * square_avg.astype(f) + (f(1) - a) * g * g
    square_avg[...] = v
    if centered:
        ga = a * grad_avg.astype(f) + (f(1) - a) * g
        grad_avg[...] = ga
        v = v - ga * ga
    d = np.sqrt(v) + f(eps)
    if momentum > 0:
        b = f(momentum) * momentum_buffer.astype(f) + g / d
        momentum_buffer[...] = b
        param -= f(lr) * b
    else:
        param -= f(lr) * g / d
''',
}


def test_keras_momentum_is_accepted():
    assert failures(student_kernel(KERAS, "sgd_step"), "sgd_step") == {}


@pytest.mark.parametrize("name", list(FLOAT32))
def test_float32_work_passes(name):
    kernel = student_kernel(FLOAT32[name], name)
    assert failures(kernel, name) == {}
    assert failures(kernel, name, grade=False) == {}


def test_every_hint_quotes_numbers_that_differ():
    """A kernel off by 0.05 % gets a hint whose two numbers differ."""
    kernel = solution("adam_step", "param -= lr * m_hat",
                      "param -= 1.0005 * lr * m_hat")
    failed = failures(kernel, "adam_step")
    assert failed
    for hint in failed.values():
        m = re.search(r"expected (\S+), got (\S+)", hint)
        assert m, hint
        assert m.group(1) != m.group(2).rstrip(",.;")


def test_delegating_to_optlib_or_the_checker_scores_zero():
    imported = optim.adam_step
    wrapper = student_kernel('''
def adam_step(param, grad, *state, **kw):
    from optlib import optim
    return optim.adam_step(param, grad, *state, **kw)
''', "adam_step")
    checker = student_kernel(f'''
def adam_step(*args, **kw):
    import importlib.util as u
    spec = u.spec_from_file_location("kernel_checks", {str(asg.CHECKER)!r})
    m = u.module_from_spec(spec); spec.loader.exec_module(m)
    return m._adam_variant()(*args, **kw)
''', "adam_step")
    for kernel, phrase in ((imported, "is not your own code"),
                           (wrapper, "calls optlib"),
                           (checker, "calls the course's checker")):
        failed = failures(kernel, "adam_step")
        assert set(failed) == set(parts_of("adam_step")), failed
        assert all(phrase in h and "scores 0" in h
                   for h in failed.values()), failed


def test_a_hang_in_one_branch_costs_that_part_and_names_it():
    kernel = solution("adam_step", "grad = grad + weight_decay * param",
                      "while True:\n                pass")
    failed = {}
    for part in parts_of("adam_step"):
        try:
            kc.grade(part, kernel, seconds=1)
        except kc.Hint as exc:
            failed[part] = str(exc)
    assert set(failed) == {"adam_weight_decay"}
    assert "did not return within 1 s" in failed["adam_weight_decay"]
    assert "weight_decay=0.1" in failed["adam_weight_decay"]


def test_bias_correction_mistakes_are_named_at_t_1():
    t_minus_1 = solution("adam_step", "(1 - beta1 ** step)",
                         "(1 - beta1 ** (step - 1))")
    hint = failures(t_minus_1, "adam_step")["adam_bias_correction"]
    assert "with t − 1 divides by 1 − β⁰ = 0" in hint
    none = solution("adam_step", "m_hat = exp_avg / (1 - beta1 ** step)",
                    "m_hat = exp_avg").__wrapped__ if False else solution(
        "adam_step", "v_hat = v / (1 - beta2 ** step)", "v_hat = v")
    hint = failures(none, "adam_step")["adam_bias_correction"]
    assert "you corrected m but not v" in hint


def test_value_answers_are_not_checked_by_the_public_tests():
    """The public tests check the form of an answer only; the right value
    is only in the autograder's hidden test."""
    for aid, answer in (("a1_gradient_descent", "0.5"),
                        ("a3_adagrad_rmsprop", '"adagrad"'),
                        ("a4_adam", "bias_correction")):
        public = "".join(f.read_text() for f in
                         (DIST / aid / "student" / "tests").glob("*.py"))
        hidden = "".join(f.read_text() for f in
                         (DIST / aid / "autograder" / "tests").glob("*.py"))
        assert "hidden=True" in hidden and "hidden=True" not in public
    kc.check_answer_format("x", 0.3, "number")          # a wrong value
    kc.check_answer_format("x", "rmsprop", "choice", {"adagrad", "rmsprop"})
    with pytest.raises(kc.Hint, match="no value yet"):
        kc.check_answer_format("x", ..., "number")


# --------------------------------------------------------------------------
# The student's copy of the checker
# --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def public_kc(tmp_path_factory):
    path = tmp_path_factory.mktemp("student") / "kernel_checks.py"
    path.write_text(asg.student_checker_source())
    return _load("kernel_checks_public_copy", path)


def test_student_checker_holds_no_implementation(public_kc):
    text = Path(public_kc.__file__).read_text()
    for word in ("_adam_variant", "REFERENCE", "MISTAKES", "def grade",
                 "INSTRUCTOR ONLY", "import optlib", "from optlib"):
        assert word not in text.split("_PUBLIC = ")[0], word
    assert not hasattr(public_kc, "grade")
    assert not hasattr(public_kc, "_compute_expected")


@pytest.mark.parametrize("name", KERNELS)
def test_student_checker_gives_the_same_verdicts(public_kc, name):
    kernel = solution(name)
    for part in parts_of(name):
        public_kc.check(part, kernel)
    for variant, text in kc.MISTAKES[name]:
        for part in parts_of(name):
            mine = theirs = None
            try:
                kc.check(part, variant)
            except kc.Hint as exc:
                mine = str(exc)
            try:
                public_kc.check(part, variant)
            except public_kc.Hint as exc:
                theirs = str(exc)
            assert mine == theirs, (part, text[:40])


# --------------------------------------------------------------------------
# Sources, generated versions, bundles, the Gradescope zip
# --------------------------------------------------------------------------


def _cells(path):
    return nbformat.read(path, as_version=4).cells


@pytest.mark.parametrize("aid", IDS)
def test_student_kernels_have_optlibs_signatures(aid):
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
    assert (DIST / aid / "autograder" / "files" / "kernel_checks.py"
            ).read_text() == asg.CHECKER.read_text()
    assert (DIST / aid / "student" / "kernel_checks.py").read_text() == \
        asg.student_checker_source()


@pytest.mark.parametrize("aid", IDS)
def test_student_folder_leaks_nothing(aid):
    folder = DIST / aid / "student"
    assert asg.student_leaks(folder) == []
    assert sorted(p.name for p in folder.iterdir()) == [
        f"{aid}.ipynb", "kernel_checks.py", "tests"]
    nb = json.loads((folder / f"{aid}.ipynb").read_text())
    assert "tests" not in nb["metadata"].get("otter", {})
    code = "\n".join("".join(c["source"]) for c in nb["cells"]
                     if c["cell_type"] == "code")
    assert "otter.Notebook()" in code        # finds a renamed notebook
    # no solution line in the student's notebook
    solution_lines = []
    for c in _cells(SOURCE / f"{aid}.ipynb"):
        if c.cell_type == "code" and "# BEGIN SOLUTION" in c.source:
            inner = c.source.split("# BEGIN SOLUTION")[1]
            inner = inner.split("# END SOLUTION")[0]
            solution_lines += [ln.strip() for ln in inner.splitlines()
                               if len(ln.strip()) > 12]
        elif c.cell_type == "code" and "# SOLUTION" in c.source:
            solution_lines += [c.source.split("#")[0].strip()]
    assert solution_lines
    assert not [ln for ln in solution_lines if ln in code]


def test_student_leaks_finds_what_must_not_ship(tmp_path):
    shutil = pytest.importorskip("shutil")
    folder = tmp_path / "bundle"
    shutil.copytree(DIST / "a4_adam" / "student", folder)
    assert asg.student_leaks(folder) == []
    shutil.copy(asg.CHECKER, folder / "kernel_checks.py")
    shutil.copy(DIST / "a4_adam" / "autograder" / "tests" / "q2_update.py",
                folder / "tests" / "q2_update.py")
    problems = " ".join(asg.student_leaks(folder))
    assert "instructor's checker" in problems
    assert "hidden test" in problems


@pytest.fixture(scope="module")
def released(tmp_path_factory):
    out = tmp_path_factory.mktemp("release")
    asg.release(["a4"], out)
    return out


def test_release_gives_a_folder_and_a_zip_with_public_tests_only(released):
    with zipfile.ZipFile(released / "a4_adam-student.zip") as zf:
        names = sorted(zf.namelist())
        tests = [n for n in names if n.startswith("a4_adam/tests/")]
        assert "a4_adam/a4_adam.ipynb" in names
        assert "a4_adam/kernel_checks.py" in names
        assert len(tests) == 5
        for n in tests:
            assert "hidden=True" not in zf.read(n).decode()
        checker = zf.read("a4_adam/kernel_checks.py").decode()
        assert "def grade(" not in checker and "_PUBLIC" in checker
    assert asg.student_leaks(released / "a4_adam") == []


def test_gradescope_zip_installs_the_course_on_python_311(released):
    """The autograder zip: Python 3.11, the course's pins of numpy,
    scikit-learn, matplotlib and jsonschema, and optlib from this
    repository's git URL, never `optlib` from an index."""
    with zipfile.ZipFile(released / "a4_adam-autograder.zip") as zf:
        names = set(zf.namelist())
        assert {"run_autograder", "setup.sh", "environment.yml",
                "otter_config.json", "files/kernel_checks.py"} <= names
        env = zf.read("environment.yml").decode()
        checker = zf.read("files/kernel_checks.py").decode()
        tests = {n: zf.read(n).decode() for n in names
                 if n.startswith("tests/")}
    import yaml
    deps = yaml.safe_load(env)["dependencies"]
    assert "python=3.11" in deps
    pip = next(d["pip"] for d in deps if isinstance(d, dict))
    url = re.search(r"url:\s*(\S+)", (ROOT / "_config.yml").read_text()
                    ).group(1)
    optlib_lines = [p for p in pip if "optlib" in p]
    assert optlib_lines == [f"optlib @ git+{url}@main"]
    reqs = (ROOT / "requirements.txt").read_text()
    for pkg in ("numpy", "scikit-learn", "matplotlib", "jsonschema"):
        (line,) = [p for p in pip if p.startswith(pkg + "==")]
        assert line in reqs
    assert any(p.startswith("otter-grader") for p in pip)
    assert checker == asg.CHECKER.read_text()
    assert len(tests) == 5 and all("hidden=True" in t
                                   for t in tests.values())


def test_assignments_stay_out_of_nbval_and_the_book():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "assignments" in conf["tool"]["pytest"]["ini_options"][
        "norecursedirs"]
    book = (ROOT / "_config.yml").read_text()
    excluded = book.split("exclude_patterns:")[1].split("\n\n")[0]
    assert re.search(r"^\s*-\s*assignments\s*$", excluded, re.M)


# --------------------------------------------------------------------------
# Grader plumbing
# --------------------------------------------------------------------------


def test_submissions_are_found_in_subfolders_and_zips(tmp_path):
    (tmp_path / "Ann Lee_123_assignsubmission_file_").mkdir()
    (tmp_path / "Ann Lee_123_assignsubmission_file_" / "a4_adam (1).ipynb"
     ).write_text("{}")
    (tmp_path / "bob.ipynb").write_text("{}")
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "bob-checkpoint.ipynb").write_text(
        "{}")
    (tmp_path / "carl").mkdir()
    with zipfile.ZipFile(tmp_path / "carl" / "export.zip", "w") as zf:
        zf.writestr("a4_adam.ipynb", (DIST / "a4_adam" / "student" /
                                      "a4_adam.ipynb").read_text())
    found = dict(asg.find_submissions(tmp_path))
    assert sorted(found) == ["Ann Lee_123_assignsubmission_file_", "bob",
                             "carl"]
    nb = asg.read_submission(found["carl"])
    assert nb.metadata["otter"]["assignment_name"] == "a4_adam"


def test_the_students_check_calls_are_removed_before_grading():
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell('import otter\ngrader = otter.Notebook()'),
        nbformat.v4.new_code_cell('x = 1\ngrader.check("q1")'),
        nbformat.v4.new_code_cell('grader.export(pdf=False)'),
    ])
    nb, removed = asg.prepare_notebook(nb)
    assert removed == 2
    assert "grader.check" not in nb.cells[1].source
    assert nb.cells[1].source.startswith("x = 1")


def test_without_bubblewrap_the_grader_says_what_it_cannot_promise(
        monkeypatch):
    monkeypatch.setattr(asg, "docker_available", lambda: False)
    monkeypatch.setattr(asg, "bwrap_available", lambda: False)
    mode, note = asg.choose_sandbox("auto")
    assert mode == "process"
    assert note.startswith("NO SANDBOX") and "apt-get install bubblewrap" \
        in note and "limits" in note
    with pytest.raises(SystemExit, match="bubblewrap"):
        asg.choose_sandbox("bwrap")
    with pytest.raises(SystemExit, match="Docker"):
        asg.choose_sandbox("docker")
    cmd = asg.sandbox_command("process", "/tmp/x", cpu_seconds=30,
                              memory_mb=1000)
    assert cmd[0] == "prlimit" and "--cpu=30" in cmd
    assert f"--as={1000 * 2 ** 20}" in cmd


def test_docker_is_used_when_a_daemon_answers(monkeypatch):
    monkeypatch.setattr(asg, "docker_available", lambda: True)
    assert asg.choose_sandbox("auto")[0] == "docker"


def test_otter_check_works_for_students_on_a_renamed_notebook(tmp_path):
    """`otter check` in the student bundle: the public tests and the
    student's checker, on the solution (renamed as a browser does)."""
    import shutil
    import subprocess
    bundle = tmp_path / "a4_adam"
    shutil.copytree(DIST / "a4_adam" / "student", bundle)
    (bundle / "a4_adam.ipynb").unlink()
    nb = nbformat.read(DIST / "a4_adam" / "solution" / "a4_adam.ipynb",
                       as_version=4)
    nb.cells = [c for c in nb.cells if not (c.cell_type == "code" and any(
        w in c.source for w in ("load_digits(seed", "plot_paths(",
                                "for epoch", "accuracy(W")))]
    nbformat.write(nb, bundle / "a4_adam (1).ipynb")
    proc = subprocess.run([sys.executable, "-m", "otter", "check",
                           "a4_adam (1).ipynb"], cwd=bundle,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "All tests passed!" in proc.stdout

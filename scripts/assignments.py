"""Generate, release and grade the course assignments, with otter-grader.

Usage (from the repository root)::

    python scripts/assignments.py list
    python scripts/assignments.py generate            # all assignments
    python scripts/assignments.py generate a4 --no-run-tests
    python scripts/assignments.py release --out release/     # bundles + zips
    python scripts/assignments.py grade submissions/a4 --out a4/ \\
        [--assignment a4] [--jobs 2] [--timeout 300] [--cell-timeout 60] \\
        [--sandbox auto|docker|bwrap|process]

``generate`` runs ``otter assign`` on every source notebook
``assignments/source/aN_*.ipynb`` and writes, for each assignment:

* ``assignments/dist/aN/student/``: the notebook (solutions stripped, no
  tests in its metadata), ``tests/`` with the *public* tests only (so
  ``otter check`` works) and the student's ``kernel_checks.py``, which holds
  the numbers of the public cases but no implementation;
* ``assignments/dist/aN/autograder/``: otter's autograder (public and
  hidden tests, the instructor's ``kernel_checks.py``, and an environment
  for Gradescope: Python 3.11, numpy, scikit-learn, matplotlib and this
  repository's ``optlib`` from its git URL);
* ``assignments/dist/aN/solution/``: the solution notebook.

``release`` copies what students get into a folder and a zip per
assignment, plus the Gradescope autograder zip, and refuses to release a
bundle that holds a hidden test or an implementation.

``grade`` grades every notebook under a folder (per-student subfolders and
renamed files included; otter ``.zip`` exports too), several at a time.
Each submission runs in its own kernel process with CPU-time, memory and
file-size limits, in a fresh temporary folder; with bubblewrap the kernel
also sees only the Python installation, ``optlib`` and its own folder (no
network, no other submission, no instructor file), and runs as ``nobody``
when the grader runs as root.  The hidden tests and the instructor's
checker are written into the sandbox, read-only, only after the student's
last cell has run; each graded part has its own time limit.  With a Docker
daemon, ``--sandbox docker`` (the default when one answers) runs otter's
own ``otter grade`` instead.  It writes ``scores.csv``, one Markdown
feedback file per submission and the written answers for hand grading.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
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
CHECKER = SOURCE / "kernel_checks.py"
INSTRUCTOR_BEGIN = "# --- BEGIN INSTRUCTOR ONLY"
INSTRUCTOR_END = "# --- END INSTRUCTOR ONLY"
NOBODY = 65534
CHECK_SECONDS = 10          # per graded part (kernel_checks.TIME_LIMIT)

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


def load_checker(path=CHECKER, name="_kernel_checks_instructor"):
    """Import a kernel_checks file under a private module name."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def student_checker_source():
    """The student's kernel_checks.py: no instructor block, public data."""
    text = CHECKER.read_text()
    start = text.index(INSTRUCTOR_BEGIN)
    end = text.index("\n", text.index(INSTRUCTOR_END)) + 1
    data = load_checker().public_data()
    return (text[:start].rstrip() + "\n\n\n"
            "# The numbers the public cases expect (written by "
            "scripts/assignments.py generate\n# from the reference; no "
            "implementation is shipped to students).\n"
            "_PUBLIC = json.loads(" + repr(json.dumps(data)) + ")\n"
            + text[end:].rstrip() + "\n")


def course_requirements():
    """What the Gradescope image installs: pinned numpy, scikit-learn,
    matplotlib and jsonschema (from requirements.txt; jsonschema 4.25+
    costs each graded kernel 1.7 s, see appendix/instructors.md) and
    optlib from this repository's git URL (``repository`` in
    _config.yml), never from an index."""
    conf = (ROOT / "_config.yml").read_text()
    block = conf.split("\nrepository:", 1)[1]
    url = re.search(r"^\s+url:\s*(\S+)", block, re.M).group(1)
    branch = re.search(r"^\s+branch:\s*(\S+)", block, re.M)
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        m = re.match(r"^(numpy|scikit-learn|matplotlib|jsonschema)==(\S+)",
                     line)
        if m:
            pins[m.group(1)] = line.strip()
    ref = f"@{branch.group(1)}" if branch else ""
    return [pins.get(p, p) for p in ("numpy", "scikit-learn", "matplotlib",
                                     "jsonschema")
            ] + [f"optlib @ git+{url}{ref}"]


def student_leaks(folder):
    """What in a student folder would give away an answer (empty: none)."""
    folder = Path(folder)
    problems = []
    for f in sorted(folder.rglob("*")):
        if not f.is_file():
            continue
        rel = f.relative_to(folder).as_posix()
        text = f.read_text(errors="replace") if f.suffix in (
            ".py", ".ipynb", ".txt", ".md") else ""
        if "hidden=True" in text or "_graded(" in text:
            problems.append(f"{rel}: holds a hidden test")
        if f.name == "kernel_checks.py" and (
                INSTRUCTOR_BEGIN in text or "def _adam_variant" in text
                or "def grade(" in text or "REFERENCE" in text):
            problems.append(f"{rel}: is the instructor's checker")
        if f.suffix == ".ipynb":
            meta = json.loads(text).get("metadata", {}).get("otter", {})
            if meta.get("tests"):
                problems.append(f"{rel}: tests stored in its metadata")
            if "# BEGIN SOLUTION" in text or "# SOLUTION" in text:
                problems.append(f"{rel}: holds a solution marker")
        if "solution" in rel.lower() or "autograder" in rel.lower():
            problems.append(f"{rel}: solution or autograder file")
    return problems


def generate(ids=None, run_tests=True):
    """Run ``otter assign`` for each assignment; write ``assignments/dist``."""
    import yaml
    ids = [resolve(i) for i in ids] if ids else list(assignments())
    public_checker = student_checker_source()
    reqs = course_requirements()
    for aid in ids:
        src = assignments()[aid]
        t0 = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            # the source with the course's requirements in its config
            nb = json.loads(src.read_text())
            for cell in nb["cells"]:
                text = "".join(cell["source"])
                if cell["cell_type"] == "raw" and text.startswith(
                        "# ASSIGNMENT CONFIG"):
                    conf = yaml.safe_load(text)
                    conf["requirements"] = reqs
                    cell["source"] = "# ASSIGNMENT CONFIG\n" + yaml.safe_dump(
                        conf, sort_keys=False, allow_unicode=True)
            (tmp / "src").mkdir()
            (tmp / "src" / src.name).write_text(json.dumps(nb))
            shutil.copy(CHECKER, tmp / "src" / CHECKER.name)
            out = tmp / "out"
            cmd = ["otter", "assign", "--no-pdfs"]
            if not run_tests:
                cmd.append("--no-run-tests")
            proc = subprocess.run(cmd + [src.name, str(out)],
                                  cwd=tmp / "src", capture_output=True,
                                  text=True)
            if proc.returncode != 0:
                sys.stderr.write(proc.stdout + proc.stderr)
                raise SystemExit(f"otter assign failed for {aid}")
            target = DIST / aid
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(out / "student", target / "student")
            (target / "student" / "kernel_checks.py").write_text(
                public_checker)
            (target / "solution").mkdir(parents=True)
            shutil.copy(out / "autograder" / f"{aid}.ipynb",
                        target / "solution" / f"{aid}.ipynb")
            (zip_path,) = (out / "autograder").glob("*.zip")
            with zipfile.ZipFile(zip_path) as zf:
                zf.extractall(target / "autograder")
        _normalize(target / "student" / f"{aid}.ipynb")
        _any_name(target / "student" / f"{aid}.ipynb", aid)
        _public_points(target / "student" / "tests", aid)
        _normalize(target / "solution" / f"{aid}.ipynb")
        leaks = student_leaks(target / "student")
        if leaks:
            raise SystemExit(f"{aid}: the student folder leaks: "
                             + "; ".join(leaks))
        print(f"{aid}: generated in {time.perf_counter() - t0:.1f} s "
              f"-> {target.relative_to(ROOT)}")


def _any_name(path, aid):
    """otter.Notebook() without a file name: a notebook renamed by the
    browser ("a4_adam (1).ipynb") still finds itself, and its tests."""
    import nbformat
    nb = nbformat.read(path, as_version=4)
    old = f'otter.Notebook("{aid}.ipynb")'
    cells = [c for c in nb.cells if old in c.source]
    assert len(cells) == 1, f"{path}: no otter init cell"
    cells[0].source = cells[0].source.replace(old, "otter.Notebook()")
    nbformat.write(nb, path)


def _public_points(tests, aid):
    """In the students' tests (public only) a question's public check is
    worth the question's points, so that `otter check` and grader.check
    show "2/2"; in the autograder the public cases weigh 0 and the hidden
    ones carry the points."""
    points = questions(aid)
    for f in Path(tests).glob("*.py"):
        text = f.read_text()
        new = re.sub(r"@test_case\(points=0, hidden=False",
                     f"@test_case(points={_num(points[f.stem])}, "
                     "hidden=False", text, count=1)
        f.write_text(new)


def autograder_zip(aid, directory):
    """Zip ``dist/<aid>/autograder`` into ``directory``; return the path.

    This is the file Gradescope and ``otter grade`` expect.
    """
    folder = DIST / aid / "autograder"
    if not folder.is_dir():
        raise SystemExit(f"{folder} is missing: run "
                         f"`python scripts/assignments.py generate {aid}`")
    path = Path(directory) / f"{aid}-autograder.zip"
    _zip_folder(folder, path)
    return path


def _zip_folder(folder, path, prefix=""):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(Path(folder).rglob("*")):
            if f.is_file() and "__pycache__" not in f.parts:
                zf.write(f, prefix + f.relative_to(folder).as_posix())


def release(ids=None, out="release"):
    """Student bundles (folder + zip) and Gradescope zips in ``out``."""
    ids = [resolve(i) for i in ids] if ids else list(assignments())
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for aid in ids:
        student = DIST / aid / "student"
        leaks = student_leaks(student)
        if leaks:
            raise SystemExit(f"{aid}: not released, the student folder "
                             "leaks: " + "; ".join(leaks))
        bundle = out / aid
        if bundle.exists():
            shutil.rmtree(bundle)
        shutil.copytree(student, bundle,
                        ignore=shutil.ignore_patterns("__pycache__"))
        _zip_folder(bundle, out / f"{aid}-student.zip", prefix=f"{aid}/")
        autograder_zip(aid, out)
        made += [bundle, out / f"{aid}-student.zip",
                 out / f"{aid}-autograder.zip"]
        print(f"{aid}: {bundle}/, {aid}-student.zip (students), "
              f"{aid}-autograder.zip (Gradescope)")
    return made


def questions(aid):
    """Graded questions and their points, in notebook order.

    Autograded questions from the autograder's tests (public test cases
    carry 0 points: the hidden ones score), then manual ones.
    """
    out = {}
    for f in sorted((DIST / aid / "autograder" / "tests").glob("*.py")):
        text = f.read_text()
        pts = re.findall(r"@test_case\(points=([0-9.]+)", text)
        out[f.stem] = sum(float(p) for p in pts)
    return out


def manual_questions(aid):
    """Hand-graded questions {name: points} from the source notebook."""
    import yaml
    out = {}
    nb = json.loads(assignments()[aid].read_text())
    for cell in nb["cells"]:
        text = "".join(cell["source"])
        if cell["cell_type"] == "raw" and text.startswith("# BEGIN QUESTION"):
            conf = yaml.safe_load(text.split("\n", 1)[1]) or {}
            if conf.get("manual"):
                out[conf["name"]] = float(conf.get("points", 0))
    return out


# --------------------------------------------------------------------------
# Isolation
# --------------------------------------------------------------------------


def docker_available():
    """True when a Docker daemon answers (otter grade can then be used)."""
    if not shutil.which("docker"):
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True,
                              timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def bwrap_available():
    """True when bubblewrap can create a sandbox here."""
    exe = shutil.which("bwrap")
    if not exe:
        return False
    cmd = [exe, "--ro-bind", "/", "/", "--unshare-net", "--unshare-pid",
           "--die-with-parent", "true"]
    if os.geteuid() != 0:
        cmd.insert(1, "--unshare-user")
    try:
        return subprocess.run(cmd, capture_output=True,
                              timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def choose_sandbox(requested="auto"):
    """(mode, note): docker, bwrap or process, and what it guarantees."""
    if requested in ("auto", "docker") and docker_available():
        return "docker", ("otter grade: one Docker container per "
                          "submission")
    if requested == "docker":
        raise SystemExit("--sandbox docker: no Docker daemon answers "
                         "(`docker info` fails)")
    if requested in ("auto", "bwrap") and bwrap_available():
        return "bwrap", ("bubblewrap: each kernel sees only the Python "
                         "installation, optlib and its own folder; no "
                         "network; CPU, memory and file-size limits"
                         + ("; runs as nobody" if os.geteuid() == 0
                            else ""))
    if requested == "bwrap":
        raise SystemExit("--sandbox bwrap: bubblewrap is not installed or "
                         "cannot run here (apt-get install bubblewrap)")
    as_nobody = os.geteuid() == 0 and _nobody_can_run()
    return "process", (
        "NO SANDBOX (bubblewrap not found: apt-get install bubblewrap): "
        "each kernel is a separate process with CPU, memory and file-size "
        "limits"
        + (" running as nobody, but it can read every file that is "
           "readable by all users" if as_nobody else
           ", but it can read and write every file your user can"
           + (" (root: Python is installed where nobody cannot reach it)"
              if os.geteuid() == 0 else "")))


def _nobody_can_run():
    """True if user `nobody` can reach the Python installation and optlib
    (every folder above them searchable by all); bubblewrap does not need
    this, a plain process does."""
    import optlib
    import stat
    for target in {Path(os.path.realpath(sys.executable)),
                   Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve(),
                   Path(optlib.__file__).resolve()}:
        for p in [target, *target.parents]:
            try:
                mode = p.stat().st_mode
            except OSError:
                return False
            if p.is_dir() and not mode & stat.S_IXOTH:
                return False
    return True


def _limits(cpu_seconds, memory_mb):
    return ["prlimit", f"--cpu={int(cpu_seconds)}",
            f"--as={int(memory_mb) * 2 ** 20}",
            f"--fsize={200 * 2 ** 20}", "--nofile=1024", "--core=0"] + (
        ["--nproc=2048"] if os.geteuid() == 0 else []) + ["--"]


def _python_paths():
    """Folders the kernel needs, read-only: Python, the venv, optlib."""
    import optlib
    paths = {Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve()}
    for p in sys.path:
        if p and "site-packages" in p and Path(p).is_dir():
            paths.add(Path(p).resolve())
    optlib_dir = Path(optlib.__file__).resolve().parent
    return sorted(paths), optlib_dir


def sandbox_command(mode, work, extra_rw=(), extra_ro=(), cpu_seconds=300,
                    memory_mb=4096):
    """The prefix that runs a command isolated (see choose_sandbox)."""
    paths, optlib_dir = _python_paths()
    env = {"HOME": str(work), "PATH": "/usr/local/bin:/usr/bin:/bin",
           "LANG": "C.UTF-8", "PYTHONPATH": str(optlib_dir.parent),
           "MPLBACKEND": "agg",       # figures are not drawn: faster
           "MPLCONFIGDIR": str(Path(work) / ".config" / "matplotlib"),
           "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
           "MKL_NUM_THREADS": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    drop = (["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}",
             "--clear-groups", "--"] if os.geteuid() == 0 else [])
    if mode == "process":
        if drop and not _nobody_can_run():
            drop = []
        return (_limits(cpu_seconds, memory_mb) + ["env", "-i"]
                + [f"{k}={v}" for k, v in env.items()] + drop)
    cmd = ["bwrap", "--unshare-ipc", "--unshare-pid", "--unshare-net",
           "--unshare-uts", "--unshare-cgroup-try", "--die-with-parent",
           "--clearenv", "--proc", "/proc", "--dev", "/dev",
           "--perms", "1777", "--tmpfs", "/tmp"]
    if os.geteuid() != 0:
        cmd.insert(1, "--unshare-user")
    for p in ("/usr", "/bin", "/lib", "/lib64", "/lib32", "/sbin"):
        if os.path.islink(p):
            cmd += ["--symlink", os.readlink(p), p]
        elif os.path.isdir(p):
            cmd += ["--ro-bind", p, p]
    for f in ("/etc/passwd", "/etc/group", "/etc/ld.so.cache",
              "/etc/localtime", "/etc/nsswitch.conf", "/etc/hosts",
              "/etc/fonts", "/etc/alternatives"):
        if os.path.exists(f):
            cmd += ["--ro-bind", f, f]
    mounts = [(p, "ro") for p in paths] + [(optlib_dir, "ro")]
    mounts += [(Path(p), "ro") for p in extra_ro]
    mounts += [(Path(work), "rw")] + [(Path(p), "rw") for p in extra_rw]
    made = set()
    for target, _ in mounts:
        for parent in reversed(target.parents):
            skip = str(parent) in ("/", "/usr", "/tmp") or parent in made
            if not skip and not any(parent == t for t, _ in mounts):
                made.add(parent)
                cmd += ["--perms", "0755", "--dir", str(parent)]
    for target, how in mounts:
        cmd += ["--ro-bind" if how == "ro" else "--bind", str(target),
                str(target)]
    cmd += ["--chdir", str(work)]
    for k, v in env.items():
        cmd += ["--setenv", k, v]
    return _limits(cpu_seconds, memory_mb) + cmd + ["--"] + drop


# --------------------------------------------------------------------------
# Grading one submission (runs in a child process: see `run_grading`)
# --------------------------------------------------------------------------

_CHECK_CALL = re.compile(
    r"^(\s*)(?:\w+\s*=\s*)?\w+\.(check|check_all|export|run_plugin)\(.*$")


def read_submission(path):
    """The notebook (nbformat) of a submission: .ipynb, or an otter export
    .zip holding one notebook."""
    import nbformat
    path = Path(path)
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if n.endswith(".ipynb")
                     and "checkpoint" not in n and not n.startswith("__")]
            if len(names) != 1:
                raise ValueError(f"the zip holds {len(names)} notebooks")
            return nbformat.reads(zf.read(names[0]).decode("utf-8"),
                                  as_version=4)
    return nbformat.read(str(path), as_version=4)


def prepare_notebook(nb):
    """Drop the student's own check/export calls (the grader runs every
    check itself after the last cell); return (notebook, removed)."""
    removed = 0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        lines = cell.source.splitlines()
        new = []
        for line in lines:
            m = _CHECK_CALL.match(line)
            if m and ("grader" in line or "Notebook" in line):
                new.append(f"{m.group(1)}pass  # removed by the grader")
                removed += 1
            else:
                new.append(line)
        cell.source = "\n".join(new)
    return nb, removed


def _grade_one(task, out_json):
    """Grade one notebook with otter, the kernel sandboxed."""
    import nbformat
    from nbconvert.preprocessors import ExecutePreprocessor
    from jupyter_client.manager import AsyncKernelManager
    from otter.execute.preprocessor import GradingPreprocessor
    from traitlets.config import Config

    summary = {"notes": [], "tests": {}, "needs_review": False}
    base = Path(tempfile.mkdtemp(prefix="sub-", dir=task["tmp"]))
    work, conn, checks = base / "work", base / "conn", base / "checks"
    for d in (work, conn, checks, checks / "tests"):
        d.mkdir()
    if os.geteuid() == 0:
        for d in (work, conn):
            os.chown(d, NOBODY, NOBODY)
    nb = read_submission(task["submission"])
    nb, removed = prepare_notebook(nb)
    # the student's own notebook, under the name otter's init cell expects
    # (a file renamed by the browser, "a4_adam (1).ipynb", still works)
    nbformat.write(nb, str(work / f"{task['aid']}.ipynb"))
    if os.geteuid() == 0:
        os.chown(work / f"{task['aid']}.ipynb", NOBODY, NOBODY)
    ag = Path(task["autograder"])
    tests = sorted((ag / "tests").glob("*.py"))
    budget = len(tests) * (CHECK_SECONDS + 2) + 30

    prefix = sandbox_command(task["mode"], work, extra_rw=[conn],
                             extra_ro=[checks],
                             cpu_seconds=task["timeout"],
                             memory_mb=task["memory_mb"])

    class SandboxedKernel(AsyncKernelManager):
        def format_kernel_cmd(self, extra_arguments=None):
            # a signal would stop bubblewrap, not the kernel inside it:
            # interrupt (cell time limit) with a message to the kernel
            self.kernel_spec.interrupt_mode = "message"
            if os.geteuid() == 0:
                os.chown(self.connection_file, NOBODY, NOBODY)
            return prefix + super().format_kernel_cmd(extra_arguments)

    def install_checks():
        # the instructor's checker and the tests appear, read-only inside
        # the sandbox, only now: after the student's last cell
        shutil.copy(ag / "files" / "kernel_checks.py",
                    checks / "kernel_checks.py")
        for t in tests:
            shutil.copy(t, checks / "tests" / t.name)
        for f in [checks / "kernel_checks.py",
                  *(checks / "tests").iterdir()]:
            f.chmod(0o444)

    class Execute(ExecutePreprocessor):
        def preprocess_cell(self, cell, resources, index):
            if index == len(self.nb.cells) - 1:
                install_checks()
            return super().preprocess_cell(cell, resources, index)

    results_path = work / ".otter_results.pkl"
    c = Config()
    c.GradingPreprocessor.cwd = str(work)
    c.GradingPreprocessor.test_dir = str(checks / "tests")
    c.GradingPreprocessor.tests_glob = [str(checks / "tests" / t.name)
                                        for t in tests]
    c.GradingPreprocessor.results_path = str(results_path)
    c.GradingPreprocessor.logging_server_host = "127.0.0.1"
    c.GradingPreprocessor.logging_server_port = 9
    c.GradingPreprocessor.force_python3_kernel = True
    c.GradingPreprocessor.seed = None
    c.GradingPreprocessor.seed_variable = None
    c.GradingPreprocessor.otter_log = None
    c.GradingPreprocessor.variables = None
    gp = GradingPreprocessor(config=c)
    n_student = len(nb.cells)
    nb, _ = gp.preprocess(nb)
    last = nb.cells[-1]
    # otter's own cells (its setup before the notebook, the checks after
    # it) are not the student's: they get the check budget
    own = [c for c in nb.cells[:len(nb.cells) - n_student - 1]] + [last]
    km = SandboxedKernel(kernel_name="python3", transport="ipc",
                         ip=str(conn / "kernel"),
                         connection_file=str(conn / "kernel.json"))
    ep = Execute(km=km, allow_errors=True, interrupt_on_timeout=True,
                 timeout_func=lambda cell: budget if any(
                     cell is c for c in own) else task["cell_timeout"],
                 startup_timeout=120,
                 kernel_manager_class=SandboxedKernel)
    t0 = time.process_time()
    t_wall = time.time()
    try:
        executed, _ = ep.preprocess(nb, {"metadata": {"path": str(work)}},
                                    km=km)
    except Exception as exc:                # the kernel died, ...
        executed = nb
        summary["notes"].append(f"the kernel stopped: "
                                f"{type(exc).__name__}: {str(exc)[:160]}")
    finally:
        _stop_kernel(km)
    results = None
    if results_path.exists():
        import pickle
        try:
            with open(results_path, "rb") as f:
                results = pickle.load(f)
        except Exception as exc:
            summary["notes"].append(f"unreadable results ({exc})")
    if results is None or not hasattr(results, "results"):
        summary["needs_review"] = True
        summary["notes"].append(
            "grading produced no results (the checks were stopped or the "
            "kernel died): look at this notebook by hand")
    else:
        for name, tf in results.results.items():
            summary["tests"][name] = checks_result(tf)
    errors, interrupted = [], 0
    for cell in executed.cells[:-1]:
        if "init_grading_mode" in cell.get("source", ""):
            continue
        for o in cell.get("outputs", []):
            if o.get("output_type") == "error":
                if o.get("ename") == "KeyboardInterrupt":
                    interrupted += 1
                else:
                    errors.append(f"{o.get('ename')}: "
                                  f"{o.get('evalue', '')}"[:120])
    if interrupted:
        summary["notes"].append(
            f"{interrupted} cell(s) ran longer than {task['cell_timeout']} "
            "s and were interrupted (an endless loop?)")
    if errors:
        summary["notes"].append(f"{len(errors)} cell(s) raised, first: "
                                f"{errors[0]}")
    if removed:
        summary["removed_checks"] = removed
    summary["timing"] = _timing(executed, t_wall, own)
    summary["cpu_driver"] = time.process_time() - t0
    Path(out_json).write_text(json.dumps(summary))
    shutil.rmtree(base, ignore_errors=True)


def checks_result(tf):
    """One otter test file's result: its score, points and the hint of
    each graded case that failed (the checker's ``Hint: ...`` line)."""
    hints = []
    for r in tf.test_case_results:
        if not r.passed and r.test_case.points:
            found = HINT_RE.findall(r.message)
            hints.append(found[-1] if found else r.message.strip())
    return {"score": tf.score, "possible": tf.possible, "hints": hints}


def _stop_kernel(km):
    """Stop the submission's kernel.

    nbclient leaves running a kernel whose manager it was given. In bwrap
    the sandbox dies with this process; without it (``--sandbox
    process``) the kernel would outlive the grading, one idle kernel
    (about 180 MB) per submission.
    """
    from jupyter_core.utils import run_sync
    try:
        if run_sync(km.is_alive)():
            run_sync(km.shutdown_kernel)(now=True)
    except Exception:                      # a manager that never started
        pass
    process = getattr(getattr(km, "provisioner", None), "process", None)
    if process is not None and process.poll() is None:
        process.kill()
        process.wait(timeout=10)


def _timing(nb, t_wall, own):
    """Wall seconds: kernel start, otter's setup and the student's cells,
    the checks (from nbclient's execution timestamps)."""
    from datetime import datetime

    def stamp(cell, key):
        value = cell.get("metadata", {}).get("execution", {}).get(key)
        return datetime.fromisoformat(value.replace("Z", "+00:00")
                                      ).timestamp() if value else None

    first = stamp(nb.cells[0], "iopub.execute_input")
    last_start = stamp(nb.cells[-1], "iopub.execute_input")
    end = stamp(nb.cells[-1], "shell.execute_reply")
    if None in (first, last_start, end):
        return {}
    return {"kernel_start": round(first - t_wall, 2),
            "notebook": round(last_start - first, 2),
            "checks": round(end - last_start, 2)}


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


def _child(task, out_json, log):
    """Child process: grade one notebook, its output going to ``log``."""
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    _grade_one(task, out_json)


def _new_row(task):
    qs = questions(task["aid"])
    return {"submission": task.get("id") or Path(task["submission"]).stem,
            "file": str(task["submission"]), "status": "graded",
            "notes": [], "hints": [], "scores": {q: 0.0 for q in qs},
            "possible": sum(qs.values()), "hints_by_question": {}}


def _precheck(row, task):
    """Notes from reading the notebook; False if it cannot be graded."""
    try:
        nb = read_submission(task["submission"])
    except Exception as exc:
        row["status"] = "unreadable"
        row["notes"].append(f"not a readable notebook ({type(exc).__name__}"
                            f": {str(exc)[:80]}); scored 0")
        return False
    name = nb.get("metadata", {}).get("otter", {}).get("assignment_name")
    if name and name != task["aid"]:
        row["status"] = "needs review"
        row["notes"].append(f"this notebook is assignment {name}, not "
                            f"{task['aid']}; not graded")
        return False
    return True


def _finish(row, out_json, log, seconds, cpu):
    row["seconds"] = round(seconds, 1)
    row["cpu_seconds"] = round(cpu, 1)
    if not Path(out_json).exists():
        row["status"] = "needs review"
        text = Path(log).read_text(errors="replace") if Path(
            log).exists() else ""
        last = [ln for ln in text.strip().splitlines()
                if "WARNING" not in ln][-1:] or ["no output"]
        row["notes"].append(f"the grader failed: {last[0][:200]}")
        return row
    summary = json.loads(Path(out_json).read_text())
    row["timing"] = summary.get("timing", {})
    row["notes"] += summary["notes"]
    if summary.get("needs_review"):
        row["status"] = "needs review"
    for q, res in summary["tests"].items():
        row["scores"][q] = float(res["score"])
        row["hints"] += [f"{q}: {h}" for h in res["hints"]]
        row["hints_by_question"][q] = res["hints"]
    return row


def _cpu_of(pid_children):
    total = 0.0
    for p in pid_children:
        try:
            t = p.cpu_times()
            total += t.user + t.system + t.children_user + t.children_system
        except Exception:
            pass
    return total


def run_grading(tasks, jobs, tmp):
    """Grade notebooks, ``jobs`` at a time, each in its own process.

    ``tasks`` is a list of dicts with keys ``submission``, ``aid``,
    ``autograder`` (the unpacked autograder folder), ``mode`` (bwrap or
    process), ``timeout`` (seconds for the whole submission, also its CPU
    limit), ``cell_timeout`` (seconds per cell) and ``memory_mb``; ``id``
    optionally names the row.  The children are forked from this process,
    which has imported otter already.  A child past its timeout is killed
    with its kernel and the submission is marked ``needs review``.
    """
    import multiprocessing as mp
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    if method == "fork":
        import warnings
        with warnings.catch_warnings():    # otter's imports warn (traitlets)
            warnings.simplefilter("ignore", DeprecationWarning)
            import nbconvert.preprocessors  # noqa: F401  (warm the imports)
            import otter.execute  # noqa: F401
            import jupyter_client  # noqa: F401
    rows = {}
    pending = list(enumerate(tasks))
    running = {}
    # the submissions' folders: under a folder that `nobody` may traverse
    # (pytest's and mkdtemp's folders are private to their owner)
    base = tempfile.mkdtemp(prefix="grading-")
    os.chmod(base, 0o711)
    while pending or running:
        while pending and len(running) < max(1, jobs):
            i, task = pending.pop(0)
            task = dict(task, tmp=base)
            row = rows[i] = _new_row(task)
            if not _precheck(row, task):
                continue
            out_json = Path(tmp) / f"{i}.json"
            log = Path(tmp) / f"{i}.log"
            proc = ctx.Process(target=_child, args=(task, str(out_json),
                                                    str(log)))
            proc.start()
            running[i] = (proc, time.perf_counter(), out_json, log, 0.0)
        for i, (proc, t0, out_json, log, cpu) in list(running.items()):
            import psutil
            try:
                p = psutil.Process(proc.pid)
                fam = [p] + p.children(recursive=True)
                cpu = max(cpu, _cpu_of(fam))
                running[i] = (proc, t0, out_json, log, cpu)
            except Exception:
                pass
            elapsed = time.perf_counter() - t0
            limit = tasks[i]["timeout"]
            if not proc.is_alive():
                proc.join()
                _finish(rows[i], out_json, log, elapsed, cpu)
                del running[i]
            elif elapsed > limit:
                _kill_tree(proc)
                proc.join()
                rows[i]["status"] = "needs review"
                rows[i]["seconds"] = round(elapsed, 1)
                rows[i]["cpu_seconds"] = round(cpu, 1)
                rows[i]["notes"].append(
                    f"grading took longer than {limit} s and was stopped "
                    "(look for an endless loop); no score recorded")
                del running[i]
        time.sleep(0.05)
    shutil.rmtree(base, ignore_errors=True)
    return [rows[i] for i in range(len(tasks))]


# --------------------------------------------------------------------------
# A folder of submissions
# --------------------------------------------------------------------------


def find_submissions(folder):
    """(id, path) of every submission under ``folder``.

    Notebooks (or otter export zips) directly in the folder are named by
    their file name; in per-student subfolders (Moodle, Canvas) by the
    subfolder.  Checkpoints and hidden folders are skipped.
    """
    folder = Path(folder)
    found = []
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if not p.is_file() or p.suffix not in (".ipynb", ".zip"):
            continue
        if any(part.startswith(".") or part == "__MACOSX"
               for part in rel.parts):
            continue
        found.append((rel.parts[0] if len(rel.parts) > 1 else p.stem, p))
    ids = [i for i, _ in found]
    out = []
    for i, p in found:
        if ids.count(i) > 1:                  # two files of one student
            i = (folder / i).name + "/" + p.name if len(
                p.relative_to(folder).parts) > 1 else p.name
        out.append((i, p))
    return out


def _guess_assignment(folder, subs):
    for part in [Path(folder).name, *(p.name for p in Path(folder).parents)]:
        for aid in assignments():
            if part in (aid, aid.split("_")[0]):
                return aid
    for _, s in subs:
        try:
            name = read_submission(s).metadata.get("otter", {}).get(
                "assignment_name")
            if name:
                return name
        except Exception:
            continue
    raise SystemExit("cannot tell which assignment these are: pass "
                     "--assignment a1|a2|a3|a4")


def _docker_grade(aid, subs, out, jobs, timeout):
    """otter grade (Docker): one container per submission."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "subs").mkdir()
        names = {}
        import nbformat
        for k, (sid, path) in enumerate(subs):
            dest = tmp / "subs" / f"s{k:04d}.ipynb"
            try:
                nbformat.write(read_submission(path), str(dest))
            except Exception:
                shutil.copy(path, dest)
            names[dest.stem] = (sid, path)
        zip_path = autograder_zip(aid, tmp)
        cmd = ["otter", "grade", "-a", str(zip_path), "-o",
               str(tmp / "out"), "--containers", str(max(1, jobs)),
               "--timeout", str(timeout), "--no-network", "--ext", "ipynb",
               str(tmp / "subs")]
        subprocess.run(cmd, check=False)
        table = tmp / "out" / "final_grades.csv"
        got = {}
        if table.exists():
            for r in csv.DictReader(table.open()):
                got[Path(r.get("file", "")).stem] = r
        qs = questions(aid)
        for stem, (sid, path) in names.items():
            r = got.get(stem)
            row = {"submission": sid, "file": str(path), "notes": [
                "graded by otter grade (Docker); hints are in otter's "
                "own output"], "hints": [], "hints_by_question": {},
                "possible": sum(qs.values()), "status": "graded",
                "scores": {q: 0.0 for q in qs}}
            if r is None:
                row["status"] = "needs review"
                row["notes"].append("otter grade returned no row")
            else:
                for q in qs:
                    try:
                        row["scores"][q] = float(r.get(q) or 0)
                    except ValueError:
                        pass
            rows.append(row)
    return rows


def grade(folder, out, aid=None, timeout=300, cell_timeout=60, jobs=None,
          sandbox="auto", memory_mb=4096):
    """Grade every submission under ``folder``; write results to ``out``.

    ``out`` is a folder: ``scores.csv``, ``feedback/<id>.md`` and, for
    assignments with written answers, ``written/<id>.html`` and
    ``written_answers.md``.  (An ``out`` ending in ``.csv`` is the CSV
    file; the rest goes beside it.)
    """
    folder = Path(folder)
    subs = find_submissions(folder)
    if not subs:
        raise SystemExit(f"no .ipynb (or .zip) files under {folder}")
    aid = resolve(aid) if aid else _guess_assignment(folder, subs)
    jobs = jobs or os.cpu_count() or 1
    out = Path(out)
    csv_path = out if out.suffix == ".csv" else out / "scores.csv"
    out_dir = csv_path.parent
    out_dir.mkdir(parents=True, exist_ok=True)
    mode, note = choose_sandbox(sandbox)
    print(f"grading {len(subs)} submission(s) of {aid}, {jobs} at a time; "
          f"isolation: {note}")
    t0 = time.perf_counter()
    if mode == "docker":
        rows = _docker_grade(aid, subs, out_dir, jobs, timeout)
    else:
        with tempfile.TemporaryDirectory(prefix="grading-logs-") as tmp:
            tasks = [dict(submission=str(p), id=sid, aid=aid,
                          autograder=str(DIST / aid / "autograder"),
                          mode=mode, timeout=timeout,
                          cell_timeout=cell_timeout, memory_mb=memory_mb)
                     for sid, p in subs]
            rows = run_grading(tasks, jobs, tmp)
    wall = time.perf_counter() - t0
    write_csv(rows, aid, csv_path, note)
    write_feedback(rows, aid, out_dir / "feedback")
    if manual_questions(aid):
        export_written(rows, aid, out_dir)
    for r in rows:
        total = sum(r["scores"].values())
        extra = f"  [{'; '.join(r['notes'])}]" if r["notes"] else ""
        print(f"{r['submission']}: {_num(total)}/{_num(r['possible'])} "
              f"({r['status']}, {r.get('seconds', '-')} s){extra}")
    print(f"wrote {csv_path} and {out_dir / 'feedback'} in {wall:.0f} s")
    return rows


def write_csv(rows, aid, path, isolation=""):
    qs = questions(aid)
    manual = manual_questions(aid)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["submission", "status", "score", "possible", "percent",
                    *qs, *(f"{m} (by hand)" for m in manual), "seconds",
                    "cpu_seconds", "kernel_start_s", "notebook_s", "checks_s",
                    "notes", "hints", "file"])
        for r in rows:
            total = sum(r["scores"].values())
            w.writerow([r["submission"], r["status"], _num(total),
                        _num(r["possible"]),
                        f"{100 * total / r['possible']:.1f}",
                        *(_num(r["scores"][q]) for q in qs),
                        *("" for _ in manual),
                        r.get("seconds", ""), r.get("cpu_seconds", ""),
                        *(r.get("timing", {}).get(k, "") for k in (
                            "kernel_start", "notebook", "checks")),
                        " | ".join(r["notes"]), " | ".join(r["hints"]),
                        r.get("file", "")])


def write_feedback(rows, aid, folder):
    """One Markdown file per submission: scores, hints, notes."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    qs = questions(aid)
    manual = manual_questions(aid)
    for r in rows:
        total = sum(r["scores"].values())
        lines = [f"# {aid}: feedback for {r['submission']}", "",
                 f"Autograded score: **{_num(total)} / "
                 f"{_num(r['possible'])}**"
                 + (f" (status: {r['status']})" if r["status"] != "graded"
                    else ""), "",
                 "| Question | Points | Out of |", "|---|---|---|"]
        for q, pts in qs.items():
            lines.append(f"| {q} | {_num(r['scores'][q])} | {_num(pts)} |")
        for m, pts in manual.items():
            lines.append(f"| {m} | graded by hand | {_num(pts)} |")
        lines.append("")
        failed = [(q, h) for q, hs in r.get("hints_by_question", {}).items()
                  for h in hs]
        if failed:
            lines += ["## What to look at", ""]
            lines += [f"- **{q}**: {h}" for q, h in failed]
            lines.append("")
        if r["notes"]:
            lines += ["## Notes from the grader", ""]
            lines += [f"- {n}" for n in r["notes"]]
            lines.append("")
        (folder / f"{_safe(r['submission'])}.md").write_text(
            "\n".join(lines), encoding="utf-8")


def export_written(rows, aid, out_dir):
    """The written answers, for grading by hand.

    ``written/<id>.html``: each notebook filtered to its manual questions
    (the cells between otter's ``<!-- BEGIN QUESTION -->`` and
    ``<!-- END QUESTION -->`` markers, as otter's own filtered export
    keeps them), rendered by nbconvert without LaTeX or a browser; and
    ``written_answers.md``: every student's answers, one after the other.
    """
    import nbformat
    from nbconvert import HTMLExporter
    folder = Path(out_dir) / "written"
    folder.mkdir(parents=True, exist_ok=True)
    names = list(manual_questions(aid))
    lines = [f"# {aid}: written answers", ""]
    exporter = HTMLExporter()
    for r in rows:
        try:
            nb = read_submission(Path(r["file"]))
        except Exception:
            continue
        blocks = written_cells(nb)
        kept = nbformat.v4.new_notebook(
            cells=[c for block in blocks for c in block],
            metadata=nb.get("metadata", {}))
        html, _ = exporter.from_notebook_node(kept)
        (folder / f"{_safe(r['submission'])}.html").write_text(
            html, encoding="utf-8")
        lines += [f"## {r['submission']}", ""]
        for k, block in enumerate(blocks):
            name = names[k] if k < len(names) else f"question {k + 1}"
            answer = [c.source for c in block[1:] if c.source.strip()]
            lines += [f"### {name}", ""] + (answer or ["*(no answer)*"])
            lines.append("")
    (Path(out_dir) / "written_answers.md").write_text("\n".join(lines),
                                                      encoding="utf-8")


def written_cells(nb):
    """Cells of each manual question: its prompt, then the answer cells."""
    blocks, current = [], None
    for cell in nb.cells:
        src = cell.source
        if "<!-- BEGIN QUESTION -->" in src:
            current = []
            rest = src.replace("<!-- BEGIN QUESTION -->", "").strip()
            if rest:
                current.append(type(cell)(cell, source=rest))
            continue
        if current is not None and "<!-- END QUESTION -->" in src:
            blocks.append(current)
            current = None
            continue
        if current is not None:
            current.append(cell)
    return blocks


def _safe(name):
    return re.sub(r"[^\w.-]+", "_", str(name)).strip("_") or "submission"


def _num(x):
    return f"{x:g}"


# --------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(
        description="Generate, release and grade the course assignments "
                    "(otter-grader).")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list", help="list the assignments and their points")
    g = sub.add_parser("generate", help="regenerate student versions and "
                       "autograders from assignments/source")
    g.add_argument("ids", nargs="*", help="a1 a2 ... (default: all)")
    g.add_argument("--no-run-tests", action="store_true",
                   help="skip otter's check that the solutions pass")
    rel = sub.add_parser("release", help="student bundles (folder + zip) "
                         "and Gradescope autograder zips")
    rel.add_argument("ids", nargs="*", help="a1 a2 ... (default: all)")
    rel.add_argument("--out", default="release")
    r = sub.add_parser("grade", help="grade a folder of submissions")
    r.add_argument("folder")
    r.add_argument("--out", default="grading",
                   help="output folder (scores.csv, feedback/, written/)")
    r.add_argument("--assignment", default=None,
                   help="a1..a4 (default: from the folder name)")
    r.add_argument("--timeout", type=int, default=300,
                   help="seconds allowed per submission, wall and CPU "
                        "(default 300)")
    r.add_argument("--cell-timeout", type=int, default=60,
                   help="seconds allowed per notebook cell (default 60)")
    r.add_argument("--memory", type=int, default=4096,
                   help="address-space limit per kernel in MB "
                        "(default 4096)")
    r.add_argument("--jobs", type=int, default=None,
                   help="submissions graded in parallel (default: the "
                        "number of cores)")
    r.add_argument("--sandbox", default="auto",
                   choices=["auto", "docker", "bwrap", "process"],
                   help="isolation (default: Docker if a daemon answers, "
                        "else bubblewrap, else plain processes)")
    args = parser.parse_args(argv)
    if args.command == "list":
        for aid in assignments():
            if (DIST / aid / "autograder").is_dir():
                qs = questions(aid)
                man = manual_questions(aid)
                print(f"{aid}: {len(qs)} autograded questions, "
                      f"{_num(sum(qs.values()))} points"
                      + (f"; {_num(sum(man.values()))} points by hand"
                         if man else ""))
            else:
                print(f"{aid}: not generated yet")
    elif args.command == "generate":
        generate(args.ids, run_tests=not args.no_run_tests)
    elif args.command == "release":
        release(args.ids, args.out)
    else:
        grade(args.folder, args.out, args.assignment, args.timeout,
              args.cell_timeout, args.jobs, args.sandbox, args.memory)


if __name__ == "__main__":
    main()

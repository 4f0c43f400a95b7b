"""The chapters as students open them (Jupyter, Colab) and as the site
shows them: scripts/student_view.py and _ext/notebook_markup.py.

The static checks on every chapter read the ``.ipynb`` as Colab does:
plain Markdown and math only, no MyST, solutions folded (collapsed in
Jupyter, form view and a collapsed section in Colab).
"""

import copy
import json
import pathlib
import re
import subprocess
import sys
import types

import nbformat
import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "_ext"))

import notebook_markup as markup  # noqa: E402
import student_view as sv  # noqa: E402
import sync_install_cell as sic  # noqa: E402

CHAPTERS = sorted((ROOT / "chapters").glob("*.ipynb"))
LIBRARY = markup.Library(ROOT)


def _md(text, **meta):
    return {"cell_type": "markdown", "id": f"m{abs(hash(text)) % 10**8}",
            "metadata": meta, "source": text}


def _code(text, outputs=()):
    return {"cell_type": "code", "id": f"k{abs(hash(text)) % 10**8}",
            "metadata": {}, "source": text, "execution_count": None,
            "outputs": list(outputs)}


def _notebook(cells):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.from_dict(c) for c in cells]
    return json.loads(nbformat.writes(nb))


MYST = _notebook([
    _md("# A chapter\n\nIntro.\n\n```{admonition} Learning goals\n"
        ":class: tip\n- Learn {term}`the rate <learning rate>`.\n```"),
    _code("x = 1"),
    _md("See {doc}`02_loss`, {cite:t}`ruder2016` and "
        "{cite:p}`polyak1964,sutskever2013`; a {term}`minibatch`."),
    _md("## Exercises\n\n```{exercise}\n:label: ex-03-a\n\nFind $\\eta$ "
        "for {term}`momentum`.\n```"),
    _md("```{solution-start} ex-03-a\n:class: dropdown\n```\n"
        "It is $\\eta = 1$."),
    _code("print('answer 42')",
          [nbformat.v4.new_output("stream", name="stdout",
                                  text="answer 42\n")]),
    _md("```{solution-end}\n```\n\n```{exercise}\n:label: ex-03-b\n"
        "Compare with {ref}`ex-03-a`.\n```\n\n"
        "```{solution-start} ex-03-b\n:class: dropdown\n```"),
    _code("print('second')"),
    _md("```{solution-end}\n```\n\n## References\n\n"
        "```{bibliography}\n:filter: docname in docnames\n```"),
])
PATH = ROOT / "chapters" / "03_example.ipynb"


@pytest.fixture(scope="module")
def student():
    return markup.to_student(MYST, PATH, LIBRARY, minutes=40)


def _text(nb):
    return "\n".join(markup.source(c) for c in nb["cells"]
                     if c["cell_type"] == "markdown")


def test_no_myst_is_left_for_jupyter_and_colab(student):
    text = _text(student)
    assert not re.search(r"\{[\w:-]+\}`|```\{", text), text
    assert "[the rate](../appendix/glossary.md#term-learning-rate)" in text
    assert "[The loss](02_loss.ipynb)" in text
    assert "[Ruder (2016)](../references.bib#ruder2016)" in text
    assert ("[(Polyak 1964; Sutskever et al. 2013)]"
            "(../references.bib#polyak1964,sutskever2013)") in text
    assert "[Exercise 3.1](#Exercise-3.1)" in text
    assert "> **Learning goals** · about 40 minutes" in text


def test_exercises_are_numbered_and_solutions_folded(student):
    cells = student["cells"]
    kinds = [(c["cell_type"], markup.tags(c)) for c in cells]
    exercises = [i for i, (_, t) in enumerate(kinds) if "exercise" in t]
    assert [markup.source(cells[i]).splitlines()[0] for i in exercises] \
        == ["### Exercise 3.1", "### Exercise 3.2"]
    assert cells[exercises[0]]["metadata"]["exercise"] == {
        "label": "ex-03-a"}
    heading = cells[exercises[0] + 1]
    assert "solution-heading" in markup.tags(heading)
    assert markup.source(heading).startswith("#### Solution to exercise 3.1")
    prose, code = cells[exercises[0] + 2], cells[exercises[0] + 3]
    # JupyterLab shows a collapsed cell's first line: a title, not the answer
    assert markup.source(prose) == \
        "*Solution to exercise 3.1*\n\nIt is $\\eta = 1$."
    assert prose["metadata"]["jupyter"] == {"source_hidden": True}
    assert code["metadata"]["jupyter"] == {"source_hidden": True,
                                           "outputs_hidden": True}
    assert code["metadata"]["cellView"] == "form"
    assert markup.source(code).splitlines() == [
        "#@title Solution to exercise 3.1", "print('answer 42')"]
    assert "".join(code["outputs"][0]["text"]) == "answer 42\n"  # kept
    # the non-solution code cell is untouched
    assert markup.source(cells[1]) == "x = 1" and "jupyter" not in \
        cells[1]["metadata"]
    # Colab collapses each solution's section
    headings = [c["id"] for c in cells
                if "solution-heading" in markup.tags(c)]
    assert student["metadata"]["colab"]["collapsed_sections"] == headings
    assert all(c["metadata"]["id"] == c["id"] for c in cells
               if "solution-heading" in markup.tags(c))
    # ids unique and valid for nbformat
    nbformat.validate(nbformat.from_dict(student))


def test_reference_list_is_plain(student):
    bib = [c for c in student["cells"] if "bibliography" in markup.tags(c)]
    assert len(bib) == 1
    text = markup.source(bib[0])
    assert text.startswith("- Ruder (2016). An overview")
    assert "Polyak (1964)" in text and "Sutskever et al. (2013)" in text
    assert bib[0]["metadata"]["bibliography"] == {
        "filter": "docname in docnames"}


def test_conversion_is_idempotent(student):
    again = markup.to_student(student, PATH, LIBRARY, minutes=40)
    assert again == student
    once = sv.student_view(MYST, PATH, LIBRARY)
    assert sv.student_view(once, PATH, LIBRARY) == once


def test_site_gets_the_myst_back(student):
    site = markup.to_myst(student, LIBRARY)
    text = _text(site)
    assert "{term}`the rate <learning rate>`" in text
    assert "{term}`minibatch`" in text
    assert "{cite:t}`ruder2016`" in text
    assert "{cite:p}`polyak1964,sutskever2013`" in text
    assert "{ref}`Exercise 3.1 <ex-03-a>`" in text
    assert "[The loss](02_loss.ipynb)" in text  # MyST resolves it
    assert ("```{admonition} Learning goals · about 40 minutes\n"
            ":class: tip\n") in text
    assert "```{exercise}\n:label: ex-03-a\n\nFind $\\eta$" in text
    assert "### Exercise" not in text and "#### Solution" not in text
    # gated solutions: start, its cells, end
    sources = [markup.source(c) for c in site["cells"]]
    start = sources.index("```{solution-start} ex-03-a\n:class: dropdown\n```")
    assert sources[start + 1] == "It is $\\eta = 1$."
    assert sources[start + 2] == "print('answer 42')"  # no #@title
    assert sources[start + 3] == "```{solution-end}\n```"
    assert "```{bibliography}\n:filter: docname in docnames\n```" in sources
    assert sources.count("```{solution-end}\n```") == 2
    # nothing hidden on the site's side (sphinx-exercise's dropdown does it)
    assert not any("source_hidden" in json.dumps(c["metadata"])
                   for c in site["cells"])


def test_time_estimate_counts_prose_code_and_exercises():
    base = _notebook([_md("# T\n\n" + "word " * 700), _code("x = 1")])
    assert sv.estimate_minutes(base) == 10     # 10 min reading + 1 cell
    with_exercise = copy.deepcopy(base)
    with_exercise["cells"].append(_md("### Exercise 1.1\n\nDo it.",
                                      tags=["exercise"]))
    assert sv.estimate_minutes(with_exercise) == 25  # + 12 minutes


def test_check_flags_a_chapter_with_myst(tmp_path):
    path = tmp_path / "03_example.ipynb"
    path.write_text(json.dumps(MYST))
    before = path.read_text()
    assert sv.main(["--check", str(path)]) == 1
    assert path.read_text() == before             # --check changes nothing
    assert sv.main([str(path)]) == 0
    assert sv.main(["--check", str(path)]) == 0
    nb = json.loads(path.read_text())
    assert sv.problems(nb) == []


def test_problems_finds_what_colab_would_show():
    nb = markup.to_student(MYST, PATH, LIBRARY)
    assert sv.problems(nb) == []
    broken = copy.deepcopy(nb)
    code = next(c for c in broken["cells"] if "solution" in markup.tags(c)
                and c["cell_type"] == "code")
    del code["metadata"]["cellView"]
    broken["cells"][0]["source"] += "\n\nA {term}`loss`."
    broken["metadata"]["colab"]["collapsed_sections"] = []
    found = "\n".join(sv.problems(broken))
    assert "form view" in found and "{term}`" in found
    assert "collapsed in Colab" in found


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.stem)
def test_chapter_is_in_the_student_view(path):
    """What Colab shows: plain Markdown, solutions folded; and the
    chapter is exactly what the script writes (run it to fix)."""
    nb = json.loads(path.read_text())
    assert sv.problems(nb) == [], "run `python scripts/student_view.py`"
    assert sv.student_view(nb, path, LIBRARY) == nb, \
        "run `python scripts/student_view.py`"
    text = _text(nb)
    assert re.search(r"> \*\*Learning goals\*\* · about \d+ minutes", text)
    exercises = [c for c in nb["cells"] if "exercise" in markup.tags(c)]
    assert len(exercises) >= 3
    solutions = [c for c in nb["cells"] if "solution" in markup.tags(c)]
    assert any(c["cell_type"] == "code" for c in solutions)
    first = nb["cells"][[c["cell_type"] for c in nb["cells"]].index("code")]
    assert sic.TAG in markup.tags(first)


def test_install_cell_failure_names_the_repository(monkeypatch, capsys):
    """A failed pip install ends with the repository and what to check."""
    source = sic.expected_source().replace(
        'await piplite.install("optlib")', "pass")
    url, branch = sic.repository()

    def failing_run(args, **kwargs):
        return types.SimpleNamespace(returncode=1, stdout="",
                                     stderr="ERROR: could not resolve host")

    monkeypatch.setattr(subprocess, "run", failing_run)
    monkeypatch.setattr("importlib.util.find_spec", lambda name: None)
    with pytest.raises(RuntimeError) as info:
        exec(compile(source, "install-cell", "exec"), {})
    message = str(info.value)
    assert f"git+{url}@{branch}" in message and url in message
    assert "internet" in message and "run this cell again" in message
    assert "could not resolve host" in capsys.readouterr().err


def test_install_cell_is_hidden_and_removed_from_the_site():
    for path in CHAPTERS:
        nb = nbformat.read(path, as_version=4)
        cell = nb.cells[sic.install_cells(nb)[0]]
        assert cell.metadata["tags"][:2] == ["colab-install", "remove-cell"]
        assert cell.metadata["jupyter"]["source_hidden"] is True
        assert cell.metadata["cellView"] == "form"
        assert cell.source.startswith("#@title ")


def test_landing_page_path_matches_the_chapters():
    """The intro's times are the chapters' own estimates, added up."""
    minutes = {}
    for path in CHAPTERS:
        text = _text(json.loads(path.read_text()))
        minutes[path.name[:2]] = int(
            re.search(r"Learning goals\*\* · about (\d+) minutes",
                      text).group(1))
    intro = " ".join((ROOT / "intro.md").read_text().split())
    low, high = re.search(r"from about (\d+) to about (\d+) minutes",
                          intro).groups()
    assert (int(low), int(high)) == (min(minutes.values()),
                                     max(minutes.values()))
    total = re.search(r"The whole course is about (\d+) hours", intro)
    assert int(total.group(1)) == round(sum(minutes.values()) / 60)
    core = re.search(r"\*\*Core\*\* \(everything later builds on it, "
                     r"about (\d+) hours\)", intro)
    optional = {"06"}
    assert int(core.group(1)) == round(
        sum(v for k, v in minutes.items() if k not in optional) / 60)
    assert "chapter 6 on saddle points" in intro
    assert "jupyter lab chapters/01_how_a_model_learns.ipynb" in intro


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.stem)
def test_colab_reader_sees_no_answer_and_no_myst(path):
    """The chapter as Colab opens it: form cells show their title only,
    solution sections are collapsed."""
    nb = json.loads(path.read_text())
    shown = sv.colab_preview(nb)
    assert not re.search(r"\{[\w:-]+\}`|```\{|^:[\w-]+:", shown, re.M)
    assert shown.count("hidden]") == sum(
        "solution-heading" in markup.tags(c) for c in nb["cells"])
    elsewhere = "\n".join(markup.source(c) for c in nb["cells"]
                          if "solution" not in markup.tags(c))
    for cell in nb["cells"]:
        if "solution" in markup.tags(cell):
            for line in markup.source(cell).splitlines()[1:]:
                if len(line.strip()) >= 12 and line not in elsewhere:
                    assert line not in shown, line


def test_colab_preview_shows_an_unfolded_solution():
    nb = markup.to_student(MYST, PATH, LIBRARY)
    assert "answer 42" not in sv.colab_preview(nb)
    nb["metadata"]["colab"]["collapsed_sections"] = []
    for cell in nb["cells"]:
        cell["metadata"].pop("cellView", None)
    assert "print('answer 42')" in sv.colab_preview(nb)


def test_new_myst_in_a_converted_chapter_is_converted_too(student):
    """An author adds a MyST exercise (with a title) to a chapter already
    in the student view: the script numbers, converts and folds it."""
    nb = copy.deepcopy(student)
    nb["cells"] += [
        _md("```{exercise} A third one\n:label: ex-03-c\n\nUse "
            "{term}`momentum`.\n```\n\n```{solution-start} ex-03-c\n"
            ":class: dropdown\n```"),
        _code("print(3)"),
        _md("```{solution-end}\n```"),
    ]
    out = markup.to_student(nb, PATH, LIBRARY, minutes=40)
    assert sv.problems(out) == []
    texts = [markup.source(c) for c in out["cells"]]
    third = next(t for t in texts if t.startswith("### Exercise 3.3"))
    assert third.startswith("### Exercise 3.3: A third one\n\nUse [momentum]")
    assert texts[-1] == "#@title Solution to exercise 3.3\nprint(3)"
    assert markup.to_student(out, PATH, LIBRARY, minutes=40) == out
    site = _text(markup.to_myst(out, LIBRARY))
    assert "```{exercise} A third one\n:label: ex-03-c\n" in site

"""Put every chapter in the student view: plain Markdown, solutions folded.

    python scripts/student_view.py            # rewrite the chapters
    python scripts/student_view.py --check    # change nothing; exit 1 if
                                              # a chapter is not up to date
    python scripts/student_view.py chapters/03_gradient_descent.ipynb
    python scripts/student_view.py --colab chapters/03_gradient_descent.ipynb
                                              # print it as Colab shows it

Students run the chapters in JupyterLab, Notebook 7 and Colab, which do not
render MyST.  This script converts what an author wrote in MyST (the
``{exercise}`` and ``{solution-start}``/``{solution-end}`` gated syntax,
``{admonition}``, ``{bibliography}``, and the ``{term}``, ``{doc}``,
``{cite:t}``, ``{cite:p}`` and ``{ref}`` roles) into plain Markdown and
math with cell tags and metadata (the conventions are in
``_ext/notebook_markup.py`` and CONTRIBUTING.md).  The book's build turns
them back into MyST, so the website keeps numbered exercises, dropdown
solutions, glossary links and citations.  It also

* folds every solution away: its cells' input and output are collapsed
  in JupyterLab and Notebook 7 (``jupyter.source_hidden`` and
  ``outputs_hidden``), code cells are in Colab's form view (``cellView:
  form`` under a ``#@title`` line) and the solution's section is
  collapsed in Colab (notebook metadata ``colab.collapsed_sections``);
* writes the time estimate into the goals box (``estimate_minutes``);
* updates the install cell (``scripts/sync_install_cell.py``).

Only markdown cells are split, rewritten or merged; code cells keep their
source (apart from the ``#@title`` line of a solution cell) and their
outputs.  Re-execute the chapters afterwards
(``python scripts/execute_notebooks.py``) so that execution counts and
the cache agree.  Running the script twice changes nothing.
"""

import argparse
import json
import math
import pathlib
import re
import sys

import nbformat

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "_ext"))
sys.path.insert(0, str(ROOT / "scripts"))

import notebook_markup as markup  # noqa: E402
import sync_install_cell  # noqa: E402

# Time estimate (minutes), fitted to the one measurement we have: a student
# needed 75-95 minutes for each of chapters 3, 4, 5 and 7 (issue 20); with
# these rates the four estimates are 90, 75, 80 and 90 minutes.
WORDS_PER_MINUTE = 70      # technical prose with equations, read closely
MINUTES_PER_CODE_CELL = 1  # read it, run it, look at its output
MINUTES_PER_EXERCISE = 12  # try it, write the code, compare


def _words(text):
    text = re.sub(r"· about \d+ minutes", " ", text)
    text = re.sub(r"\$\$.*?\$\$", " ", text, flags=re.S)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    return len(re.findall(r"[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*", text))


def estimate_minutes(nb):
    """Minutes to work through a chapter, exercises included, in steps of
    5: reading the prose (solutions excluded), running each code cell,
    and trying each exercise."""
    words = code = exercises = 0
    for cell in nb["cells"]:
        tags = markup.tags(cell)
        exercises += markup.EXERCISE in tags
        if {markup.SOLUTION, markup.SOLUTION_HEADING, markup.INSTALL,
                markup.BIBLIOGRAPHY} & set(tags):
            continue
        if cell["cell_type"] == "markdown":
            words += _words(markup.source(cell))
        elif cell["cell_type"] == "code":
            code += 1
    minutes = (words / WORDS_PER_MINUTE + code * MINUTES_PER_CODE_CELL
               + exercises * MINUTES_PER_EXERCISE)
    return 5 * max(1, round(minutes / 5))


def student_view(nb, path, library=None):
    """The notebook dict ``nb`` in the student view (a new dict)."""
    library = library or markup.Library(ROOT)
    first = markup.to_student(nb, path, library)
    minutes = estimate_minutes(first)
    out = markup.to_student(first, path, library, minutes=minutes)
    nbo = nbformat.from_dict(out)
    sync_install_cell.apply(nbo, sync_install_cell.expected_source())
    return json.loads(nbformat.writes(nbo))


def problems(nb):
    """What a Colab or Jupyter reader would trip over (static check)."""
    found = []
    for i, cell in enumerate(nb["cells"]):
        text = markup.source(cell)
        t = markup.tags(cell)
        meta = cell.get("metadata", {})
        if cell["cell_type"] == "markdown":
            for pattern in (r"\{[\w:-]+\}`", r"^(```+|:::+)\s*\{[\w-]+\}"):
                match = re.search(pattern, text, re.M)
                if match:
                    found.append(f"cell {i}: MyST that Colab shows as raw "
                                 f"text: {match.group(0)!r}")
            if re.search(r"^\(\w[\w-]*\)=\s*$", text, re.M):
                found.append(f"cell {i}: a MyST target '(label)='")
        if markup.SOLUTION in t:
            hidden = meta.get("jupyter", {})
            if not hidden.get("source_hidden"):
                found.append(f"cell {i}: solution input not collapsed")
            if cell["cell_type"] == "code":
                if not hidden.get("outputs_hidden"):
                    found.append(f"cell {i}: solution output not collapsed")
                if meta.get("cellView") != "form" or not text.startswith(
                        markup.TITLE):
                    found.append(f"cell {i}: solution not in Colab's form "
                                 "view (cellView: form and a #@title line)")
        if markup.EXERCISE in t:
            nxt = nb["cells"][i + 1] if i + 1 < len(nb["cells"]) else {}
            if markup.SOLUTION_HEADING not in markup.tags(nxt):
                found.append(f"cell {i}: exercise without a solution "
                             "heading after it")
    collapsed = set(nb.get("metadata", {}).get("colab", {}).get(
        "collapsed_sections", []))
    for i, cell in enumerate(nb["cells"]):
        if markup.SOLUTION_HEADING in markup.tags(cell):
            if cell.get("metadata", {}).get("id") not in collapsed:
                found.append(f"cell {i}: solution section not collapsed in "
                             "Colab (colab.collapsed_sections)")
            nxt = nb["cells"][i + 1] if i + 1 < len(nb["cells"]) else {}
            if markup.SOLUTION not in markup.tags(nxt):
                found.append(f"cell {i}: solution heading with no solution "
                             "cell after it")
    return found


def colab_preview(nb):
    """The notebook as Colab shows it on opening, as text: Markdown as
    written (Colab renders plain Markdown and math), a form-view code cell
    as its title only, a collapsed section as one line."""
    collapsed = set(nb.get("metadata", {}).get("colab", {}).get(
        "collapsed_sections", []))
    out, hidden, level = [], None, 0
    for cell in nb["cells"]:
        text = markup.source(cell)
        meta = cell.get("metadata", {})
        heading = re.match(r"^(#{1,6}) ", text)
        if hidden is not None:
            if heading and len(heading.group(1)) <= level:
                out.append(f"    [> {hidden} hidden]")
                hidden = None
            else:
                hidden += 1
                continue
        if cell["cell_type"] == "code" and meta.get("cellView") == "form":
            title = text.splitlines()[0][len(markup.TITLE):].strip()
            out.append(f"[form] {title}  (code hidden)")
        elif cell["cell_type"] == "code":
            out.append("[code] " + text.replace("\n", "\n       "))
        else:
            out.append(text)
        if heading and meta.get("id") in collapsed:
            hidden, level = 0, len(heading.group(1))
    if hidden is not None:
        out.append(f"    [> {hidden} hidden]")
    return "\n\n".join(out)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=pathlib.Path)
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a chapter is stale")
    parser.add_argument("--colab", action="store_true",
                        help="print the notebooks as Colab shows them")
    args = parser.parse_args(argv)
    if args.colab:
        for path in args.notebooks:
            print(colab_preview(json.loads(path.read_text())))
        return 0
    paths = args.notebooks or sorted((ROOT / "chapters").glob("*.ipynb"))
    library = markup.Library(ROOT)
    bad = 0
    for path in paths:
        text = path.read_text()
        nb = json.loads(text)
        new = student_view(nb, path, library)
        new_text = nbformat.writes(nbformat.from_dict(new)) + "\n"
        if args.check:
            found = problems(new)
            if new_text != text:
                found.insert(0, "not in the student view: run "
                             "`python scripts/student_view.py`")
            for problem in found:
                print(f"{path.name}: {problem}")
            bad += bool(found)
            continue
        found = problems(new)
        for problem in found:
            print(f"{path.name}: {problem}")
        bad += bool(found)
        if new_text != text:
            path.write_text(new_text)
        print(f"{path.name:40s} {'updated' if new_text != text else 'up to date'}"
              f"  (about {markup_minutes(new)} minutes)")
    return 1 if bad else 0


def markup_minutes(nb):
    for cell in nb["cells"]:
        match = re.search(r"about (\d+) minutes", markup.source(cell))
        if match and cell["cell_type"] == "markdown":
            return int(match.group(1))
    return "?"


if __name__ == "__main__":
    sys.exit(main())

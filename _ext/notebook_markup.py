"""Chapters in two markups: plain Markdown in the notebook, MyST on the site.

A chapter notebook is what students open in JupyterLab, Notebook 7 and
Colab, none of which renders MyST.  So the committed notebook holds plain
Markdown and math, with a few conventions (cell tags, metadata and link
targets) that carry what the website needs; the book's build turns them
back into MyST (``to_myst``, called by ``_ext/site_extras.py`` on every
chapter before MyST-NB parses it).  ``scripts/student_view.py`` writes the
conventions (``to_student``): it converts MyST that an author wrote and
re-renders what it generated before, so running it twice changes nothing.

Conventions (see CONTRIBUTING.md, "Exercises and solutions"):

* exercise: a markdown cell tagged ``exercise`` with metadata
  ``{"exercise": {"label": "ex-03-limit"}}``; first line
  ``### Exercise 3.1``, then the statement.  Site: ``{exercise}``.
* solution: a visible cell tagged ``solution-heading`` (``#### Solution to
  exercise 3.1`` and a hint), then the cells tagged ``solution``, each
  with its input and output collapsed (``jupyter.source_hidden`` /
  ``outputs_hidden``); code cells also in Colab's form view
  (``cellView: form`` and a ``#@title`` first line), and the heading's
  section collapsed in Colab (``colab.collapsed_sections``).  Site:
  ``{solution-start}`` (dropdown) ... ``{solution-end}``.
* glossary term: ``[text](../appendix/glossary.md#term-learning-rate)``
  (site: ``{term}``); chapter or page: ``[text](02_loss.ipynb)`` (MyST
  resolves it); citation: ``[Ruder (2016)](../references.bib#ruder2016)``
  (site: ``{cite:t}``; link text in parentheses: ``{cite:p}``); exercise
  reference: ``[exercise 3.2](#Exercise-3.2)`` (site: ``{ref}``).
* box: a blockquote whose first line is ``> **Title**`` (site:
  ``{admonition}``; class from cell metadata ``admonition_class``).
* references: a cell tagged ``bibliography`` with the cited works as a
  list (site: ``{bibliography}`` with the options in its metadata).
"""

import copy
import json
import os
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
GLOSSARY = "../appendix/glossary.md"
BIB = "../references.bib"

EXERCISE = "exercise"
SOLUTION = "solution"
SOLUTION_HEADING = "solution-heading"
BIBLIOGRAPHY = "bibliography"
INSTALL = "colab-install"
TITLE = "#@title"
MD_TITLE = re.compile(r"^\*Solution to exercise [\d.]+\*\s*$")

FENCE = re.compile(
    r"^(?P<fence>`{3,}|:{3,})\{(?P<name>[\w-]+)\}[ \t]*(?P<arg>[^\n]*)\n"
    r"(?P<body>.*?)^(?P=fence)[ \t]*(?:\n|\Z)", re.M | re.S)
ROLE = re.compile(r"\{(term|doc|ref|cite|cite:t|cite:p)\}`([^`]+)`")
TERM_LINK = re.compile(
    r"\[([^\]]+)\]\(" + re.escape(GLOSSARY) + r"#term-([\w-]+)\)")
CITE_LINK = re.compile(r"\[([^\]]+)\]\(" + re.escape(BIB) + r"#([\w,-]+)\)")
EXERCISE_LINK = re.compile(r"\[([^\]]+)\]\(#Exercise-(\d+\.\d+)\)")
HEADING = re.compile(r"^#{1,6} Exercise (\d+)\.(\d+)(?:: (?P<title>[^\n]*))?"
                     r"[^\n]*\n?")
BOX = re.compile(r"^> \*\*(?P<title>[^*\n]+)\*\*(?P<rest>[^\n]*)\n"
                 r"(?P<body>(?:>[^\n]*(?:\n|\Z))*)", re.M)
GOALS = "Learning goals"
HINT = ("*Try it first. The solution is folded away below: in JupyterLab "
        "or Notebook 7 click its collapsed cells, in Colab the \"cells "
        "hidden\" button.*")


def make_id(text):
    """Sphinx's id for a glossary term (``term-`` + this)."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def chapter_number(path):
    match = re.match(r"(\d+)_", pathlib.Path(path).name)
    return int(match.group(1)) if match else 0


def tags(cell):
    return cell.get("metadata", {}).get("tags", [])


def source(cell):
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else text


# --------------------------------------------------------------- references
class Library:
    """Titles of pages, glossary terms and bibliography entries."""

    def __init__(self, root=ROOT):
        self.root = pathlib.Path(root)
        self._bib = None
        self._terms = None

    def bib(self):
        if self._bib is None:
            from pybtex.database import parse_file
            self._bib = parse_file(str(self.root / "references.bib"),
                                   bib_format="bibtex").entries
        return self._bib

    def terms(self):
        """``make_id(term) -> term`` for the glossary's terms."""
        if self._terms is None:
            text = (self.root / "appendix" / "glossary.md").read_text()
            block = re.search(r"```\{glossary\}\n(.*?)^```", text,
                              re.M | re.S)
            self._terms = {}
            for line in (block.group(1) if block else "").splitlines():
                if line and not line[0].isspace() and not line.startswith(
                        ":"):
                    self._terms[make_id(line.strip())] = line.strip()
        return self._terms

    def title(self, target, base="chapters"):
        """``(link, title)`` of a {doc} target relative to ``base``."""
        folder = self.root if target.startswith("/") else self.root / base
        for ext in (".ipynb", ".md"):
            path = (folder / (target.lstrip("/") + ext)).resolve()
            if path.exists():
                break
        else:
            raise LookupError(f"{{doc}} target not found: {target}")
        link = os.path.relpath(path, (self.root / base).resolve())
        if ext == ".ipynb":
            cells = json.loads(path.read_text())["cells"]
            lines = [line for c in cells if c["cell_type"] == "markdown"
                     for line in source(c).splitlines()]
        else:
            lines = path.read_text().splitlines()
        title = next((line[2:].strip() for line in lines
                      if line.startswith("# ")), target)
        return link.replace(os.sep, "/"), title

    def _names(self, key):
        entry = self.bib()[key]
        people = entry.persons.get("author") or entry.persons.get("editor")
        last = [" ".join(p.last_names).replace("{", "").replace("}", "")
                for p in people]
        if len(last) == 1:
            names = last[0]
        elif len(last) == 2:
            names = f"{last[0]} and {last[1]}"
        else:
            names = f"{last[0]} et al."
        return names, entry.fields.get("year", "n.d.")

    def cite(self, keys, parenthetical):
        missing = [k for k in keys if k not in self.bib()]
        if missing:
            raise LookupError(f"not in references.bib: {', '.join(missing)}")
        parts = [self._names(k) for k in keys]
        if parenthetical:
            return "(" + "; ".join(f"{n} {y}" for n, y in parts) + ")"
        return "; ".join(f"{n} ({y})" for n, y in parts)

    def reference(self, key):
        """One entry of a chapter's plain reference list."""
        entry = self.bib()[key]
        names, year = self._names(key)
        fields = entry.fields
        text = f"{names} ({year}). {fields.get('title', '')}".replace(
            "{", "").replace("}", "")
        venue = (fields.get("journal") or fields.get("booktitle")
                 or fields.get("publisher") or fields.get("howpublished")
                 or "")
        if venue:
            text += f". *{venue}*".replace("{", "").replace("}", "")
        if fields.get("eprint"):
            text += f". arXiv:{fields['eprint']}"
        if fields.get("doi"):
            text += f". https://doi.org/{fields['doi']}"
        elif fields.get("url"):
            text += f". {fields['url']}"
        return text.rstrip(".") + "."


# ------------------------------------------------------- MyST -> student view
def plain_text(text, library, exercises):
    """MyST roles -> plain Markdown links; re-render generated link texts.

    ``exercises``: label -> number ("3.1") of this chapter's exercises.
    """
    def role(match):
        name, content = match.groups()
        explicit = re.fullmatch(r"(.*?)\s*<([^<>]+)>", content, re.S)
        label, target = (explicit.groups() if explicit
                         else (None, content.strip()))
        if name == "term":
            return f"[{label or target}]({GLOSSARY}#term-{make_id(target)})"
        if name == "doc":
            link, title = library.title(target)
            return f"[{label or title}]({link})"
        if name == "ref":
            if target not in exercises:
                return match.group(0)
            number = exercises[target]
            return f"[{label or 'Exercise ' + number}](#Exercise-{number})"
        keys = [k.strip() for k in target.split(",")]
        text = library.cite(keys, parenthetical=name == "cite:p")
        return f"[{text}]({BIB}#{','.join(keys)})"

    text = ROLE.sub(role, text)

    def cite(match):
        label, keys = match.groups()
        keys = keys.split(",")
        return (f"[{library.cite(keys, label.startswith('('))}]"
                f"({BIB}#{','.join(keys)})")

    return CITE_LINK.sub(cite, text)


def _options(body):
    """Split a directive body into ``({option: value}, rest)``."""
    options, lines = {}, body.splitlines(keepends=True)
    while lines and re.match(r"^:[\w-]+:", lines[0]):
        key, _, value = lines.pop(0)[1:].partition(":")
        options[key] = value.strip()
    while lines and not lines[0].strip():
        lines.pop(0)
    return options, "".join(lines)


def _segments(text):
    """A markdown cell's text as ``(kind, payload)`` items."""
    items, pos = [], 0
    for match in FENCE.finditer(text):
        name = match.group("name")
        if name not in ("exercise", "solution-start", "solution-end",
                        "admonition", "bibliography"):
            continue
        items.append(("text", text[pos:match.start()]))
        options, body = _options(match.group("body"))
        items.append((name, {"arg": match.group("arg").strip(),
                             "options": options, "body": body}))
        pos = match.end()
    items.append(("text", text[pos:]))
    return items


def _box(title, body):
    lines = [f"> **{title}**", ">"]
    lines += [("> " + line).rstrip() for line in body.rstrip().splitlines()]
    return "\n".join(lines) + "\n"


def _items(nb):
    """The notebook as a stream of items, from MyST or the student view."""
    items, in_solution = [], False
    for cell in nb["cells"]:
        t = tags(cell)
        if in_solution and SOLUTION not in t:
            items.append(("solution-end", {}))
            in_solution = False
        if cell["cell_type"] == "markdown" and EXERCISE in t:
            label = cell["metadata"].get("exercise", {}).get("label")
            match = HEADING.match(source(cell))
            body = HEADING.sub("", source(cell), count=1).lstrip("\n")
            items.append(("exercise", {
                "options": {"label": label}, "body": body, "cell": cell,
                "arg": (match and match.group("title") or "").strip()}))
        elif SOLUTION_HEADING in t:
            items.append(("solution-start", {
                "arg": cell["metadata"].get("solution", {}).get("label"),
                "options": {"class": "dropdown"}, "cell": cell}))
            in_solution = True
        elif cell["cell_type"] == "markdown" and BIBLIOGRAPHY in t:
            items.append(("bibliography", {
                "options": cell["metadata"].get("bibliography", {}),
                "cell": cell}))
        elif cell["cell_type"] == "markdown":
            for kind, payload in _segments(source(cell)):
                if kind == "text":
                    items.append(("text", {"text": payload, "cell": cell}))
                else:
                    payload["cell"] = cell
                    items.append((kind, payload))
        else:
            items.append(("cell", {"cell": cell}))
    if in_solution:
        items.append(("solution-end", {}))
    return items


def _new_cell(template, cell_type, text, index):
    """A markdown cell made from (part of) ``template``, with a stable id."""
    cell = {"cell_type": cell_type, "id": f"{template.get('id', 'c')}"
            f"{'-' + str(index) if index else ''}"[:64],
            "metadata": copy.deepcopy(template.get("metadata", {})),
            "source": text}
    for key in ("tags", "exercise", "solution", "bibliography", "jupyter",
                "cellView", "admonition_class"):
        cell["metadata"].pop(key, None)
    keep = [t for t in tags(template)
            if t not in (EXERCISE, SOLUTION, SOLUTION_HEADING, BIBLIOGRAPHY)]
    if keep:
        cell["metadata"]["tags"] = keep
    return cell


def _hide(cell, title):
    """Collapse a solution cell in Jupyter; Colab's form view for code.

    JupyterLab shows the first line of a collapsed cell, so that line is
    a title, never part of the answer: ``#@title ...`` in code (Colab's
    form view shows it too), ``*Solution to exercise 3.1*`` in Markdown.
    """
    meta = cell.setdefault("metadata", {})
    meta.setdefault("tags", [])
    if SOLUTION not in meta["tags"]:
        meta["tags"].append(SOLUTION)
    meta["jupyter"] = {**meta.get("jupyter", {}), "source_hidden": True}
    if cell["cell_type"] == "code":
        meta["jupyter"]["outputs_hidden"] = True
        meta["cellView"] = "form"
        lines = source(cell).split("\n")
        if lines and lines[0].startswith(TITLE):
            lines = lines[1:]
        cell["source"] = "\n".join([f"{TITLE} {title}"] + lines)
    else:
        meta.pop("cellView", None)
        lines = source(cell).split("\n")
        if lines and MD_TITLE.match(lines[0]):
            lines = lines[1:]
            while lines and not lines[0].strip():
                lines = lines[1:]
        cell["source"] = "\n".join([f"*{title}*", ""] + lines)


def _bibliography_keys(cells):
    keys = []
    for cell in cells:
        if cell["cell_type"] == "markdown":
            for match in CITE_LINK.finditer(source(cell)):
                for key in match.group(2).split(","):
                    if key not in keys:
                        keys.append(key)
    return keys


def to_student(nb, path, library=None, minutes=None):
    """Return a copy of notebook dict ``nb`` in the student view.

    ``path`` gives the chapter number (``03_x.ipynb`` -> exercises 3.1,
    3.2, ...).  ``minutes``: the time estimate for the goals box.
    """
    library = library or Library()
    nb = copy.deepcopy(nb)
    chapter = chapter_number(path)
    items = _items(nb)
    exercises, count = {}, 0
    for kind, payload in items:
        if kind == "exercise":
            count += 1
            exercises[payload["options"].get("label")] = f"{chapter}.{count}"

    cells, pieces = [], {}
    current = None  # label of the open solution

    def piece(cell):
        pieces[id(cell)] = pieces.get(id(cell), -1) + 1
        return pieces[id(cell)]

    def markdown(cell, text, hidden=False):
        """Append text to the last plain cell made from ``cell``, or a new
        markdown cell; return it."""
        last = cells[-1] if cells else None
        if (not hidden and last is not None and last.get("_plain")
                and last.get("_from") == id(cell)):
            last["source"] = (last["source"].rstrip("\n") + "\n\n"
                              + text.strip("\n"))
            return last
        new = _new_cell(cell, "markdown", text.strip("\n"), piece(cell))
        new["_from"] = id(cell)
        if hidden:
            _hide(new, hidden)
        else:
            new["_plain"] = True
        cells.append(new)
        return new

    for kind, payload in items:
        cell = payload.get("cell")
        if kind == "text":
            text = plain_text(payload["text"], library, exercises)
            if not text.strip():
                continue
            new = markdown(cell, text, hidden=current and
                           f"Solution to exercise {exercises[current]}")
            classes = cell.get("metadata", {}).get("admonition_class")
            if classes:
                new["metadata"].setdefault("admonition_class", {}).update(
                    classes)
        elif kind == "admonition":
            title = payload["arg"] or "Note"
            body = plain_text(payload["body"], library, exercises)
            new = markdown(cell, _box(title, body), hidden=current and
                           f"Solution to exercise {exercises[current]}")
            klass = payload["options"].get("class", "tip")
            if klass != "tip":
                new["metadata"].setdefault("admonition_class", {})[
                    title] = klass
        elif kind == "exercise":
            label = payload["options"].get("label")
            if not label:
                raise ValueError(f"{path}: an exercise without a :label:")
            body = plain_text(payload["body"], library, exercises)
            title = plain_text(payload["arg"], library, exercises)
            new = _new_cell(cell, "markdown",
                            f"### Exercise {exercises[label]}"
                            f"{': ' + title if title else ''}\n\n"
                            f"{body.strip()}", piece(cell))
            new["metadata"]["tags"] = [EXERCISE] + new["metadata"].get(
                "tags", [])
            new["metadata"]["exercise"] = {"label": label}
            cells.append(new)
        elif kind == "solution-start":
            label = payload["arg"]
            if label not in exercises:
                raise ValueError(f"{path}: solution for unknown exercise "
                                 f"{label!r}")
            new = _new_cell(cell, "markdown",
                            f"#### Solution to exercise {exercises[label]}"
                            f"\n\n{HINT}", piece(cell))
            new["metadata"]["tags"] = [SOLUTION_HEADING] + new[
                "metadata"].get("tags", [])
            new["metadata"]["solution"] = {"label": label}
            cells.append(new)
            current = label
        elif kind == "solution-end":
            current = None
        elif kind == "bibliography":
            new = _new_cell(cell, "markdown", "", piece(cell))
            new["metadata"]["tags"] = [BIBLIOGRAPHY] + new["metadata"].get(
                "tags", [])
            new["metadata"]["bibliography"] = payload["options"]
            cells.append(new)
        else:  # a code (or raw) cell
            if current:
                _hide(cell, f"Solution to exercise {exercises[current]}")
            else:
                meta = cell.get("metadata", {})
                if SOLUTION in meta.get("tags", []):
                    meta["tags"].remove(SOLUTION)
            cells.append(cell)

    # the time estimate in the goals box
    for cell in cells:
        cell.pop("_from", None)
        cell.pop("_plain", None)
    if minutes is not None:
        for cell in cells:
            if cell["cell_type"] == "markdown" and f"> **{GOALS}**" in \
                    source(cell):
                cell["source"] = re.sub(
                    rf"^> \*\*{GOALS}\*\*[^\n]*",
                    f"> **{GOALS}** · about {minutes} minutes",
                    source(cell), count=1, flags=re.M)
                break
    # the plain reference list
    keys = _bibliography_keys(cells)
    for cell in cells:
        if BIBLIOGRAPHY in tags(cell):
            cell["source"] = "\n".join(
                f"- {library.reference(k)}" for k in keys) or \
                "(No works are cited in this chapter.)"
    # unique ids; markdown solution text hidden as well
    seen = set()
    for cell in cells:
        while cell.get("id") in seen:
            cell["id"] = cell["id"][:60] + "x"
        seen.add(cell.get("id"))
        if SOLUTION_HEADING in tags(cell):
            cell["metadata"]["id"] = cell["id"]
    nb["cells"] = cells
    colab = nb.setdefault("metadata", {}).setdefault("colab", {})
    colab["collapsed_sections"] = [c["id"] for c in cells
                                   if SOLUTION_HEADING in tags(c)]
    return nb


# ------------------------------------------------------- student view -> MyST
def myst_text(text, library, labels, classes=None):
    """Plain links and boxes of the student view -> MyST roles, directives.

    ``labels``: "3.1" -> exercise label.
    """
    terms = library.terms()

    def term(match):
        label, anchor = match.groups()
        name = terms.get(anchor)
        if name is None:
            return match.group(0)
        return (f"{{term}}`{label}`" if make_id(label) == anchor
                else f"{{term}}`{label} <{name}>`")

    def cite(match):
        label, keys = match.groups()
        role = "cite:p" if label.startswith("(") else "cite:t"
        return f"{{{role}}}`{keys}`"

    def ref(match):
        label, number = match.groups()
        if number not in labels:
            return match.group(0)
        return f"{{ref}}`{label} <{labels[number]}>`"

    def box(match):
        title = match.group("title").strip()
        body = "\n".join(re.sub(r"^> ?", "", line) for line in
                         match.group("body").rstrip("\n").splitlines())
        klass = (classes or {}).get(title, "tip")
        heading = title + match.group("rest").rstrip()
        return (f"```{{admonition}} {heading}\n:class: {klass}\n"
                f"{body.strip(chr(10))}\n```\n")

    text = TERM_LINK.sub(term, text)
    text = CITE_LINK.sub(cite, text)
    text = EXERCISE_LINK.sub(ref, text)
    return BOX.sub(box, text)


def _md(text, after):
    """A new markdown cell, its id derived from the cell before it."""
    return {"cell_type": "markdown", "id": f"{after.get('id', 'c')}"[:56]
            + "-end", "metadata": {}, "source": text}


def to_myst(nb, library=None):
    """Return a copy of student-view notebook dict ``nb`` for the site."""
    library = library or Library()
    nb = copy.deepcopy(nb)
    labels = {}
    for cell in nb["cells"]:
        if EXERCISE in tags(cell):
            match = HEADING.match(source(cell))
            if match:
                labels[f"{match.group(1)}.{match.group(2)}"] = \
                    cell["metadata"]["exercise"]["label"]
    cells, open_solution = [], False
    for cell in nb["cells"]:
        t = tags(cell)
        if open_solution and SOLUTION not in t:
            cells.append(_md("```{solution-end}\n```", cells[-1]))
            open_solution = False
        meta = cell.setdefault("metadata", {})
        meta.pop("cellView", None)
        for key in ("source_hidden", "outputs_hidden"):
            meta.get("jupyter", {}).pop(key, None)
        if cell["cell_type"] == "code":
            lines = source(cell).split("\n")
            if lines[0].startswith(TITLE):
                cell["source"] = "\n".join(lines[1:])
            cells.append(cell)
            continue
        if cell["cell_type"] != "markdown":
            cells.append(cell)
            continue
        text = myst_text(source(cell), library, labels,
                         cell["metadata"].get("admonition_class"))
        if SOLUTION in t:
            lines = text.split("\n")
            if lines and MD_TITLE.match(lines[0]):
                text = "\n".join(lines[1:]).lstrip("\n")
        if EXERCISE in t:
            label = cell["metadata"]["exercise"]["label"]
            match = HEADING.match(text)
            title = (match and match.group("title") or "").strip()
            body = HEADING.sub("", text, count=1).strip("\n")
            text = (f"```{{exercise}}{' ' + title if title else ''}\n"
                    f":label: {label}\n\n{body}\n```")
        elif SOLUTION_HEADING in t:
            label = cell["metadata"]["solution"]["label"]
            text = f"```{{solution-start}} {label}\n:class: dropdown\n```"
            open_solution = True
        elif BIBLIOGRAPHY in t:
            options = cell["metadata"].get("bibliography", {})
            text = "```{bibliography}\n" + "".join(
                f":{k}: {v}\n" for k, v in options.items()) + "```"
        cell["source"] = text
        cells.append(cell)
    if open_solution:
        cells.append(_md("```{solution-end}\n```", cells[-1]))
    nb["cells"] = cells
    return nb

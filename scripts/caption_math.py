"""Write the math in figure captions as math (idempotent).

A caption (cell metadata ``mystnb.figure.caption``) is Markdown: math in
``$...$`` is typeset like the text around it.  A few captions wrote it as
plain text (``0.1x^2 + 2y^2``) next to captions that typeset it; this
script puts each of those formulas in ``$...$``.  Only the metadata
changes (no outputs, no code), so no chapter needs re-executing.

    python scripts/caption_math.py            # fix every chapter
    python scripts/caption_math.py --check    # exit 1 if one needs it

Running it twice changes nothing the second time.
"""

import argparse
import pathlib
import re
import sys

import nbformat

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Plain-text formula -> TeX.  Matched only outside $...$.
FORMULAS = {
    "0.1x^2 + 2y^2": r"0.1x^2 + 2y^2",
    "|x| + |y|": r"|x| + |y|",
    "x^2 - y^2": r"x^2 - y^2",
    "2/L = 0.5": r"2/L = 0.5",
    "|y|": r"|y|",
    "1/epsilon": r"1/\epsilon",
}

# What plain-text math looks like: a power, or a ratio with a name.
PLAIN_MATH = re.compile(r"[A-Za-z0-9)]\^\d|\b1/[a-z]{2,}|\|[a-z]\|")


def outside_math(text):
    """The parts of ``text`` that are not inside ``$...$``."""
    return re.sub(r"\$[^$]*\$", " ", text)


_ANY = re.compile("|".join(re.escape(plain) for plain in
                           sorted(FORMULAS, key=len, reverse=True)))


def fix(caption):
    parts = re.split(r"(\$[^$]*\$)", caption)
    for i, part in enumerate(parts):
        if not part.startswith("$"):
            parts[i] = _ANY.sub(lambda m: f"${FORMULAS[m.group(0)]}$", part)
    return "".join(parts)


def captions(nb):
    for cell in nb.cells:
        figure = cell.metadata.get("mystnb", {}).get("figure", {})
        if "caption" in figure:
            yield figure


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("paths", nargs="*", type=pathlib.Path)
    args = parser.parse_args(argv)
    paths = args.paths or sorted((ROOT / "chapters").glob("*.ipynb"))
    todo = []
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        changed = False
        for figure in captions(nb):
            new = fix(figure["caption"])
            if new != figure["caption"]:
                todo.append(f"{path.name}: {figure['caption'][:70]}")
                figure["caption"] = new
                changed = True
        if changed and not args.check:
            nbformat.write(nb, path)
    for line in todo:
        print(("needs fixing: " if args.check else "fixed: ") + line)
    return 1 if (args.check and todo) else 0


if __name__ == "__main__":
    sys.exit(main())

"""Find every number a chapter's prose quotes, and look for it in the chapter.

The course promises that no sentence is contradicted by the chapter's own
numbers. Prose numbers are plain text (they must read cleanly in Colab and
JupyterLab, where MyST's ``glue`` does not render), so this module checks
them instead: every number in a chapter's prose (markdown cells, figure
captions and alt texts) must be

* printed by one of the chapter's code cells (its text or HTML outputs),
  at the precision the prose uses (prose 0.96 matches an output 0.9623;
  prose 96.2% matches an output 0.962); or
* written in the chapter's code (a setting the reader sees: ``lr=0.55``,
  ``mlp([64, 32, 10])``); or
* on the allow-list, ``tests/prose_numbers.yml``: definitions and constants
  (0.9, 1e-3, the bound 2/λ ...), each with a reason, per chapter or for
  every chapter.

What is not checked: math (``$...$``: derivations, not measurements; a
measured value inside math follows ``\\approx`` and *is* checked), inline
code and code blocks (settings), small integers 0-10 ("two", "3 to 10"),
years in citations, arXiv and DOI identifiers, reading times ("about 90
minutes", estimated by scripts/student_view.py), and numbers right after
"chapter", "section", "exercise" and similar words (references, not
claims).

Run ``python tests/prose_numbers.py [chapters/NN_x.ipynb ...]`` for a
report of every unmatched number with its context.
"""

from __future__ import annotations

import html
import json
import math
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[1]
ALLOW_FILE = ROOT / "tests" / "prose_numbers.yml"

# A number as prose writes it: 1,797  0.962  .5  6e5  1.2e-3  10^6 is math.
_NUMBER = re.compile(
    r"(?<![\w.\-−])[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?"
    r"(?:[eE][-+−]?\d+)?(?![\w])")
_REFERENCE_WORDS = (
    "chapter", "chapters", "section", "sections", "sec", "exercise",
    "exercises", "part", "parts", "figure", "fig", "algorithm", "theorem",
    "lemma", "eq", "equation", "appendix", "page", "pp",
    "table", "item", "cell", "line", "lines", "version", "python",
    "numpy", "matplotlib", "ipywidgets", "scikit-learn", "jupyter",
    "lecture", "vol", "no", "ch")


def _strip_markdown(text):
    """Prose without code, math (except ≈ values), roles' targets, URLs."""
    # fenced code blocks that are code (not MyST directives)
    text = re.sub(r"^(```+|~~~+)(?!\{)[^\n]*\n.*?^\1\s*$", " ",
                  text, flags=re.S | re.M)
    # directive fences and their options stay as prose, minus the options
    text = re.sub(r"^```+\{[^}]*\}[^\n]*$", " ", text, flags=re.M)
    text = re.sub(r"^:[\w-]+:.*$", " ", text, flags=re.M)
    text = re.sub(r"^```+\s*$", " ", text, flags=re.M)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    kept = []

    def math(m):
        body = m.group(2)
        for m in re.finditer(
                r"\\approx\s*([-−]?[\d.,]*\d(?:[eE][-+]?\d+)?)"
                r"(?:\s*\\text\{e([-+−]?)\}\s*\{?(\d+)\}?"
                r"|\s*\\times\s*10\^\{?([-+−]?\d+)\}?)?", body):
            value, sign, digits, power = m.groups()
            if digits:                       # 3.2\text{e-}4
                value += "e" + sign.replace("−", "-") + digits
            elif power:                      # 3.2 \times 10^{-4}
                value += "e" + power.replace("−", "-")
            kept.append(value)
        return " "

    text = re.sub(r"(\$\$?)(.+?)\1", math, text, flags=re.S)
    text = re.sub(r"\\\((.+?)\\\)", " ", text, flags=re.S)
    # roles: {cite:p}`key` -> drop; {term}`text <target>` -> text
    text = re.sub(r"\{(?:cite|numref|ref|eq|download)[^}]*\}`[^`]*`", " ",
                  text)
    text = re.sub(r"\{[\w:-]+\}`([^`<]*)(?:<[^`]*>)?`", r"\1", text)
    text = re.sub(r"`[^`]*`", " ", text)                 # inline code
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)    # images
    text = re.sub(r"\]\([^)]*\)", "]", text)              # link targets
    text = re.sub(r"https?://\S+", " ", text)
    text = re.sub(r"<[^>]+>", " ", text)                  # inline HTML
    text = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", " ", text, flags=re.M)
    text = re.sub(r"^#+\s*[\d.]*", " ", text, flags=re.M)
    return text + " " + " ".join(kept)


def _value(token):
    t = token.replace("−", "-").replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


def _decimals(token):
    t = token.replace(",", "").lstrip("-−")
    mant = re.split(r"[eE]", t)[0]
    return len(mant.split(".")[1]) if "." in mant else 0


def prose_numbers(text):
    """(token, value, context) for every checked number in ``text``."""
    text = _strip_markdown(text)
    out = []
    for m in _NUMBER.finditer(text):
        token = m.group(0)
        if not re.search(r"\d", token):
            continue
        value = _value(token)
        if value is None:
            continue
        before = text[max(0, m.start() - 40):m.start()]
        after = text[m.end():m.end() + 40]
        context = " ".join((before + "[" + token + "]" + after).split())
        word = re.findall(r"([A-Za-z][\w-]*)\.?\s*$", before)
        if word and word[-1].lower() in _REFERENCE_WORDS:
            continue
        if re.match(r"^\s*(?:st|nd|rd|th)\b", after):
            continue                                   # ordinals: 1st
        if re.search(r"(?:arXiv|doi)[:.\s]*$", before, re.I):
            continue                                   # an identifier
        if re.match(r"\s*(?:minutes|hours)\b", after):
            continue                                   # a reading time
        if "." not in token and "e" not in token.lower():
            if abs(value) <= 10:
                continue
            if 1900 <= value <= 2030 and (re.search(r"[(,;]\s*$", before)
                                          or re.match(r"\s*[),;]", after)):
                continue                               # a year
        pct = after.lstrip().startswith("%") or after.lstrip().startswith(
            "percent")
        out.append((token, value, pct, context))
    return out


def _strip_html(text):
    text = re.sub(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+", " ", text)
    text = re.sub(r"\sd=\"[^\"]*\"", " ", text)           # SVG path data
    text = re.sub(r"\spoints=\"[^\"]*\"", " ", text)
    # long numeric arrays (paths, values) are data, not quoted results
    text = re.sub(r"\[(?:\s*[-\d.eE+]+\s*,){4,}\s*[-\d.eE+]+\s*\]", " ", text)
    text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)


def evidence_numbers(nb):
    """Every number the notebook prints or its code writes: [(value, dec)]."""
    texts = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        texts.append("".join(cell.get("source", "")))
        for out in cell.get("outputs", []):
            if "text" in out:
                texts.append("".join(out["text"]))
            data = out.get("data", {})
            if "text/html" in data:
                texts.append(_strip_html("".join(data["text/html"])))
            for kind in ("text/plain", "text/markdown"):
                if kind in data:
                    texts.append("".join(data[kind]))
    found = []
    for text in texts:
        for m in re.finditer(
                r"[-−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.?\d+)"
                r"(?:[eE][-+−]?\d+)?",
                text):
            v = _value(m.group(0))
            if v is not None and math.isfinite(v):
                found.append(v)
    return found


def _matches(value, token, pct, found):
    target = abs(value)
    dec = _decimals(token)
    sci = "e" in token.lower()
    for v in found:
        candidates = [abs(v)]
        if pct:
            candidates.append(abs(v) * 100)
        for c in candidates:
            if sci:
                if c == 0 or target == 0:
                    if c == target:
                        return True
                    continue
                mant = re.split(r"[eE]", token.replace(",", ""))[0]
                sig = len(mant.replace("-", "").replace("−", "")
                          .replace(".", "").lstrip("0")) or 1
                if float(f"{c:.{sig - 1}e}") == float(f"{target:.{sig - 1}e}"):
                    return True
            elif round(c, dec) == round(target, dec):
                if dec == 0 and c != round(c) and target != 0:
                    # an integer in prose matches a printed integer, or a
                    # float that rounds to it only when printed with a
                    # fraction of at most one digit (e.g. 76.0)
                    if abs(c - target) > 0.05:
                        continue
                return True
    return False


def load_allow():
    data = yaml.safe_load(ALLOW_FILE.read_text(encoding="utf-8")) or {}
    return data


def _allowed(token, value, allow_list):
    for entry in allow_list:
        v = entry["value"] if isinstance(entry, dict) else entry
        if isinstance(v, str):
            if v == token or _value(v) == value:
                return True
        elif abs(float(v) - abs(value)) <= 1e-12 * max(1.0, abs(value)):
            return True
    return False


def prose_of(nb):
    """The prose of a notebook: markdown cells, figure captions, alt text."""
    parts = []
    for cell in nb["cells"]:
        tags = cell.get("metadata", {}).get("tags", [])
        if cell["cell_type"] == "markdown" and "bibliography" not in tags:
            parts.append("".join(cell["source"]))
        md = cell.get("metadata", {}).get("mystnb", {})
        for key in ("figure", "image"):
            for field in ("caption", "alt"):
                value = md.get(key, {}).get(field)
                if value:
                    parts.append(value)
    return "\n\n".join(parts)


def unmatched(path, allow=None):
    """Numbers in the prose of notebook ``path`` that nothing backs."""
    path = pathlib.Path(path)
    allow = load_allow() if allow is None else allow
    nb = json.loads(path.read_text(encoding="utf-8"))
    found = evidence_numbers(nb)
    allowed = list(allow.get("all", [])) + list(allow.get(path.stem, []))
    missing = []
    for token, value, pct, context in prose_numbers(prose_of(nb)):
        if _allowed(token, value, allowed):
            continue
        if not _matches(value, token, pct, found):
            missing.append((token, context))
    return missing


def main(argv):
    paths = argv or sorted(str(p) for p in (ROOT / "chapters").glob("*.ipynb"))
    total = 0
    for p in paths:
        miss = unmatched(p)
        total += len(miss)
        print(f"{pathlib.Path(p).name}: {len(miss)} unmatched")
        for token, context in miss:
            print(f"    {token:>10}  …{context}…")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

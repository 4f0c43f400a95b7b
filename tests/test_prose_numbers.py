"""Every number in a chapter's prose is backed by the chapter (see
tests/prose_numbers.py for the rules, tests/prose_numbers.yml for the
allow-list)."""

import json
import pathlib

import pytest

import prose_numbers as pn

ROOT = pathlib.Path(__file__).resolve().parents[1]
CHAPTERS = sorted((ROOT / "chapters").glob("*.ipynb"))


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.stem)
def test_every_prose_number_is_backed(path):
    missing = pn.unmatched(path)
    assert not missing, (
        f"{path.name}: numbers in the prose that no output prints, no code "
        "sets and tests/prose_numbers.yml does not allow:\n"
        + "\n".join(f"  {tok}: …{ctx}…" for tok, ctx in missing))


def _nb(markdown, printed="", code="x = 1"):
    return {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": markdown},
        {"cell_type": "code", "metadata": {}, "source": code,
         "outputs": [{"output_type": "stream", "name": "stdout",
                      "text": printed}]}]}


def _missing(tmp_path, nb, allow=None):
    p = tmp_path / "99_x.ipynb"
    p.write_text(json.dumps(nb))
    return [t for t, _ in pn.unmatched(p, allow or {})]


def test_a_changed_number_fails(tmp_path):
    nb = _nb("Test accuracy reaches 0.962 after 215 steps.",
             "test accuracy 0.9623 after 215 steps")
    assert _missing(tmp_path, nb) == []
    nb = _nb("Test accuracy reaches 0.972 after 216 steps.",
             "test accuracy 0.9623 after 215 steps")
    assert _missing(tmp_path, nb) == ["0.972", "216"]


def test_precision_and_percent(tmp_path):
    printed = "acc=0.96234 loss=6.1e+05 n=1797"
    ok = "It reaches 0.96, i.e. 96.2%, the loss 6e5, on 1,797 images."
    assert _missing(tmp_path, _nb(ok, printed)) == []
    bad = "It reaches 0.97, i.e. 96.3%, the loss 7e5, on 1,798 images."
    assert _missing(tmp_path, _nb(bad, printed)) == [
        "0.97", "96.3", "7e5", "1,798"]


def test_math_code_references_and_allow_list(tmp_path):
    md = ("The bound $\\eta < 2/\\lambda = 0.37$ is derived; measured "
          "$\\approx 0.41$. See chapter 12 and `lr=0.123`. We use 0.555.")
    assert sorted(_missing(tmp_path, _nb(md))) == ["0.41", "0.555"]
    allow = {"99_x": [{"value": 0.555, "why": "a definition"}]}
    assert _missing(tmp_path, _nb(md, "0.41"), allow) == []
    assert _missing(tmp_path, _nb(md, code="lr = 0.555")) == ["0.41"]


def test_captions_are_prose(tmp_path):
    nb = _nb("Nothing here.")
    nb["cells"][1]["metadata"] = {
        "mystnb": {"figure": {"caption": "Diverges at step 76."},
                   "image": {"alt": "a loss of 5101 at the end"}}}
    assert sorted(_missing(tmp_path, nb)) == ["5101", "76"]


def test_errata_appendix_numbers_come_from_the_chapters():
    """The errata appendix quotes the chapters' results."""
    found = []
    for path in CHAPTERS:
        found += pn.evidence_numbers(json.loads(path.read_text()))
    text = (ROOT / "appendix" / "errata.md").read_text(encoding="utf-8")
    allowed = pn.load_allow().get("all", []) + pn.load_allow().get(
        "errata", [])
    missing = [(tok, ctx) for tok, v, pct, ctx in pn.prose_numbers(text)
               if not pn._allowed(tok, v, allowed)
               and not pn._matches(v, tok, pct, found)]
    assert not missing, "\n".join(f"  {t}: …{c}…" for t, c in missing)


def test_step_numbers_are_claims_years_and_ids_are_not(tmp_path):
    md = ("It diverges at step 76 (Polyak 1964; Sutskever et al. (2013), "
          "arXiv:1609.04747), in about 90 minutes of reading.")
    assert _missing(tmp_path, _nb(md)) == ["76"]
    assert _missing(tmp_path, _nb(md, "diverged at step 76")) == []


def test_plain_text_beside_html_is_evidence(tmp_path):
    nb = _nb("It ends at x = -0.7996.")
    nb["cells"][1]["outputs"] = [{
        "output_type": "execute_result", "execution_count": 1,
        "metadata": {}, "data": {"text/html": "<div>a picture</div>",
                                  "text/plain": "x = -0.7996"}}]
    assert _missing(tmp_path, nb) == []


def test_grouped_thousands_in_outputs(tmp_path):
    assert _missing(tmp_path, _nb("It saw 13,470 examples.",
                                  "examples: 13,470")) == []
    assert _missing(tmp_path, _nb("It saw 13,470 examples.",
                                  "examples: 13, 470")) == ["13,470"]

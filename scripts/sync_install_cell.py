"""Write the install cell (tagged ``colab-install``) of every chapter.

    python scripts/sync_install_cell.py            # rewrite where needed
    python scripts/sync_install_cell.py --check    # exit 1 if out of date
    python scripts/sync_install_cell.py --insert   # also add missing cells

A chapter's first code cell is tagged ``colab-install``.  On Colab (and in
JupyterLite) it installs optlib when it is missing, quietly; on Binder or a
computer where optlib is installed it does nothing and prints nothing.  It
installs from the repository URL of ``_config.yml`` (JupyterLite: from the
wheel the site bundles), never by name from PyPI, where an unrelated
``optlib`` lives.  When the install fails it says which repository it
tried and what to check, instead of a bare ``CalledProcessError``.

The cell stays the first code cell, so Colab runs it first, but it is out
of the way: tagged ``remove-cell`` (not on the web page), its input
collapsed in JupyterLab and Notebook 7 (``jupyter.source_hidden``) and in
Colab's form view (``cellView: form``; only the ``#@title`` line shows).
Only that cell's source and metadata are ever changed (``--insert`` adds
the cell to a chapter that has none), so the script is idempotent.
"""

import argparse
import pathlib
import sys
import uuid

import nbformat
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
TAG = "colab-install"

TITLE = "#@title Install optlib (on Colab and JupyterLite only)"

TEMPLATE = '''\
#@title Install optlib (on Colab and JupyterLite only)
# Installs optlib where it is missing (Colab, JupyterLite); elsewhere,
# e.g. on Binder or your computer, this cell does nothing.
import importlib.util
import sys

if importlib.util.find_spec("optlib") is None:
    if sys.platform == "emscripten":  # JupyterLite: the site's own wheel
        import piplite
        await piplite.install("optlib")
    else:  # from the course's repository (not PyPI's unrelated optlib)
        import subprocess
        REPO = "git+{url}@{branch}"
        pip = subprocess.run([sys.executable, "-m", "pip", "install",
                              "--quiet", f"optlib @ {{REPO}}"],
                             capture_output=True, text=True)
        if pip.returncode != 0:
            print(pip.stderr.strip()[-1500:], file=sys.stderr)
            URL = REPO[len("git+"):].rsplit("@", 1)[0]
            raise RuntimeError(
                f"Installing optlib from {{REPO}} failed. Check that this "
                f"notebook is connected to the internet, that {{URL}} "
                "opens in a browser, and pip's message above; then run "
                "this cell again.") from None'''

# How the cell is shown: first code cell; removed from the web page
# (MyST-NB's remove-cell); input collapsed in JupyterLab and Notebook 7;
# Colab's form view shows only its #@title line.
TAGS = [TAG, "remove-cell"]


def repository(config_path=ROOT / "_config.yml"):
    """Return ``(url, branch)`` from ``_config.yml``'s ``repository``."""
    config = yaml.safe_load(pathlib.Path(config_path).read_text())
    repo = config.get("repository") or {}
    url = str(repo.get("url", "")).rstrip("/")
    if not url.startswith("https://"):
        raise ValueError(f"_config.yml: repository.url must be an https "
                         f"URL, got {url!r}")
    return url, str(repo.get("branch") or "main")


def expected_source(config_path=ROOT / "_config.yml"):
    """The install cell's source for the repository in ``_config.yml``."""
    url, branch = repository(config_path)
    return TEMPLATE.format(url=url, branch=branch)


def install_cells(nb):
    """Indices of the code cells tagged ``colab-install``."""
    return [i for i, cell in enumerate(nb.cells)
            if cell.cell_type == "code"
            and TAG in cell.get("metadata", {}).get("tags", [])]


def first_code_cell(nb):
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            return i
    return None


def problems(nb, source):
    """What is wrong with a notebook's install cell (empty list: fine)."""
    tagged = install_cells(nb)
    if not tagged:
        return [f"no code cell tagged {TAG!r}"]
    found = []
    if len(tagged) > 1:
        found.append(f"{len(tagged)} cells tagged {TAG!r}")
    if tagged[0] != first_code_cell(nb):
        found.append(f"the cell tagged {TAG!r} is not the first code cell")
    cell = nb.cells[tagged[0]]
    if cell.source != source:
        found.append("its source differs from _config.yml's repository")
    if (cell.metadata.get("tags") != TAGS
            or not cell.metadata.get("jupyter", {}).get("source_hidden")
            or cell.metadata.get("cellView") != "form"):
        found.append(f"its metadata is not tags {TAGS}, "
                     "jupyter.source_hidden and cellView: form")
    return found


def _show(cell, source):
    """Set the cell's source and how it is shown; True when changed."""
    before = (cell.source, dict(cell.metadata))
    cell.source = source
    meta = cell.metadata
    meta["tags"] = TAGS + [t for t in meta.get("tags", []) if t not in TAGS]
    meta["jupyter"] = {**meta.get("jupyter", {}), "source_hidden": True}
    meta["cellView"] = "form"
    return (cell.source, dict(cell.metadata)) != before


def apply(nb, source, insert=True):
    """Bring ``nb``'s install cell up to date in memory; True if changed.

    The tagged cell is moved to be the first code cell if it is not."""
    tagged = install_cells(nb)
    if not tagged:
        if not insert:
            raise LookupError(f"no code cell tagged {TAG!r}")
        cell = nbformat.v4.new_code_cell(source, metadata={"tags": [TAG]})
        cell.id = uuid.uuid4().hex[:8]
        position = first_code_cell(nb)
        nb.cells.insert(len(nb.cells) if position is None else position,
                        cell)
        _show(cell, source)
        return True
    changed = False
    first = first_code_cell(nb)
    if tagged[0] != first:
        nb.cells.insert(first, nb.cells.pop(tagged[0]))
        changed = True
    return _show(nb.cells[first], source) or changed


def sync(path, source, insert=False):
    """Update one notebook; return True when it was (or would be) changed."""
    nb = nbformat.read(path, as_version=4)
    try:
        changed = apply(nb, source, insert=insert)
    except LookupError as exc:
        raise LookupError(f"{path}: {exc}") from None
    if changed:
        nbformat.write(nb, path)
    return changed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=pathlib.Path)
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a cell is stale")
    parser.add_argument("--insert", action="store_true",
                        help="add the cell to chapters that have none")
    args = parser.parse_args(argv)
    paths = args.notebooks or sorted((ROOT / "chapters").glob("*.ipynb"))
    source = expected_source()
    bad = 0
    for path in paths:
        if args.check:
            found = problems(nbformat.read(path, as_version=4), source)
            for problem in found:
                print(f"{path.name}: {problem}")
            bad += bool(found)
            continue
        try:
            changed = sync(path, source, insert=args.insert)
        except LookupError as exc:
            print(exc)
            bad += 1
            continue
        print(f"{path.name:40s} {'updated' if changed else 'up to date'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

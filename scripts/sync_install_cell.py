"""Write the install cell (tagged ``colab-install``) of every chapter.

    python scripts/sync_install_cell.py            # rewrite where needed
    python scripts/sync_install_cell.py --check    # exit 1 if out of date
    python scripts/sync_install_cell.py --insert   # also add missing cells

A chapter's first code cell is tagged ``colab-install``.  On Colab (and in
JupyterLite) it installs optlib when it is missing, quietly; on Binder or a
computer where optlib is installed it does nothing and prints nothing.  It
installs from the repository URL of ``_config.yml`` (JupyterLite: from the
wheel the site bundles), never by name from PyPI, where an unrelated
``optlib`` lives.  Only that cell's source is ever changed (``--insert``
adds the cell to a chapter that has none), so the script is idempotent.
"""

import argparse
import pathlib
import sys
import uuid

import nbformat
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
TAG = "colab-install"

TEMPLATE = '''\
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
        REPO = "{pip_url}"
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet",
                        f"optlib @ {{REPO}}"], check=True)'''


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
    return TEMPLATE.format(pip_url=f"git+{url}@{branch}")


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
    if nb.cells[tagged[0]].source != source:
        found.append("its source differs from _config.yml's repository")
    return found


def sync(path, source, insert=False):
    """Update one notebook; return True when it was (or would be) changed."""
    nb = nbformat.read(path, as_version=4)
    tagged = install_cells(nb)
    if not tagged:
        if not insert:
            raise LookupError(f"{path}: no code cell tagged {TAG!r}")
        cell = nbformat.v4.new_code_cell(source, metadata={"tags": [TAG]})
        cell.id = uuid.uuid4().hex[:8]
        position = first_code_cell(nb)
        nb.cells.insert(len(nb.cells) if position is None else position,
                        cell)
    elif nb.cells[tagged[0]].source == source:
        return False
    else:
        nb.cells[tagged[0]].source = source
    nbformat.write(nb, path)
    return True


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

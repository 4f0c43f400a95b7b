"""Page weight and Lighthouse budgets of the built site, measured in Chromium.

* ``serve(directory)``: the site on 127.0.0.1 from a thread, gzip-encoding
  text files as a real host (GitHub Pages, Netlify, nginx) does, so that
  Lighthouse's simulated mobile network sees realistic transfer sizes.
* ``page_bytes(context, url)``: every byte a first visit loads, uncompressed
  (HTML, styles, scripts, fonts, images; lazy images forced to load).
* ``lighthouse(url)``: Lighthouse (npm, pinned in package.json) on mobile
  settings with Debian's Chromium, offline; returns the four scores
  (``lighthouse_pages(urls)``: several pages, one Chromium; both run
  ``lighthouse.mjs``).

Run as a script to print the figures for the landing page and the two
heaviest chapters (needs ``bash scripts/build.sh`` first):

    python -m tests.browser.budget [SITE_DIR] [--no-lighthouse]
    python -m tests.browser.budget --no-weight --runs 3 \\
        --pages chapters/07_momentum,chapters/02_model_and_loss

With ``--runs N`` each page is measured N times and the median
performance score is printed with the load average before each run (the
machine is shared, and a timing moves with its load), its metrics and
the audits that lost points; the median run's report is saved in
``artifacts/lighthouse/``.
"""

import contextlib
import functools
import gzip
import http.server
import json
import os
import pathlib
import shutil
import subprocess
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
SITE = ROOT / "_build" / "html"
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse"
LIGHTHOUSE_SCRIPT = pathlib.Path(__file__).with_name("lighthouse.mjs")
CHROMIUM = pathlib.Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
MB = 1024 * 1024
REPORTS = ROOT / "artifacts" / "lighthouse"  # the median run's report

# Budgets (issue 10): bytes a first visit loads, uncompressed, everything
# included; Lighthouse scores on mobile settings (0-100).
LANDING = "intro"
CHAPTER_BYTES = 1.5 * MB
LANDING_BYTES = 1.0 * MB
SCORES = {"performance": 90, "accessibility": 100, "best-practices": 100,
          "seo": 100}

_COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".txt", ".xml",
                 ".ipynb", ".map", ".inv"}


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files; text gzip-encoded when the browser accepts it."""

    _gzipped = {}  # path -> (mtime, bytes), shared by all requests

    def log_message(self, *args):
        pass

    def send_head(self):
        path = pathlib.Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if (not accepts or path.suffix not in _COMPRESSIBLE
                or not path.is_file() or self.path.endswith("/")
                and not (path.parent / "index.html").exists()):
            return super().send_head()
        mtime = path.stat().st_mtime
        cached = self._gzipped.get(path)
        if not cached or cached[0] != mtime:
            cached = (mtime, gzip.compress(path.read_bytes(), 6, mtime=0))
            self._gzipped[path] = cached
        body = cached[1]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        import io
        return io.BytesIO(body)


@contextlib.contextmanager
def serve(directory=SITE):
    """``http://127.0.0.1:PORT`` serving ``directory`` until the block ends."""
    handler = functools.partial(Handler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class Weight:
    """Records every response of a page; ``total()`` sums their bodies.

    It also keeps the requests still in flight: ``settle()`` waits until
    none has been for half a second (Playwright's "networkidle", but with a
    generous deadline and a message that names what is still loading).
    """

    def __init__(self, page):
        self.page = page
        self.responses = []
        self.pending = set()
        page.on("response", lambda r: self.responses.append(r))
        page.on("request", lambda r: self.pending.add(r))
        page.on("requestfinished", lambda r: self.pending.discard(r))
        page.on("requestfailed", lambda r: self.pending.discard(r))

    def settle(self, timeout=120.0, quiet=0.5):
        deadline = time.monotonic() + timeout
        calm_since = None
        while True:
            now = time.monotonic()
            if self.pending:
                calm_since = None
            elif calm_since is None:
                calm_since = now
            elif now - calm_since >= quiet:
                return
            if now > deadline:
                raise AssertionError(
                    f"still loading after {timeout:.0f} s: "
                    f"{sorted(r.url for r in self.pending)[:5]}")
            self.page.wait_for_timeout(100)

    def total(self):
        sizes = {}
        for r in self.responses:
            if r.status >= 300 or r.request.method != "GET":
                continue
            try:
                sizes[r.url] = len(r.body())
            except Exception:  # body gone (e.g. a page closed): header
                sizes[r.url] = int(r.headers.get("content-length", 0))
        return sum(sizes.values()), sizes


def heaviest(sizes, n=5):
    """The ``n`` largest responses as (KB, url) for a failure message."""
    return [(round(b / 1024), url.rsplit("/", 2)[-1])
            for url, b in sorted(sizes.items(), key=lambda kv: -kv[1])[:n]]


# Load lazy images and fonts so that the sum includes everything.
LOAD_ALL = """async () => {
  const t0 = Date.now();
  while (window.MathJax && !(MathJax.startup && MathJax.startup.promise)
         && Date.now() - t0 < 15000) await new Promise(r => setTimeout(r, 50));
  if (window.MathJax && MathJax.startup) await MathJax.startup.promise;
  await Promise.all(Array.from(document.images).map(img => {
    img.loading = 'eager';
    return img.complete ? null : new Promise(r => {
      img.addEventListener('load', r); img.addEventListener('error', r);
    });
  }));
  await document.fonts.ready;
}"""


def page_bytes(context, url, viewport=None):
    """(total bytes, {url: bytes}) of one fresh visit to ``url``."""
    page = context.new_page()
    try:
        if viewport:
            page.set_viewport_size(viewport)
        weight = Weight(page)
        page.goto(url, wait_until="load")
        page.evaluate(LOAD_ALL)
        weight.settle()
        return weight.total()
    finally:
        page.close()


def lighthouse(url, workdir=None,
               categories=("performance", "accessibility", "best-practices",
                           "seo")):
    """Lighthouse's mobile scores (0-100) for ``url`` and its JSON report,
    in ``categories`` (performance, the slowest, only when asked for).

    Raises ``RuntimeError`` with Lighthouse's output if it cannot run.
    """
    return lighthouse_pages([url], workdir, categories)[0]


def lighthouse_pages(urls, workdir=None,
                     categories=("performance", "accessibility",
                                 "best-practices", "seo")):
    """``lighthouse`` for each of ``urls``, in order, with one Node.js
    process and one Chromium (``lighthouse.mjs``)."""
    if not LIGHTHOUSE.exists():
        raise RuntimeError(f"{LIGHTHOUSE} missing: run `npm ci` "
                           "(bash scripts/vendor.sh does it)")
    node = shutil.which("node")
    if not node:
        raise RuntimeError("node not on PATH: `. scripts/node_env.sh` "
                           "puts the environment's Node.js first")
    workdir = pathlib.Path(workdir or tempfile.mkdtemp(prefix="lh-"))
    workdir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "CHROME_PATH": str(CHROMIUM)}
    cmd = [node, str(LIGHTHOUSE_SCRIPT), str(workdir), ",".join(categories),
           *urls]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env,
                          timeout=120 + 120 * len(urls))
    reports = [workdir / f"{i}.json" for i in range(len(urls))]
    if done.returncode != 0 or not all(r.exists() for r in reports):
        raise RuntimeError(f"lighthouse failed ({done.returncode}):\n"
                           f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    results = []
    for report in reports:
        data = json.loads(report.read_text())
        scores = {k: round(100 * (c["score"] or 0))
                  for k, c in data["categories"].items()}
        results.append((scores, data))
    return results


def failing_audits(data, category):
    """Titles of the audits that lost points in ``category``."""
    refs = data["categories"][category]["auditRefs"]
    out = []
    for ref in refs:
        audit = data["audits"][ref["id"]]
        if ref["weight"] and audit["score"] is not None \
                and audit["score"] < 1:
            out.append(f"{ref['id']} ({audit.get('displayValue', '')})")
    return out


def chapters_by_size(site=SITE):
    """Chapter docnames, heaviest HTML first."""
    pages = sorted((site / "chapters").glob("*.html"),
                   key=lambda p: -p.stat().st_size)
    return [f"chapters/{p.stem}" for p in pages]


METRICS = ("first-contentful-paint", "largest-contentful-paint",
           "total-blocking-time", "cumulative-layout-shift", "speed-index")


def performance_details(data):
    """Lighthouse's performance metrics (display values) and the
    opportunities and diagnostics that lost points, from one report."""
    audits = data["audits"]
    metrics = {m: audits[m].get("displayValue", "") for m in METRICS}
    weak = [f"{a['id']} ({a.get('displayValue', '')})".replace(" ()", "")
            for a in audits.values()
            if a.get("score") is not None and a["score"] < 0.9
            and a.get("details", {}).get("type") in ("opportunity", "table")
            and a["id"] not in METRICS]
    return metrics, weak


def measure(url, runs=3):
    """Lighthouse ``runs`` times on ``url``: the median performance score,
    all scores, and the metrics of the median run; with the load average
    of the machine before each run (a shared machine: timing moves)."""
    results = []
    for _ in range(runs):
        load = os.getloadavg()[0]
        scores, data = lighthouse(url)
        results.append((scores["performance"], load, scores, data))
    results.sort(key=lambda r: r[0])
    median = results[len(results) // 2]
    return {"median": median[0],
            "runs": [r[0] for r in results],
            "load": [round(r[1], 2) for r in results],
            "scores": median[2],
            "details": performance_details(median[3]),
            "report": median[3]}


def main(site=SITE, lighthouse_too=True, pages=None, runs=1,
         weight_too=True):
    from playwright.sync_api import sync_playwright
    site = pathlib.Path(site)
    chapters = chapters_by_size(site)
    with serve(site) as url:
        if weight_too:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=str(CHROMIUM),
                                             args=["--no-sandbox"])
                context = browser.new_context(viewport={"width": 1280,
                                                        "height": 900})
                print(f"{'page':40s} {'bytes (uncompressed)':>22s}  "
                      "requests")
                for name in pages or [LANDING] + chapters:
                    total, sizes = page_bytes(context, f"{url}/{name}.html")
                    print(f"{name:40s} {total / MB:19.2f} MB  "
                          f"{len(sizes):8d}")
                browser.close()
        if not lighthouse_too:
            return
        for name in pages or [LANDING] + chapters[:2]:
            m = measure(f"{url}/{name}.html", runs)
            print(f"lighthouse {name}: performance median {m['median']} "
                  f"(runs {m['runs']}, load average {m['load']}); "
                  f"{m['scores']}")
            metrics, weak = m["details"]
            print("   " + ", ".join(f"{k.replace('-', ' ')} {v}"
                                    for k, v in metrics.items()))
            if weak:
                print(f"   to improve: {weak[:8]}")
            REPORTS.mkdir(parents=True, exist_ok=True)
            (REPORTS / f"{name.replace('/', '__')}.json").write_text(
                json.dumps(m["report"]))


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", nargs="?", default=SITE)
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--no-weight", action="store_true")
    parser.add_argument("--pages", help="comma-separated docnames, e.g. "
                        "chapters/07_momentum,intro")
    parser.add_argument("--runs", type=int, default=1,
                        help="Lighthouse runs per page (median reported)")
    a = parser.parse_args()
    main(a.site, lighthouse_too=not a.no_lighthouse,
         pages=a.pages.split(",") if a.pages else None, runs=a.runs,
         weight_too=not a.no_weight)

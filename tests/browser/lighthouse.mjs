// Lighthouse (mobile settings) on one or more URLs with one Chromium,
// for tests/browser/budget.py::lighthouse.
//
//   node lighthouse.mjs OUT_DIR CATEGORIES URL [URL...]
//
// writes OUT_DIR/0.json, 1.json, ... (each URL's report, as the CLI's
// --output=json writes it) and exits.  CATEGORIES is comma-separated
// (accessibility,best-practices,seo,performance).  Chromium is the one in
// CHROME_PATH, with a profile in OUT_DIR/profile.
//
// Why not the `lighthouse` CLI: after writing its report the CLI's process
// stays alive about 4.5 s (Chromium already killed), once per page; here
// the process exits as soon as the last report is written.
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const [outDir, categories, ...urls] = process.argv.slice(2);
if (!outDir || !categories || urls.length === 0) {
  console.error('usage: node lighthouse.mjs OUT_DIR CATEGORIES URL [URL...]');
  process.exit(2);
}

const profile = path.join(outDir, 'profile');
fs.mkdirSync(profile, {recursive: true});
let chrome;
try {
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH,
    userDataDir: profile,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu',
                  '--disable-dev-shm-usage', '--no-first-run'],
  });
  for (const [i, url] of urls.entries()) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories.split(','),
      // the page's picture for the HTML report's element thumbnails: no
      // audit scores it, and on a long page it costs a second
      disableFullPageScreenshot: true,
    });
    if (!result) throw new Error(`no result for ${url}`);
    if (result.lhr.runtimeError) {
      throw new Error(`${url}: ${result.lhr.runtimeError.code} ` +
                      result.lhr.runtimeError.message);
    }
    fs.writeFileSync(path.join(outDir, `${i}.json`), result.report);
  }
} catch (err) {
  console.error(err && err.stack || String(err));
  process.exitCode = 1;
} finally {
  if (chrome) chrome.kill();
}
process.exit(process.exitCode ?? 0);

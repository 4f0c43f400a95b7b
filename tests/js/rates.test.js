// The rate map's mathematics (optlib/playground_rates.js) against
// optlib.rates: momentum's and Nesterov's rates, stability limits, the
// worst rate over [λ_min, λ_max], Polyak's optimum, the map's grid, the
// quadratic surfaces' curvatures and the map's texts, from the fixtures
// that scripts/playground_fixtures.py writes with optlib.
// Run: node --test tests/js/*.test.js
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");

const C = require("../../optlib/playground_rates.js");
const FIX = JSON.parse(fs.readFileSync(
  path.join(__dirname, "..", "fixtures", "playground.json"), "utf8"));
const R = FIX.rates;
const TOL = 1e-12;

function close(actual, expected, what) {
  const err = Math.abs(actual - expected);
  assert.ok(err <= TOL * Math.max(1, Math.abs(expected)),
            `${what}: ${actual} vs optlib ${expected} (difference ${err})`);
}

test("fixtures reach every regime: real and complex roots, unstable", () => {
  const rates = R.cases.map((c) => c.momentum_rate);
  assert.ok(rates.some((v) => v > 1), "an unstable setting");
  assert.ok(rates.some((v) => v < 1), "a stable setting");
  // complex roots: the rate is exactly sqrt(mu) there
  assert.ok(R.cases.some((c) => c.mu > 0 &&
                         Math.abs(c.momentum_rate - Math.sqrt(c.mu)) < 1e-12));
  assert.ok(R.worst.some((c) => c.nesterov) &&
            R.worst.some((c) => !c.nesterov));
});

test("momentum and Nesterov rates equal optlib.rates", () => {
  for (const c of R.cases) {
    const what = `(lr ${c.lr}, mu ${c.mu}, lam ${c.lam})`;
    close(C.momentum_rate(c.lr, c.mu, c.lam), c.momentum_rate,
          "momentum_rate" + what);
    close(C.nesterov_rate(c.lr, c.mu, c.lam), c.nesterov_rate,
          "nesterov_rate" + what);
  }
});

test("stability limits, worst rates and Polyak's optimum", () => {
  for (const c of R.limits) {
    close(C.stability_limit(c.mu, c.lam, c.nesterov), c.limit,
          `stability_limit(${c.mu}, ${c.lam}, ${c.nesterov})`);
  }
  for (const c of R.worst) {
    close(C.worst_rate(c.lr, c.mu, c.lam_min, c.lam_max, c.nesterov), c.rate,
          `worst_rate(${c.lr}, ${c.mu}, ${c.lam_min}, ${c.lam_max}, ` +
          `${c.nesterov})`);
  }
  for (const c of R.optimal) {
    C.optimal_momentum(c.lam_min, c.lam_max).forEach((v, i) =>
      close(v, c.optimal[i], `optimal_momentum(${c.lam_min}, ` +
            `${c.lam_max})[${i}]`));
  }
});

test("the rate map's grid is optlib's worst_rate at the cell centres", () => {
  const g = R.grid;
  for (const nest of [false, true]) {
    const z = C.rate_grid(g.lam_min, g.lam_max, g.n, g.m, {nesterov: nest});
    assert.equal(z.length, g.n * g.m);
    Array.from(z).forEach((v, k) => close(v, g.rates[String(nest)][k],
                                          `grid[${k}] nesterov ${nest}`));
  }
  // the default width of the map is plots.rate_map's, 1.1 · 4/λ_max
  close(1.1 * C.stability_limit(1, g.lam_max), g.lr_max, "lr_max");
});

test("quadratic surfaces' curvatures are the Hessian's eigenvalues", () => {
  let seen = 0;
  for (const s of FIX.surfaces) {
    const lams = C.curvatures(s.name, s.args);
    if (s.curvatures === null) {
      assert.equal(lams, null, s.name + " has no curvatures");
      continue;
    }
    seen += 1;
    lams.forEach((v, i) => close(v, s.curvatures[i],
      `${s.name}(${JSON.stringify(s.args)}) curvature ${i}`));
  }
  assert.ok(seen >= 5);
});

test("the rate map's texts are optlib.playground.rate_map_texts", () => {
  for (const t of R.texts) {
    const lams = C.curvatures(t.surface, t.args);
    assert.deepEqual(lams, t.curvatures);
    const mine = C.rate_map_texts(lams, t.runs[t.rate_map.run],
                                  t.rate_map.run);
    for (const key of ["where", "run", "optimum"]) {
      assert.equal(mine[key], t.texts[key], `${t.surface} ${key}`);
    }
  }
});

test("a wrong rate formula fails the comparison", () => {
  // the test can fail: GD's abs(1 - ηλ) in place of the heavy ball's rate
  const c = R.cases.find((x) => x.mu === 0.9 && x.lam === 20 &&
                         x.lr === 0.05);
  assert.throws(() => close(Math.abs(1 - c.lr * c.lam), c.momentum_rate,
                            "gd"));
});

/* The rate map's mathematics: optlib/rates.py in JavaScript, for the
 * playground's rate map (optlib/playground_ratemap.js).
 *
 * Along a direction of curvature λ of a quadratic, heavy-ball momentum is
 * a 2×2 linear recursion whose rate (the error's factor per step in the
 * long run) is the larger root modulus of z² − (1+μ−ηλ)z + μ; Nesterov's
 * of z² − (1+μ)(1−ηλ)z + μ(1−ηλ).  Each function reads like its Python
 * twin; tests/js/rates.test.js compares them with optlib to about 1e-12,
 * from the fixtures of scripts/playground_fixtures.py.
 *
 * No DOM here: Node's test runner loads this file with require().
 */
(function (root) {
  "use strict";
  const core = typeof module === "object" && module.exports
    ? require("./playground_core.js") : root.OptlibPlaygroundCore;
  const fmtG = core.fmtG;

  // The largest modulus of the roots of z² − trace·z + det (NumPy's
  // sqrt(trace² − 4det + 0j) and abs, as optlib.rates._larger_root).
  function larger_root(trace, det) {
    const d = trace * trace - 4 * det;
    if (d >= 0) {
      const s = Math.sqrt(d);
      return Math.max(Math.abs(trace + s), Math.abs(trace - s)) / 2;
    }
    return Math.hypot(trace, Math.sqrt(-d)) / 2;
  }

  function momentum_rate(lr, momentum, lam) {
    return larger_root(1 + momentum - lr * lam, momentum);
  }

  function nesterov_rate(lr, momentum, lam) {
    const a = lr * lam;
    return larger_root((1 + momentum) * (1 - a), momentum * (1 - a));
  }

  // The largest stable η along curvature λ: 2(1+μ)/λ, Nesterov's
  // 2(1+μ)/((1+2μ)λ).
  function stability_limit(momentum, lam, nesterov) {
    let limit = 2 * (1 + momentum) / lam;
    if (nesterov) limit = limit / (1 + 2 * momentum);
    return limit;
  }

  // The rate on curvatures in [λ_min, λ_max]: the worse of the two ends.
  function worst_rate(lr, momentum, lamMin, lamMax, nesterov) {
    const rate = nesterov ? nesterov_rate : momentum_rate;
    return Math.max(rate(lr, momentum, lamMin), rate(lr, momentum, lamMax));
  }

  // Polyak's best heavy ball: [η*, μ*, rate].
  function optimal_momentum(lamMin, lamMax) {
    const root = Math.sqrt(lamMax / lamMin);
    const rate = (root - 1) / (root + 1);
    const lr = 4 / Math.pow(Math.sqrt(lamMax) + Math.sqrt(lamMin), 2);
    return [lr, rate * rate, rate];
  }

  // worst_rate at the centres of n × m cells over η in (0, lrMax] (left to
  // right) and μ in [0, muMax] (bottom to top), row by row from the top.
  // lrMax defaults to plots.rate_map's, 1.1 · stability_limit(1, λ_max).
  function rate_grid(lamMin, lamMax, n, m, options) {
    const o = Object.assign({lrMax: 1.1 * stability_limit(1, lamMax),
                             muMax: 1, nesterov: false}, options || {});
    const out = new Float64Array(n * m);
    for (let j = 0; j < m; j++) {
      const mu = o.muMax * (m - j - 0.5) / m;
      for (let i = 0; i < n; i++) {
        const lr = o.lrMax * (i + 0.5) / n;
        out[j * n + i] = worst_rate(lr, mu, lamMin, lamMax, o.nesterov);
      }
    }
    return out;
  }

  // [λ_min, λ_max] of a quadratic playground surface, else null: as
  // optlib.playground.curvatures (2a, 2b for bowl(a, b); 0.2 and
  // 0.2·condition for ill_conditioned and quadratic, at any angle).
  function curvatures(name, args) {
    args = args || {};
    let a, b;
    if (name === "bowl") {
      a = args.a === undefined ? 0.1 : args.a;
      b = args.b === undefined ? 2.0 : args.b;
    } else if (name === "ill_conditioned" || name === "quadratic") {
      a = 0.1;
      b = 0.1 * (args.condition === undefined ? 20 : args.condition);
    } else return null;
    return [2 * Math.min(a, b), 2 * Math.max(a, b)];
  }

  // What the rate map says in words: optlib.playground.rate_map_texts for
  // curvatures [λ_min, λ_max], the map's (SGD) run and its index r from 0.
  function rate_map_texts(lams, run, r) {
    const [lo, hi] = lams;
    const rate = worst_rate(run.lr, run.momentum, lo, hi, run.nesterov);
    const [ls, ms, rs] = optimal_momentum(lo, hi);
    return {
      where: "for curvatures λ from " + fmtG(lo, 4) + " to " + fmtG(hi, 4) +
             " (κ = " + fmtG(hi / lo, 4) + ")",
      run: "run " + (r + 1) + ": lr = " + fmtG(run.lr, 4) + ", momentum = " +
           fmtG(run.momentum, 4) + (run.nesterov ? ", nesterov" : "") +
           ": rate " + fmtG(rate, 4) + (rate >= 1 ? " (unstable)" : ""),
      optimum: "optimum lr* = " + fmtG(ls, 4) + ", momentum* = " +
               fmtG(ms, 4) + ", rate " + fmtG(rs, 4),
      rate: rate,
    };
  }

  const rates = {
    larger_root, momentum_rate, nesterov_rate, stability_limit, worst_rate,
    optimal_momentum, rate_grid, curvatures, rate_map_texts,
  };
  if (typeof module === "object" && module.exports) module.exports = rates;
  else root.OptlibPlaygroundRates = rates;
})(typeof self !== "undefined" ? self : this);

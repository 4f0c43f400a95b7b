// The playground's JavaScript (optlib/playground_core.js) against optlib:
// surfaces, every update rule and option combination, the trajectory
// loop's stopping rules, the gradient noise and the number format, from
// the fixtures that scripts/playground_fixtures.py writes with optlib.
// Run: node --test tests/js/*.test.js
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");

const C = require("../../optlib/playground_core.js");
const FIX = JSON.parse(fs.readFileSync(
  path.join(__dirname, "..", "fixtures", "playground.json"), "utf8"));
const TOL = 1e-12;

function num(v) {           // the fixtures write inf as a string
  return typeof v === "string" ? Number(v.replace("inf", "Infinity")) : v;
}

function close(actual, expected, what) {
  expected = num(expected);
  if (Number.isNaN(expected) && Number.isNaN(actual)) return;
  if (!Number.isFinite(expected)) {
    assert.equal(actual, expected, what);
    return;
  }
  const err = Math.abs(actual - expected);
  assert.ok(err <= TOL * Math.max(1, Math.abs(expected)),
            `${what}: ${actual} vs optlib ${expected} (difference ${err})`);
}

function closeArray(actual, expected, what) {
  assert.equal(actual.length, expected.length, what + ": length");
  actual.forEach((v, i) => {
    if (Array.isArray(v)) closeArray(v, expected[i], `${what}[${i}]`);
    else close(v, expected[i], `${what}[${i}]`);
  });
}

test("fixtures cover every rule, option and surface", () => {
  const opts = new Set(FIX.trajectories.map((r) => r.settings.optimizer));
  assert.deepEqual([...opts].sort(), Object.keys(C.OPTIMIZERS).sort());
  const names = new Set(FIX.surfaces.map((s) => s.name));
  assert.deepEqual([...names].sort(), Object.keys(C.SURFACES).sort());
  for (const flag of ["nesterov", "centered", "amsgrad", "square", "sqrt",
                      "bias_correction"]) {
    const seen = new Set(FIX.trajectories
      .filter((r) => flag in r.settings).map((r) => r.settings[flag]));
    assert.equal(seen.size, 2, flag + " both on and off");
  }
  const messages = FIX.trajectories.map((r) => r.message.split(" ")[0]);
  for (const kind of ["converged", "diverged", "stopped"]) {
    assert.ok(messages.includes(kind), "a run that " + kind);
  }
});

test("surfaces: values, gradients, boxes and starts", () => {
  for (const s of FIX.surfaces) {
    const surf = C.makeSurface(s.name, s.args);
    const what = `${s.name}(${JSON.stringify(s.args)})`;
    closeArray(surf.bounds, s.bounds, what + " bounds");
    closeArray(surf.x0, s.x0, what + " x0");
    s.points.forEach(([x, y], i) => {
      close(surf.f(x, y), s.values[i], `${what} f(${x}, ${y})`);
      closeArray(surf.grad(x, y), s.grads[i], `${what} grad(${x}, ${y})`);
    });
  }
});

test("trajectories: every rule and option, path and outcome", () => {
  for (const r of FIX.trajectories) {
    const surf = C.makeSurface(r.surface, r.args);
    const hp = Object.assign({}, r.settings);
    delete hp.optimizer;
    const opt = C.makeOptimizer(r.settings.optimizer, hp);
    const gradFn = r.noise ? C.noisy_grad(surf, r.noise, r.seed) : null;
    const run = C.trajectory(opt, surf, r.x0, r.steps, {grad_fn: gradFn});
    const what = `${r.label} on ${r.surface}` + (r.noise ? " (noisy)" : "");
    assert.equal(run.message, r.message, what + ": message");
    assert.equal(run.steps_run, r.steps_run, what + ": steps_run");
    assert.equal(run.diverged_step, r.diverged_step, what);
    assert.equal(run.converged_step, r.converged_step, what);
    closeArray(run.path, r.path, what + " path");
    closeArray(run.values, r.values, what + " values");
    assert.equal(C.outcome(run), r.outcome, what + ": outcome text");
  }
});

test("gradient noise: the same generator as optlib.playground", () => {
  for (const n of FIX.noise) {
    assert.equal(C.hash32(n.seed, n.t, n.i), n.hash);
    close(C.gaussian(n.seed, n.t, n.i), n.gaussian,
          `gaussian(${n.seed}, ${n.t}, ${n.i})`);
  }
});

test("numbers print as Python's format(v, '.6g')", () => {
  for (const f of FIX.format) {
    const v = num(f.value);
    for (const p of [6, 4, 3]) {
      assert.equal(C.fmtG(v, p), f["g" + p], `fmtG(${f.value}, ${p})`);
    }
  }
});

test("a rule changed here fails the comparison", () => {
  // the test can fail: Adam without its bias correction of v is caught
  const r = FIX.trajectories.find((t) => t.settings.optimizer === "Adam");
  const surf = C.makeSurface(r.surface, r.args);
  const hp = Object.assign({}, r.settings);
  delete hp.optimizer;
  const opt = C.makeOptimizer("AdamVariant", {
    lr: hp.lr, beta1: hp.beta1, beta2: hp.beta2, eps: hp.eps,
    bias_correction: false});
  const run = C.trajectory(opt, surf, r.x0, r.steps);
  assert.throws(() => closeArray(run.path, r.path, "path"));
});

test("bad settings are refused with torch's words", () => {
  assert.throws(() => C.makeOptimizer("SGD", {lr: -1}),
                /Invalid learning rate: -1/);
  assert.throws(() => C.makeOptimizer("Adam", {lr: 0.1, beta2: 1}),
                /Invalid beta parameter at index 1: 1/);
  assert.throws(() => C.makeOptimizer("SGD", {lr: 0.1, nesterov: true}),
                /Nesterov momentum requires a momentum and zero dampening/);
  assert.throws(() => C.makeSurface("nope"), /unknown surface nope/);
});

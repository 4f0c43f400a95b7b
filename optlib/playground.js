/* The optimizer playground: drag the start, turn the knobs, race up to
 * three optimizers, all in the reader's browser (no kernel, no network).
 *
 * The mathematics is in playground_core.js (optlib's rules, tested
 * against optlib).  This file draws and listens:
 *   - a map of the surface (heat map and contour lines, computed once per
 *     surface) with each run's path, a draggable start point (mouse,
 *     touch, arrow keys) and the loss against the step beside it;
 *   - play / pause / step / start over, the steps shown on the map;
 *   - a labelled control for every hyperparameter of each run;
 *   - a text alternative: each run's outcome (live region);
 *   - the settings in the URL fragment (#<id>=<json>), to share a view.
 * OptlibPlayground.mount(element, config) builds one playground.
 */
(function () {
  "use strict";
  const C = window.OptlibPlaygroundCore;
  const fmt = C.fmtG;
  const MAX_RUNS = 3;
  const DASH = [[], [8, 4], [2, 3]];
  const STYLE_NAMES = ["solid", "dashed", "dotted"];
  const COLOR_NAMES = [["blue", "sky blue"], ["vermillion", "orange"],
                       ["green", "green"]];

  // Each hyperparameter's control: [label, scale, min, max, step].
  const SLIDERS = {
    lr: ["lr (η)", "log", 1e-4, 10, 0.01],
    momentum: ["momentum (μ)", "lin", 0, 0.99, 0.01],
    dampening: ["dampening", "lin", 0, 1, 0.05],
    weight_decay: ["weight decay", "lin", 0, 1, 0.01],
    lr_decay: ["lr decay", "lin", 0, 1, 0.01],
    initial_accumulator_value: ["initial sum", "lin", 0, 10, 0.1],
    alpha: ["alpha (α)", "lin", 0, 0.999, 0.001],
    beta1: ["beta1 (β₁)", "lin", 0, 0.999, 0.001],
    beta2: ["beta2 (β₂)", "lin", 0.5, 0.9999, 0.0001],
    eps: ["eps (ε)", "log", 1e-10, 1, 0.1],
  };
  const PROBLEM = {
    steps: ["steps", "lin", 1, 1000, 1],
    noise: ["gradient noise σ", "lin", 0, 5, 0.05],
    condition: ["condition κ", "log", 1, 1000, 0.01],
    angle: ["rotation (°)", "lin", -90, 90, 1],
  };
  const SURFACE_LABELS = {
    bowl: "bowl", ill_conditioned: "ill-conditioned bowl",
    quadratic: "quadratic (κ, turn)", rosenbrock: "Rosenbrock",
    beale: "Beale", himmelblau: "Himmelblau", saddle: "saddle x² − y²",
    monkey_saddle: "monkey saddle", two_minima: "two minima",
  };

  let counter = 0;

  function h(tag, attrs, children) {
    const el = document.createElement(tag);
    for (const k in attrs || {}) {
      if (k === "text") el.textContent = attrs[k];
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), attrs[k]);
      else if (attrs[k] !== null && attrs[k] !== undefined) {
        el.setAttribute(k, attrs[k]);
      }
    }
    for (const c of children || []) if (c) el.append(c);
    return el;
  }

  function nice(v) {                 // a slider value, 3 significant digits
    return parseFloat(v.toPrecision(3));
  }

  // A range input for one number.  get() -> value; set(v) from outside.
  function slider(uid, key, spec, value, onchange, prefix) {
    const [label, scale, min, max, step] = spec;
    const id = uid + "-" + prefix + key;
    const toPos = (v) => scale === "log" ? Math.log10(Math.max(v, min)) : v;
    const input = h("input", {
      type: "range", id: id,
      min: scale === "log" ? Math.log10(min) : min,
      max: scale === "log" ? Math.log10(max) : max,
      step: step,
    });
    const out = h("output", {for: id});
    let current = value;
    function show() {
      input.value = toPos(current);
      out.textContent = Number.isInteger(current) && Math.abs(current) < 1e5
        ? String(current) : fmt(current, 3);
      input.setAttribute("aria-valuetext", label + " = " + fmt(current, 4));
    }
    input.addEventListener("input", () => {
      const p = parseFloat(input.value);
      current = scale === "log" ? nice(Math.pow(10, p)) : nice(p);
      if (Math.abs(current) < 1e-12) current = 0;
      show();
      onchange(current);
    });
    show();
    const row = h("div", {class: "pg-field"},
                  [h("label", {for: id, text: label}), input, out]);
    row.set = (v) => { current = v; show(); };
    row.input = input;
    return row;
  }

  function checkbox(uid, key, value, onchange, prefix) {
    const id = uid + "-" + prefix + key;
    const input = h("input", {type: "checkbox", id: id});
    input.checked = value;
    input.addEventListener("change", () => onchange(input.checked));
    return h("span", {class: "pg-check"},
             [input, h("label", {for: id, text: " " + key})]);
  }

  // Which settings differ from torch's defaults, in words (as Python's
  // optlib.playground.run_label writes them).
  function runLabel(run) {
    const d = C.OPTIMIZERS[run.optimizer];
    const parts = ["lr = " + fmt(run.lr, 6)];
    for (const k in d) {
      if (k === "lr" || run[k] === d[k]) continue;
      if (typeof d[k] === "boolean") parts.push((run[k] ? "" : "no ") + k);
      else parts.push(k + " = " + fmt(run[k], 6));
    }
    return run.optimizer + " (" + parts.join(", ") + ")";
  }

  // ---------------------------------------------------------------------
  // Drawing helpers
  // ---------------------------------------------------------------------

  function css(el, name) {
    return getComputedStyle(el).getPropertyValue(name).trim();
  }

  function hexToRgb(c) {
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c);
    return m ? [1, 2, 3].map((i) => parseInt(m[i], 16)) : [128, 128, 128];
  }

  // Heat map and contour lines of a surface on a grid of n × m cells, as
  // an offscreen canvas of w × h pixels.
  function surfaceImage(surface, w, hgt, colors) {
    const n = 96, m = Math.max(24, Math.round(96 * hgt / w));
    const [[x0, x1], [y0, y1]] = surface.bounds;
    const z = new Float64Array((n + 1) * (m + 1));
    const fmin = surface.fmin;
    let k = 0;
    for (let j = 0; j <= m; j++) {
      const y = y1 - (y1 - y0) * j / m;
      for (let i = 0; i <= n; i++) {
        const x = x0 + (x1 - x0) * i / n;
        let v = surface.f(x, y);
        if (surface.log && fmin !== null) v = Math.log10(v - fmin + 1e-3);
        z[k++] = v;
      }
    }
    const sorted = Array.from(z).filter(isFinite).sort((a, b) => a - b);
    const lo = sorted[Math.floor(0.01 * (sorted.length - 1))];
    const hi = sorted[Math.floor(0.97 * (sorted.length - 1))];
    const lc = hexToRgb(colors.lo), hc = hexToRgb(colors.hi);
    const small = document.createElement("canvas");
    small.width = n + 1;
    small.height = m + 1;
    const sctx = small.getContext("2d");
    const img = sctx.createImageData(n + 1, m + 1);
    for (let p = 0; p < z.length; p++) {
      let t = (z[p] - lo) / (hi - lo || 1);
      t = Math.min(1, Math.max(0, t));
      for (let c = 0; c < 3; c++) {
        img.data[4 * p + c] = lc[c] + (hc[c] - lc[c]) * t;
      }
      img.data[4 * p + 3] = 255;
    }
    sctx.putImageData(img, 0, 0);
    const canvas = document.createElement("canvas");
    canvas.width = w;
    canvas.height = hgt;
    const ctx = canvas.getContext("2d");
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(small, 0, 0, w, hgt);
    // contour lines by marching squares, at levels spread over [lo, hi]
    ctx.strokeStyle = colors.contour;
    ctx.globalAlpha = 0.55;
    ctx.lineWidth = 1;
    const sx = w / n, sy = hgt / m;
    ctx.beginPath();
    for (let L = 1; L <= 14; L++) {
      const level = lo + (hi - lo) * L / 15;
      for (let j = 0; j < m; j++) {
        for (let i = 0; i < n; i++) {
          const a = z[j * (n + 1) + i], b = z[j * (n + 1) + i + 1];
          const c = z[(j + 1) * (n + 1) + i + 1], d = z[(j + 1) * (n + 1) + i];
          const pts = [];
          const edge = (va, vb, xa, ya, xb, yb) => {
            if ((va < level) !== (vb < level)) {
              const t = (level - va) / (vb - va);
              pts.push([(xa + (xb - xa) * t) * sx, (ya + (yb - ya) * t) * sy]);
            }
          };
          edge(a, b, i, j, i + 1, j);
          edge(b, c, i + 1, j, i + 1, j + 1);
          edge(d, c, i, j + 1, i + 1, j + 1);
          edge(a, d, i, j, i, j + 1);
          for (let q = 0; q + 1 < pts.length; q += 2) {
            ctx.moveTo(pts[q][0], pts[q][1]);
            ctx.lineTo(pts[q + 1][0], pts[q + 1][1]);
          }
        }
      }
    }
    ctx.stroke();
    ctx.globalAlpha = 1;
    return canvas;
  }

  function ticks(lo, hi, count) {
    const span = hi - lo;
    const raw = span / count;
    const mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map((s) => s * mag).find((s) => s >= raw);
    const out = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9 * span;
         v += step) {
      out.push(Math.abs(v) < 1e-12 * span ? 0 : v);
    }
    return out;
  }

  function marker(ctx, i, x, y, r) {
    ctx.beginPath();
    if (i === 0) ctx.arc(x, y, r, 0, 2 * Math.PI);
    else if (i === 1) ctx.rect(x - r, y - r, 2 * r, 2 * r);
    else {
      ctx.moveTo(x, y - 1.2 * r);
      ctx.lineTo(x + r, y + 0.8 * r);
      ctx.lineTo(x - r, y + 0.8 * r);
      ctx.closePath();
    }
    ctx.fill();
    ctx.stroke();
  }

  // ---------------------------------------------------------------------
  // One playground
  // ---------------------------------------------------------------------

  function Playground(root, config) {
    this.root = root;
    this.uid = root.id || ("optlib-playground-" + (++counter));
    this.initial = JSON.parse(JSON.stringify(config));
    this.optlib = config.optlib || [];     // Python's outcome texts
    this.state = this.normalize(config);
    this.k = this.state.steps;             // steps shown
    this.playing = false;
    this.build();
    this.fromHash(true);
    this.update();
    this.checkAgainstOptlib();
    new ResizeObserver(() => this.resize()).observe(this.mapBox);
    const theme = new MutationObserver(() => { this.bg = null; this.draw(); });
    theme.observe(document.documentElement,
                  {attributes: true, attributeFilter: ["data-theme"]});
    if (document.body) {               // JupyterLab's light/dark themes
      theme.observe(document.body, {attributes: true,
                                    attributeFilter: ["data-jp-theme-light"]});
    }
    window.addEventListener("hashchange", () => {
      if (this.fromHash(false)) this.rebuildControls();
    });
  }

  const P = Playground.prototype;

  P.normalize = function (cfg) {
    const runs = (cfg.runs || [{optimizer: "SGD", lr: 0.01}])
      .slice(0, MAX_RUNS)
      .map((r) => Object.assign({optimizer: r.optimizer},
                                C.OPTIMIZERS[r.optimizer], r));
    const surfaceArgs = Object.assign({}, cfg.surface_args || {});
    return {
      surface: cfg.surface || "rosenbrock", surface_args: surfaceArgs,
      x0: cfg.x0 ? cfg.x0.slice() : null, steps: cfg.steps || 200,
      noise: cfg.noise || 0, seed: cfg.seed || 0,
      tol: cfg.tol === undefined ? 1e-6 : cfg.tol,
      max_norm: cfg.max_norm || 1e6, runs: runs,
      surfaces: cfg.surfaces || Object.keys(SURFACE_LABELS),
      controls: cfg.controls || null,
    };
  };

  P.surface = function () {
    const s = this.state;
    if (!this._surf || this._surfKey !== JSON.stringify([s.surface,
                                                         s.surface_args])) {
      this._surf = C.makeSurface(s.surface, s.surface_args);
      this._surfKey = JSON.stringify([s.surface, s.surface_args]);
      this.bg = null;
    }
    return this._surf;
  };

  P.build = function () {
    const uid = this.uid, root = this.root;
    const title = this.initial.title;
    root.textContent = "";
    root.classList.add("optlib-playground");
    root.setAttribute("role", "group");
    root.setAttribute("aria-label", title || "Optimizer playground");
    this.fg = h("canvas", {class: "pg-fg", role: "img",
                           "aria-label": "Paths of the runs on the surface; " +
                           "their outcomes are listed below."});
    this.bgCanvas = h("canvas", {class: "pg-bg", "aria-hidden": "true"});
    this.handle = h("button", {class: "pg-start", type: "button",
                               "aria-describedby": uid + "-hint"});
    this.mapBox = h("div", {class: "pg-map"},
                    [this.bgCanvas, this.fg, this.handle]);
    this.lossCanvas = h("canvas", {class: "pg-lossplot", role: "img",
                                   "aria-label": "Loss against step for " +
                                   "each run; outcomes listed below."});
    const lossBox = h("div", {class: "pg-loss"}, [this.lossCanvas]);
    this.playBtn = h("button", {type: "button", class: "pg-play",
                                onclick: () => this.togglePlay()});
    const stepBtn = h("button", {type: "button", class: "pg-stepbtn",
                                 text: "Step +1",
                                 onclick: () => this.stepOnce()});
    const resetBtn = h("button", {type: "button", class: "pg-reset",
                                  text: "Back to step 0",
                                  onclick: () => this.showStep(0)});
    const allBtn = h("button", {type: "button", class: "pg-all",
                                text: "Show all steps",
                                onclick: () => this.showStep(Infinity)});
    this.stepOut = h("output", {class: "pg-stepout", "aria-live": "off"});
    this.outcomes = h("ol", {class: "pg-outcomes",
                             "aria-label": "Outcome of each run"});
    // what a screen reader hears: the outcomes once a change settles
    // (a drag or a held arrow key would otherwise speak every step)
    this.spoken = h("p", {class: "pg-sr", "aria-live": "polite"});
    this.message = h("p", {class: "pg-error", role: "alert", hidden: ""});
    this.controls = h("div", {class: "pg-controls"});
    this.link = h("a", {class: "pg-link", href: "#" + uid,
                        text: "Link to these settings"});
    root.append(
      title ? h("p", {class: "pg-title", text: title}) : "",
      h("div", {class: "pg-plots"}, [this.mapBox, lossBox]),
      h("p", {class: "pg-hint", id: uid + "-hint",
              text: "Drag the ring (or focus it and use the arrow keys; " +
                    "Shift for big moves) to move the start. Click the " +
                    "map to start there."}),
      h("div", {class: "pg-bar"}, [this.playBtn, stepBtn, resetBtn, allBtn,
                                   this.stepOut]),
      this.outcomes, this.spoken, this.message, this.controls,
      h("p", {class: "pg-hint"}, [this.link,
        document.createTextNode(" (the page's address now holds them).")]));
    this.bindStart();
    this.rebuildControls();
  };

  P.rebuildControls = function () {
    const uid = this.uid, s = this.state;
    this.controls.textContent = "";
    // --- the problem
    const surf = h("select", {id: uid + "-surface"});
    for (const name of s.surfaces) {
      const o = h("option", {value: name, text: SURFACE_LABELS[name] || name});
      if (name === s.surface) o.selected = true;
      surf.append(o);
    }
    surf.addEventListener("change", () => {
      s.surface = surf.value;
      s.surface_args = s.surface === "quadratic"
        ? {condition: 20, angle: 30} : {};
      s.x0 = null;
      this.rebuildControls();
      this.update();
    });
    const prob = h("fieldset", {class: "pg-problem"}, [
      h("legend", {text: "Surface and start"}),
      h("div", {class: "pg-field"}, [
        h("label", {for: uid + "-surface", text: "surface"}), surf])]);
    prob.lastChild.style.gridTemplateColumns = "6.5em 1fr";
    if (s.surface === "quadratic") {
      for (const key of ["condition", "angle"]) {
        const def = key === "condition" ? 20 : 0;
        const v = s.surface_args[key] === undefined ? def
          : s.surface_args[key];
        prob.append(slider(uid, key, PROBLEM[key], v, (nv) => {
          s.surface_args[key] = nv;
          s.x0 = null;
          this.update();
        }, "q-"));
      }
    }
    const x0 = this.start();
    this.xInputs = ["x", "y"].map((axis, i) => {
      const inp = h("input", {type: "number", id: uid + "-start" + axis,
                              step: "any", value: fmt(x0[i], 6)});
      inp.addEventListener("change", () => {
        const v = parseFloat(inp.value);
        if (!isFinite(v)) {
          this.showError("The start's " + axis + " must be a number.");
          return;
        }
        const p = this.start().slice();
        p[i] = v;
        s.x0 = p;
        this.update();
      });
      return h("span", {}, [h("label", {for: inp.id, text: "start " + axis +
                                        " "}), inp]);
    });
    prob.append(h("div", {class: "pg-xy"}, this.xInputs));
    prob.append(slider(uid, "steps", PROBLEM.steps, s.steps, (v) => {
      s.steps = Math.round(v);
      this.k = s.steps;
      this.update();
    }, "p-"));
    prob.append(slider(uid, "noise", PROBLEM.noise, s.noise, (v) => {
      s.noise = v;
      this.update();
    }, "p-"));
    this.controls.append(prob);
    // --- one fieldset per run
    s.runs.forEach((run, r) => this.controls.append(this.runControls(run, r)));
    if (s.runs.length < MAX_RUNS) {
      this.controls.append(h("div", {}, [h("button", {
        type: "button", class: "pg-add", text: "Add an optimizer",
        onclick: () => {
          s.runs.push(Object.assign({optimizer: "Adam"}, C.OPTIMIZERS.Adam,
                                    {lr: 0.1}));
          this.rebuildControls();
          this.update();
        }})]));
    }
  };

  P.runControls = function (run, r) {
    const uid = this.uid, s = this.state;
    const dark = this.isDark() ? 1 : 0;
    const fs = h("fieldset", {class: "pg-run", "data-run": r});
    const sw = h("span", {class: "pg-swatch", "aria-hidden": "true"});
    sw.style.borderTopColor = "var(--pg-run" + r + ")";
    sw.style.borderTopStyle = ["solid", "dashed", "dotted"][r];
    fs.append(h("legend", {}, [sw, document.createTextNode(
      "Run " + (r + 1) + " (" + COLOR_NAMES[r][dark] + ", " +
      STYLE_NAMES[r] + ")")]));
    const sel = h("select", {id: uid + "-opt" + r});
    for (const name of Object.keys(C.OPTIMIZERS)) {
      const o = h("option", {value: name, text: name});
      if (name === run.optimizer) o.selected = true;
      sel.append(o);
    }
    sel.addEventListener("change", () => {
      const lr = run.lr;
      for (const k in run) delete run[k];
      Object.assign(run, {optimizer: sel.value}, C.OPTIMIZERS[sel.value],
                    {lr: lr});
      this.rebuildControls();
      this.update();
      document.getElementById(uid + "-opt" + r).focus();
    });
    const row = h("div", {class: "pg-field"}, [
      h("label", {for: sel.id, text: "optimizer"}), sel]);
    row.style.gridTemplateColumns = "6.5em 1fr";
    fs.append(row);
    const d = C.OPTIMIZERS[run.optimizer];
    const shown = s.controls;
    const checks = h("div", {});
    for (const key in d) {
      if (shown && !shown.includes(key) && key !== "lr") continue;
      if (typeof d[key] === "boolean") {
        checks.append(checkbox(uid, key, run[key], (v) => {
          run[key] = v;
          this.update();
        }, "r" + r + "-"));
      } else {
        fs.append(slider(uid, key, SLIDERS[key], run[key], (v) => {
          run[key] = v;
          this.update();
        }, "r" + r + "-"));
      }
    }
    if (checks.childNodes.length) fs.append(checks);
    if (s.runs.length > 1) {
      fs.append(h("button", {type: "button", class: "pg-remove",
                             text: "Remove run " + (r + 1),
                             onclick: () => {
                               s.runs.splice(r, 1);
                               this.rebuildControls();
                               this.update();
                             }}));
    }
    return fs;
  };

  P.isDark = function () {
    return document.documentElement.getAttribute("data-theme") === "dark" ||
      (document.body && document.body.getAttribute("data-jp-theme-light") ===
       "false");
  };

  P.start = function () {
    return this.state.x0 || this.surface().x0;
  };

  P.showError = function (text) {
    this.message.textContent = text;
    this.message.hidden = !text;
  };

  // --- computing ---------------------------------------------------------
  P.compute = function () {
    const s = this.state, surface = this.surface();
    const x0 = this.start();
    const gradFn = s.noise > 0 ? C.noisy_grad(surface, s.noise, s.seed)
      : null;
    const errors = [];
    this.runs = s.runs.map((run, r) => {
      const hp = Object.assign({}, run);
      delete hp.optimizer;
      let opt;
      try {
        opt = C.makeOptimizer(run.optimizer, hp);
      } catch (e) {
        errors.push("Run " + (r + 1) + ": " + e.message);
        return null;
      }
      return C.trajectory(opt, surface, x0, s.steps,
                          {tol: s.tol, max_norm: s.max_norm,
                           grad_fn: gradFn});
    });
    if (this.linkError) errors.unshift(this.linkError);
    this.showError(errors.join(" "));
  };

  P.update = function () {
    this.surface();
    this.compute();
    this.k = Math.min(this.k, this.state.steps);
    if (!this.playing) this.k = this.state.steps;
    this.writeOutcomes();
    this.toHash();
    this.draw();
  };

  P.outcomeTexts = function () {
    return this.runs.map((run) => run ? C.outcome(run) : "not run");
  };

  P.writeOutcomes = function () {
    const texts = this.outcomeTexts();
    const items = this.outcomes.children;
    if (items.length === this.state.runs.length) {   // same runs: text only
      this.state.runs.forEach((run, r) => {
        const label = runLabel(run) + ": ";
        const node = items[r].childNodes[1], out = items[r].lastChild;
        if (node.nodeValue !== label) node.nodeValue = label;
        if (out.textContent !== texts[r]) out.textContent = texts[r];
      });
      this.writeStart();
      return;
    }
    this.outcomes.textContent = "";
    this.state.runs.forEach((run, r) => {
      const sw = h("span", {class: "pg-swatch", "aria-hidden": "true"});
      sw.style.borderTopColor = "var(--pg-run" + r + ")";
      sw.style.borderTopStyle = ["solid", "dashed", "dotted"][r];
      this.outcomes.append(h("li", {"data-run": r}, [
        sw, document.createTextNode(runLabel(run) + ": "),
        h("span", {class: "pg-outcome", text: texts[r]})]));
    });
    this.writeStart();
  };

  P.speak = function () {
    clearTimeout(this.speakTimer);
    this.speakTimer = setTimeout(() => {
      this.spoken.textContent = this.state.runs.map((run, r) =>
        "Run " + (r + 1) + ", " + run.optimizer + ": " +
        (this.runs[r] ? C.outcome(this.runs[r]) : "not run")).join(". ");
    }, 600);
  };

  P.writeStart = function () {
    this.speak();
    const x0 = this.start();
    this.handle.setAttribute("aria-label", "Start point x = " +
                             fmt(x0[0], 4) + ", y = " + fmt(x0[1], 4));
    if (this.xInputs) {
      this.xInputs.forEach((span, i) => {
        const inp = span.querySelector("input");
        if (document.activeElement !== inp) inp.value = fmt(x0[i], 6);
      });
    }
  };

  // The numbers computed here for the initial settings must be the ones
  // optlib printed in the notebook (the config carries them).
  P.checkAgainstOptlib = function () {
    if (!this.optlib.length || this.fromLink) return;
    const mine = this.outcomeTexts();
    this.optlib.forEach((text, r) => {
      if (mine[r] !== text) {
        console.error("optlib playground " + this.uid + ": run " + (r + 1) +
                      " gives '" + mine[r] + "' here but optlib printed '" +
                      text + "'");
      }
    });
  };

  // --- the URL fragment ---------------------------------------------------
  P.canUseHash = function () {
    return !this.root.closest(".jp-OutputArea, .output_area, .jp-Cell") &&
      /^(https?|file):$/.test(location.protocol);
  };

  P.shareState = function () {
    const s = this.state;
    return {s: s.surface, a: s.surface_args, x: this.state.x0, n: s.steps,
            z: s.noise, r: s.runs};
  };

  P.toHash = function () {
    const hash = "#" + this.uid + "=" +
      encodeURIComponent(JSON.stringify(this.shareState()));
    this.link.setAttribute("href", hash);
    if (!this.canUseHash() || !this.built) {
      this.built = true;
      return;
    }
    // at most a few writes a second (a drag fires many updates, and
    // browsers throttle history changes)
    clearTimeout(this.hashTimer);
    this.hashTimer = setTimeout(() => {
      if (location.hash !== hash) history.replaceState(null, "", hash);
    }, 250);
  };

  P.fromHash = function (first) {
    if (!this.canUseHash()) return false;
    const prefix = "#" + this.uid + "=";
    if (!location.hash.startsWith(prefix)) return false;
    try {
      const st = JSON.parse(decodeURIComponent(location.hash.slice(
        prefix.length)));
      if (st.s && !C.SURFACES[st.s]) throw new Error("surface " + st.s);
      const runs = (st.r || []).slice(0, MAX_RUNS).map((r) => {
        if (!C.OPTIMIZERS[r.optimizer]) throw new Error(r.optimizer);
        return Object.assign({optimizer: r.optimizer},
                             C.OPTIMIZERS[r.optimizer], r);
      });
      const s = this.state;
      s.surface = st.s || s.surface;
      s.surface_args = st.a || {};
      s.x0 = Array.isArray(st.x) && st.x.every(isFinite) ? st.x : null;
      s.steps = Math.max(1, Math.min(1000, Math.round(st.n || s.steps)));
      s.noise = st.z || 0;
      if (runs.length) s.runs = runs;
      this.k = s.steps;
      this.fromLink = true;
      if (first) {
        this.rebuildControls();
        this.root.scrollIntoView();
      } else this.update();
      return true;
    } catch (e) {
      this.linkError = "The link's settings could not be read (" +
        e.message + "); showing the page's own.";
      return false;
    }
  };

  // --- the start point: drag, click, keys -------------------------------
  P.toPixel = function (x, y) {     // after surface() in draw
    const [[x0, x1], [y0, y1]] = this._surf.bounds;
    return [(x - x0) / (x1 - x0) * this.w, (y1 - y) / (y1 - y0) * this.hgt];
  };

  P.fromPixel = function (px, py) {
    const [[x0, x1], [y0, y1]] = this.surface().bounds;
    return [nice(x0 + px / this.w * (x1 - x0)),
            nice(y1 - py / this.hgt * (y1 - y0))];
  };

  P.bindStart = function () {
    const handle = this.handle;
    let dragging = false;
    const move = (ev) => {
      const r = this.fg.getBoundingClientRect();
      const px = Math.min(Math.max(ev.clientX - r.left, 0), r.width);
      const py = Math.min(Math.max(ev.clientY - r.top, 0), r.height);
      this.state.x0 = this.fromPixel(px, py);
      this.update();
    };
    handle.addEventListener("pointerdown", (ev) => {
      dragging = true;
      handle.setPointerCapture(ev.pointerId);
      ev.preventDefault();
      handle.focus();
    });
    handle.addEventListener("pointermove", (ev) => {
      if (dragging) move(ev);
    });
    const stop = () => { dragging = false; };
    handle.addEventListener("pointerup", stop);
    handle.addEventListener("pointercancel", stop);
    this.fg.addEventListener("click", (ev) => move(ev));
    handle.addEventListener("keydown", (ev) => {
      const [[x0, x1], [y0, y1]] = this.surface().bounds;
      const f = ev.shiftKey ? 0.1 : 0.01;
      const d = {ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1],
                 ArrowDown: [0, -1]}[ev.key];
      if (!d) return;
      ev.preventDefault();
      const p = this.start();
      this.state.x0 = [nice(p[0] + d[0] * f * (x1 - x0)),
                       nice(p[1] + d[1] * f * (y1 - y0))];
      this.update();
    });
  };

  // --- play / step ------------------------------------------------------
  P.togglePlay = function () {
    if (this.playing) {
      this.playing = false;
      this.drawBar();
      return;
    }
    if (this.k >= this.state.steps) this.k = 0;
    this.playing = true;
    const per = Math.max(1, Math.round(this.state.steps / 240));
    const tick = () => {
      if (!this.playing) return;
      this.k = Math.min(this.state.steps, this.k + per);
      if (this.k >= this.state.steps) this.playing = false;
      this.draw();
      if (this.playing) requestAnimationFrame(tick);
    };
    this.drawBar();
    requestAnimationFrame(tick);
  };

  P.stepOnce = function () {
    this.playing = false;
    this.k = this.k >= this.state.steps ? 1 : this.k + 1;
    this.draw();
  };

  P.showStep = function (k) {
    this.playing = false;
    this.k = Math.min(k, this.state.steps);
    this.draw();
  };

  P.drawBar = function () {
    this.playBtn.textContent = this.playing ? "Pause" : "Play";
    this.playBtn.setAttribute("aria-pressed", this.playing ? "true" : "false");
    this.stepOut.textContent = "showing step " + this.k + " of " +
      this.state.steps;
  };

  // --- drawing ------------------------------------------------------------
  P.resize = function () {
    const w = Math.round(this.mapBox.clientWidth);
    if (!w || w === this.w) return;
    this.w = w;
    this.hgt = Math.round(w * 0.72);
    this.lossW = Math.round(this.lossCanvas.parentNode.clientWidth) || 300;
    this.bg = null;
    this.draw();
  };

  P.colors = function () {
    const dark = this.isDark();
    if (this._colors && this._colors.dark === dark) return this._colors;
    const el = this.root;
    this._colors = {
      lo: css(el, "--pg-heat-lo"), hi: css(el, "--pg-heat-hi"),
      contour: css(el, "--pg-contour"), fg: css(el, "--pg-fg"),
      muted: css(el, "--pg-muted"), bg: css(el, "--pg-bg"),
      mark: css(el, "--pg-mark"),
      runs: [0, 1, 2].map((i) => css(el, "--pg-run" + i)),
      dark: dark,
    };
    return this._colors;
  };

  P.draw = function () {
    if (!this.runs) return;
    if (!this.w) {
      this.w = Math.round(this.mapBox.clientWidth) || 600;
      this.hgt = Math.round(this.w * 0.72);
    }
    const dpr = window.devicePixelRatio || 1;
    const colors = this.colors();
    const surface = this.surface();
    const W = Math.round(this.w * dpr), H = Math.round(this.hgt * dpr);
    const key = [W, H, colors.dark, this._surfKey].join();
    if (!this.bg || this.bgKey !== key) {
      this.bg = surfaceImage(surface, W, H, colors);
      this.bgKey = key;
      for (const c of [this.bgCanvas, this.fg]) {
        c.width = W;
        c.height = H;
        c.style.height = this.hgt + "px";
      }
      this.bgCanvas.getContext("2d").drawImage(this.bg, 0, 0);
    }
    const ctx = this.fg.getContext("2d");
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, this.w, this.hgt);
    this.drawAxes(ctx, surface, colors);
    const k = this.k;
    this.runs.forEach((run, r) => {
      if (!run) return;
      const n = Math.min(run.path.length, k + 1);
      ctx.lineJoin = "round";
      const pts = this.pixels(run.path, n);
      for (const pass of [0, 1]) {
        ctx.beginPath();
        ctx.moveTo(pts[0], pts[1]);
        for (let i = 2; i < pts.length; i += 2) {
          ctx.lineTo(pts[i], pts[i + 1]);
        }
        ctx.setLineDash(pass ? DASH[r] : []);
        ctx.strokeStyle = pass ? colors.runs[r] : colors.bg;
        ctx.globalAlpha = pass ? 1 : 0.6;
        ctx.lineWidth = pass ? 2 : 4.5;
        ctx.stroke();
      }
      ctx.globalAlpha = 1;
      ctx.setLineDash([]);
      const last = run.path[n - 1];
      if (isFinite(last[0]) && isFinite(last[1])) {
        const [px, py] = this.toPixel(last[0], last[1]);
        if (px > -10 && px < this.w + 10 && py > -10 && py < this.hgt + 10) {
          ctx.fillStyle = colors.runs[r];
          ctx.strokeStyle = colors.bg;
          ctx.lineWidth = 1.5;
          marker(ctx, r, px, py, 5);
        }
      }
    });
    const x0 = this.start();
    const [hx, hy] = this.toPixel(x0[0], x0[1]);
    this.handle.style.left = Math.max(0, Math.min(this.w, hx)) + "px";
    this.handle.style.top = Math.max(0, Math.min(this.hgt, hy)) + "px";
    this.drawLoss(colors);
    this.drawBar();
  };

  // The first n points of a path in pixels, leaving out points less than
  // half a pixel from the last one kept (a converging run piles up
  // hundreds of them on one spot), clamped to ±10⁴ px.
  P.pixels = function (path, n) {
    const out = [];
    let lx = NaN, ly = NaN;
    for (let i = 0; i < n; i++) {
      const p = path[i];
      if (!(isFinite(p[0]) && isFinite(p[1]))) break;
      let [px, py] = this.toPixel(p[0], p[1]);
      px = Math.max(-1e4, Math.min(1e4, px));
      py = Math.max(-1e4, Math.min(1e4, py));
      if (i + 1 < n && Math.abs(px - lx) < 0.5 && Math.abs(py - ly) < 0.5) {
        continue;
      }
      out.push(px, py);
      lx = px;
      ly = py;
    }
    if (out.length === 2) out.push(out[0], out[1]);
    return out;
  };

  P.drawAxes = function (ctx, surface, colors) {
    const [[x0, x1], [y0, y1]] = surface.bounds;
    ctx.font = "11px system-ui, sans-serif";
    ctx.fillStyle = colors.fg;
    ctx.strokeStyle = colors.mark;
    ctx.lineWidth = 1.5;
    for (const m of surface.minima) {            // minima: a plus
      const [px, py] = this.toPixel(m[0], m[1]);
      ctx.beginPath();
      ctx.moveTo(px - 6, py); ctx.lineTo(px + 6, py);
      ctx.moveTo(px, py - 6); ctx.lineTo(px, py + 6);
      ctx.stroke();
    }
    for (const m of surface.saddles) {           // saddles: a cross
      const [px, py] = this.toPixel(m[0], m[1]);
      ctx.beginPath();
      ctx.moveTo(px - 5, py - 5); ctx.lineTo(px + 5, py + 5);
      ctx.moveTo(px - 5, py + 5); ctx.lineTo(px + 5, py - 5);
      ctx.stroke();
    }
    ctx.textBaseline = "bottom";
    ctx.textAlign = "center";
    for (const v of ticks(x0, x1, 5)) {
      const [px] = this.toPixel(v, y0);
      if (px > 14 && px < this.w - 14) {
        ctx.fillText(fmt(v, 3), px, this.hgt - 2);
      }
    }
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    for (const v of ticks(y0, y1, 4)) {
      const [, py] = this.toPixel(x0, v);
      if (py > 10 && py < this.hgt - 16) ctx.fillText(fmt(v, 3), 3, py);
    }
    ctx.textAlign = "right";
    ctx.textBaseline = "top";
    ctx.fillText(surface.label, this.w - 4, 3);
  };

  P.drawLoss = function (colors) {
    const c = this.lossCanvas, dpr = window.devicePixelRatio || 1;
    const w = this.lossW || 300;
    const hgt = Math.round(Math.min(this.hgt, Math.max(180, w * 0.7)));
    if (c.width !== Math.round(w * dpr) ||
        c.height !== Math.round(hgt * dpr)) {
      c.width = Math.round(w * dpr);
      c.height = Math.round(hgt * dpr);
      c.style.height = hgt + "px";
    }
    const ctx = c.getContext("2d");
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, hgt);
    const surface = this.surface();
    const logy = surface.fmin !== null;
    const tr = (v) => logy ? Math.log10(Math.max(v - surface.fmin, 1e-16)) : v;
    let lo = Infinity, hi = -Infinity;
    const steps = this.state.steps;
    for (const run of this.runs) {
      if (!run) continue;
      for (const v of run.values) {
        const y = tr(v);
        if (isFinite(y)) { lo = Math.min(lo, y); hi = Math.max(hi, y); }
      }
    }
    if (!isFinite(lo)) { lo = 0; hi = 1; }
    if (logy) { lo = Math.floor(lo); hi = Math.ceil(hi); }
    if (hi - lo < 1e-12) { hi = lo + 1; }
    const L = 44, R = 16, T = 18, B = 30;
    const X = (t) => L + (w - L - R) * t / Math.max(steps, 1);
    const Y = (y) => T + (hgt - T - B) * (hi - y) / (hi - lo);
    ctx.font = "11px system-ui, sans-serif";
    ctx.fillStyle = colors.fg;
    ctx.strokeStyle = colors.muted;
    ctx.lineWidth = 1;
    ctx.strokeRect(L, T, w - L - R, hgt - T - B);
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    const yt = logy ? ticks(lo, hi, 4).filter((v) => v === Math.round(v))
      : ticks(lo, hi, 4);
    for (const v of yt) {
      ctx.fillText(logy ? "1e" + v : fmt(v, 3), L - 3, Y(v));
    }
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    for (const v of ticks(0, steps, 4)) {
      ctx.fillText(String(Math.round(v)), X(v), hgt - B + 3);
    }
    ctx.fillText("step t", L + (w - L - R) / 2, hgt - 14);
    ctx.textAlign = "left";
    ctx.fillText(logy ? "loss − min (log)" : "loss", L, 2);
    ctx.save();
    ctx.beginPath();
    ctx.rect(L, T, w - L - R, hgt - T - B);
    ctx.clip();
    this.runs.forEach((run, r) => {
      if (!run) return;
      const n = Math.min(run.values.length, this.k + 1);
      ctx.beginPath();
      let lx = -1, ly = -1;
      for (let i = 0; i < n; i++) {
        let y = tr(run.values[i]);
        if (!isFinite(y)) y = y > 0 || y !== y ? hi + 1 : lo - 1;
        const px = X(i), py = Y(y);
        if (i === 0) ctx.moveTo(px, py);
        else if (i + 1 === n || Math.abs(px - lx) >= 0.5 ||
                 Math.abs(py - ly) >= 0.5) ctx.lineTo(px, py);
        else continue;
        lx = px;
        ly = py;
      }
      ctx.setLineDash(DASH[r]);
      ctx.strokeStyle = colors.runs[r];
      ctx.lineWidth = 2;
      ctx.stroke();
    });
    ctx.restore();
    ctx.setLineDash([]);
    if (this.k < steps) {                        // where the map is
      ctx.strokeStyle = colors.muted;
      ctx.beginPath();
      ctx.moveTo(X(this.k), T);
      ctx.lineTo(X(this.k), hgt - B);
      ctx.stroke();
    }
  };

  function mount(el, config) {
    if (!el || el.optlibPlayground) return el && el.optlibPlayground;
    el.optlibPlayground = new Playground(el, config);
    return el.optlibPlayground;
  }

  function addStyle(text) {
    if (document.getElementById("optlib-playground-style")) return;
    const st = document.createElement("style");
    st.id = "optlib-playground-style";
    st.textContent = text;
    document.head.append(st);
  }

  window.OptlibPlayground = {mount: mount, addStyle: addStyle,
                             runLabel: runLabel, core: C};
})();

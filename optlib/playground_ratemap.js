/* The playground's rate map (optlib/playground_ratemap.js): momentum's
 * rate over (η, μ) on the quadratic the playground runs, the picture of
 * optlib.plots.rate_map computed in the browser by playground_rates.js
 * (optlib.rates in JavaScript, tested against it).  Clicking or dragging
 * on the map, or the arrow keys on its ring, gives one run
 * (config.rate_map.run) that learning rate and momentum, and the paths
 * redraw at once; the ring marks the run's setting, the star Polyak's
 * optimum, the lines the stable edges.
 *
 * OptlibRateMap.attach(playground) adds the panel to a mounted playground
 * (playground.js); only playgrounds with a rate map load this file, so
 * the others do not carry it.
 */
(function () {
  "use strict";
  const C = window.OptlibPlaygroundCore, R = window.OptlibPlaygroundRates;
  const fmt = C.fmtG;
  const VIRIDIS = ["#440154", "#482475", "#414487", "#355f8d", "#2a788e",
                   "#21918c", "#22a884", "#44bf70", "#7ad151", "#bddf26",
                   "#fde725"];       // matplotlib's viridis at 0, 0.1, ... 1
  const MU_MAX = 0.99;               // the momentum slider's end
  const M = {L: 46, R: 10, T: 10, B: 36};    // plot margins, px

  function h(tag, attrs, children) {
    const el = document.createElement(tag);
    for (const k in attrs || {}) {
      if (k === "text") el.textContent = attrs[k];
      else if (attrs[k] !== null && attrs[k] !== undefined) {
        el.setAttribute(k, attrs[k]);
      }
    }
    for (const c of children || []) if (c) el.append(c);
    return el;
  }

  function rgb(c) {
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c);
    return m ? [1, 2, 3].map((i) => parseInt(m[i], 16)) : [128, 128, 128];
  }

  function viridis(t) {
    const x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
    const i = Math.min(VIRIDIS.length - 2, Math.floor(x)), f = x - i;
    const a = rgb(VIRIDIS[i]), b = rgb(VIRIDIS[i + 1]);
    return [0, 1, 2].map((c) => Math.round(a[c] + (b[c] - a[c]) * f));
  }

  function ticks(hi, count) {         // round ticks on [0, hi]
    const raw = hi / count;
    const mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map((s) => s * mag).find((s) => s >= raw);
    const out = [];
    for (let v = 0; v <= hi * (1 + 1e-9); v += step) out.push(v);
    return out;
  }

  function RateMap(pg) {
    this.pg = pg;
    this.r = Math.max(0, Math.min(2, pg.initial.rate_map.run || 0));
    this.build();
    const draw = pg.draw;               // redraw the map with the paths
    pg.draw = function () {
      draw.apply(pg, arguments);
      if (pg.rateMap) pg.rateMap.draw();
    };
    pg.rateMap = this;
    new ResizeObserver(() => {
      if (this.plot.clientWidth !== this.w) this.draw();
    }).observe(this.plot);
    this.draw();
    // the text for the initial settings must be the one optlib printed
    const want = pg.initial.optlib_rate, mine = this.texts().run;
    if (want && !pg.fromLink && mine !== want) {
      console.error("optlib playground " + pg.uid + ": the rate map gives '" +
                    mine + "' here but optlib printed '" + want + "'");
    }
  }

  const P = RateMap.prototype;

  P.build = function () {
    const uid = this.pg.uid, r = this.r;
    this.canvas = h("canvas", {class: "pg-rm-canvas", role: "img"});
    this.cursor = h("button", {class: "pg-rm-cursor", type: "button",
                               "aria-describedby": uid + "-rm-hint"});
    this.plot = h("div", {class: "pg-rm-plot"}, [this.canvas, this.cursor]);
    this.readout = h("p", {class: "pg-rm-readout"});
    this.optimum = h("span", {});
    this.best = h("span", {});
    const bar = h("span", {class: "pg-rm-bar", "aria-hidden": "true"});
    bar.style.background = "linear-gradient(to right, " +
      VIRIDIS.join(", ") + ")";
    const item = (cls, text) => h("li", {}, [
      h("span", {class: "pg-rm-key " + cls, "aria-hidden": "true"}),
      typeof text === "string" ? document.createTextNode(text) : text]);
    this.runKey = h("span", {});
    const ring = item("pg-rm-ring", this.runKey);
    ring.firstChild.style.borderColor = "var(--pg-run" + r + ")";
    const legend = h("ul", {class: "pg-rm-legend",
                            "aria-label": "Legend of the rate map"}, [
      h("li", {}, [
        h("span", {text: "rate per step (lower = faster)"}),
        h("span", {class: "pg-rm-barrow"}, [this.best, bar,
                                            h("span", {text: "1"})])]),
      item("pg-rm-unstable", "unstable: rate ≥ 1"),
      item("pg-rm-edge", "edge ηλ_max = 2(1 + μ)"),
      item("pg-rm-nedge", "Nesterov's edge ηλ_max = 2(1 + μ)/(1 + 2μ)"),
      item("pg-rm-star", this.optimum), ring]);
    this.note = h("p", {class: "pg-hint", hidden: ""});
    this.body = h("div", {class: "pg-rm-body"}, [this.plot, legend]);
    this.panel = h("div", {class: "pg-ratemap", role: "group",
                           "aria-labelledby": uid + "-rm-title"}, [
      h("p", {class: "pg-rm-title", id: uid + "-rm-title",
              text: "Momentum's rate over (η, μ) on this quadratic"}),
      this.body, this.readout,
      this.hint = h("p", {class: "pg-hint", id: uid + "-rm-hint",
              text: "Click or drag on the map to give run " + (r + 1) +
                    " that learning rate and momentum; or focus the ring " +
                    "and use the arrow keys (← → η, ↑ ↓ μ; Shift for big " +
                    "steps)."}),
      this.note]);
    // under the paths and the start's hint, above the play bar
    const plots = this.pg.root.querySelector(".pg-plots");
    const hint = plots.nextElementSibling;
    (hint && hint.classList.contains("pg-hint") ? hint : plots)
      .after(this.panel);
    this.bind();
  };

  // The quadratic's curvatures and the map's box, or null (no quadratic).
  P.setup = function () {
    const s = this.pg.state;
    const lams = R.curvatures(s.surface, s.surface_args);
    if (!lams) return null;
    const run = s.runs[this.r];
    return {lo: lams[0], hi: lams[1],
            lrMax: 1.1 * R.stability_limit(1, lams[1]),
            nesterov: !!(run && run.optimizer === "SGD" && run.nesterov),
            best: R.optimal_momentum(lams[0], lams[1])};
  };

  P.texts = function () {
    const set = this.setup(), run = this.pg.state.runs[this.r];
    if (!set || !run || run.optimizer !== "SGD") return {run: null};
    return R.rate_map_texts([set.lo, set.hi], run, this.r);
  };

  // Give the map's run the setting (lr, mu) and recompute.
  P.set = function (lr, mu) {
    const set = this.setup(), pg = this.pg, s = pg.state, r = this.r;
    if (!set || r >= s.runs.length) return;
    let run = s.runs[r], rebuild = false;
    // a point of the map: 3 digits (a setting not moved stays as it is)
    if (run.optimizer !== "SGD" || lr !== run.lr) {
      lr = parseFloat(Math.min(set.lrMax, Math.max(1e-4, lr))
                      .toPrecision(3));
    }
    if (run.optimizer !== "SGD" || mu !== run.momentum) {
      mu = Math.round(Math.min(MU_MAX, Math.max(0, mu)) * 1000) / 1000;
    }
    if (run.optimizer !== "SGD") {       // the map is SGD's: switch to it
      run = s.runs[r] = Object.assign({optimizer: "SGD"}, C.OPTIMIZERS.SGD);
      rebuild = true;
    }
    run.lr = lr;
    run.momentum = mu;
    if (mu === 0 && run.nesterov) {       // torch refuses Nesterov at μ = 0
      run.nesterov = false;
      rebuild = true;
    }
    const row = (key) => {
      const el = document.getElementById(pg.uid + "-r" + r + "-" + key);
      return el && el.parentNode.set ? el.parentNode : null;
    };
    if (rebuild || !row("lr")) pg.rebuildControls();
    else {
      row("lr").set(lr);
      if (row("momentum")) row("momentum").set(mu);
    }
    pg.update();
  };

  P.bind = function () {
    let dragging = false;
    const at = (ev) => {
      const set = this.setup();
      if (!set) return;
      const box = this.canvas.getBoundingClientRect();
      const pw = box.width - M.L - M.R, ph = box.height - M.T - M.B;
      this.set((ev.clientX - box.left - M.L) / pw * set.lrMax,
               1 - (ev.clientY - box.top - M.T) / ph);
    };
    const c = this.canvas;
    // a mouse or pen sets on press and drags; a finger sets on a tap, so
    // that a page scrolled with a finger on the map does not change it
    let touch = false;
    c.addEventListener("click", (ev) => {
      if (touch) {
        at(ev);
        this.cursor.focus({preventScroll: true});
      }
    });
    c.addEventListener("pointerdown", (ev) => {
      touch = ev.pointerType === "touch";
      if (touch) return;
      dragging = true;
      if (c.setPointerCapture) c.setPointerCapture(ev.pointerId);
      ev.preventDefault();
      at(ev);
      this.cursor.focus({preventScroll: true});
    });
    c.addEventListener("pointermove", (ev) => { if (dragging) at(ev); });
    const stop = () => { dragging = false; };
    c.addEventListener("pointerup", stop);
    c.addEventListener("pointercancel", stop);
    this.cursor.addEventListener("keydown", (ev) => {
      const d = {ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1],
                 ArrowDown: [0, -1]}[ev.key];
      const set = this.setup();
      if (!d || !set) return;
      ev.preventDefault();
      const run = this.pg.state.runs[this.r];
      const sgd = run.optimizer === "SGD", big = ev.shiftKey ? 10 : 1;
      const lr = sgd ? run.lr : set.best[0];
      const mu = sgd ? run.momentum : set.best[1];
      this.set(d[0] ? lr + d[0] * big * set.lrMax / 100 : lr,
               d[1] ? mu + d[1] * big * 0.01 : mu);
    });
  };

  P.colors = function () {
    const dark = this.pg.isDark();
    if (this._colors && this._colors.dark === dark) return this._colors;
    const cs = getComputedStyle(this.pg.root);
    const v = (name) => cs.getPropertyValue(name).trim();
    this._colors = {dark: dark, fg: v("--pg-fg"), muted: v("--pg-muted"),
                    bg: v("--pg-bg"), mark: v("--pg-mark"),
                    unstable: v("--pg-unstable") || "#d9d9d9",
                    runs: [0, 1, 2].map((i) => v("--pg-run" + i))};
    return this._colors;
  };

  P.draw = function () {
    const set = this.setup(), texts = this.texts();
    this.body.hidden = this.hint.hidden = !set;
    this.note.hidden = !!set;
    if (!set) {
      this.readout.textContent = "";
      this.note.textContent = "The rate map is for the quadratic surfaces " +
        "(bowl, ill-conditioned bowl, quadratic): choose one to see it.";
      return;
    }
    const colors = this.colors(), r = this.r;
    const run = this.pg.state.runs[r];
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(this.plot.clientWidth) || 360;
    const hgt = Math.round(Math.min(w * 0.78, 360));
    const W = Math.round(w * dpr), H = Math.round(hgt * dpr);
    const c = this.canvas;
    if (c.width !== W || c.height !== H) {
      c.width = W;
      c.height = H;
      c.style.height = hgt + "px";
      this.plot.style.height = hgt + "px";
    }
    this.w = w;
    const pw = w - M.L - M.R, ph = hgt - M.T - M.B;
    const X = (lr) => M.L + lr / set.lrMax * pw;
    const Y = (mu) => M.T + (1 - mu) * ph;
    const [ls, ms, rs] = set.best;
    // the heat map, computed once per quadratic, rule and theme
    const key = [colors.dark, set.lo, set.hi, set.nesterov].join();
    if (this.key !== key) {
      const n = 120, m = 100;
      const z = R.rate_grid(set.lo, set.hi, n, m,
                            {lrMax: set.lrMax, nesterov: set.nesterov});
      const small = document.createElement("canvas");
      small.width = n;
      small.height = m;
      const sctx = small.getContext("2d");
      const img = sctx.createImageData(n, m);
      const grey = rgb(colors.unstable);
      for (let p = 0; p < z.length; p++) {
        const col = z[p] >= 1 || !isFinite(z[p]) ? grey
          : viridis((z[p] - rs) / (1 - rs || 1));
        img.data.set([col[0], col[1], col[2], 255], 4 * p);
      }
      sctx.putImageData(img, 0, 0);
      this.heat = small;
      this.key = key;
    }
    const ctx = c.getContext("2d");
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, hgt);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.heat, M.L, M.T, pw, ph);
    ctx.save();
    ctx.beginPath();
    ctx.rect(M.L, M.T, pw, ph);
    ctx.clip();
    for (const nest of [false, true]) {   // the edges
      ctx.beginPath();
      for (let k = 0; k <= 100; k++) {
        const px = X(R.stability_limit(k / 100, set.hi, nest));
        if (k === 0) ctx.moveTo(px, Y(0));
        else ctx.lineTo(px, Y(k / 100));
      }
      ctx.setLineDash(nest ? [7, 4] : []);
      ctx.strokeStyle = nest ? colors.runs[1] : colors.mark;
      ctx.lineWidth = 2;
      ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.beginPath();                      // the optimum: a white star
    for (let k = 0; k < 10; k++) {
      const a = -Math.PI / 2 + k * Math.PI / 5, rr = k % 2 ? 3.6 : 8.5;
      ctx.lineTo(X(ls) + rr * Math.cos(a), Y(ms) + rr * Math.sin(a));
    }
    ctx.closePath();
    ctx.fillStyle = "#ffffff";
    ctx.strokeStyle = "#000000";
    ctx.lineWidth = 1.2;
    ctx.fill();
    ctx.stroke();
    const sgd = run && run.optimizer === "SGD";
    const lr = sgd ? run.lr : ls, mu = sgd ? run.momentum : ms;
    const cx = X(Math.min(lr, set.lrMax)), cy = Y(mu);
    ctx.beginPath();                      // the run's setting: a dot
    ctx.arc(cx, cy, 4, 0, 2 * Math.PI);
    ctx.fillStyle = colors.runs[r];
    ctx.strokeStyle = colors.bg;
    ctx.lineWidth = 1.5;
    ctx.fill();
    ctx.stroke();
    ctx.restore();
    ctx.strokeStyle = colors.muted;       // axes
    ctx.lineWidth = 1;
    ctx.strokeRect(M.L, M.T, pw, ph);
    ctx.fillStyle = colors.fg;
    ctx.font = "11px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    for (const v of ticks(set.lrMax, Math.max(2, Math.floor(pw / 70)))) {
      ctx.fillText(fmt(v, 3), X(v), M.T + ph + 3);
    }
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    for (const v of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
      ctx.fillText(fmt(v, 2), M.L - 4, Y(v));
    }
    ctx.font = "12px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.fillText("learning rate η", M.L + pw / 2, hgt - 15);
    ctx.save();
    ctx.translate(11, M.T + ph / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = "middle";
    ctx.fillText("momentum μ", 0, 0);
    ctx.restore();
    // the ring (a button) on the run's setting, and the words
    this.cursor.style.left = cx + "px";
    this.cursor.style.top = cy + "px";
    this.cursor.style.borderColor = "var(--pg-run" + r + ")";
    this.readout.textContent = sgd
      ? "Rate map " + texts.where + ": " + texts.run + "; " +
        texts.optimum + "."
      : !run ? "There is no run " + (r + 1) + " now: add optimizers " +
        "until there is, to try the map's settings."
      : "Run " + (r + 1) + " is " + run.optimizer + ", not SGD: click " +
        "the map to make it SGD with that learning rate and momentum.";
    this.best.textContent = fmt(rs, 3);
    this.optimum.textContent = "optimum η* = " + fmt(ls, 4) + ", μ* = " +
      fmt(ms, 4);
    this.runKey.textContent = "run " + (r + 1) + " now" +
      (set.nesterov ? " (Nesterov: the map shows Nesterov's rate)" : "");
    c.setAttribute("aria-label", "Heat map of " +
      (set.nesterov ? "Nesterov" : "heavy-ball") + " momentum's rate per " +
      "step for curvatures λ from " + fmt(set.lo, 4) + " to " +
      fmt(set.hi, 4) + ", learning rate η from 0 to " +
      fmt(set.lrMax, 3) + " across, momentum μ from 0 to 1 up; lower is " +
      "faster, grey is unstable, beyond the edge ηλ_max = 2(1 + μ). The " +
      "star is the optimum (η*, μ*) = (" + fmt(ls, 4) + ", " + fmt(ms, 4) +
      "). Run " + (r + 1) + " is at η = " + fmt(lr, 4) + ", μ = " +
      fmt(mu, 4) + ".");
    this.cursor.setAttribute("aria-label", "Run " + (r + 1) +
      " on the rate map: η = " + fmt(lr, 4) + ", μ = " + fmt(mu, 4) +
      (sgd ? ", rate " + fmt(texts.rate, 4) : ""));
  };

  function attach(pg) {
    if (!pg || pg.rateMap || !pg.initial.rate_map) return pg && pg.rateMap;
    return new RateMap(pg);
  }

  window.OptlibRateMap = {attach: attach};
})();

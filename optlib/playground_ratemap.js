/* The playground's rate map (optlib/playground_ratemap.js): momentum's
 * rate over (η, μ) on the quadratic the playground runs, the picture of
 * optlib.plots.rate_map computed in the browser by the core's worst_rate
 * (tested against optlib.rates).  Clicking or dragging on the map, or the
 * arrow keys on its ring, sets one run's lr and momentum
 * (config.rate_map.run) and the paths redraw at once.
 *
 * Loaded after playground.js, only by playgrounds that have a rate map
 * (optlib.playground.playground(..., rate_map=...)), so the others do
 * not carry it.  It adds methods to the playground's prototype.
 */
(function () {
  "use strict";
  const PG = window.OptlibPlayground;
  const C = PG.core, P = PG.proto;
  const {h, nice, hexToRgb, ticks, MAX_RUNS} = PG.lib;
  const fmt = C.fmtG;

  const VIRIDIS = ["#440154", "#482475", "#414487", "#355f8d", "#2a788e",
                   "#21918c", "#22a884", "#44bf70", "#7ad151", "#bddf26",
                   "#fde725"];       // matplotlib's viridis at 0, 0.1, ... 1
  const MU_MAX = 0.99;               // the momentum slider's end
  const RM = {L: 46, R: 10, T: 10, B: 36};   // plot margins, px

  function viridis(t) {
    const x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
    const i = Math.min(VIRIDIS.length - 2, Math.floor(x)), f = x - i;
    const a = hexToRgb(VIRIDIS[i]), b = hexToRgb(VIRIDIS[i + 1]);
    return [0, 1, 2].map((c) => Math.round(a[c] + (b[c] - a[c]) * f));
  }

  P.buildRateMap = function () {
    const uid = this.uid;
    const r = Math.max(0, Math.min(MAX_RUNS - 1,
                                   this.initial.rate_map.run || 0));
    const rm = {run: r, w: 0};
    rm.canvas = h("canvas", {class: "pg-rm-canvas", role: "img"});
    rm.cursor = h("button", {class: "pg-rm-cursor", type: "button",
                             "aria-describedby": uid + "-rm-hint"});
    rm.plot = h("div", {class: "pg-rm-plot"}, [rm.canvas, rm.cursor]);
    rm.readout = h("p", {class: "pg-rm-readout"});
    rm.optimum = h("span", {class: "pg-rm-opt"});
    rm.best = h("span", {class: "pg-rm-best"});
    const bar = h("span", {class: "pg-rm-bar", "aria-hidden": "true"});
    bar.style.background = "linear-gradient(to right, " +
      VIRIDIS.join(", ") + ")";
    const item = (cls, text) => h("li", {}, [
      h("span", {class: "pg-rm-key " + cls, "aria-hidden": "true"}),
      typeof text === "string" ? document.createTextNode(text) : text]);
    rm.runKey = h("span", {});
    const ringKey = item("pg-rm-ring", rm.runKey);
    ringKey.firstChild.style.borderColor = "var(--pg-run" + r + ")";
    rm.legend = h("ul", {class: "pg-rm-legend", "aria-label":
                         "Legend of the rate map"}, [
      h("li", {class: "pg-rm-scale"}, [
        h("span", {text: "rate per step (lower = faster)"}),
        h("span", {class: "pg-rm-barrow"}, [rm.best, bar,
                                            h("span", {text: "1"})])]),
      item("pg-rm-unstable", "unstable: rate ≥ 1"),
      item("pg-rm-edge", "edge ηλ_max = 2(1 + μ)"),
      item("pg-rm-nedge", "Nesterov's edge ηλ_max = 2(1 + μ)/(1 + 2μ)"),
      item("pg-rm-star", rm.optimum),
      ringKey]);
    rm.note = h("p", {class: "pg-hint", hidden: ""});
    rm.body = h("div", {class: "pg-rm-body"}, [rm.plot, rm.legend]);
    rm.panel = h("div", {class: "pg-ratemap", role: "group",
                         "aria-labelledby": uid + "-rm-title"}, [
      h("p", {class: "pg-rm-title", id: uid + "-rm-title",
              text: "Momentum's rate over (η, μ) on this quadratic"}),
      rm.body, rm.readout,
      h("p", {class: "pg-hint", id: uid + "-rm-hint",
              text: "Click or drag on the map to give run " + (r + 1) +
                    " that learning rate and momentum; or focus the ring " +
                    "and use the arrow keys (← → η, ↑ ↓ μ; Shift for big " +
                    "steps)."}),
      rm.note]);
    this.bindRateMap(rm);
    return rm;
  };

  // The quadratic's curvatures and the map's box, or null (not a quadratic).
  P.rateSetup = function () {
    const surf = this.surface();
    if (!surf.curvatures) return null;
    const [lo, hi] = surf.curvatures;
    const run = this.state.runs[this.rm.run];
    return {lo: lo, hi: hi, lrMax: 1.1 * C.stability_limit(1, hi),
            nesterov: !!(run && run.optimizer === "SGD" && run.nesterov),
            best: C.optimal_momentum(lo, hi)};
  };

  P.rateTexts = function () {
    const set = this.rateSetup(), run = this.state.runs[this.rm.run];
    if (!set || !run || run.optimizer !== "SGD") return {run: null};
    return C.rate_map_texts([set.lo, set.hi], run, this.rm.run);
  };

  // Give the map's run the setting (lr, mu) and recompute.
  P.setFromMap = function (lr, mu) {
    const set = this.rateSetup();
    if (!set) return;
    const r = this.rm.run, s = this.state;
    if (r >= s.runs.length) return;
    lr = nice(Math.min(set.lrMax, Math.max(1e-4, lr)));
    mu = Math.round(Math.min(MU_MAX, Math.max(0, mu)) * 1000) / 1000;
    let run = s.runs[r];
    let rebuild = false;
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
    const rows = (this.sliderRows || [])[r] || {};
    if (rebuild || !rows.lr) this.rebuildControls();
    else {
      rows.lr.set(lr);
      if (rows.momentum) rows.momentum.set(mu);
    }
    this.update();
  };

  P.bindRateMap = function (rm) {
    let dragging = false;
    const at = (ev) => {
      const box = rm.canvas.getBoundingClientRect();
      const set = this.rateSetup();
      if (!set) return;
      const pw = box.width - RM.L - RM.R, ph = box.height - RM.T - RM.B;
      const fx = (ev.clientX - box.left - RM.L) / pw;
      const fy = (ev.clientY - box.top - RM.T) / ph;
      this.setFromMap(fx * set.lrMax, (1 - fy) * 1);
    };
    rm.canvas.addEventListener("pointerdown", (ev) => {
      dragging = true;
      if (rm.canvas.setPointerCapture) rm.canvas.setPointerCapture(ev.pointerId);
      ev.preventDefault();
      at(ev);
      rm.cursor.focus({preventScroll: true});
    });
    rm.canvas.addEventListener("pointermove", (ev) => {
      if (dragging) at(ev);
    });
    const stop = () => { dragging = false; };
    rm.canvas.addEventListener("pointerup", stop);
    rm.canvas.addEventListener("pointercancel", stop);
    rm.cursor.addEventListener("keydown", (ev) => {
      const d = {ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1],
                 ArrowDown: [0, -1]}[ev.key];
      const set = this.rateSetup();
      if (!d || !set) return;
      ev.preventDefault();
      const run = this.state.runs[rm.run];
      const big = ev.shiftKey ? 10 : 1;
      const lr = run.optimizer === "SGD" ? run.lr : set.best[0];
      const mu = run.optimizer === "SGD" ? run.momentum : set.best[1];
      this.setFromMap(lr + d[0] * big * set.lrMax / 100,
                      mu + d[1] * big * 0.01);
    });
  };

  P.drawRateMap = function (colors) {
    const rm = this.rm, set = this.rateSetup();
    const texts = this.rateTexts();
    rm.body.hidden = !set;
    rm.note.hidden = !!set;
    if (!set) {
      rm.readout.textContent = "";
      rm.note.textContent = "The rate map is for the quadratic surfaces " +
        "(bowl, ill-conditioned bowl, quadratic): choose one to see it.";
      return;
    }
    const run = this.state.runs[rm.run];
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(rm.plot.clientWidth) || 360;
    const hgt = Math.round(Math.min(w * 0.78, 360));
    const W = Math.round(w * dpr), H = Math.round(hgt * dpr);
    const c = rm.canvas;
    if (c.width !== W || c.height !== H) {
      c.width = W;
      c.height = H;
      c.style.height = hgt + "px";
      rm.plot.style.height = hgt + "px";
    }
    rm.w = w;
    const pw = w - RM.L - RM.R, ph = hgt - RM.T - RM.B;
    const X = (lr) => RM.L + lr / set.lrMax * pw;
    const Y = (mu) => RM.T + (1 - mu) * ph;
    const [ls, ms, rs] = set.best;
    // the heat map, cached per size, theme, quadratic and rule
    const key = [W, H, colors.dark, set.lo, set.hi, set.nesterov].join();
    if (rm.key !== key) {
      const n = 120, m = 100;
      const z = C.rate_grid(set.lo, set.hi, n, m,
                            {lrMax: set.lrMax, nesterov: set.nesterov});
      const small = document.createElement("canvas");
      small.width = n;
      small.height = m;
      const sctx = small.getContext("2d");
      const img = sctx.createImageData(n, m);
      const grey = hexToRgb(colors.unstable);
      for (let p = 0; p < z.length; p++) {
        const col = z[p] >= 1 || !isFinite(z[p]) ? grey
          : viridis((z[p] - rs) / (1 - rs || 1));
        img.data.set([col[0], col[1], col[2], 255], 4 * p);
      }
      sctx.putImageData(img, 0, 0);
      rm.heat = small;
      rm.key = key;
    }
    const ctx = c.getContext("2d");
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, hgt);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(rm.heat, RM.L, RM.T, pw, ph);
    ctx.save();
    ctx.beginPath();
    ctx.rect(RM.L, RM.T, pw, ph);
    ctx.clip();
    // the edges: heavy ball (solid) and Nesterov (dashed)
    for (const nest of [false, true]) {
      ctx.beginPath();
      for (let k = 0; k <= 100; k++) {
        const mu = k / 100;
        const px = X(C.stability_limit(mu, set.hi, nest)), py = Y(mu);
        if (k === 0) ctx.moveTo(px, py);
        else ctx.lineTo(px, py);
      }
      ctx.setLineDash(nest ? [7, 4] : []);
      ctx.strokeStyle = nest ? colors.runs[1] : colors.mark;
      ctx.lineWidth = 2;
      ctx.stroke();
    }
    ctx.setLineDash([]);
    // the optimum: a star
    ctx.beginPath();
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
    // the run's setting: a dot in its colour (the ring is the button)
    const sgd = run && run.optimizer === "SGD";
    const lr = sgd ? run.lr : ls, mu = sgd ? run.momentum : ms;
    const cx = X(Math.min(lr, set.lrMax)), cy = Y(mu);
    ctx.beginPath();
    ctx.arc(cx, cy, 4, 0, 2 * Math.PI);
    ctx.fillStyle = colors.runs[rm.run];
    ctx.strokeStyle = colors.bg;
    ctx.lineWidth = 1.5;
    ctx.fill();
    ctx.stroke();
    ctx.restore();
    // axes
    ctx.strokeStyle = colors.muted;
    ctx.lineWidth = 1;
    ctx.strokeRect(RM.L, RM.T, pw, ph);
    ctx.font = "11px system-ui, sans-serif";
    ctx.fillStyle = colors.fg;
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    for (const v of ticks(0, set.lrMax, Math.max(2, Math.floor(pw / 70)))) {
      ctx.fillText(fmt(v, 3), X(v), RM.T + ph + 3);
    }
    ctx.font = "12px system-ui, sans-serif";
    ctx.fillText("learning rate η", RM.L + pw / 2, hgt - 15);
    ctx.font = "11px system-ui, sans-serif";
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    for (const v of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
      ctx.fillText(fmt(v, 2), RM.L - 4, Y(v));
    }
    ctx.save();
    ctx.translate(11, RM.T + ph / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = "center";
    ctx.font = "12px system-ui, sans-serif";
    ctx.fillText("momentum μ", 0, 0);
    ctx.restore();
    // the ring (a button) on the run's setting
    rm.cursor.style.left = cx + "px";
    rm.cursor.style.top = cy + "px";
    rm.cursor.style.borderColor = "var(--pg-run" + rm.run + ")";
    // words: readout, legend, labels
    const where = "for curvatures λ from " + fmt(set.lo, 4) + " to " +
      fmt(set.hi, 4) + " (κ = " + fmt(set.hi / set.lo, 4) + ")";
    rm.readout.textContent = sgd
      ? "Rate map " + texts.where + ": " + texts.run + "; " +
        texts.optimum + "."
      : "Run " + (rm.run + 1) + " is " + run.optimizer + ", not SGD: " +
        "click the map to make it SGD with that learning rate and momentum.";
    rm.best.textContent = fmt(rs, 3);
    rm.optimum.textContent = "optimum η* = " + fmt(ls, 4) + ", μ* = " +
      fmt(ms, 4);
    rm.runKey.textContent = "run " + (rm.run + 1) + " now" +
      (set.nesterov ? " (Nesterov: the map shows Nesterov's rate)" : "");
    c.setAttribute("aria-label", "Heat map of " +
      (set.nesterov ? "Nesterov" : "heavy-ball") + " momentum's rate per " +
      "step " + where + ", learning rate η from 0 to " + fmt(set.lrMax, 3) +
      " across, momentum μ from 0 to 1 up; lower is faster, grey is " +
      "unstable beyond the edge ηλ_max = 2(1 + μ). The star is the " +
      "optimum (η*, μ*) = (" + fmt(ls, 4) + ", " + fmt(ms, 4) + "). " +
      "Run " + (rm.run + 1) + " is at η = " + fmt(lr, 4) + ", μ = " +
      fmt(mu, 4) + ".");
    rm.cursor.setAttribute("aria-label", "Run " + (rm.run + 1) +
      " on the rate map: η = " + fmt(lr, 4) + ", μ = " + fmt(mu, 4) +
      (sgd ? ", rate " + fmt(texts.rate, 4) : ""));
  };

})();

/* The playground's mathematics: optlib's update rules, surfaces and
 * trajectory loop, in JavaScript, for the reader's browser.
 *
 * Each rule reads like its Python kernel in optlib/optim.py (and
 * optlib/errata.py): same name, same arguments, same order of floating-
 * point operations, on a point of two numbers instead of a NumPy array.
 * State arrays are plain [x, y] arrays updated in place.
 * tests/js/ compares everything here with optlib to about 1e-12, from
 * fixtures written by scripts/playground_fixtures.py; tests/
 * test_playground.py checks those fixtures are what optlib gives today,
 * so a change to a rule in one language alone fails a test.
 *
 * No DOM here: Node's test runner loads this file with require().
 */
(function (root) {
  "use strict";

  // -------------------------------------------------------------------
  // Kernels (optlib/optim.py).  p: param [x, y], g: grad [x, y] (never
  // modified), state arrays [x, y] updated in place, step t from 1.
  // -------------------------------------------------------------------

  function sgd_step(p, g, momentum_buffer, step, o) {
    for (let i = 0; i < 2; i++) {
      let gi = g[i];
      if (o.weight_decay !== 0) gi = gi + o.weight_decay * p[i];
      if (o.momentum !== 0) {
        const buf = momentum_buffer;
        if (step === 1) {
          buf[i] = gi;                                  // b_1 = g
        } else {                                        // b = mu*b + (1-tau)*g
          buf[i] *= o.momentum;
          buf[i] += o.dampening ? (1 - o.dampening) * gi : gi;
        }
        gi = o.nesterov ? gi + o.momentum * buf[i] : buf[i];
      }
      p[i] -= o.lr * gi;                                // theta -= lr*g
    }
  }

  function adagrad_step(p, g, state_sum, step, o) {
    const clr = o.lr / (1 + (step - 1) * o.lr_decay);  // decayed step size
    for (let i = 0; i < 2; i++) {
      let gi = g[i];
      if (o.weight_decay !== 0) gi = gi + o.weight_decay * p[i];
      state_sum[i] += gi * gi;                          // s = s + g^2
      const std = Math.sqrt(state_sum[i]) + o.eps;      // eps outside root
      p[i] -= clr * gi / std;                           // theta -= clr*g/std
    }
  }

  function rmsprop_step(p, g, square_avg, grad_avg, momentum_buffer, step,
                        o) {
    for (let i = 0; i < 2; i++) {
      let gi = g[i];
      if (o.weight_decay !== 0) gi = gi + o.weight_decay * p[i];
      square_avg[i] *= o.alpha;                         // v = a*v + (1-a)*g^2
      square_avg[i] += (1 - o.alpha) * gi * gi;
      let avg;
      if (o.centered) {                                 // gbar: torch's lerp_
        grad_avg[i] += (1 - o.alpha) * (gi - grad_avg[i]);
        avg = Math.sqrt(square_avg[i] - grad_avg[i] * grad_avg[i]);
      } else {
        avg = Math.sqrt(square_avg[i]);
      }
      avg += o.eps;                                     // eps outside root
      if (o.momentum > 0) {
        momentum_buffer[i] *= o.momentum;               // b = mu*b + g/avg
        momentum_buffer[i] += gi / avg;
        p[i] -= o.lr * momentum_buffer[i];
      } else {
        p[i] -= o.lr * gi / avg;                        // theta -= lr*g/avg
      }
    }
  }

  function adam_step(p, g, exp_avg, exp_avg_sq, max_exp_avg_sq, step, o) {
    const bc1 = 1 - Math.pow(o.beta1, step);
    const bc2 = Math.sqrt(1 - Math.pow(o.beta2, step));
    for (let i = 0; i < 2; i++) {
      let gi = g[i];
      if (o.weight_decay !== 0 && o.decoupled_weight_decay) {
        p[i] *= 1 - o.lr * o.weight_decay;              // theta -= lr*wd*theta
      } else if (o.weight_decay !== 0) {
        gi = gi + o.weight_decay * p[i];                // g = g + wd*theta
      }
      exp_avg[i] += (1 - o.beta1) * (gi - exp_avg[i]);  // m: torch's lerp_
      exp_avg_sq[i] *= o.beta2;                         // v = b2*v+(1-b2)*g^2
      exp_avg_sq[i] += (1 - o.beta2) * gi * gi;
      if (o.amsgrad) {                                  // v_max = max(v_max,v)
        max_exp_avg_sq[i] = npMaximum(max_exp_avg_sq[i], exp_avg_sq[i]);
      }
      let denom = Math.sqrt(o.amsgrad ? max_exp_avg_sq[i] : exp_avg_sq[i]);
      denom /= bc2;                                     // sqrt(v_hat)
      denom += o.eps;                                   // eps outside root
      p[i] -= o.lr / bc1 * exp_avg[i] / denom;          // m_hat/denom
    }
  }

  // optlib/errata.py: Adam with a switch for each of the article's errors.
  // Returns false (nothing changed) where Python raises FloatingPointError
  // for the square root of a negative second moment.
  function adam_variant_step(p, g, exp_avg, exp_avg_sq, step, o) {
    const m_hat = [0, 0], v_hat = [0, 0];
    for (let i = 0; i < 2; i++) {
      exp_avg[i] += (1 - o.beta1) * (g[i] - exp_avg[i]);
      exp_avg_sq[i] *= o.beta2;
      exp_avg_sq[i] += (1 - o.beta2) * (o.square ? g[i] * g[i] : g[i]);
      m_hat[i] = exp_avg[i];
      v_hat[i] = exp_avg_sq[i];
      if (o.bias_correction) {
        m_hat[i] = exp_avg[i] / (1 - Math.pow(o.beta1, step));
        v_hat[i] = exp_avg_sq[i] / (1 - Math.pow(o.beta2, step));
      }
    }
    if (o.sqrt && !o.square && (v_hat[0] < 0 || v_hat[1] < 0)) return false;
    for (let i = 0; i < 2; i++) {
      const denom = o.sqrt ? Math.sqrt(v_hat[i]) + o.eps : v_hat[i] + o.eps;
      p[i] -= o.lr * m_hat[i] / denom;
    }
    return true;
  }

  function npMaximum(a, b) {      // np.maximum: nan wins
    return (a !== a || b !== b) ? NaN : Math.max(a, b);
  }

  // -------------------------------------------------------------------
  // Optimizers: torch's defaults and argument checks (optim.py's
  // classes), state created on the first step.
  // -------------------------------------------------------------------

  const OPTIMIZERS = {
    SGD: {lr: 1e-3, momentum: 0, dampening: 0, nesterov: false,
          weight_decay: 0},
    Adagrad: {lr: 1e-2, lr_decay: 0, weight_decay: 0,
              initial_accumulator_value: 0, eps: 1e-10},
    RMSprop: {lr: 1e-2, alpha: 0.99, eps: 1e-8, weight_decay: 0,
              momentum: 0, centered: false},
    Adam: {lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weight_decay: 0,
           amsgrad: false},
    AdamW: {lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8,
            weight_decay: 1e-2, amsgrad: false},
    AdamVariant: {lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8,
                  square: true, sqrt: true, bias_correction: true},
  };

  function isNum(v) {
    return typeof v === "number" && isFinite(v);
  }

  // The first problem with these settings, in torch's words, or null.
  function checkSettings(name, hp) {
    const d = OPTIMIZERS[name];
    if (!d) return "unknown optimizer " + name;
    for (const k in d) {
      const v = hp[k];
      if (typeof d[k] === "boolean") {
        if (typeof v !== "boolean") return k + " must be True or False";
        continue;
      }
      if (!isNum(v) || v < 0) {
        const what = {lr: "Invalid learning rate",
                      eps: "Invalid epsilon value",
                      beta1: "Invalid beta parameter at index 0",
                      beta2: "Invalid beta parameter at index 1"}[k] ||
                     "Invalid " + k + " value";
        return what + ": " + v;
      }
    }
    if (name === "RMSprop" && hp.alpha > 1) {
      return "Invalid alpha value: " + hp.alpha;
    }
    if ("beta1" in d && hp.beta1 >= 1) {
      return "Invalid beta parameter at index 0: " + hp.beta1;
    }
    if ("beta2" in d && hp.beta2 >= 1) {
      return "Invalid beta parameter at index 1: " + hp.beta2;
    }
    if (name === "SGD" && hp.nesterov &&
        (hp.momentum <= 0 || hp.dampening !== 0)) {
      return "Nesterov momentum requires a momentum and zero dampening";
    }
    return null;
  }

  // An optimizer over one point: step(p, g) updates p in place and
  // returns false where optlib raises FloatingPointError (a non-finite
  // parameter or state after the update; AdamVariant then restores).
  function makeOptimizer(name, settings) {
    const hp = Object.assign({}, OPTIMIZERS[name], settings || {});
    const err = checkSettings(name, hp);
    if (err) throw new Error(err);
    const z = () => [0, 0];
    let t = 0;
    let st;
    let update;
    if (name === "SGD") {
      st = {momentum_buffer: hp.momentum !== 0 ? z() : null};
      update = (p, g) => sgd_step(p, g, st.momentum_buffer, t, hp);
    } else if (name === "Adagrad") {
      const s0 = hp.initial_accumulator_value;
      st = {sum: [s0, s0]};
      update = (p, g) => adagrad_step(p, g, st.sum, t, hp);
    } else if (name === "RMSprop") {
      st = {square_avg: z(), grad_avg: hp.centered ? z() : null,
            momentum_buffer: hp.momentum > 0 ? z() : null};
      update = (p, g) => rmsprop_step(p, g, st.square_avg, st.grad_avg,
                                      st.momentum_buffer, t, hp);
    } else if (name === "AdamVariant") {
      st = {exp_avg: z(), exp_avg_sq: z()};
      update = (p, g) => adam_variant_step(p, g, st.exp_avg, st.exp_avg_sq,
                                           t, hp);
    } else {
      hp.decoupled_weight_decay = name === "AdamW";
      st = {exp_avg: z(), exp_avg_sq: z(),
            max_exp_avg_sq: hp.amsgrad ? z() : null};
      update = (p, g) => adam_step(p, g, st.exp_avg, st.exp_avg_sq,
                                   st.max_exp_avg_sq, t, hp);
    }
    function finite() {
      for (const k in st) {
        const a = st[k];
        if (a && !(isFinite(a[0]) && isFinite(a[1]))) return false;
      }
      return true;
    }
    return {
      name: name, hp: hp, state: st,
      step(p, g) {
        t += 1;
        if (name === "AdamVariant") {
          const saved = [p[0], p[1]];
          const copy = JSON.stringify(st);
          const ok = update(p, g) !== false;
          if (ok && isFinite(p[0]) && isFinite(p[1]) && finite()) return true;
          p[0] = saved[0];
          p[1] = saved[1];
          const back = JSON.parse(copy);
          for (const k in back) st[k] = back[k];
          return false;
        }
        update(p, g);
        return isFinite(p[0]) && isFinite(p[1]) && finite();
      },
    };
  }

  // -------------------------------------------------------------------
  // Surfaces (optlib/surfaces.py): f(x, y) and its gradient, written
  // with the same operations as the Python lambdas (x ** 2 is x * x;
  // x ** 3 is Math.pow(x, 3)).
  // -------------------------------------------------------------------

  function sq(v) { return v * v; }

  function bowlBox(a, b) {
    let rx, ry;
    if (b >= a) {
      rx = 5.0; ry = Math.max(5.0 * Math.sqrt(a / b), 2.5);
    } else {
      rx = Math.max(5.0 * Math.sqrt(b / a), 2.5); ry = 5.0;
    }
    return [rx, ry];
  }

  function bowl(a, b) {
    a = a === undefined ? 0.1 : a;
    b = b === undefined ? 2.0 : b;
    const [rx, ry] = bowlBox(a, b);
    return {
      name: "bowl", args: {a: a, b: b},
      f: (x, y) => a * x * x + b * y * y,
      grad: (x, y) => [2 * a * x, 2 * b * y],
      bounds: [[-rx, rx], [-ry, ry]], x0: [-0.9 * rx, 0.4 * ry],
      minima: [[0, 0]], saddles: [], fmin: 0, log: false,
      label: fmtG(a, 6) + "x² + " + fmtG(b, 6) + "y²",
    };
  }

  function ill_conditioned(condition) {
    condition = condition === undefined ? 20 : condition;
    const s = bowl(0.1, 0.1 * condition);
    s.name = "ill_conditioned";
    s.args = {condition: condition};
    return s;
  }

  // The quadratic a x'² + b y'² (a = 0.1, b = 0.1·condition) in axes
  // turned by `angle` degrees: x' = c x + s y, y' = −s x + c y.  The same
  // formula as optlib.playground.quadratic; angle 0 is ill_conditioned.
  function quadratic(condition, angle) {
    condition = condition === undefined ? 20 : condition;
    angle = angle === undefined ? 0 : angle;
    const a = 0.1, b = 0.1 * condition;
    const rad = angle * Math.PI / 180;
    const c = Math.cos(rad), s = Math.sin(rad);
    const A = a * c * c + b * s * s;
    const B = (a - b) * c * s;
    const C = a * s * s + b * c * c;
    const [p, q] = [5.0, 5.0 * Math.sqrt(a / b)];
    const hx = Math.max(Math.sqrt(p * p * c * c + q * q * s * s), 2.5);
    const hy = Math.max(Math.sqrt(p * p * s * s + q * q * c * c), 2.5);
    return {
      name: "quadratic", args: {condition: condition, angle: angle},
      f: (x, y) => A * x * x + 2 * B * x * y + C * y * y,
      grad: (x, y) => [2 * A * x + 2 * B * y, 2 * B * x + 2 * C * y],
      bounds: [[-hx, hx], [-hy, hy]], x0: [-0.9 * hx, 0.4 * hy],
      minima: [[0, 0]], saddles: [], fmin: 0, log: false,
      label: "quadratic, κ = " + fmtG(condition, 6) + ", turned " +
             fmtG(angle, 6) + "°",
    };
  }

  function rosenbrock() {
    return {
      name: "rosenbrock", args: {},
      f: (x, y) => sq(1 - x) + 100 * sq(y - x * x),
      grad: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x),
                       200 * (y - x * x)],
      bounds: [[-2, 2], [-1, 3]], x0: [-1.2, 1.0], minima: [[1, 1]],
      saddles: [], fmin: 0, log: true, label: "(1−x)² + 100(y−x²)²",
    };
  }

  const BEALE_C = [1.5, 2.25, 2.625];

  function beale() {
    function terms(x, y) {
      const out = [];
      for (let i = 1; i <= 3; i++) {
        const yi = Math.pow(y, i);
        out.push([BEALE_C[i - 1] - x + x * yi, yi - 1,
                  i * x * Math.pow(y, i - 1)]);
      }
      return out;
    }
    return {
      name: "beale", args: {},
      f(x, y) {
        let s = 0;
        for (const [t] of terms(x, y)) s += t * t;
        return s;
      },
      grad(x, y) {
        let gx = 0, gy = 0;
        for (const [t, tx, ty] of terms(x, y)) {
          gx += 2 * t * tx;
          gy += 2 * t * ty;
        }
        return [gx, gy];
      },
      bounds: [[-1, 4.5], [-1.5, 2]], x0: [1, 1.5], minima: [[3, 0.5]],
      saddles: [[0, 1]], fmin: 0, log: true,
      label: "(1.5−x+xy)² + (2.25−x+xy²)² + (2.625−x+xy³)²",
    };
  }

  function himmelblau() {
    return {
      name: "himmelblau", args: {},
      f: (x, y) => sq(x * x + y - 11) + sq(x + y * y - 7),
      grad(x, y) {
        const u = x * x + y - 11, v = x + y * y - 7;
        return [4 * x * u + 2 * v, 2 * u + 4 * y * v];
      },
      bounds: [[-5, 5], [-5, 5]], x0: [-0.5, 0.5],
      minima: [[3, 2], [-2.805118, 3.131312], [-3.77931, -3.283186],
               [3.584428, -1.848126]],
      saddles: [], fmin: 0, log: true, label: "(x²+y−11)² + (x+y²−7)²",
    };
  }

  function saddle() {
    return {
      name: "saddle", args: {},
      f: (x, y) => x * x - y * y,
      grad: (x, y) => [2 * x, -2 * y],
      bounds: [[-2, 2], [-2, 2]], x0: [-1.8, 1e-3], minima: [],
      saddles: [[0, 0]], fmin: null, log: false, label: "x² − y²",
    };
  }

  function monkey_saddle() {
    return {
      name: "monkey_saddle", args: {},
      f: (x, y) => Math.pow(x, 3) - 3 * x * y * y,
      grad: (x, y) => [3 * x * x - 3 * y * y, -6 * x * y],
      bounds: [[-1.5, 1.5], [-1.5, 1.5]], x0: [1.2, 0.3], minima: [],
      saddles: [[0, 0]], fmin: null, log: false, label: "x³ − 3xy²",
    };
  }

  const TILT = 0.3, KY = 0.5;

  function two_minima() {
    // critical points: 4x³ − 4x + c = 0 near x = −1, 0, 1 (Newton)
    const [r, m, l] = [-1, 0, 1].map((x) => {
      for (let k = 0; k < 50; k++) {
        x = x - (4 * x * x * x - 4 * x + TILT) / (12 * x * x - 4);
      }
      return x;
    });
    const f = (x, y) => sq(x * x - 1) + TILT * x + KY * y * y;
    return {
      name: "two_minima", args: {},
      f: f,
      grad: (x, y) => [4 * x * (x * x - 1) + TILT, 2 * KY * y],
      bounds: [[-2, 2], [-1.5, 1.5]], x0: [1.8, 1.0],
      minima: [[r, 0], [l, 0]], saddles: [[m, 0]], fmin: f(r, 0), log: true,
      label: "(x²−1)² + 0.3x + 0.5y²",
    };
  }

  const SURFACES = {
    bowl: bowl, ill_conditioned: ill_conditioned, quadratic: quadratic,
    rosenbrock: rosenbrock, beale: beale, himmelblau: himmelblau,
    saddle: saddle, monkey_saddle: monkey_saddle, two_minima: two_minima,
  };

  function makeSurface(name, args) {
    const make = SURFACES[name];
    if (!make) throw new Error("unknown surface " + name);
    args = args || {};
    if (name === "bowl") return bowl(args.a, args.b);
    if (name === "ill_conditioned") return ill_conditioned(args.condition);
    if (name === "quadratic") return quadratic(args.condition, args.angle);
    return make();
  }

  // -------------------------------------------------------------------
  // Gradient noise, the same numbers as optlib.playground.noisy_grad:
  // a counter-based generator (a 32-bit integer hash of seed, step and
  // coordinate) and Box–Muller, so both languages draw identical noise.
  // -------------------------------------------------------------------

  function hash32(seed, t, k) {
    let h = (Math.imul(seed >>> 0, 0x9E3779B1) ^ Math.imul(t >>> 0, 0x85EBCA77)
             ^ Math.imul(k >>> 0, 0xC2B2AE3D)) >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x7FEB352D) >>> 0;
    h ^= h >>> 15;
    h = Math.imul(h, 0x846CA68B) >>> 0;
    h ^= h >>> 16;
    return h >>> 0;
  }

  function gaussian(seed, t, i) {
    const u1 = (hash32(seed, t, 2 * i) + 0.5) / 4294967296;
    const u2 = (hash32(seed, t, 2 * i + 1) + 0.5) / 4294967296;
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  function noisy_grad(surface, noise, seed) {
    return function (xy, t) {
      const g = surface.grad(xy[0], xy[1]);
      return [g[0] + noise * gaussian(seed, t, 0),
              g[1] + noise * gaussian(seed, t, 1)];
    };
  }

  // -------------------------------------------------------------------
  // The trajectory loop and its stopping rules (optlib/train.py).
  // -------------------------------------------------------------------

  function trajectory(optimizer, surface, x0, steps, options) {
    const o = Object.assign({tol: 1e-6, max_norm: 1e6, grad_fn: null,
                             max_value: null}, options || {});
    let max_value = o.max_value;
    const xy = [x0[0], x0[1]];
    const path = [], values = [];
    let diverged_step = null, converged_step = null;
    let t = 0;
    for (;;) {
      // --- check the current point θ_t
      const x = xy[0], y = xy[1];
      path.push([x, y]);
      const value = surface.f(x, y);
      values.push(value);
      if (!(isFinite(x) && isFinite(y)) || Math.hypot(x, y) > o.max_norm ||
          !isFinite(value)) {
        diverged_step = t;
        break;
      }
      let grad = surface.grad(x, y);
      if (!(isFinite(grad[0]) && isFinite(grad[1]))) {
        diverged_step = t + 1;
        break;
      }
      if (Math.hypot(grad[0], grad[1]) < o.tol) {
        converged_step = t;
        break;
      }
      if (t === steps) break;
      // --- take step t + 1
      if (o.grad_fn) {
        grad = o.grad_fn([x, y], t + 1);
        if (!(isFinite(grad[0]) && isFinite(grad[1]))) {
          diverged_step = t + 1;
          break;
        }
      }
      t += 1;
      if (!optimizer.step(xy, grad)) {
        diverged_step = t;
        path.push([xy[0], xy[1]]);
        values.push(surface.f(xy[0], xy[1]));
        break;
      }
    }
    // the budget ran out: a loss grown a thousandfold (fit's rule) has
    // diverged, from where it last rose past the threshold (path cut there)
    if (diverged_step === null && converged_step === null && t > 0) {
      if (max_value === null) max_value = 1e3 * Math.max(values[0], 1.0);
      if (values[values.length - 1] > max_value) {
        let k = t;
        while (k > 0 && values[k - 1] > max_value) k -= 1;
        diverged_step = t = k;
        path.length = k + 1;
        values.length = k + 1;
      }
    }
    let message;
    if (diverged_step !== null) message = "diverged at step " + diverged_step;
    else if (converged_step !== null) {
      message = "converged in " + converged_step + " steps";
    } else message = "stopped after " + t + " steps";
    return {path: path, values: values, steps_run: t,
            diverged: diverged_step !== null, diverged_step: diverged_step,
            converged: converged_step !== null,
            converged_step: converged_step, message: message};
  }

  // Python's format(v, ".{p}g"), so both languages print the same text.
  function fmtG(v, p) {
    p = p || 6;
    if (v === 0) return (1 / v < 0) ? "-0" : "0";
    if (!isFinite(v)) return v !== v ? "nan" : (v > 0 ? "inf" : "-inf");
    const e = v.toExponential(p - 1);            // "d.ddddde±x"
    const exp = parseInt(e.slice(e.indexOf("e") + 1), 10);
    const strip = (s) => s.indexOf(".") < 0 ? s
      : s.replace(/0+$/, "").replace(/\.$/, "");
    if (exp < -4 || exp >= p) {
      const mant = strip(e.slice(0, e.indexOf("e")));
      const sign = exp < 0 ? "-" : "+";
      const ae = Math.abs(exp);
      return mant + "e" + sign + (ae < 10 ? "0" : "") + ae;
    }
    return strip(v.toFixed(Math.max(0, p - 1 - exp)));
  }

  // The outcome of one run in words, as optlib.playground prints it.
  function outcome(run) {
    const last = run.values[run.values.length - 1];
    const end = run.path[run.path.length - 1];
    let text = run.message;
    if (!run.diverged) {
      text += ", final loss " + fmtG(last, 6) + " at (" + fmtG(end[0], 4) +
              ", " + fmtG(end[1], 4) + ")";
    }
    return text;
  }

  const core = {
    sgd_step, adagrad_step, rmsprop_step, adam_step, adam_variant_step,
    OPTIMIZERS, checkSettings, makeOptimizer,
    bowl, ill_conditioned, quadratic, rosenbrock, beale, himmelblau, saddle,
    monkey_saddle, two_minima, SURFACES, makeSurface,
    hash32, gaussian, noisy_grad, trajectory, fmtG, outcome,
  };
  if (typeof module === "object" && module.exports) module.exports = core;
  else root.OptlibPlaygroundCore = core;
})(typeof self !== "undefined" ? self : this);

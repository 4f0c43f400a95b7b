"""optlib.playground: the Python half of the live playground.

The JavaScript half is checked by ``node --test tests/js/*.test.js``
against ``tests/fixtures/playground.json``; here the fixtures are
regenerated with today's optlib and compared with the committed file, so
a rule changed in one language only fails one of the two tests.
"""

import importlib.util
import json
import pathlib
import re
import shutil
import subprocess

import numpy as np
import pytest

from optlib import playground as pg
from optlib.surfaces import ill_conditioned, quadratic
from optlib.optim import SGD, Adam
from optlib.trajectory import trajectory

ROOT = pathlib.Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "playground.json"


def _fixtures_module():
    spec = importlib.util.spec_from_file_location(
        "playground_fixtures", ROOT / "scripts" / "playground_fixtures.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _same(a, b, rel=1e-13):
    """Equal structure, text and flags; numbers to ``rel`` (a last-bit
    difference of another platform's libm pow/cos is not a change)."""
    if isinstance(a, dict):
        return (isinstance(b, dict) and a.keys() == b.keys()
                and all(_same(a[k], b[k], rel) for k in a))
    if isinstance(a, list):
        return (isinstance(b, list) and len(a) == len(b)
                and all(_same(x, y, rel) for x, y in zip(a, b)))
    if isinstance(a, float) and isinstance(b, (int, float)) \
            and not isinstance(b, bool):
        return abs(a - b) <= rel * max(1.0, abs(a), abs(b))
    return a == b and type(a) is type(b)


def test_committed_fixtures_are_what_optlib_gives_today():
    mod = _fixtures_module()
    fresh = json.loads(mod.dumps(mod.build()))
    committed = json.loads(FIXTURES.read_text())
    assert fresh.keys() == committed.keys()
    for key in fresh:
        assert len(fresh[key]) == len(committed[key]), key
        if isinstance(fresh[key], list):
            for i, (a, b) in enumerate(zip(fresh[key], committed[key])):
                assert _same(a, b), (
                    f"{key}[{i}] differs from tests/fixtures/playground.json"
                    ": optlib changed; if on purpose, change "
                    "optlib/playground_core.js the same way and run "
                    "python scripts/playground_fixtures.py")


def test_the_fixture_comparison_can_fail():
    committed = json.loads(FIXTURES.read_text())
    run = committed["trajectories"][0]
    changed = json.loads(json.dumps(run))
    changed["path"][5][0] *= 1 + 1e-9
    assert _same(run, run) and not _same(run, changed)
    changed = dict(run, message="converged in 1 steps")
    assert not _same(run, changed)


def test_node_agrees_with_the_fixtures():
    # the same comparison scripts/test.sh runs; here so pytest alone
    # catches a JavaScript that drifted
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    # explicit files: Node 20 expands a directory, Node 22+ does not
    files = sorted(str(f) for f in (ROOT / "tests" / "js").glob("*.test.js"))
    assert files
    out = subprocess.run([node, "--test", *files],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]


def test_repr_lists_the_outcomes_computed_by_optlib():
    p = pg.playground("rosenbrock",
                      [{"optimizer": "Adam", "lr": 0.05},
                       {"optimizer": "SGD", "lr": 0.001, "momentum": 0.9}],
                      steps=150)
    run = trajectory(lambda q: Adam(q, lr=0.05), p.surface, [-1.2, 1.0],
                     150)
    assert p.runs[0].message == run.message
    np.testing.assert_array_equal(p.runs[0].path, run.path)
    text = repr(p)
    assert text.splitlines()[0] == ("Playground on rosenbrock from "
                                    "(-1.2, 1), 150 steps")
    assert f"1. Adam (lr = 0.05): {pg.outcome(run)}" in text
    assert "2. SGD (lr = 0.001, momentum = 0.9): " in text


def test_outcome_words():
    conv = trajectory(lambda q: SGD(q, lr=0.25), pg.make_surface(
        "bowl", {"a": 1.0, "b": 1.0}), [1.0, -2.0], 100)
    assert pg.outcome(conv).startswith("converged in 23 steps, final loss ")
    div = trajectory(lambda q: SGD(q, lr=0.55), pg.make_surface("bowl"),
                     None or [-4.5, 0.4], 100)
    assert pg.outcome(div) == div.message
    assert div.message.startswith("diverged at step ")


def test_html_is_deterministic_and_carries_config_and_results():
    runs = [{"optimizer": "SGD", "lr": 0.1, "momentum": 0.9}]
    a = pg.playground("quadratic", runs, surface_args={"condition": 20,
                                                       "angle": 30})
    b = pg.playground("quadratic", runs, surface_args={"condition": 20,
                                                       "angle": 30})
    c = pg.playground("quadratic", runs, surface_args={"condition": 20,
                                                       "angle": 31})
    assert a.to_html() == b.to_html()
    assert a.id == b.id != c.id
    page = a._repr_html_()
    m = re.search(r'<script type="application/json" id="([^"]+)-config">'
                  r'(.*?)</script>', page)
    assert m and m.group(1) == a.id
    config = json.loads(m.group(2))
    assert config["runs"][0] == {"optimizer": "SGD", "lr": 0.1,
                                 "momentum": 0.9, "dampening": 0.0,
                                 "nesterov": False, "weight_decay": 0.0}
    assert config["optlib"] == a.texts
    assert a.texts[0] in page                   # the no-script fallback
    # the script is inlined once per snippet, guarded, with no "</" inside
    body = page.split("<script>", 1)[1].rsplit("</script>", 1)[0]
    assert "</" not in body
    assert body.startswith("if (!window.OptlibPlayground)")
    assert "http://" not in body and "https://" not in body


def test_script_and_style_are_under_60_kb():
    size = len(pg.script().encode())
    assert size < 60 * 1024, f"{size / 1024:.1f} KB"


def test_quadratic_at_angle_zero_is_ill_conditioned():
    q = quadratic(20, 0)
    s = ill_conditioned(20)
    for p in ([1.0, 2.0], [-3.0, 0.5], [0.25, -1.75]):
        assert q.value(np.array(p)) == s.value(np.array(p))
        np.testing.assert_array_equal(q.grad(np.array(p)),
                                      s.grad(np.array(p)))
    assert q.bounds == s.bounds


def test_quadratic_condition_number_is_kept_when_turned():
    for angle in (0, 30, -45, 90):
        q = quadratic(50, angle)
        ev = np.linalg.eigvalsh(q.hessian(np.zeros(2)))
        assert ev.max() / ev.min() == pytest.approx(50)


def test_noisy_grad_is_reproducible_and_unbiased():
    s = pg.make_surface("bowl")
    g = pg.noisy_grad(s, 0.5, seed=3)
    xy = np.array([1.0, 1.0])
    assert np.array_equal(g(xy, 7), g(xy, 7))
    assert not np.array_equal(g(xy, 7), g(xy, 8))
    z = np.array([[pg._gaussian(0, t, i) for i in (0, 1)]
                  for t in range(1, 4001)])
    assert abs(z.mean()) < 0.05 and abs(z.std() - 1) < 0.05


@pytest.mark.parametrize("kwargs, error, match", [
    ({"surface": "nope"}, ValueError, "unknown surface 'nope'"),
    ({"runs": [{"optimizer": "Nadam"}]}, ValueError, "unknown optimizer"),
    ({"runs": [{"optimizer": "SGD", "lr": -1}]}, ValueError,
     "Invalid learning rate: -1.0"),
    ({"runs": [{"optimizer": "SGD", "lr": 0.1, "nesterov": True}]},
     ValueError, "Nesterov momentum requires"),
    ({"runs": [{"optimizer": "Adam", "betas": (0.9, 0.99)}]}, ValueError,
     "Adam has no setting 'betas'"),
    ({"runs": [{"optimizer": "SGD"}] * 4}, ValueError, "1 to 3 runs"),
    ({"steps": 5000}, ValueError, "steps must be an integer from 1 to"),
    ({"x0": [1.0, float("nan")]}, ValueError, "x0 must be a finite"),
    ({"surface": "rosenbrock", "surface_args": {"a": 1}}, ValueError,
     "takes no arguments"),
    ({"noise": -1}, ValueError, "noise must be a finite number >= 0"),
    ({"controls": ["speed"]}, ValueError, "unknown control 'speed'"),
])
def test_bad_input_is_refused_clearly(kwargs, error, match):
    with pytest.raises(error, match=match):
        pg.playground(**kwargs)


def test_save_writes_a_page(tmp_path):
    p = pg.playground("himmelblau", {"optimizer": "RMSprop", "lr": 0.05})
    out = p.save(tmp_path / "pg.html")
    text = pathlib.Path(out).read_text()
    assert text.startswith("<!DOCTYPE html>") and p.id in text


# --------------------------------------------------------------------------
# The rate map (playground(..., rate_map=...))
# --------------------------------------------------------------------------

from optlib import rates as _rates  # noqa: E402


@pytest.mark.parametrize("name, args", [
    ("bowl", {}), ("bowl", {"a": 2.0, "b": 0.5}),
    ("ill_conditioned", {"condition": 100}),
    ("quadratic", {"condition": 20, "angle": 30}),
    ("quadratic", {"condition": 3.7, "angle": -71})])
def test_curvatures_are_the_hessians_eigenvalues(name, args):
    surface = pg.make_surface(name, args)
    ev = np.linalg.eigvalsh(surface.hessian(np.zeros(2)))
    np.testing.assert_allclose(pg.curvatures(name, args), ev, rtol=1e-12)


def test_curvatures_of_a_non_quadratic_are_none():
    assert pg.curvatures("rosenbrock") is None
    assert pg.curvatures("saddle") is None


def test_rate_map_texts_are_optlib_rates():
    play = pg.playground(
        "ill_conditioned",
        [{"optimizer": "SGD", "lr": 0.09},
         {"optimizer": "SGD", "lr": 0.05, "momentum": 0.9,
          "nesterov": True}],
        surface_args={"condition": 100}, rate_map=2)
    assert play.config["rate_map"] == {"run": 1}
    texts = play.rate_texts
    rate = _rates.worst_rate(0.05, 0.9, 0.2, 20.0, nesterov=True)
    assert texts["run"] == (f"run 2: lr = 0.05, momentum = 0.9, nesterov: "
                            f"rate {rate:.4g}")
    lr_s, mu_s, rate_s = _rates.optimal_momentum(0.2, 20.0)
    assert texts["optimum"] == (f"optimum lr* = {lr_s:.4g}, momentum* = "
                                f"{mu_s:.4g}, rate {rate_s:.4g}")
    assert texts["where"] == "for curvatures λ from 0.2 to 20 (κ = 100)"
    # printed (nbval guards it) and handed to the browser to check
    assert f"Rate map {texts['where']}: {texts['run']}" in repr(play)
    assert json.dumps(texts["run"], ensure_ascii=True)[1:-1] in (
        play.to_html())
    # an unstable setting says so
    hot = pg.playground("ill_conditioned", {"optimizer": "SGD", "lr": 0.2,
                                            "momentum": 0.9},
                        surface_args={"condition": 100}, rate_map=True)
    assert hot.rate_texts["run"].endswith("(unstable)")


def test_rate_map_true_is_the_last_run_and_none_is_off():
    runs = [{"optimizer": "SGD", "lr": 0.01},
            {"optimizer": "SGD", "lr": 0.01, "momentum": 0.5}]
    assert pg.playground("bowl", runs, rate_map=True).config[
        "rate_map"] == {"run": 1}
    off = pg.playground("bowl", runs)
    assert "rate_map" not in off.config and off.rate_texts is None
    assert "Rate map" not in repr(off)
    assert '"optlib_rate":' not in off.to_html()
    # only a playground with a rate map carries its script
    assert "OptlibRateMap" not in off.to_html()
    on = pg.playground("bowl", runs, rate_map=True)
    assert "OptlibRateMap.attach(OptlibPlayground.mount(" in on.to_html()
    assert '"optlib_rate":' in on.to_html()


def test_rate_map_script_is_under_20_kb_more():
    # only chapter playgrounds with a rate map carry it (see script())
    extra = len(pg.script(rate_map=True).encode()) - len(
        pg.script().encode())
    assert 0 < extra < 20 * 1024, f"{extra / 1024:.1f} KB"


@pytest.mark.parametrize("kwargs, error, match", [
    ({"surface": "rosenbrock"}, ValueError, "needs a quadratic surface"),
    ({"rate_map": 3}, ValueError, "run number from 1 to 1, got 3"),
    ({"rate_map": 0}, ValueError, "run number from 1 to 1, got 0"),
    ({"rate_map": "yes"}, TypeError, "rate_map must be True or a run"),
    ({"rate_map": 1.0}, TypeError, "rate_map must be True or a run"),
    ({"runs": [{"optimizer": "Adam", "lr": 0.1}]}, ValueError,
     "sets an SGD run's lr and momentum; run 1 is Adam"),
])
def test_rate_map_bad_input_is_refused_clearly(kwargs, error, match):
    args = dict({"surface": "bowl", "runs": [{"optimizer": "SGD",
                                              "lr": 0.1}],
                 "rate_map": True}, **kwargs)
    with pytest.raises(error, match=match):
        pg.playground(**args)

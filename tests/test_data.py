"""Tests of optlib.data: data sets, splits, scaling and minibatches."""

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optlib.data import (Dataset, correlated_regression, linear_regression,
                         load_digits, minibatches, moons, scaled_features,
                         standardize, train_test_split)


def _sorted_rows(A):
    return A[np.lexsort(A.T[::-1])]


# --------------------------------------------------------------------------
# digits
# --------------------------------------------------------------------------


def test_digits_split_sizes_and_types():
    data = load_digits()
    assert isinstance(data, Dataset)
    assert data.X_train.shape == (1347, 64)
    assert data.X_test.shape == (450, 64)          # ceil(0.25 * 1797)
    assert data.X_train.dtype == np.float64
    assert data.y_train.dtype.kind == "i"
    assert data.n_classes == 10 and data.n_features == 64
    assert len(data.feature_names) == 64


def test_digits_split_is_a_stratified_partition_of_the_raw_data():
    from sklearn import datasets  # here: scikit-learn takes 3 s to import
    raw = datasets.load_digits()
    data = load_digits(standardize=False)
    X_all = np.vstack([data.X_train, data.X_test])
    y_all = np.concatenate([data.y_train, data.y_test])
    # same examples, each used once (rows and labels together)
    together = np.column_stack([X_all, y_all])
    expected = np.column_stack([raw.data, raw.target])
    np.testing.assert_array_equal(_sorted_rows(together),
                                  _sorted_rows(expected))
    # every class keeps its share (within one example of 25 %)
    per_class = np.bincount(raw.target)
    test_counts = np.bincount(data.y_test, minlength=10)
    assert np.all(np.abs(test_counts - 0.25 * per_class) <= 1)


def test_digits_are_standardised_with_training_statistics():
    raw = load_digits(standardize=False)
    data = load_digits()
    mean = raw.X_train.mean(axis=0)
    std = raw.X_train.std(axis=0)
    std[std == 0] = 1
    np.testing.assert_allclose(data.X_test, (raw.X_test - mean) / std)
    np.testing.assert_allclose(data.X_train.mean(axis=0), 0, atol=1e-12)


def test_digits_seed_changes_split_and_is_reproducible():
    a, b, c = load_digits(seed=0), load_digits(seed=0), load_digits(seed=1)
    np.testing.assert_array_equal(a.y_train, b.y_train)
    np.testing.assert_array_equal(a.X_train, b.X_train)
    assert not np.array_equal(a.y_train, c.y_train)


def test_dataset_unpacks_in_course_order():
    data = load_digits()
    X_train, y_train, X_test, y_test = data
    assert X_train is data.X_train and y_test is data.y_test
    assert "1347 train" in repr(data)


# --------------------------------------------------------------------------
# splitting and scaling
# --------------------------------------------------------------------------


def test_train_test_split_partitions_and_keeps_pairs():
    X = np.arange(40.0).reshape(20, 2)
    y = np.arange(20)
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, seed=4)
    assert len(y_te) == 6 and len(y_tr) == 14
    np.testing.assert_array_equal(np.sort(np.concatenate([y_tr, y_te])), y)
    np.testing.assert_array_equal(X_tr[:, 0], 2 * y_tr)   # rows stay paired
    X_tr2, *_ = train_test_split(X, y, test_size=0.3, seed=4)
    np.testing.assert_array_equal(X_tr, X_tr2)


def test_train_test_split_int_size_and_stratify_array():
    X = np.zeros((12, 1))
    y = np.array([0] * 8 + [1] * 4)
    _, _, _, y_te = train_test_split(X, y, test_size=3, stratify=y)
    assert sorted(y_te.tolist()) == [0, 0, 1]


@pytest.mark.parametrize("bad", [0, 0.0, 1.0, 10, -0.5, True, "a"])
def test_train_test_split_rejects_bad_sizes(bad):
    with pytest.raises((ValueError, TypeError)):
        train_test_split(np.zeros((10, 1)), np.zeros(10), test_size=bad)


def test_mismatched_lengths_are_rejected():
    with pytest.raises(ValueError, match="same length"):
        train_test_split(np.zeros((10, 2)), np.zeros(9))
    with pytest.raises(ValueError, match="same length"):
        next(minibatches(np.zeros((10, 2)), np.zeros(11), 3))


def test_standardize_constant_column_and_no_leak():
    X_train = np.array([[1.0, 5.0], [3.0, 5.0], [5.0, 5.0]])
    X_test = np.array([[3.0, 7.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tr, te = standardize(X_train, X_test)
    sd = np.std([1.0, 3.0, 5.0])
    np.testing.assert_allclose(tr[:, 0], [-2 / sd, 0, 2 / sd])
    np.testing.assert_array_equal(tr[:, 1], 0.0)
    np.testing.assert_allclose(te, [[0.0, 2.0]])      # train mean/std only
    assert X_train[0, 0] == 1.0                        # inputs untouched
    tr_only, none = standardize(X_train)
    assert none is None
    with pytest.raises(ValueError, match="features"):
        standardize(X_train, np.zeros((1, 3)))


def test_integer_X_becomes_float():
    tr, te = standardize(np.array([[1, 2], [3, 4]]), np.array([[1, 1]]))
    assert tr.dtype == te.dtype == np.float64
    Xb, _ = next(minibatches(np.array([[1, 2]]), [0], None))
    assert Xb.dtype == np.float64


# --------------------------------------------------------------------------
# minibatches
# --------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 60), batch_size=st.integers(1, 70),
       seed=st.integers(0, 10))
def test_minibatches_use_every_example_once(n, batch_size, seed):
    X = np.arange(n, dtype=float)[:, None]
    y = np.arange(n)
    batches = list(minibatches(X, y, batch_size, np.random.default_rng(seed)))
    seen = np.concatenate([yb for _, yb in batches])
    np.testing.assert_array_equal(np.sort(seen), y)
    sizes = [len(yb) for _, yb in batches]
    bs = min(batch_size, n)
    assert sizes[:-1] == [bs] * (len(sizes) - 1)
    assert 1 <= sizes[-1] <= bs
    for Xb, yb in batches:                        # pairs stay together
        np.testing.assert_array_equal(Xb[:, 0], yb)


def test_minibatches_reshuffle_every_epoch_and_are_seeded():
    X, y = np.zeros((50, 1)), np.arange(50)
    rng = np.random.default_rng(0)
    e1 = np.concatenate([yb for _, yb in minibatches(X, y, 10, rng)])
    e2 = np.concatenate([yb for _, yb in minibatches(X, y, 10, rng)])
    assert not np.array_equal(e1, e2)
    again = np.concatenate([yb for _, yb in minibatches(X, y, 10, 0)])
    np.testing.assert_array_equal(e1, again)      # int seed = fresh rng
    ordered = np.concatenate([yb for _, yb in minibatches(X, y, 10)])
    np.testing.assert_array_equal(ordered, y)     # rng=None keeps order


def test_full_batch():
    X, y = np.ones((5, 2)), np.arange(5)
    batches = list(minibatches(X, y, None, np.random.default_rng(0)))
    assert len(batches) == 1 and len(batches[0][1]) == 5


@pytest.mark.parametrize("bad", [0, -3, 2.5, True, "32"])
def test_minibatches_validate_batch_size(bad):
    with pytest.raises((ValueError, TypeError), match="batch_size"):
        next(minibatches(np.zeros((5, 1)), np.zeros(5), bad))


# --------------------------------------------------------------------------
# synthetic sets
# --------------------------------------------------------------------------


def test_linear_regression_follows_its_parameters():
    data = linear_regression(n=40, n_features=3, noise=0.0, seed=2)
    w, b = data.true_params["w"], data.true_params["b"]
    np.testing.assert_allclose(data.X_train @ w + b, data.y_train,
                               rtol=1e-12)
    assert data.n_classes is None
    assert len(data.y_train) + len(data.y_test) == 40
    noisy = linear_regression(n=2000, noise=0.5, seed=0)
    resid = noisy.y_train - (noisy.X_train[:, 0] * 2.0 + 1.0)
    assert resid.std() == pytest.approx(0.5, rel=0.1)
    with pytest.raises(ValueError, match="n_features"):
        linear_regression(n_features=2, w=[1.0])


def test_moons():
    data = moons(n=100, noise=0.1, seed=0)
    assert data.X_train.shape == (75, 2) and data.n_classes == 2
    assert set(np.unique(data.y_test)) == {0, 1}
    again = moons(n=100, noise=0.1, seed=0)
    np.testing.assert_array_equal(data.X_test, again.X_test)
    with pytest.raises(ValueError, match="noise"):
        moons(noise=-1)

# ---------------------------------------------------------------------------
# small regressions for the 2-D surfaces
# ---------------------------------------------------------------------------


def test_scaled_features_scale():
    X, _ = scaled_features(n=2000, scale=100.0, seed=0)
    ratio = X[:, 1].std() / X[:, 0].std()
    assert 90 < ratio < 110


@pytest.mark.parametrize("kw", [dict(n=1), dict(scale=0.0),
                                dict(noise=-1.0)])
def test_scaled_features_bad_input(kw):
    with pytest.raises(ValueError):
        scaled_features(**kw)


def test_correlated_regression():
    X, y = correlated_regression(n=4000, noise=0.0, seed=0)
    np.testing.assert_allclose(y, X @ [1.0, -1.0])
    corr = np.corrcoef(X.T)[0, 1]
    assert 0.7 < corr < 0.8             # 0.6 / sqrt(0.36 + 0.25) = 0.77
    with pytest.raises(ValueError, match="noise"):
        correlated_regression(noise=-1.0)
    with pytest.raises(ValueError, match="n"):
        correlated_regression(n=1)


@pytest.mark.parametrize("stratify", [False, True])
def test_train_test_split_is_scikit_learns(stratify):
    from sklearn.model_selection import train_test_split as sk_split
    rng = np.random.default_rng(1)
    X = rng.normal(size=(50, 3))
    y = rng.integers(0, 3, size=50)
    ours = train_test_split(X, y, test_size=0.25, seed=7, stratify=stratify)
    theirs = sk_split(X, y, test_size=0.25, random_state=7,
                      stratify=y if stratify else None)
    for a, b in zip(ours, theirs):
        np.testing.assert_array_equal(a, b)


# --------------------------------------------------------------------------
# issue 14: load_digits without importing scikit-learn, bit for bit its
# --------------------------------------------------------------------------


@pytest.mark.parametrize("test_size, seed, scaled", [
    (0.25, 0, True), (0.25, 0, False), (0.3, 1, True), (100, 42, True),
    (0.5, 7, False), (0.1, 123, True)])
def test_load_digits_equals_scikit_learns_split_and_scaler(test_size, seed,
                                                           scaled):
    from sklearn.model_selection import train_test_split as sk_split
    from sklearn.preprocessing import StandardScaler

    from sklearn import datasets  # here: scikit-learn takes 3 s to import
    raw = datasets.load_digits()
    X_tr, X_te, y_tr, y_te = sk_split(
        raw.data, raw.target, test_size=test_size, random_state=seed,
        stratify=raw.target)
    if scaled:
        scaler = StandardScaler().fit(X_tr)
        X_tr, X_te = scaler.transform(X_tr), scaler.transform(X_te)
    data = load_digits(test_size=test_size, seed=seed, standardize=scaled)
    for ours, theirs in zip(data, (X_tr, y_tr, X_te, y_te)):
        np.testing.assert_array_equal(ours, theirs)     # exact, not close
    assert data.y_train.dtype == np.int64
    assert data.feature_names == list(raw.feature_names)


def test_load_digits_accepts_a_random_state_like_scikit_learn():
    # a RandomState is passed on to scikit-learn's own split
    a = load_digits(seed=np.random.RandomState(3))
    b = load_digits(seed=3)
    np.testing.assert_array_equal(a.y_test, b.y_test)


def test_load_digits_does_not_import_scikit_learn():
    import subprocess
    import sys

    code = ("import sys; from optlib.data import load_digits; "
            "load_digits(); print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("stratify", [False, True])
@pytest.mark.parametrize("test_size, seed", [(0.25, 0), (0.3, 5), (7, 11)])
def test_train_test_split_draws_scikit_learns_parts(stratify, test_size,
                                                    seed):
    from sklearn.model_selection import train_test_split as sk_split
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(61, 2))
    y = rng.integers(0, 4, size=61)
    ours = train_test_split(X, y, test_size=test_size, seed=seed,
                            stratify=stratify)
    theirs = sk_split(X, y, test_size=test_size, random_state=seed,
                      stratify=y if stratify else None)
    for a, b in zip(ours, theirs):
        np.testing.assert_array_equal(a, b)


def test_stratified_split_too_small_says_why():
    X = np.zeros((9, 1))
    y = np.array([0, 0, 0, 1, 1, 1, 2, 2, 3])
    with pytest.raises(ValueError, match=r"only 1: \[3\]"):
        train_test_split(X, y, test_size=3, stratify=True)
    with pytest.raises(ValueError, match="each of the 3 classes"):
        train_test_split(X[:8], y[:8], test_size=2, stratify=True)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_standardize_is_scikit_learns_scaler_bit_for_bit(seed):
    from sklearn.preprocessing import StandardScaler
    rng = np.random.default_rng(seed)
    X_train = rng.normal(size=(57, 5)) * [1.0, 1e-3, 1e4, 0.0, 3.0] \
        + [0.0, 5.0, -1e6, 7.0, 1e-9]            # a constant column too
    X_test = rng.normal(size=(11, 5)) * 2.0
    scaler = StandardScaler().fit(X_train)
    a, b = standardize(X_train, X_test)
    np.testing.assert_array_equal(a, scaler.transform(X_train))
    np.testing.assert_array_equal(b, scaler.transform(X_test))
    only, none = standardize(X_train)
    np.testing.assert_array_equal(only, scaler.transform(X_train))
    assert none is None

"""Benchmark: one MLP on the digits, trained by optlib, scikit-learn, torch.

The same problem three ways: a 64-64-10 ReLU network (one hidden layer of
64 units), Adam with lr = 1e-3, minibatches of 32 shuffled every epoch,
30 epochs, no weight decay, float64, on scikit-learn's bundled digits
(stratified 75/25 split, standardised with the training set's statistics;
``optlib.data.load_digits(seed=0)`` gives all three the same arrays).

The libraries differ in details that are theirs: weight initialisation
(optlib: He normal; scikit-learn: Glorot uniform; torch: Kaiming uniform)
and the shuffling stream.  optlib's ``fit`` also evaluates the loss and
accuracy on the whole training and test sets after every epoch, which
the other two do not.  optlib's ``fit`` and torch use one BLAS thread
(with two, waiting for the second thread costs more than it gives on
matrices this small).  Each run is repeated and the fastest time kept
(the machine is shared).

Usage::

    python benchmarks/digits.py [--repeats 3] [--epochs 30]

Prints one line per library:
``<library> <optimizer> seconds=<s> test_accuracy=<a>``.
"""

from __future__ import annotations

import argparse
import time
import warnings

import numpy as np

from optlib.data import load_digits
from optlib.nn import mlp
from optlib.optim import Adam
from optlib.train import accuracy, fit

HIDDEN = 64
LR = 1e-3
BATCH_SIZE = 32
SEED = 0


def run_optlib(data, epochs):
    start = time.perf_counter()
    model = mlp([data.n_features, HIDDEN, data.n_classes], seed=SEED)
    optimizer = Adam(model.parameters(), lr=LR)
    fit(model, optimizer, data, epochs, batch_size=BATCH_SIZE, seed=SEED)
    seconds = time.perf_counter() - start
    return seconds, accuracy(model, data.X_test, data.y_test)


def run_sklearn(data, epochs):
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    clf = MLPClassifier(hidden_layer_sizes=(HIDDEN,), solver="adam",
                        learning_rate_init=LR, batch_size=BATCH_SIZE,
                        max_iter=epochs, alpha=0.0, shuffle=True,
                        random_state=SEED, tol=0.0, n_iter_no_change=1000)
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        clf.fit(data.X_train, data.y_train)
    seconds = time.perf_counter() - start
    return seconds, clf.score(data.X_test, data.y_test)


def run_torch(data, epochs):
    import torch

    torch.set_num_threads(1)     # tiny matrices: threads only add waiting
    torch.manual_seed(SEED)
    X = torch.from_numpy(data.X_train)
    y = torch.from_numpy(data.y_train)
    start = time.perf_counter()
    model = torch.nn.Sequential(
        torch.nn.Linear(data.n_features, HIDDEN, dtype=torch.float64),
        torch.nn.ReLU(),
        torch.nn.Linear(HIDDEN, data.n_classes, dtype=torch.float64))
    optimizer = torch.optim.Adam(model.parameters(), lr=LR)
    loss_fn = torch.nn.CrossEntropyLoss()
    gen = torch.Generator().manual_seed(SEED)
    n = len(y)
    for _ in range(epochs):
        perm = torch.randperm(n, generator=gen)
        Xp, yp = X[perm], y[perm]
        for i in range(0, n, BATCH_SIZE):
            optimizer.zero_grad()
            loss = loss_fn(model(Xp[i:i + BATCH_SIZE]), yp[i:i + BATCH_SIZE])
            loss.backward()
            optimizer.step()
    seconds = time.perf_counter() - start
    with torch.no_grad():
        pred = model(torch.from_numpy(data.X_test)).argmax(dim=1).numpy()
    return seconds, float(np.mean(pred == data.y_test))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=30)
    args = parser.parse_args(argv)
    data = load_digits(test_size=0.25, seed=SEED, standardize=True)
    runs = [("optlib", run_optlib), ("sklearn", run_sklearn)]
    try:
        import torch  # noqa: F401
        runs.append(("torch", run_torch))
    except ImportError:
        print("torch not importable: skipped")
    best, acc = {}, {}
    for _ in range(args.repeats):        # interleaved: load hits all alike
        for name, run in runs:
            seconds, acc[name] = run(data, args.epochs)
            best[name] = min(best.get(name, seconds), seconds)
    for name, _ in runs:
        print(f"{name} Adam seconds={best[name]:.3f} "
              f"test_accuracy={acc[name]:.4f}")


if __name__ == "__main__":
    main()

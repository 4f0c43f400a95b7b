"""A tiny neural network in NumPy: layers, losses and backpropagation.

A model is a :class:`Sequential` stack of layers.  Every layer has
``forward(X)`` (which remembers what ``backward`` needs) and
``backward(grad_out)``, which receives ∂L/∂(output) and returns
∂L/∂(input), storing the gradients of its own parameters on the way.
That is backpropagation: the chain rule applied layer by layer from the
loss back to the input.

The parameters are plain float64 arrays, so any optimizer of
:mod:`optlib.optim` can update them in place::

    model = mlp([64, 32, 10], seed=0)
    opt = Adam(model.parameters(), lr=1e-3)
    loss, grads = model.loss_and_grads(X, y, "cross_entropy")
    opt.step(grads)

Example
-------
>>> import numpy as np
>>> model = mlp([3, 4, 2], activation="tanh", seed=0)
>>> [p.shape for p in model.parameters()]
[(3, 4), (4,), (4, 2), (2,)]
>>> X = np.arange(6.0).reshape(2, 3) / 6
>>> loss, grads = model.loss_and_grads(X, np.array([0, 1]))
>>> [g.shape for g in grads] == [p.shape for p in model.parameters()]
True
>>> gradient_check(model, "cross_entropy", X, np.array([0, 1])) < 1e-7
True
"""

from __future__ import annotations

import math
from numbers import Integral

import numpy as np

from optlib.checks import as_1d, as_matrix
from optlib.surfaces import central_difference

__all__ = ["Linear", "ReLU", "Tanh", "Sigmoid", "Sequential", "mlp",
           "SoftmaxCrossEntropy", "MSELoss", "get_loss", "gradient_check",
           "central_difference", "logistic_loss", "zero_one_loss",
           "flat_parameters", "set_flat_parameters", "flat_gradient", "hvp",
           "power_iteration", "sharpness", "min_hessian_eigenvalue"]


# --------------------------------------------------------------------------
# Layers
# --------------------------------------------------------------------------


class Module:
    """Base class: a layer or a model.  ``layer(X)`` is ``forward(X)``."""

    def parameters(self):
        """The list of parameter arrays (updated in place by optimizers)."""
        return []

    def grads(self):
        """The gradients from the last ``backward``, same order."""
        return []

    def __call__(self, X):
        return self.forward(X)

    def __repr__(self):
        return f"{type(self).__name__}()"


class Linear(Module):
    """A fully connected layer: Y = X W + b.

    ``W`` has shape (n_in, n_out) (torch's ``weight`` is its transpose)
    and ``b`` shape (n_out,); change them in place (``layer.W[...] =
    ...``): assigning a new array raises, since the optimizer would keep
    updating the old one.  Backward,
    with G = ∂L/∂Y::

        ∂L/∂W = Xᵀ G,   ∂L/∂b = Σ_rows G,   ∂L/∂X = G Wᵀ

    Initialisation (b = 0): ``init="he"`` draws W ~ N(0, 2 / n_in)
    (He et al. 2015, for ReLU), ``init="glorot"`` W ~ N(0, 2 / (n_in +
    n_out)) (Glorot & Bengio 2010, for tanh and sigmoid).  Either keeps
    the scale of the signal roughly constant from layer to layer.

    Parameters
    ----------
    n_in, n_out : int
    seed : int or numpy.random.Generator, default 0
    init : {"he", "glorot"}
    """

    def __init__(self, n_in, n_out, seed=0, init="he"):
        for name, v in (("n_in", n_in), ("n_out", n_out)):
            if not isinstance(v, Integral) or isinstance(v, bool) or v < 1:
                raise ValueError(f"{name} must be a positive integer, got "
                                 f"{v!r}")
        if init == "he":
            std = math.sqrt(2.0 / n_in)
        elif init == "glorot":
            std = math.sqrt(2.0 / (n_in + n_out))
        else:
            raise ValueError(f"init must be 'he' or 'glorot', got {init!r}")
        rng = (seed if isinstance(seed, np.random.Generator)
               else np.random.default_rng(seed))
        self.n_in, self.n_out = int(n_in), int(n_out)
        self.W = rng.normal(0.0, std, size=(n_in, n_out))
        self.b = np.zeros(n_out)
        self.grad_W = self.grad_b = None
        self._X = None

    def __setattr__(self, name, value):
        if name in ("W", "b") and name in self.__dict__:
            raise AttributeError(
                f"layer.{name} = ... would replace the array that the "
                "optimizer updates (it keeps the old one, so this layer "
                "would silently stop training); write into it instead: "
                f"layer.{name}[...] = new_values")
        object.__setattr__(self, name, value)

    def forward(self, X):
        self._X = X
        out = X @ self.W
        out += self.b
        return out

    def backward(self, grad_out, need_input_grad=True):
        self.grad_W = self._X.T @ grad_out
        self.grad_b = grad_out.sum(axis=0)
        return grad_out @ self.W.T if need_input_grad else None

    def parameters(self):
        return [self.W, self.b]

    def grads(self):
        return [self.grad_W, self.grad_b]

    def __repr__(self):
        return f"Linear({self.n_in}, {self.n_out})"


class ReLU(Module):
    """ReLU(x) = max(x, 0); its derivative is 1 where x > 0, else 0."""

    def forward(self, X):
        self._out = np.maximum(X, 0.0)
        return self._out

    def backward(self, grad_out):
        return grad_out * (self._out > 0)


class Tanh(Module):
    """tanh(x); its derivative is 1 − tanh(x)²."""

    def forward(self, X):
        self._out = np.tanh(X)
        return self._out

    def backward(self, grad_out):
        return grad_out * (1.0 - self._out * self._out)


class Sigmoid(Module):
    """σ(x) = 1 / (1 + e^(−x)); its derivative is σ(x)(1 − σ(x)).

    Computed with e = exp(−abs(x)) ≤ 1 as 1 / (1 + e) for x ≥ 0 and
    e / (1 + e) for x < 0: the same function, but exp never overflows
    and tiny values keep their relative accuracy.
    """

    def forward(self, X):
        e = np.exp(-np.abs(X))
        out = 1.0 / (1.0 + e)
        neg = X < 0
        out[neg] = e[neg] * out[neg]
        self._out = out
        return out

    def backward(self, grad_out):
        return grad_out * (self._out * (1.0 - self._out))


class Sequential(Module):
    """Layers applied one after the other; the model of this course.

    Methods
    -------
    forward(X) / model(X)
        The outputs (logits for a classifier), shape (n, n_out).
    backward(grad_out)
        Backpropagate ∂L/∂(output); fills each layer's gradients.
    parameters(), grads()
        Flat lists in layer order: [W₁, b₁, W₂, b₂, ...].
    loss_and_grads(X, y, loss)
        One forward and backward pass: ``(loss value, grads)``.
    predict(X)
        The outputs, like ``forward``.
    classify(X)
        The predicted class of each row: argmax of the outputs.
    """

    def __init__(self, *layers):
        if len(layers) == 1 and isinstance(layers[0], (list, tuple)):
            layers = tuple(layers[0])
        for layer in layers:
            if not (callable(getattr(layer, "forward", None))
                    and callable(getattr(layer, "backward", None))):
                raise TypeError(f"{layer!r} is not a layer (needs forward "
                                "and backward)")
        self.layers = list(layers)
        linears = [la for la in self.layers if isinstance(la, Linear)]
        self.n_in = linears[0].n_in if linears else None
        self.n_out = linears[-1].n_out if linears else None

    # the two passes --------------------------------------------------------
    def _check_X(self, X):
        X = as_matrix(X, allow_1d=False)
        if self.n_in is not None and X.shape[1] != self.n_in:
            raise ValueError(f"X has {X.shape[1]} features, the first layer "
                             f"expects {self.n_in}")
        return X

    def forward(self, X, check=True):
        """The outputs for X; ``check=False`` skips the input checks (for
        a training loop that checked the whole data set once)."""
        if check:
            X = self._check_X(X)
        for layer in self.layers:
            X = layer.forward(X)
        return X

    def backward(self, grad_out, need_input_grad=True):
        """Backpropagate ∂L/∂(output); fills each layer's gradients.

        Returns ∂L/∂X, or None with ``need_input_grad=False`` (which
        skips the first layer's input gradient, unused in training).
        """
        grad = grad_out
        last = len(self.layers) - 1
        for i in range(last, -1, -1):
            layer = self.layers[i]
            if i == 0 and not need_input_grad and isinstance(layer, Linear):
                return layer.backward(grad, need_input_grad=False)
            grad = layer.backward(grad)
        return grad

    # parameters ------------------------------------------------------------
    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]

    def grads(self):
        return [g for layer in self.layers for g in layer.grads()]

    @property
    def n_parameters(self):
        """Total number of scalar parameters."""
        return sum(p.size for p in self.parameters())

    # training helpers ------------------------------------------------------
    def loss_and_grads(self, X, y, loss="cross_entropy", check=True):
        """The loss on (X, y) and its gradients w.r.t. ``parameters()``.

        ``loss`` is "cross_entropy", "mse" or a loss object (see
        :func:`get_loss`).  Returns ``(float, list of arrays)``; the
        arrays are new at every call.  ``check=False`` skips the checks of
        X and y (:func:`optlib.train.fit` checks the data set once).
        """
        loss = get_loss(loss)
        value = loss.forward(self.forward(X, check), y, check)
        self.backward(loss.backward(), need_input_grad=False)
        return value, self.grads()

    def predict(self, X):
        """The model's outputs for X (logits for a classifier)."""
        return self.forward(X)

    def classify(self, X):
        """The predicted class of each row of X (argmax of the outputs)."""
        return np.argmax(self.forward(X), axis=1)

    def __repr__(self):
        inner = ", ".join(repr(layer) for layer in self.layers)
        return f"Sequential({inner})"


_ACTIVATIONS = {"relu": (ReLU, "he"), "tanh": (Tanh, "glorot"),
                "sigmoid": (Sigmoid, "glorot")}


def mlp(sizes, activation="relu", seed=0):
    """A multilayer perceptron: Linear, activation, ..., Linear.

    ``mlp([64, 32, 10])`` is Linear(64, 32), ReLU, Linear(32, 10): the
    last layer has no activation (its outputs are logits for
    :class:`SoftmaxCrossEntropy` or values for :class:`MSELoss`).
    ReLU layers get He initialisation, tanh and sigmoid get Glorot.  The
    layers draw their weights in order from one ``default_rng(seed)``.
    """
    sizes = list(sizes)
    if len(sizes) < 2:
        raise ValueError(f"sizes needs at least an input and an output "
                         f"size, got {sizes}")
    if activation not in _ACTIVATIONS:
        raise ValueError(f"activation must be one of "
                         f"{sorted(_ACTIVATIONS)}, got {activation!r}")
    act, init = _ACTIVATIONS[activation]
    rng = np.random.default_rng(seed)
    layers = []
    for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
        last = i == len(sizes) - 2
        layers.append(Linear(n_in, n_out, seed=rng,
                             init="glorot" if last else init))
        if not last:
            layers.append(act())
    return Sequential(*layers)


# --------------------------------------------------------------------------
# Losses
# --------------------------------------------------------------------------


class SoftmaxCrossEntropy:
    """Softmax followed by the cross-entropy, averaged over the batch.

    For logits z (n × C) and integer labels y::

        p_ik = exp(z_ik) / Σ_j exp(z_ij)
        L = −(1/n) Σ_i log p_{i, y_i}
        ∂L/∂z = (p − onehot(y)) / n

    Computed stably: z − max_j z_ij is subtracted first, and
    log p = z − logsumexp(z), so no exp ever overflows.
    """

    def forward(self, logits, y, check=True):
        """The mean cross-entropy (a float); remembers p for backward.

        ``check=False`` trusts ``logits`` (float, 2-D) and ``y`` (int
        labels in range), as :meth:`check_target` returns them.
        """
        if check:
            logits = as_matrix(logits, "logits", allow_1d=False)
            y = self.check_target(y, logits.shape)
        z = logits - logits.max(axis=1, keepdims=True)
        e = np.exp(z)
        s = e.sum(axis=1)
        rows = np.arange(len(y))
        loss = float(np.log(s).sum() - z[rows, y].sum()) / len(y)
        e /= s[:, None]
        self._probs, self._rows, self._y = e, rows, y
        return loss

    @staticmethod
    def check_target(y, shape):
        """y as int64 labels for outputs of ``shape`` (n, C), or raise."""
        y = np.asarray(y)
        n, n_classes = shape
        if y.ndim != 1 or len(y) != n:
            raise ValueError(f"y must hold one label per example: expected "
                             f"shape ({n},), got {y.shape}")
        if not np.issubdtype(y.dtype, np.integer):
            if (np.issubdtype(y.dtype, np.floating)
                    and np.array_equal(y, np.round(y))):
                y = y.astype(np.int64)
            else:
                raise TypeError(f"labels must be integers 0..{n_classes-1},"
                                f" got dtype {y.dtype}")
        if n and (y.min() < 0 or y.max() >= n_classes):
            raise ValueError(f"labels must be in 0..{n_classes - 1} (the "
                             f"model has {n_classes} outputs), got labels "
                             f"from {y.min()} to {y.max()}")
        return y

    def backward(self):
        """∂L/∂logits = (softmax − onehot) / n."""
        grad = self._probs.copy()
        grad[self._rows, self._y] -= 1.0
        grad /= len(self._y)
        return grad

    def __repr__(self):
        return "SoftmaxCrossEntropy()"


class MSELoss:
    """Mean squared error over all entries (torch's ``MSELoss``).

    ::

        L = (1/N) Σ (ŷ − y)²,   ∂L/∂ŷ = 2 (ŷ − y) / N

    with N the number of entries of ŷ.  A 1-D target y of length n is
    compared with an output of shape (n, 1).
    """

    def forward(self, pred, y, check=True):
        """The mean squared error (a float); remembers ŷ − y.

        ``check=False`` trusts ``pred`` and ``y`` (same shape, float).
        """
        if check:
            pred = as_matrix(pred, "predictions", allow_1d=False)
            y = self.check_target(y, pred.shape)
        diff = pred - y
        self._diff = diff
        return float(np.vdot(diff, diff)) / diff.size

    @staticmethod
    def check_target(y, shape):
        """y as float64 of ``shape`` (a 1-D y for one output), or raise."""
        y = np.asarray(y)
        if y.dtype == bool or not (np.issubdtype(y.dtype, np.floating)
                                   or np.issubdtype(y.dtype, np.integer)):
            raise TypeError(f"targets must be numbers, got dtype {y.dtype}")
        if y.ndim == 1 and shape[1] == 1:
            y = y[:, None]
        if y.shape != tuple(shape):
            raise ValueError(f"targets have shape {y.shape} but the "
                             f"model's outputs have shape {tuple(shape)}")
        return y.astype(np.float64, copy=False)

    def backward(self):
        """∂L/∂ŷ = 2 (ŷ − y) / N."""
        return self._diff * (2.0 / self._diff.size)

    def __repr__(self):
        return "MSELoss()"


def get_loss(loss):
    """A loss object from a name: "cross_entropy" or "mse".

    A loss object (anything with ``forward(pred, y)`` and ``backward()``)
    is returned unchanged.
    """
    if isinstance(loss, str):
        if loss == "cross_entropy":
            return SoftmaxCrossEntropy()
        if loss == "mse":
            return MSELoss()
        raise ValueError(f"loss must be 'cross_entropy', 'mse' or a loss "
                         f"object, got {loss!r}")
    if not (callable(getattr(loss, "forward", None))
            and callable(getattr(loss, "backward", None))):
        raise TypeError(f"{loss!r} is not a loss (needs forward(pred, y) "
                        "and backward())")
    return loss


# --------------------------------------------------------------------------
# Gradient check
# --------------------------------------------------------------------------


def gradient_check(model, loss, X, y, eps=1e-6):
    """Compare backpropagation with central finite differences.

    For every parameter entry θ_j the numerical derivative is::

        (L(θ + ε e_j) − L(θ − ε e_j)) / (2ε)

    and for every parameter array the relative error is::

        ‖g_backprop − g_numerical‖ / max(‖g_backprop‖ + ‖g_numerical‖,
                                          1e-12)

    Returns the largest relative error over the parameters.  In float64
    a correct backward pass gives about 1e-8 or less; a bug gives
    something of order 1.  Costs two forward passes per parameter entry,
    so use a small model and a few examples.  The parameters are
    restored exactly afterwards.
    """
    loss = get_loss(loss)
    if isinstance(eps, bool) or not (isinstance(eps, (int, float))
                                     and 0 < eps < 1):
        raise ValueError(f"eps must be a positive float, got {eps!r}")
    _, grads = model.loss_and_grads(X, y, loss)
    grads = [g.copy() for g in grads]
    worst = 0.0
    for p, g in zip(model.parameters(), grads):
        original = p.copy()

        def f(theta, p=p):
            p[...] = theta
            return loss.forward(model.forward(X), y)

        try:
            num = central_difference(f, original, eps)
        finally:
            p[...] = original
        err = np.linalg.norm(g - num) / max(
            np.linalg.norm(g) + np.linalg.norm(num), 1e-12)
        worst = max(worst, float(err))
    return worst


# --------------------------------------------------------------------------
# The two losses of a one-parameter classifier (a threshold c)
# --------------------------------------------------------------------------


def logistic_loss(c, x, y):
    """Mean cross-entropy of the threshold classifier p = σ(x − c).

    The classifier says "class 1" with probability σ(x − c), so ``c`` is
    the threshold where it is undecided.  With labels y ∈ {0, 1} and
    s_i = 2 y_i − 1,

    .. math::
        L(c) = \\frac{1}{n}\\sum_i \\log\\big(1 + e^{-s_i (x_i - c)}\\big),

    computed stably with ``np.logaddexp``.  Smooth and convex in ``c``.
    ``c`` may be an array of thresholds; the result has its shape.
    """
    x, y = as_1d(x, "x"), as_1d(y, "y")
    c = np.asarray(c, dtype=np.float64)
    s = 2 * y - 1
    margins = s * np.subtract.outer(-c, -x)       # s_i (x_i - c)
    return np.logaddexp(0.0, -margins).mean(axis=-1)


def zero_one_loss(c, x, y):
    """Error rate of the rule "class 1 when x > c".

    .. math::
        L_{0-1}(c) = \\frac{1}{n}\\sum_i
        \\big[\\,\\mathbb{1}(x_i > c) \\neq y_i\\,\\big]

    Piecewise constant in ``c``: it only changes when ``c`` crosses a data
    point, so its derivative is 0 wherever it exists.
    """
    x, y = as_1d(x, "x"), as_1d(y, "y")
    c = np.asarray(c, dtype=np.float64)
    pred = np.subtract.outer(c, x) < 0            # x_i > c
    return (pred != (y > 0.5)).mean(axis=-1)


# --------------------------------------------------------------------------
# Curvature of a network: Hessian-vector products and power iteration
# --------------------------------------------------------------------------


def flat_parameters(model):
    """All parameters of ``model`` as one new 1-D array θ (layer order)."""
    return np.concatenate([p.ravel() for p in model.parameters()])


def set_flat_parameters(model, theta):
    """Write the 1-D array ``theta`` back into ``model``'s parameters."""
    theta = np.asarray(theta, dtype=np.float64)
    n = sum(p.size for p in model.parameters())
    if theta.shape != (n,):
        raise ValueError(f"theta must have shape ({n},) (the model's "
                         f"parameter count), got {theta.shape}")
    i = 0
    for p in model.parameters():
        p[...] = theta[i:i + p.size].reshape(p.shape)
        i += p.size


def flat_gradient(model, X, y, loss="cross_entropy"):
    """∇L(θ) on (X, y) as one 1-D array, in the order of θ."""
    _, grads = model.loss_and_grads(X, y, loss)
    return np.concatenate([g.ravel() for g in grads])


def hvp(model, X, y, v, loss="cross_entropy", method="exact", eps=1e-6):
    """Hessian-vector product H v of the loss on (X, y), at the current θ.

    ``method="exact"`` (the default) differentiates backpropagation
    itself along v (Pearlmutter 1994, "fast exact multiplication by the
    Hessian"): one forward pass carries the tangents ż = d z/dε of every
    layer for θ + εv, one backward pass the tangents of the gradients.
    For a layer Y = X W + b with incoming ∂L/∂Y = G::

        Ẏ = Ẋ W + X Ẇ + ḃ
        (∂L/∂W)˙ = Ẋᵀ G + Xᵀ Ġ,   (∂L/∂b)˙ = Σ_rows Ġ,
        (∂L/∂X)˙ = Ġ Wᵀ + G Ẇᵀ

    for an activation a = σ(z): ȧ = σ'(z) ż and
    (∂L/∂z)˙ = σ'(z) (∂L/∂a)˙ + σ''(z) ż ∂L/∂a; for the softmax
    cross-entropy (∂L/∂z)˙ = ṗ / n with ṗ = p ⊙ (ż − Σ_j p_j ż_j).
    ReLU's σ'' is 0 away from the kink, so this is the Hessian of the
    network with its current pattern of active units.  Cost: about two
    gradients.  Layers: Linear, ReLU, Tanh, Sigmoid; losses: the two of
    :func:`get_loss`.

    ``method="fd"`` uses central differences of the gradient instead::

        H v ≈ (∇L(θ + h v) − ∇L(θ − h v)) / (2h),   h = eps / ‖v‖

    (error O(h²) plus rounding ≈ 1e-16 ‖∇L‖ / h; a ReLU unit whose input
    changes sign between θ ± hv spoils it, so it serves as a check on
    smooth networks).  Either way the n × n Hessian is never formed: for
    the digits network (2,410 parameters) it would have 5.8 million
    entries.

    Parameters
    ----------
    model : Sequential
        Its parameters are unchanged afterwards.
    X, y : arrays
        The data the loss is averaged over (a full batch).
    v : 1-D array
        A direction, length ``model.n_parameters``, in the order of
        :func:`flat_parameters` (W₁, b₁, W₂, b₂, ... flattened).
    loss : "cross_entropy", "mse", or one of their objects
    method : {"exact", "fd"}
    eps : float
        For ``"fd"``: the step length h‖v‖.

    >>> import numpy as np
    >>> model = mlp([2, 1], seed=0)             # linear model, MSE loss
    >>> X = np.array([[1.0, 0.0], [0.0, 2.0]]); y = np.zeros(2)
    >>> v = np.array([1.0, 0.0, 0.0])           # along W[0, 0]
    >>> hvp(model, X, y, v, "mse")              # row 0 of (2/n) ZᵀZ
    array([1., 0., 1.])
    """
    theta = flat_parameters(model)
    v = np.asarray(v, dtype=np.float64)
    if v.shape != theta.shape:
        raise ValueError(f"v must have shape {theta.shape} (one entry per "
                         f"parameter), got {v.shape}")
    if not np.all(np.isfinite(v)):
        raise ValueError("v must be finite")
    if method == "exact":
        return _hvp_exact(model, X, y, v, get_loss(loss))
    if method != "fd":
        raise ValueError(f"method must be 'exact' or 'fd', got {method!r}")
    if isinstance(eps, bool) or not (isinstance(eps, (int, float))
                                     and 0 < eps < 1):
        raise ValueError(f"eps must be a float in (0, 1), got {eps!r}")
    norm = float(np.linalg.norm(v))
    if norm == 0:
        return np.zeros_like(theta)
    h = eps / norm
    try:
        set_flat_parameters(model, theta + h * v)
        g_plus = flat_gradient(model, X, y, loss)
        set_flat_parameters(model, theta - h * v)
        g_minus = flat_gradient(model, X, y, loss)
    finally:
        set_flat_parameters(model, theta)
    return (g_plus - g_minus) / (2 * h)


def _hvp_exact(model, X, y, v, loss):
    """Pearlmutter's R-operator for :func:`hvp` (see its docstring)."""
    layers = getattr(model, "layers", None)
    if layers is None:
        raise TypeError("hvp(method='exact') needs a Sequential model")
    # split v into the tangents of each layer's parameters
    tangents, i = [], 0
    for layer in layers:
        pars = []
        for p in layer.parameters():
            pars.append(v[i:i + p.size].reshape(p.shape))
            i += p.size
        tangents.append(pars)
    # forward: values and tangents
    a = model._check_X(X)
    a_dot = None                          # the input's tangent is zero
    saved = []
    for layer, tan in zip(layers, tangents):
        if isinstance(layer, Linear):
            saved.append((a, a_dot))
            W_dot, b_dot = tan
            new_dot = a @ W_dot + b_dot
            if a_dot is not None:
                new_dot += a_dot @ layer.W
            a, a_dot = a @ layer.W + layer.b, new_dot
        elif isinstance(layer, (ReLU, Tanh, Sigmoid)):
            out = layer.forward(a)
            if isinstance(layer, ReLU):
                d1, d2 = (a > 0).astype(np.float64), None
            elif isinstance(layer, Tanh):
                d1 = 1.0 - out * out
                d2 = -2.0 * out * d1
            else:
                d1 = out * (1.0 - out)
                d2 = d1 * (1.0 - 2.0 * out)
            saved.append((d1, d2, a_dot))
            a, a_dot = out, None if a_dot is None else d1 * a_dot
        else:
            raise TypeError(f"hvp(method='exact') does not know the layer "
                            f"{layer!r}; use method='fd'")
    # the loss: its gradient G and the tangent of G
    loss.forward(a, y)
    G = loss.backward()
    if a_dot is None:
        a_dot = np.zeros_like(a)
    if isinstance(loss, SoftmaxCrossEntropy):
        p = loss._probs
        p_dot = p * (a_dot - (p * a_dot).sum(axis=1, keepdims=True))
        G_dot = p_dot / len(p)
    elif isinstance(loss, MSELoss):
        G_dot = a_dot * (2.0 / a_dot.size)
    else:
        raise TypeError(f"hvp(method='exact') does not know the loss "
                        f"{loss!r}; use method='fd'")
    # backward: tangents of the gradients
    out = []
    for layer, tan, keep in zip(layers[::-1], tangents[::-1], saved[::-1]):
        if isinstance(layer, Linear):
            a_in, a_in_dot = keep
            W_dot = tan[0]
            dW = a_in.T @ G_dot
            if a_in_dot is not None:
                dW += a_in_dot.T @ G
            out.append(np.concatenate([dW.ravel(), G_dot.sum(axis=0)]))
            if a_in_dot is None and layer is layers[0]:
                break                     # the input needs no gradient
            G, G_dot = G @ layer.W.T, G_dot @ layer.W.T + G @ W_dot.T
        else:
            d1, d2, z_dot = keep
            G_dot = d1 * G_dot
            if d2 is not None and z_dot is not None:
                G_dot += d2 * z_dot * G
            G = d1 * G
    return np.concatenate(out[::-1])


def power_iteration(matvec, n, iters=20, seed=0, shift=0.0, v0=None,
                    tol=1e-4):
    """The eigenvalue of largest modulus of (A − shift·I), A symmetric.

    A is given only through ``matvec(v) = A v``.  Power iteration::

        v ← w / ‖w‖,  w = (A − s I) v,  repeated

    turns v towards the eigenvector whose eigenvalue λ − s has the
    largest modulus, because each product multiplies the component
    along an eigenvector by its eigenvalue.  The estimate is the
    Rayleigh quotient vᵀ(A − sI)v; the loop stops after ``iters``
    products or when the estimate changes by less than ``tol`` (relative).
    The error shrinks like (abs(λ₂ − s) / abs(λ₁ − s))^k after k products.

    Returns ``(estimate + shift, v)``: the eigenvalue of A itself and the
    unit vector.  ``v0`` is a starting vector (e.g. the last call's v,
    to continue cheaply); otherwise a seeded random one.

    >>> import numpy as np
    >>> A = np.diag([3.0, -1.0, 0.5])
    >>> lam, v = power_iteration(lambda v: A @ v, 3, iters=200, tol=0)
    >>> round(lam, 6)
    3.0
    >>> lam, v = power_iteration(lambda v: A @ v, 3, iters=200, shift=3.0,
    ...                          tol=0)         # the other end
    >>> round(lam, 6)
    -1.0
    """
    if isinstance(iters, bool) or not isinstance(iters, Integral) \
            or iters < 1:
        raise ValueError(f"iters must be a positive integer, got {iters!r}")
    if v0 is None:
        v = np.random.default_rng(seed).standard_normal(n)
    else:
        v = np.array(v0, dtype=np.float64)
        if v.shape != (n,):
            raise ValueError(f"v0 must have shape ({n},), got {v.shape}")
    v /= np.linalg.norm(v)
    estimate = None
    for _ in range(int(iters)):
        w = np.asarray(matvec(v), dtype=np.float64) - shift * v
        new = float(v @ w)                       # Rayleigh quotient
        norm = float(np.linalg.norm(w))
        if norm == 0 or not np.isfinite(norm):
            return new + shift, v
        v = w / norm
        done = (estimate is not None
                and abs(new - estimate) <= tol * abs(new))
        estimate = new
        if done:
            break
    return estimate + shift, v


def sharpness(model, X, y, loss="cross_entropy", iters=20, seed=0,
              v0=None, tol=1e-4, return_vector=False):
    """λ_max, the largest eigenvalue of the loss's Hessian at θ.

    Power iteration (:func:`power_iteration`) on Hessian-vector products
    (:func:`hvp`); each iteration costs two gradients on (X, y).  If the
    dominant eigenvalue is negative, a second, shifted iteration finds
    the largest one.  Gradient descent on a quadratic is stable for
    η < 2/λ_max, so this is the curvature that limits the learning rate.

    ``return_vector=True`` returns ``(λ_max, v)`` (v: the unit
    eigenvector estimate, a good ``v0`` for the next call).

    >>> import numpy as np
    >>> model = mlp([2, 1], seed=0)             # linear model, MSE loss
    >>> X = np.array([[1.0, 0.0], [0.0, 2.0], [-1.0, -1.0]])
    >>> y = np.zeros(3)
    >>> Z = np.c_[X, np.ones(3)]                # columns for W and b
    >>> H = 2 / 3 * Z.T @ Z                     # its exact Hessian
    >>> lam = sharpness(model, X, y, "mse", iters=200, tol=0)
    >>> bool(np.isclose(lam, np.linalg.eigvalsh(H)[-1]))
    True
    """
    n = model.n_parameters

    def matvec(v):
        return hvp(model, X, y, v, loss)

    lam, v = power_iteration(matvec, n, iters, seed, v0=v0, tol=tol)
    if lam < 0:
        lam, v = power_iteration(matvec, n, iters, seed, shift=lam, tol=tol)
    return (lam, v) if return_vector else lam


def min_hessian_eigenvalue(model, X, y, loss="cross_entropy", iters=50,
                           seed=0, shift=None, tol=1e-4,
                           return_vector=False):
    """λ_min, the most negative (smallest) eigenvalue of the Hessian at θ.

    Shifted power iteration: the eigenvalues of H − sI with
    s = ``shift`` ≥ λ_max are all ≤ 0, so the one of largest modulus is
    λ_min − s.  By default s = :func:`sharpness` (computed first).  A
    negative λ_min at a point of small gradient shows a saddle, not a
    minimum.  Convergence is slow when λ_min is close to its neighbours
    (relative to s), so ask for more ``iters`` than for ``sharpness``.

    >>> import numpy as np
    >>> model = mlp([2, 1], seed=0)             # as in sharpness
    >>> X = np.array([[1.0, 0.0], [0.0, 2.0], [-1.0, -1.0]])
    >>> y = np.zeros(3)
    >>> Z = np.c_[X, np.ones(3)]
    >>> lam = min_hessian_eigenvalue(model, X, y, "mse", iters=500, tol=0)
    >>> bool(np.isclose(lam, np.linalg.eigvalsh(2 / 3 * Z.T @ Z)[0]))
    True
    """
    n = model.n_parameters

    def matvec(v):
        return hvp(model, X, y, v, loss)

    if shift is None:
        shift = sharpness(model, X, y, loss, iters=iters, seed=seed,
                          tol=tol)
        shift = max(float(shift), 0.0)
    lam, v = power_iteration(matvec, n, iters, seed + 1, shift=shift,
                             tol=tol)
    return (lam, v) if return_vector else lam

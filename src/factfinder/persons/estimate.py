"""Multiple systems estimation (MSE) of the total number of victims from overlapping lists.

Each person found on at least one of k lists has a *capture history* (on list A? B? C?). The
counts of the 2^k − 1 observable histories are fitted with Poisson log-linear models: main
effects for every list plus a subset of two-list interactions (list dependence). The model is
chosen by AIC (or BIC); the unobserved cell — people on no list — is exp(intercept), and the 95%
interval for the total is the profile-likelihood interval of the multinomial likelihood in N
(Cormack 1992). Assumptions and warnings are returned with every estimate and must be shown.
"""

from __future__ import annotations

import itertools
import math
import random
import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from factfinder.errors import FactfinderError

CHI2_95 = 3.841458820694124
ASSUMPTIONS = (
    "Closed population: the lists cover the same people in the same period and place; nobody "
    "enters or leaves the population between lists.",
    "Dependence between lists is captured by the chosen two-list interactions; a three-way "
    "dependence, or catchability that varies from person to person in the same way on every "
    "list (heterogeneity, e.g. well-known victims on every list), biases the total, usually "
    "downwards.",
    "Matching is right: a missed match (one person counted twice) inflates the total; a false "
    "match (two people merged) deflates it. Review uncertain pairs before estimating.",
    "Each list is a list of the population counted (same definition of victim, period, place).",
)
Model = tuple[tuple[int, int], ...]


class EstimationError(FactfinderError):
    """An estimate cannot be computed from the lists given."""


@dataclass(slots=True)
class ModelFit:
    interactions: Model
    total: float
    aic: float
    bic: float
    deviance: float
    df: int


@dataclass(slots=True)
class Estimate:
    lists: list[str]
    observed: int
    histories: dict[str, int]
    model: str
    criterion: str
    total: float
    low: float
    high: float | None  # None: the interval has no upper bound the data can set
    fits: list[ModelFit] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    assumptions: tuple[str, ...] = ASSUMPTIONS

    def to_json(self) -> dict[str, Any]:
        return {
            "lists": self.lists,
            "observed": self.observed,
            "histories": self.histories,
            "model": self.model,
            "criterion": self.criterion,
            "total": round(self.total, 1),
            "interval_95": [round(self.low, 1), None if self.high is None else round(self.high, 1)],
            "method": "Poisson log-linear models, profile-likelihood interval",
            "models": [
                {
                    "interactions": describe_model(f.interactions, self.lists),
                    "total": round(f.total, 1),
                    "aic": round(f.aic, 2),
                    "bic": round(f.bic, 2),
                }
                for f in self.fits
            ],
            "warnings": self.warnings,
            "assumptions": list(self.assumptions),
        }


def describe_model(model: Model, names: list[str]) -> str:
    return " + ".join(
        ["independent", *(f"{names[a]}×{names[b]}" for a, b in model)][1 if model else 0 :]
    )


def _cells(k: int) -> list[tuple[int, ...]]:
    return [h for h in itertools.product((0, 1), repeat=k) if any(h)]


def _design(cells: list[tuple[int, ...]], model: Model) -> np.ndarray:
    rows = [[1.0, *map(float, h), *(float(h[a] * h[b]) for a, b in model)] for h in cells]
    return np.array(rows)


def candidate_models(k: int) -> list[Model]:
    """All sets of two-list interactions the observed cells can identify (at most 3 for k > 4)."""
    pairs = list(itertools.combinations(range(k), 2))
    most = min(len(pairs), 2**k - 2 - k, 3 if k > 4 else len(pairs))
    return [m for size in range(most + 1) for m in itertools.combinations(pairs, size)]


def fit_poisson(x: np.ndarray, y: np.ndarray, *, iterations: int = 100) -> np.ndarray:
    """Poisson GLM (log link) by iteratively reweighted least squares; returns fitted means."""
    beta = np.linalg.lstsq(x, np.log(y + 0.5), rcond=None)[0]
    for _ in range(iterations):
        mu = np.exp(np.clip(x @ beta, -30, 30))
        z = x @ beta + (y - mu) / mu
        xtw = x.T * mu
        new = np.linalg.lstsq(xtw @ x, xtw @ z, rcond=None)[0]
        if np.max(np.abs(new - beta)) < 1e-9:
            beta = new
            break
        beta = new
    return np.asarray(np.exp(np.clip(x @ beta, -30, 30)))


def _fit(counts: dict[tuple[int, ...], int], k: int, model: Model) -> tuple[ModelFit, Any]:
    import statsmodels.api as sm

    cells = _cells(k)
    y = np.array([counts.get(h, 0) for h in cells], dtype=float)
    x = _design(cells, model)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the saturated model fits exactly ("perfect prediction")
        result = sm.GLM(y, x, family=sm.families.Poisson()).fit()
    llf = float(result.llf)
    params = x.shape[1]
    total = float(y.sum() + math.exp(min(float(result.params[0]), 30.0)))
    fit = ModelFit(
        model,
        total,
        -2 * llf + 2 * params,
        -2 * llf + params * math.log(max(y.sum(), 1.0)),
        float(result.deviance),
        len(cells) - params,
    )
    return fit, result


def profile_loglik(counts: dict[tuple[int, ...], int], k: int, model: Model, n0: float) -> float:
    """Multinomial log-likelihood of N = observed + n0, maximised over the model's parameters."""
    cells = [tuple([0] * k), *_cells(k)]
    y = np.array([n0, *(counts.get(h, 0) for h in cells[1:])], dtype=float)
    mu = fit_poisson(_design(cells, model), y)
    total = float(y.sum())
    terms = np.where(y > 0, y * np.log(np.maximum(mu, 1e-300) / total), 0.0)
    lgam = sum(math.lgamma(v + 1) for v in y[1:])
    return math.lgamma(total + 1) - math.lgamma(n0 + 1) - lgam + float(terms.sum())


def profile_interval(
    counts: dict[tuple[int, ...], int], k: int, model: Model, n0_hat: float
) -> tuple[float, float | None]:
    """Observed + the n0 values whose profile log-likelihood is within χ²₁(0.95)/2 of the best."""
    n = sum(counts.values())
    best = max(
        profile_loglik(counts, k, model, n0_hat), profile_loglik(counts, k, model, round(n0_hat))
    )
    drop = lambda n0: 2 * (best - profile_loglik(counts, k, model, n0)) - CHI2_95  # noqa: E731
    low = 0.0 if drop(0.0) <= 0 else _root(drop, 0.0, n0_hat)
    hi_edge, cap = max(n0_hat, 1.0), 1000.0 * max(n, 1)
    while drop(hi_edge) <= 0:
        hi_edge *= 2
        if hi_edge > cap:
            return n + low, None
    return n + low, n + _root(drop, n0_hat, hi_edge)


def _root(f: Any, a: float, b: float) -> float:
    fa = f(a)
    for _ in range(60):
        mid = (a + b) / 2
        fm = f(mid)
        if (fm > 0) == (fa > 0):
            a, fa = mid, fm
        else:
            b = mid
        if b - a < 0.05:
            break
    return (a + b) / 2


def estimate_total(
    counts: dict[tuple[int, ...], int], names: list[str], *, criterion: str = "aic"
) -> Estimate:
    """The total population from capture-history counts of ``len(names)`` lists."""
    k = len(names)
    if k < 3:
        raise EstimationError(
            " ".join(names) or "lists", "give three or more lists: two lists cannot show dependence"
        )
    if criterion not in ("aic", "bic"):
        raise EstimationError(f"criterion {criterion}", "use aic or bic")
    n = sum(counts.values())
    if n == 0:
        raise EstimationError(
            " ".join(names), "no person is on any of these lists: run `persons match` first"
        )
    fits = [_fit(counts, k, m)[0] for m in candidate_models(k)]
    fits.sort(key=lambda f: getattr(f, criterion))
    chosen = fits[0]
    low, high = profile_interval(counts, k, chosen.interactions, chosen.total - n)
    est = Estimate(
        list(names),
        n,
        {"".join(map(str, h)): counts.get(h, 0) for h in _cells(k)},
        describe_model(chosen.interactions, list(names)),
        criterion,
        chosen.total,
        low,
        high,
        fits,
    )
    est.warnings = _warnings(est, counts, k)
    return est


def _warnings(est: Estimate, counts: dict[tuple[int, ...], int], k: int) -> list[str]:
    out: list[str] = []
    best = getattr(est.fits[0], est.criterion)
    close = [f for f in est.fits[1:] if getattr(f, est.criterion) - best < 2]
    if close:
        totals = [f.total for f in close]
        out.append(
            f"{len(close)} other model(s) fit almost as well ({est.criterion.upper()} within 2) "
            "with totals "
            f"{min(totals):.0f}–{max(totals):.0f}: the choice of model matters."
        )
    if est.high is None:
        out.append(
            "The interval has no upper bound: the lists overlap too little to say how many "
            "are missing."
        )
    sparse = sum(1 for h in _cells(k) if counts.get(h, 0) < 5)
    if sparse:
        out.append(
            f"{sparse} capture-history cell(s) have fewer than 5 people: estimates are unstable."
        )
    if est.total > 10 * est.observed:
        out.append(
            "The estimate is more than ten times the number observed: treat it with great caution."
        )
    for i, name in enumerate(est.lists):
        on = sum(v for h, v in counts.items() if h[i])
        if on == 0:
            out.append(
                f"List {name} has nobody matched to a person: check its import and `persons match`."
            )
    return out


def simulate_counts(
    total: int, probs: list[float], rng: random.Random, *, heterogeneity: float = 0.0
) -> dict[tuple[int, ...], int]:
    """Capture histories of ``total`` people on lists with capture probabilities ``probs``.

    ``heterogeneity`` > 0 gives each person a catchability (log-normal, sd = heterogeneity) that
    scales their chance on every list alike, which breaks the models' assumptions.
    """
    counts: dict[tuple[int, ...], int] = {}
    for _ in range(total):
        scale = math.exp(rng.gauss(0, heterogeneity)) if heterogeneity else 1.0
        h = tuple(int(rng.random() < min(1.0, p * scale)) for p in probs)
        if any(h):
            counts[h] = counts.get(h, 0) + 1
    return counts


def coverage(
    runs: int,
    *,
    total: int = 2000,
    probs: tuple[float, ...] = (0.3, 0.25, 0.35),
    seed: int = 11,
    heterogeneity: float = 0.0,
    criterion: str = "aic",
) -> dict[str, float]:
    """Share of simulated runs whose 95% interval holds the true total; mean estimate and width."""
    rng = random.Random(seed)
    names = [f"L{i + 1}" for i in range(len(probs))]
    hits, estimates, widths = 0, [], []
    for _ in range(runs):
        est = estimate_total(
            simulate_counts(total, list(probs), rng, heterogeneity=heterogeneity),
            names,
            criterion=criterion,
        )
        high = est.high if est.high is not None else math.inf
        hits += est.low <= total <= high
        estimates.append(est.total)
        widths.append(high - est.low)
    return {
        "runs": runs,
        "coverage": hits / runs,
        "mean_estimate": float(np.mean(estimates)),
        "median_width": float(np.median(widths)),
        "true_total": total,
    }

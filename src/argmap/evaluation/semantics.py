"""Gradual semantics: how a statement's base score and its reasons' strengths make its strength.

Three are offered; a map chooses one (``ArgumentMap.semantics``), DF-QuAD by default.

* **DF-QuAD** (Rago, Toni, Aurisicchio, Baroni 2016): reasons for and against are each
  combined as 1 - prod(1 - v), then the stronger side moves the base score towards 1 or 0
  by the difference. Saturates: once one reason is near 1, more reasons on that side add
  almost nothing, and removing one of several strong reasons changes almost nothing.
* **Quadratic energy** (Potyka 2018): the energy E = sum of supporting strengths - sum of
  attacking ones; strength = b + (1 - b) h(E) for E > 0 and b - b h(-E) for E < 0 with
  h(x) = x² / (1 + x²). Every reason adds to the sum, so each one counts.
* **Euler-based** (Amgoud & Ben-Naim 2017): strength = 1 - (1 - b²) / (1 + b e^E), with the
  same energy E. Never falls below b², so a strong base score is hard to refute.

An **undercut** attacks the inference from a reason to its target, not the target (Pollock's
undercutting defeater). Following DF-QuAD (Baroni, Rago, Toni et al. 2015/2016), the inference
is modelled as an argument of base score 1 attacked by its undercutters, so its *weight* is
w = 1 - F(undercutters) = prod(1 - s(u)), and the reason counts with w * s(reason) toward its
target. The same weight is used under every semantics (under the Euler-based semantics an
argument of base 1 could never be lowered at all): an undercut of strength s takes the share s
off the inference, an undercut of strength 0 changes nothing, one of strength 1 cuts it.

Each satisfies *balance* (no reasons, or reasons that cancel: the base score),
*monotonicity* (a stronger attack never raises, a stronger support never lowers the
strength) and *boundedness* (strengths stay in [0, 1]); tests/evaluation check all three.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

Combine = Callable[[float, list[float], list[float]], float]


def dfquad_aggregate(values: list[float]) -> float:
    """F(v1..vn) = 1 - prod(1 - vi); 0 when there are none."""
    product = 1.0
    for v in values:
        product *= 1.0 - v
    return 1.0 - product


def inference_weight(values: list[float], undercutters: list[tuple[int, ...]]) -> float:
    """The weight of an inference attacked by ``undercutters`` (each a statement or a linked group, at its
    weakest member): prod(1 - s(u)), DF-QuAD's strength of a base-1 argument attacked by them."""
    weight = 1.0
    for r in undercutters:
        weight *= 1.0 - (values[r[0]] if len(r) == 1 else min(values[p] for p in r))
    return weight


def dfquad(base: float, supports: list[float], attacks: list[float]) -> float:
    vs = dfquad_aggregate(supports) if supports else 0.0
    va = dfquad_aggregate(attacks) if attacks else 0.0
    if va >= vs:
        return base - base * (va - vs)
    return base + (1.0 - base) * (vs - va)


def quadratic_energy(base: float, supports: list[float], attacks: list[float]) -> float:
    energy = sum(supports) - sum(attacks)
    if energy > 0:
        return base + (1.0 - base) * energy * energy / (1.0 + energy * energy)
    return base - base * energy * energy / (1.0 + energy * energy)


def euler(base: float, supports: list[float], attacks: list[float]) -> float:
    energy = sum(supports) - sum(attacks)
    if energy > 700:  # e^E overflows; the limit is 1
        return 1.0
    return 1.0 - (1.0 - base * base) / (1.0 + base * math.exp(energy))


@dataclass(frozen=True, slots=True)
class Semantics:
    key: str  # saved in the map file
    name: str  # shown where the user chooses
    combine: Combine
    blurb: str  # one line for menus and docs


SEMANTICS: dict[str, Semantics] = {
    s.key: s
    for s in (
        Semantics("dfquad", "DF-QuAD", dfquad, "Reasons on one side saturate: the strongest one dominates."),
        Semantics("quadratic-energy", "Quadratic energy", quadratic_energy,
                  "Every reason adds: several moderate reasons can outweigh one strong one."),
        Semantics("euler", "Euler-based", euler, "Every reason adds; a statement never falls below its base score squared."),
    )
}
DEFAULT_SEMANTICS = "dfquad"


def semantics_named(key: str | None) -> Semantics:
    """The semantics saved as ``key`` (DF-QuAD for None or an unknown key)."""
    return SEMANTICS.get(key or DEFAULT_SEMANTICS, SEMANTICS[DEFAULT_SEMANTICS])

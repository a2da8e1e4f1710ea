"""Every theme's text is readable (WCAG contrast) and its kinds stay apart for colour-blind readers and in greyscale."""

from __future__ import annotations

import itertools

import pytest

pytest.importorskip("PySide6")

from argmap.drawing.theme import THEME_NAMES, Theme
from argmap.model import Kind, Relation
from tests.drawing.colour_science import contrast, delta_e, hex_rgb, simulate

#: WCAG 2.1 AA for normal text (the box labels are 10 px: small text, so not the 3:1 of large text).
AA = 4.5
AAA = 7.0
#: CIE76 difference that reads as another colour at a glance (2.3 is just noticeable).
APART = 9.0
DEFICIENCIES = ("protanopia", "deuteranopia", "tritanopia")


def rgb(color) -> tuple[float, float, float]:
    return hex_rgb(color.name())


def text_pairs(theme: Theme) -> list[tuple[str, object, object]]:
    """(what, text colour, what it is drawn on) for every text the canvas and the exports draw."""
    pairs: list[tuple[str, object, object]] = [
        ("text on the canvas (inline editor)", theme.text, theme.background),
        ("muted text on the canvas", theme.muted, theme.background),
    ]
    for kind, style in theme.kinds.items():
        pairs += [
            (f"{kind.value} text", theme.text, style.fill),
            (f"{kind.value} badge and strength", theme.muted, style.fill),
            (f"{kind.value} label on its header band", theme.header_text, style.accent),
        ]
    return pairs


@pytest.fixture(autouse=True)
def app(qapp):
    return qapp


@pytest.mark.parametrize("name", THEME_NAMES)
def test_every_text_meets_wcag_aa(name):
    theme = Theme.named(name)
    low = [(what, round(contrast(rgb(fg), rgb(bg)), 2)) for what, fg, bg in text_pairs(theme)
           if contrast(rgb(fg), rgb(bg)) < AA]
    assert not low, f"{name}: below {AA}:1: {low}"


def test_the_high_contrast_theme_meets_aaa_and_draws_heavier_borders():
    theme = Theme.high_contrast()
    assert min(contrast(rgb(fg), rgb(bg)) for _, fg, bg in text_pairs(theme)) >= AAA
    for kind in Kind:
        assert theme.kinds[kind].border_width >= Theme.light().kinds[kind].border_width + 1
        # the box border (the only mark of a box on the black canvas) stands out from the canvas
        assert contrast(rgb(theme.kinds[kind].accent), rgb(theme.background)) >= AAA
    for relation in Relation:
        assert contrast(rgb(theme.relation_color(relation)), rgb(theme.background)) >= AAA


@pytest.mark.parametrize("name", THEME_NAMES)
@pytest.mark.parametrize("deficiency", (None, *DEFICIENCIES))
def test_kinds_keep_apart_for_colour_blind_readers(name, deficiency):
    theme = Theme.named(name)
    seen = {k: rgb(s.accent) if deficiency is None else simulate(rgb(s.accent), deficiency) for k, s in theme.kinds.items()}
    close = [(a.value, b.value, round(delta_e(seen[a], seen[b]), 1)) for a, b in itertools.combinations(seen, 2)
             if delta_e(seen[a], seen[b]) < APART]
    assert not close, f"{name} under {deficiency or 'normal vision'}: too alike {close}"


@pytest.mark.parametrize("name", THEME_NAMES)
def test_support_and_attack_differ_beyond_colour(name):
    """Arrows carry a + or a minus sign by their source; their colours still differ for every reader but the greyscale one."""
    theme = Theme.named(name)
    support, attack = rgb(theme.relation_color(Relation.SUPPORT)), rgb(theme.relation_color(Relation.ATTACK))
    for deficiency in DEFICIENCIES:
        assert delta_e(simulate(support, deficiency), simulate(attack, deficiency)) >= 5


@pytest.mark.parametrize("name", THEME_NAMES)
def test_in_greyscale_every_kind_has_its_own_border(name):
    """Greyscale print loses the hues (their greys are alike), so each kind has its own border: style, width or corners."""
    theme = Theme.named(name)
    shapes = {kind: (style.border_style, style.border_width, style.radius) for kind, style in theme.kinds.items()}
    assert len(set(shapes.values())) == len(Kind), shapes

"""Colour arithmetic for the theme tests: WCAG 2.x contrast, colour-blindness simulation, CIELAB distance.

WCAG: relative luminance from sRGB (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance).
Simulation: Machado, Oliveira and Fernandes 2009, "A Physiologically-based Model for Simulation of
Color Vision Deficiency", the severity-1.0 matrices (full dichromacy), applied in linear RGB.
"""

from __future__ import annotations

Matrix = tuple[tuple[float, float, float], tuple[float, float, float], tuple[float, float, float]]

MACHADO_2009: dict[str, Matrix] = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}

RGB = tuple[float, float, float]  # sRGB, 0..1


def hex_rgb(name: str) -> RGB:
    name = name.lstrip("#")
    return (int(name[0:2], 16) / 255, int(name[2:4], 16) / 255, int(name[4:6], 16) / 255)


def to_linear(v: float) -> float:
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def to_srgb(v: float) -> float:
    v = min(1.0, max(0.0, v))
    return v * 12.92 if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055


def luminance(rgb: RGB) -> float:
    r, g, b = (to_linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def simulate(rgb: RGB, deficiency: str) -> RGB:
    """How ``rgb`` looks to a dichromat (``protanopia``, ``deuteranopia``, ``tritanopia``) or in ``greyscale``."""
    if deficiency == "greyscale":
        y = to_srgb(luminance(rgb))
        return (y, y, y)
    m = MACHADO_2009[deficiency]
    lin = [to_linear(c) for c in rgb]
    r, g, b = (sum(m[i][j] * lin[j] for j in range(3)) for i in range(3))
    return (to_srgb(r), to_srgb(g), to_srgb(b))


def lab(rgb: RGB) -> tuple[float, float, float]:
    """CIELAB (D65) of an sRGB colour."""
    r, g, b = (to_linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def delta_e(a: RGB, b: RGB) -> float:
    """CIE76 colour difference: about 2.3 is just noticeable, 10 or more is clearly another colour."""
    la, lb = lab(a), lab(b)
    return sum((p - q) ** 2 for p, q in zip(la, lb, strict=True)) ** 0.5

"""The desktop's icons: the window's SVG, and PNGs rendered from it at every theme size."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from app.ui.desktop_icons import SIZES, SOURCE, png_path, render, svg_path


def test_the_theme_svg_is_the_window_s_icon() -> None:
    assert svg_path().read_bytes() == SOURCE.read_bytes()


def coverage(image: QImage) -> float:
    """The share of pixels with any paint on them."""
    painted = sum(1 for y in range(image.height()) for x in range(image.width())
                  if image.pixelColor(x, y).alpha() > 0)
    return painted / (image.width() * image.height())


@pytest.mark.parametrize("size", SIZES)
def test_each_png_is_the_svg_rendered_at_its_size(qapp, size: int) -> None:
    committed = QImage(str(png_path(size)))
    assert not committed.isNull()
    assert (committed.width(), committed.height()) == (size, size)
    assert committed.hasAlphaChannel()
    assert 0.6 < coverage(committed) < 1.0  # a painted icon, its rounded corners left clear
    fresh = render(SOURCE.read_bytes(), size).convertToFormat(committed.format())
    step = max(1, size // 64)  # every pixel up to 64, a grid above
    worst = max(abs(a - b)
                for y in range(0, size, step) for x in range(0, size, step)
                for a, b in zip(committed.pixelColor(x, y).getRgb(),
                                fresh.pixelColor(x, y).getRgb(), strict=True))
    assert worst <= 8, f"{png_path(size)} is stale: run python -m app.ui.desktop_icons"


def test_a_broken_svg_is_refused(qapp) -> None:
    with pytest.raises(ValueError, match="not a valid SVG"):
        render(b"<svg", 16)

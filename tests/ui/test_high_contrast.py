"""The high-contrast palette keeps every text at 7:1 or more on what it is drawn on (WCAG AAA)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from app.ui.high_contrast import high_contrast_palette
from app.ui.views.matrix.colours import contrast

Role, Group = QPalette.ColorRole, QPalette.ColorGroup
PAIRS = [(Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
         (Role.PlaceholderText, Role.Base), (Role.WindowText, Role.Window),
         (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
         (Role.Link, Role.Base), (Role.LinkVisited, Role.Base),
         (Role.ToolTipText, Role.ToolTipBase), (Role.BrightText, Role.Window)]


@pytest.mark.parametrize("group", [Group.Active, Group.Inactive, Group.Disabled],
                         ids=lambda g: g.name)
@pytest.mark.parametrize(("text", "ground"), PAIRS, ids=lambda r: r.name)
def test_every_text_reads_at_aaa_contrast(qapp, group: Group, text: Role,  # type: ignore[no-untyped-def]
                                          ground: Role) -> None:
    palette = high_contrast_palette()
    ratio = contrast(palette.color(group, text), palette.color(group, ground))
    assert ratio >= 7.0, f"{text.name} on {ground.name}: {ratio:.1f}"


def test_frames_and_the_selection_stand_out_from_the_background(qapp) -> None:  # type: ignore[no-untyped-def]
    palette = high_contrast_palette()
    window = palette.color(Role.Window)
    for role in (Role.Mid, Role.Dark, Role.Light, Role.Highlight):
        assert contrast(palette.color(role), window) >= 3.0, role.name  # WCAG non-text contrast
    assert palette.color(Group.Disabled, Role.Text) != palette.color(Group.Active, Role.Text)

"""Preferences: what they are and how they are stored (values), the dialog, the controller."""

from app.ui.preferences.controller import apply_at_start, install_preferences

__all__ = ["apply_at_start", "install_preferences"]

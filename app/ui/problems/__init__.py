"""The Problems panel: live validation findings for the open policy."""

from app.ui.problems.controller import ProblemsController, install_problems

__all__ = ["ProblemsController", "install_problems"]

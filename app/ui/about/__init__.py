"""Help > About: the version, the libraries' licences and where the settings are kept."""

from app.ui.about.dialog import AboutDialog, show_about

__all__ = ["AboutDialog", "show_about"]

"""Central views of the main window."""

"""Policy Studio: compose, validate, explain and export data-use policies.

The layers, where each kind of change goes and the path of an edit from widget to file are in
the README's "Architecture" section; the import contracts in ``pyproject.toml`` enforce them.
"""

__version__ = "0.1.0"

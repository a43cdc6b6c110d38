"""Policy Studio: compose, validate, explain and export data-use policies."""

__version__ = "0.1.0"

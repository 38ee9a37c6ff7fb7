"""GUI-free core of the Sustainable Sourcing Optimizer.

Everything that is not drawing a window lives here: reading price lists, cleansing,
features, scoring, ranking, reports, the model registry and the command line.
This package never imports Qt (tests/test_architecture.py proves it).
"""

__version__ = "0.1.0"

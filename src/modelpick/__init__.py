"""modelpick: pick the open model that fits your machine and task, and decode model names."""

__version__ = "0.1.0"

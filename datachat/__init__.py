"""Datachat: an embeddable "ask your data" chat for Django."""

__version__ = "0.1.0"

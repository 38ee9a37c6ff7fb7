"""Ranking the offers of each ingredient (rank), audited scores (audits), the per-ingredient summary."""

METHODS = ("weighted", "topsis")  # ranking methods; here so that the command line can offer them without pandas

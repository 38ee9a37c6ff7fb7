"""Cleansing: raw mapped rows -> canonical offers + an import report (docs/cleansing.md)."""

"""The PySide6 desktop application over the GUI-free core (shared/DESIGN.md)."""

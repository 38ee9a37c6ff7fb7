"""Numbers in the command line's options, read as people write them here (shared by the
subcommands that take amounts or scores)."""

from __future__ import annotations

import argparse
import math

from core.cleansing.numbers import parse_number
from core.i18n import tr


def number(value: str) -> float:
    """An option's number as people write it here: "0,5", "0.5", "2,500.00", "2 500" (the number
    grammar of the price lists, core.cleansing.numbers); anything else is refused in one sentence."""
    read = parse_number(value.strip())
    if read is None or not math.isfinite(read):
        raise argparse.ArgumentTypeError(tr("'{value}' is not a number", value=value))
    return read

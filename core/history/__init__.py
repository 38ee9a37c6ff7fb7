"""Price lists over time: dated lists and their changes, price and score series per ingredient,
supplier standing per period, and the upkeep that keeps them ready (docs/history.md)."""

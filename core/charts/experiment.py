"""The audit experiment's curve (reports/audit_experiment.csv, core.lifecycle.audit_experiment),
drawn into a given matplotlib Axes (no pyplot state): MAE against the simulated officer per
number of audited labels, actively chosen and random, beside the rubric alone and the goal."""

from __future__ import annotations

import pandas as pd

from core.i18n import tr

GOAL_SHARE = 0.6  # issue 14: 200 active audits at most 60 % of the rubric-only error
COLOURS = {"rubric_only": "#8a8a8a", "active": "#1f6f4a", "random": "#c2410c", "goal": "#e8a317"}


def audit_curve(ax, curve: pd.DataFrame, lang: str | None = None) -> None:
    """One line per strategy, the rubric's error flat, the goal as a dotted line."""
    ax.clear()
    audits = curve["audits"].to_numpy()
    rubric = float(curve["rubric_only"].iloc[0])
    ax.axhline(rubric, color=COLOURS["rubric_only"], linewidth=1.5, label=tr("Rubric alone", lang=lang))
    ax.axhline(
        GOAL_SHARE * rubric,
        color=COLOURS["goal"],
        linestyle=":",
        linewidth=1.5,
        label=tr("Goal: {share} of the rubric's error", share=f"{GOAL_SHARE:.0%}", lang=lang),
    )
    names = {"active": tr("Actively chosen audits", lang=lang), "random": tr("Random audits", lang=lang)}
    for strategy, name in names.items():
        ax.plot(audits, curve[strategy], marker="o", color=COLOURS[strategy], linewidth=2, label=name)
    ax.set_xlabel(tr("Audited labels", lang=lang))
    ax.set_ylabel(tr("MAE against the officer (held-out offers)", lang=lang))
    ax.set_xticks(audits)
    ax.set_ylim(0, rubric * 1.15)
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8, frameon=False, loc="lower left")

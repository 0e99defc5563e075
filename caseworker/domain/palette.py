"""The chart colours, one list for the window and the PDFs so a chart looks the same in both.

Okabe and Ito's palette ("Color Universal Design", 2008): eight colours told apart by people with
the common forms of colour blindness, and distinct in greyscale print by lightness. The order puts
the two most distinct (blue, orange) first, since most charts compare two series.
"""

from __future__ import annotations

CHART_PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow (last: weak on white)
    "#000000",
)
# The period before, drawn beside the current figures.
PREVIOUS_COLOUR = "#9AA5B1"

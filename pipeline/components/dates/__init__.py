"""``fr_dates`` (work in progress)."""

from pipeline.components.dates.component import *  # noqa: F403
from pipeline.components.dates.component import (  # noqa: F401
    _LEAD_LETTERS,
    APOS,
    WS,
    DatesComponent,
    Lead,
    Masks,
    Probe,
    gate_text,
)
from pipeline.components.dates.factory import make_dates  # noqa: F401

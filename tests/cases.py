"""Rows of the engine's parametrised tables of invented sentences."""

from __future__ import annotations

import pytest


def case(id_: str, *values, why: str | None = None):
    """One table row; ``why`` marks a documented engine failure (strict xfail)."""
    marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
    return pytest.param(*values, id=id_, marks=marks)


#: Publication days the date tables vary: a Friday, a Monday and a Wednesday.
FRI = "2024-03-15"
MON = "2023-06-05"
WED = "2022-11-09"


def date_of(item) -> str | None:
    """An extracted item's date value, or None when it has none."""
    return item.date.value if item.date else None

"""The bench's tie rule accepts another engine's tie-break and nothing else (table-driven)."""

from __future__ import annotations

import pytest

from bench.bench_warehouses import equal_under_ties

FULL = [("a", 9), ("b", 7), ("c", 7), ("d", 7), ("e", 1)]
KEYS = [(9,), (7,), (7,), (7,), (1,)]

CASES = [
    ([("a", 9), ("b", 7)], 2, True),          # the gold's own choice
    ([("a", 9), ("d", 7)], 2, True),          # another row tied at the cut
    ([(7, "c"), (9, "a")], 2, False),         # ranks out of order
    ([("b", 7), ("c", 7)], 2, False),         # the row ranked first is missing
    ([("a", 9), ("e", 1)], 2, False),         # a row below the cut
    ([("a", 9), ("x", 7)], 2, False),         # a row that is not in the result at all
    ([("a", 9)], 2, False),                   # too few rows
    ([("a", 9), ("c", 7), ("b", 7), ("d", 7)], 4, True),
]


@pytest.mark.parametrize(("rows", "n", "expected"), CASES)
def test_tie_rule(rows, n, expected):
    assert equal_under_ties(rows, FULL, KEYS, n) is expected

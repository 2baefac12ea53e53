"""Whatever the result looks like, an answer is built, is JSON, and any chart is valid Vega-Lite."""

import datetime as dt
import json

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datachat.services.answers import build_answer
from datachat.services.exports import table_to_csv
from tests.answers.conftest import assert_valid_vegalite, load_vegalite_validator

VALIDATOR = load_vegalite_validator()  # module level: hypothesis prints fixture reprs on failure

NAMES = st.sampled_from(["country", "revenue", "month", "id", "a.b", "x[0]", "SUM(q)", "share", "year", "", "value"])


def column(n):
    return st.one_of(
        st.lists(st.integers(-(10**9), 10**9) | st.none(), min_size=n, max_size=n),
        st.lists(st.floats(allow_nan=True, allow_infinity=True) | st.none(), min_size=n, max_size=n),
        st.lists(
            st.sampled_from(["France", "Japan", "United Kingdom", "web", "", "é"]) | st.none(), min_size=n, max_size=n
        ),
        st.lists(st.text(max_size=60) | st.none(), min_size=n, max_size=n),
        st.lists(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat), min_size=n, max_size=n),
        st.lists(st.sampled_from(["2024-01", "2024-02", "2024-03", "2025-12"]), min_size=n, max_size=n),
        st.lists(st.booleans() | st.none(), min_size=n, max_size=n),
        st.lists(st.integers(2000, 2030), min_size=n, max_size=n),
    )


@st.composite
def frames(draw):
    n = draw(st.integers(0, 30))
    width = draw(st.integers(1, 5))
    data = {}
    names = []
    for position in range(width):
        name = draw(NAMES)
        names.append(name)
        data[position] = pd.Series(draw(column(n)), dtype="object")
    df = pd.DataFrame(data)
    df.columns = names
    return df.infer_objects()


QUESTIONS = st.sampled_from(["", "share of revenue", "revenue by month as a line chart", "as a pie chart", "lowest"])
HINTS = st.sampled_from([None, "table", "bar", "line", "pie", "scatter", "area"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(df=frames(), question=QUESTIONS, hint=HINTS, truncated=st.booleans())
def test_any_result_gives_a_valid_answer(ask, df, question, hint, truncated):
    answer = build_answer(df, ask(question), truncated=truncated, chart_hint=hint)
    payload = json.dumps(answer.to_dict(), allow_nan=False)
    assert len(answer.data["rows"]) == len(df)
    assert answer.summary and len(answer.summary) < 600
    assert answer.display in ("empty", "number", "chart", "table")
    if answer.chart is not None:
        assert_valid_vegalite(VALIDATOR, answer.chart)
        assert '"url"' not in json.dumps(answer.chart["data"])
    table_to_csv(answer.data)
    assert payload

"""Property: no combination of joins, subqueries, CTEs, set operations, aliases and predicates lets
a rewritten query see another tenant's rows (checked by the same oracle as test_tenant.py)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sql_safety import check
from tests.sql_safety.conftest import TENANTS
from tests.sql_safety.helpers import policy, rows

# Every generated query returns two columns, k (a customer id) and v (a number).
TABLES = {
    # spelling as written in SQL -> (key column, value columns)
    "Invoice": ("CustomerId", ["Total", "InvoiceId"]),
    "invoice": ("CustomerId", ["Total", "InvoiceId"]),
    '"Invoice"': ("CustomerId", ["Total"]),
    "main.Invoice": ("CustomerId", ["InvoiceId"]),
    "Customer": ("CustomerId", ["SupportRepId", "CustomerId"]),
    "CUSTOMER": ("CustomerId", ["SupportRepId"]),
}


def predicates(alias: str) -> st.SearchStrategy[str]:
    atoms = st.sampled_from([
        "1 = 1",
        "1 = 0",
        f"{alias}.k = 5",
        f"{alias}.k <> 5",
        f"{alias}.k IN (1, 5, 12, 42)",
        f"{alias}.k > 20",
        f"{alias}.v IS NOT NULL",
    ])
    return st.recursive(
        atoms,
        lambda inner: st.one_of(
            st.tuples(inner, inner).map(lambda p: f"({p[0]}) OR ({p[1]})"),
            st.tuples(inner, inner).map(lambda p: f"({p[0]}) AND ({p[1]})"),
            inner.map(lambda p: f"NOT ({p})"),
        ),
        max_leaves=3,
    )


@st.composite
def base(draw) -> str:
    table = draw(st.sampled_from(sorted(TABLES)))
    key, values = TABLES[table]
    value = draw(st.sampled_from(values))
    alias = draw(st.sampled_from(["t", "T", '"t"', "x1"]))
    ref = alias.strip('"')
    pred = draw(predicates("q")).replace("q.k", f"{ref}.{key}").replace("q.v", f"{ref}.{value}")
    return f"SELECT {ref}.{key} AS k, {ref}.{value} AS v FROM {table} AS {alias} WHERE {pred}"


def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    join = st.sampled_from(["JOIN", "LEFT JOIN", "RIGHT JOIN", "FULL OUTER JOIN", "CROSS JOIN"])
    on = st.sampled_from(["a.k = b.k", "1 = 1", "a.k = b.k OR 1 = 1", "a.k <> b.k"])

    def joined(parts):
        left, right, kind, cond = parts
        tail = "" if kind == "CROSS JOIN" else f" ON {cond}"
        return f"SELECT a.k AS k, b.v AS v FROM ({left}) AS a {kind} ({right}) AS b{tail}"

    return st.one_of(
        st.tuples(inner, inner, join, on).map(joined),
        st.tuples(inner, inner, st.sampled_from(["UNION", "UNION ALL", "INTERSECT", "EXCEPT"])).map(
            lambda p: f"SELECT * FROM (SELECT * FROM ({p[0]}) {p[2]} SELECT * FROM ({p[1]})) AS u"
        ),
        st.tuples(inner, predicates("c")).map(
            lambda p: f"WITH c AS ({p[0]}) SELECT c.k AS k, c.v AS v FROM c WHERE {p[1]}"
        ),
        st.tuples(inner, predicates("s")).map(
            lambda p: f"SELECT s.k AS k, s.v AS v FROM ({p[0]}) AS s WHERE {p[1]}"
        ),
        inner.map(
            lambda q: f"SELECT s.k AS k, s.v AS v FROM ({q}) AS s WHERE s.k IN "
            "(SELECT CustomerId FROM Invoice WHERE 1 = 1 OR CustomerId = 1)"
        ),
        inner.map(
            lambda q: f"SELECT s.k AS k, s.v AS v FROM ({q}) AS s WHERE EXISTS "
            "(SELECT 1 FROM Customer AS c WHERE c.CustomerId = s.k OR 1 = 1)"
        ),
        inner.map(
            lambda q: "SELECT s.k AS k, (SELECT COUNT(*) FROM Invoice AS i WHERE i.CustomerId = s.k "
            f"OR i.CustomerId > 0) AS v FROM ({q}) AS s"
        ),
        inner.map(lambda q: f"SELECT s.k AS k, SUM(s.v) AS v FROM ({q}) AS s GROUP BY s.k"),
        inner.map(lambda q: f"SELECT s.k AS k, COUNT(*) OVER (PARTITION BY s.k) AS v FROM ({q}) AS s"),
    )


QUERIES = st.recursive(base(), extend, max_leaves=4)


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sql=QUERIES, tenant=st.sampled_from(sorted(TENANTS)))
def test_no_combination_leaks_another_tenants_rows(sql, tenant, chinook, tenant_dbs):
    safe = check(sql, policy("tenant", row_filters=TENANTS[tenant][0]))
    assert rows(chinook, safe.sql) == rows(tenant_dbs[tenant], sql), sql

"""A dbt semantic manifest imports to the same model as its OSI twin (both written for this test)."""

import pytest

from datachat.semantic import ModelError, read_osi
from datachat.semantic.catalog import read_catalog
from datachat.semantic.dbt import read_dbt_manifest
from datachat.semantic.validate import validate_model

from .conftest import FIXTURES


def test_manifest_matches_its_osi_twin(shop_sa):
    from_dbt = read_dbt_manifest((FIXTURES / "shop_semantic_manifest.json").read_text())
    from_osi = read_osi((FIXTURES / "shop_dbt_twin.yaml").read_text())
    assert from_dbt == from_osi
    assert from_dbt.metric("revenue_per_unit").formula == "revenue / units_sold"
    assert from_dbt.metric("revenue_per_unit").kind == "derived"
    assert from_dbt.metric("average_order_value").kind == "ratio"
    assert [(r.from_dataset, r.to_dataset) for r in from_dbt.relationships] == [
        ("orders", "customers"), ("order_items", "orders")]
    assert validate_model(from_dbt, read_catalog(shop_sa)) == []


@pytest.mark.parametrize(("metric", "message"), [
    ({"name": "m", "type": "cumulative", "type_params": {"measure": {"name": "revenue"}}}, "not supported"),
    ({"name": "m", "type": "simple", "type_params": {"measure": {"name": "nope"}}}, "'nope' is not defined"),
    ({"name": "m", "type": "derived", "type_params": {"expr": "a + b", "metrics": [{"name": "a"}]}},
     "not defined"),
])
def test_unsupported_or_dangling_metrics_are_reported(metric, message):
    import json

    doc = json.loads((FIXTURES / "shop_semantic_manifest.json").read_text())
    doc["metrics"].append(metric)
    with pytest.raises(ModelError, match=message):
        read_dbt_manifest(json.dumps(doc))

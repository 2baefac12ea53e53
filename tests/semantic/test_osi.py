"""OSI YAML: the public example and the demo model import, validate and export equivalent; problems name lines."""

import sqlalchemy as sa
import yaml

from datachat.semantic import ModelError, read_osi, write_osi
from datachat.semantic.catalog import read_catalog
from datachat.semantic.validate import validate_model

from .conftest import FIXTURES, SHOP_MODEL

TPCDS = FIXTURES / "ossie_tpcds_semantic_model.yaml"


def _tpcds_database(path, model):
    """A database with every table and column the example names (its own columns, plus the keys)."""
    eng = sa.create_engine(f"sqlite:///{path}")
    with eng.begin() as conn:
        for ds in model.datasets:
            cols = dict.fromkeys([*ds.primary_key, *(f.column for f in ds.fields if f.column),
                                  *(c for f in ds.fields if not f.column for c in ("c_first_name", "c_last_name")
                                    if ds.name == "customer")])
            conn.exec_driver_sql(f"CREATE TABLE {ds.table} ({', '.join(f'{c} TEXT' for c in cols)})")
    return eng


def test_public_example_round_trips(tmp_path):
    text = TPCDS.read_text(encoding="utf-8")
    model = read_osi(text)
    assert [d.name for d in model.datasets] == ["store_sales", "date_dim", "customer", "item", "store"]
    assert model.dataset("store_sales").synonyms[:2] == ("sales transactions", "store purchases")
    assert model.metric("total_sales").expression == "SUM(store_sales.ss_ext_sales_price)"
    exported = write_osi(model)
    again = read_osi(exported)
    assert again == model
    # equivalent documents: the same datasets, fields, relationships, metrics and other vendors' extensions
    src, out = yaml.safe_load(text)["semantic_model"][0], yaml.safe_load(exported)["semantic_model"][0]
    for key in ("datasets", "relationships", "metrics"):
        assert [x["name"] for x in src[key]] == [x["name"] for x in out[key]]
    assert [f["expression"] for d in src["datasets"] for f in d["fields"]] == [
        f["expression"] for d in out["datasets"] for f in d["fields"]]
    assert {e["vendor_name"] for e in out["custom_extensions"]} == {"SALESFORCE", "DBT"}
    assert validate_model(model, read_catalog(_tpcds_database(tmp_path / "tpcds.db", model))) == []


def test_demo_model_round_trips_and_validates(shop_model, shop_sa):
    assert read_osi(write_osi(shop_model)) == shop_model
    assert validate_model(shop_model, read_catalog(shop_sa)) == []
    assert shop_model.metric("margin").definition == "margin = (revenue - cost) / revenue"
    assert shop_model.dataset("orders").default_time_dimension == "order_date"


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_validation_names_line_and_problem(shop_sa):
    text = SHOP_MODEL.read_text(encoding="utf-8")
    broken = text.replace("source: products", "source: productz").replace(
        "SUM(order_items.quantity)}", "SUM(order_items.qty_missing)}")
    model = read_osi(broken)
    problems = validate_model(model, read_catalog(shop_sa))
    messages = {p.line: p.message for p in problems}
    assert "table 'productz' is not in the database" in messages[_line_of(broken, "- name: products")]
    assert "order_items.qty_missing" in messages[_line_of(broken, "- name: units_sold")]


def test_structural_problems_have_lines():
    text = "version: 0.2.0.dev0\nsemantic_model:\n- name: m\n  datasets:\n  - name: a\n    fields:\n    - name: x\n"
    try:
        read_osi(text)
    except ModelError as exc:
        assert [(p.line, p.message) for p in exc.problems] == [
            (5, "missing required key 'source'"), (7, "missing required key 'expression'")]
    else:
        raise AssertionError("a dataset without source was accepted")
    try:
        read_osi("semantic_model: [\n  name: x\n")
    except ModelError as exc:
        assert exc.problems[0].message.startswith("not valid YAML")
        assert exc.problems[0].line >= 2


def test_exports_conform_to_the_official_json_schema(shop_model, shop_sa):
    import json

    import jsonschema

    from datachat.semantic.infer import infer_model

    validator = jsonschema.Draft202012Validator(json.loads((FIXTURES / "ossie_osi_schema.json").read_text()))
    for model in (shop_model, read_osi(TPCDS.read_text()), infer_model(shop_sa)):
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(yaml.safe_load(
            write_osi(model)))]
        assert errors == [], errors[:5]

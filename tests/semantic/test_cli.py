"""``datachat semantic infer|validate|import|export`` and ``ask --semantic-model``, run as real subprocesses."""

import json

import yaml

from datachat.demo import SHOP_MODEL_FILE
from datachat.semantic import read_osi
from tests.app.test_cli import datachat


def test_infer_prints_a_valid_osi_draft(tmp_path, shop_url):
    result = datachat("semantic", "infer", "--database", shop_url, var_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    doc = yaml.safe_load(result.stdout)
    assert doc["version"] == "0.2.0.dev0"
    model = read_osi(result.stdout)
    assert model.dataset("orders").default_time_dimension == "order_date"
    draft = tmp_path / "draft.yaml"
    draft.write_text(result.stdout)
    checked = datachat("semantic", "validate", "--database", shop_url, str(draft), var_dir=tmp_path)
    assert checked.returncode == 0, checked.stderr


def test_validate_names_the_line_and_the_problem(tmp_path, shop_url):
    text = SHOP_MODEL_FILE.read_text().replace("expression: channel}", "expression: chanel}")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "- name: channel" in row)
    result = datachat("semantic", "validate", "--database", shop_url, str(bad), var_dir=tmp_path)
    assert result.returncode == 1
    assert f"{bad}:{line}: field orders.channel: column 'chanel' is not in 'orders'" in result.stderr


def test_ask_with_a_semantic_model(tmp_path, shop_url):
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join(json.dumps({"id": i, "question": q}) for i, q in enumerate(
        ["margin by channel", "how many completed orders in 2025"])))
    with_model = datachat("ask", "--database", shop_url, "--semantic-model", str(SHOP_MODEL_FILE), "--questions",
                          str(questions), "--json", var_dir=tmp_path)
    assert with_model.returncode == 0, with_model.stderr
    margin, completed = (json.loads(line) for line in with_model.stdout.splitlines())
    assert "margin = (revenue - cost) / revenue" in margin["answer"]
    assert all(0 < row[1] < 1 for row in margin["rows"])
    assert "status = 'shipped'" in completed["sql"]
    without = datachat("ask", "--database", shop_url, "--json", "how many completed orders in 2025",
                       var_dir=tmp_path)
    assert json.loads(without.stdout)["rows"] != completed["rows"]


def test_import_then_export(tmp_path, shop_url):
    imported = datachat("semantic", "import", "--database", shop_url, str(SHOP_MODEL_FILE), var_dir=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "version 1 (live)" in imported.stdout
    exported = datachat("semantic", "export", "--database", shop_url, var_dir=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert read_osi(exported.stdout) == read_osi(SHOP_MODEL_FILE.read_text())

"""The ``datachat`` command of CONTRACT.md section 2, run as a real subprocess."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import CHINOOK

ROOT = Path(__file__).resolve().parents[2]


def datachat(*args, var_dir, env=None, input=None, timeout=120):
    environment = {**os.environ, "DATACHAT_VAR_DIR": str(var_dir), "DJANGO_SETTINGS_MODULE": "backend.settings",
                   "DATACHAT_LLM": "off", **(env or {})}
    environment.pop("DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "datachat.cli", *args], capture_output=True, text=True,
                          env=environment, cwd=ROOT, input=input, timeout=timeout)


def test_ask_json_on_a_database_it_has_never_seen(tmp_path):
    if not CHINOOK.exists():
        pytest.skip(f"Chinook benchmark database not found at {CHINOOK}")
    result = datachat("ask", "--database", f"sqlite:///{CHINOOK}", "--json", "how many rows are in Customer?",
                      var_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    line = json.loads(result.stdout)
    assert set(line) == {"id", "question", "sql", "columns", "rows", "chart", "answer", "interpretation",
                         "clarification", "error"}
    assert line["error"] is None and line["rows"] == [[59]]
    assert line["clarification"] is None and "customer" in line["interpretation"].lower()
    assert "Customer" in line["sql"]


def test_ask_on_a_snake_case_database(tmp_path):
    import sqlite3

    path = tmp_path / "zoo.db"
    with sqlite3.connect(path) as connection:
        connection.executescript("""
            CREATE TABLE keeper (keeper_id INTEGER PRIMARY KEY, full_name TEXT);
            CREATE TABLE animal (animal_id INTEGER PRIMARY KEY, species TEXT, weight_kg REAL,
                                 keeper_id INTEGER REFERENCES keeper(keeper_id));
            INSERT INTO keeper VALUES (1, 'Ada'), (2, 'Bo');
            INSERT INTO animal VALUES (1, 'lion', 190, 1), (2, 'zebra', 300, 2), (3, 'lion', 170, 2);
        """)
    result = datachat("ask", "--database", f"sqlite:///{path}", "--json", "how many rows are in animal?",
                      var_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["rows"] == [[3]]


def test_ask_batch_keeps_order_and_reports_failures(tmp_path, shop_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join(json.dumps(q) for q in [
        {"id": "a", "question": "how many customers are there?"},
        {"id": 7, "question": "zzqx blorp"},
        {"id": "c", "question": "how many orders are there?"},
    ]) + "\n")
    result = datachat("ask", "--database", f"sqlite:///{shop_path}", "--questions", str(questions), "--json",
                      var_dir=tmp_path)
    assert result.returncode == 1  # one question was not answered
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", 7, "c"]
    assert lines[0]["error"] is None and lines[2]["error"] is None
    assert lines[1]["error"] and lines[1]["sql"] is None
    assert lines[0]["rows"][0][0] > 100


def test_ask_rejects_bad_input_clearly(tmp_path):
    bad_url = datachat("ask", "--database", "nonsense://x", "how many?", var_dir=tmp_path)
    assert bad_url.returncode != 0 and "--database" in bad_url.stderr and "Traceback" not in bad_url.stderr
    questions = tmp_path / "bad.jsonl"
    questions.write_text('{"id": 1, "question": "ok"}\nnot json\n')
    bad_file = datachat("ask", "--database", "sqlite:///x.db", "--questions", str(questions), "--json",
                        var_dir=tmp_path)
    assert bad_file.returncode != 0 and ":2:" in bad_file.stderr and "Traceback" not in bad_file.stderr


def test_eval_prints_accuracy_last(tmp_path, shop_path):
    questions = tmp_path / "gold.jsonl"
    questions.write_text("\n".join(json.dumps(q) for q in [
        {"id": 1, "question": "how many customers are there?", "gold": "SELECT COUNT(*) FROM customers"},
        {"id": 2, "question": "how many orders are there?", "gold": "SELECT COUNT(*) FROM orders"},
        {"id": 3, "question": "how many products are there?", "gold": "SELECT 1"},  # a deliberate miss
    ]) + "\n")
    result = datachat("eval", "--database", f"sqlite:///{shop_path}", "--questions", str(questions),
                      var_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "execution accuracy: 2/3 (66.7%)"


def test_embed_create_prints_keys_once_and_stores_hashes(tmp_path, shop_path):
    result = datachat("embed", "create", "--name", "Shop", "--origin", "https://shop.example.com",
                      "--origin", "https://*.example.org", "--rate-limit", "30", "--database",
                      f"sqlite:///{shop_path}", var_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    issued = json.loads(result.stdout)
    assert issued["publishable_key"].startswith("pk_") and issued["secret_key"].startswith("sk_")
    assert issued["id"]
    import sqlite3

    with sqlite3.connect(tmp_path / "datachat.sqlite3") as connection:
        dump = "\n".join(connection.iterdump())
    assert issued["publishable_key"] not in dump and issued["secret_key"] not in dump
    assert str(shop_path) not in dump  # the data source URL is encrypted at rest


@pytest.mark.parametrize("args", [
    ["--origin", "shop.example.com", "--rate-limit", "30"],
    ["--origin", "https://shop.example.com/path", "--rate-limit", "30"],
    ["--origin", "https://shop.example.com", "--rate-limit", "0"],
])
def test_embed_create_refuses_bad_options(tmp_path, shop_path, args):
    result = datachat("embed", "create", "--name", "Shop", *args, "--database", f"sqlite:///{shop_path}",
                      var_dir=tmp_path)
    assert result.returncode != 0 and "Traceback" not in result.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(url, *, data=None, headers=None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method="POST" if data else "GET")
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.read()


def test_demo_serves_the_page_and_answers(tmp_path):
    port = _free_port()
    environment = {**os.environ, "DATACHAT_VAR_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "backend.settings",
                   "DATACHAT_LLM": "off"}
    environment.pop("DATABASE_URL", None)
    server = subprocess.Popen([sys.executable, "-m", "datachat.cli", "demo", "--port", str(port), "--no-worker"],
                              cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120  # a loaded CI machine migrates and builds the demo slowly
        while True:
            try:
                status, page = _request(f"{base}/")
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("the demo server did not start")
                time.sleep(0.25)
        assert status == 200 and b"datachat/widget.js" in page
        key = json.loads((tmp_path / "demo-embed.json").read_text())["publishable_key"]
        assert key.encode() in page
        headers = {"X-Datachat-Key": key, "Origin": base, "Content-Type": "application/json"}
        status, body = _request(f"{base}/api/v1/sessions", data=b"{}", headers=headers)
        assert status == 201
        session = json.loads(body)["id"]
        status, body = _request(f"{base}/api/v1/sessions/{session}/messages",
                                data=json.dumps({"content": "number of orders by status"}).encode(), headers=headers)
        message = json.loads(body)
        assert status == 200 and message["sql"] and message["data"]["rows"] and message["chart"]
        status, script = _request(f"{base}/static/datachat/widget.js")
        assert status == 200 and b"Datachat" in script
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_ask_json_prints_the_clarification_when_a_word_cannot_be_placed(tmp_path):
    if not CHINOOK.exists():
        pytest.skip(f"Chinook benchmark database not found at {CHINOOK}")
    result = datachat("ask", "--database", f"sqlite:///{CHINOOK}", "--json", "number of customers by flavour",
                      var_dir=tmp_path)
    assert result.returncode == 1  # not answered
    line = json.loads(result.stdout)
    assert line["sql"] is None and line["rows"] is None
    assert "flavour" in line["clarification"]["message"]
    assert 2 <= len(line["clarification"]["options"]) <= 4
    question = line["clarification"]["options"][-1]["question"]
    answered = datachat("ask", "--database", f"sqlite:///{CHINOOK}", "--json", question, var_dir=tmp_path)
    assert answered.returncode == 0, answered.stderr
    assert json.loads(answered.stdout)["sql"]

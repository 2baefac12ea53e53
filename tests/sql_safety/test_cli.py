"""`python -m sql_safety`: exit 0 + SQL on stdout, 1 + `rejected: REASON` on stderr, 2 for bad usage."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
POLICY = {
    "dialect": "sqlite",
    "tables": {"Invoice": "*", "Customer": ["CustomerId", "FirstName", "Country"]},
    "max_rows": 1000,
    "row_filters": {"Invoice": {"column": "CustomerId", "value": 5}},
}


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sql_safety", *args],
        cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=60, check=False,
    )


@pytest.fixture
def policy_file(tmp_path) -> str:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(POLICY))
    return str(path)


def test_accepted_sql_is_printed(policy_file):
    result = run("--policy", policy_file, "SELECT Country FROM Customer")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        'SELECT Country FROM (SELECT "CustomerId", "FirstName", "Country" FROM "Customer") AS Customer '
        "LIMIT 1000\n"
    )
    assert result.stderr == ""


def test_sql_from_stdin(policy_file):
    result = run("--policy", policy_file, stdin="SELECT SUM(Total) FROM Invoice\n")
    assert result.returncode == 0, result.stderr
    assert '"Invoice"."CustomerId" = 5' in result.stdout


def test_rejection_is_one_line_on_stderr(policy_file):
    result = run("--policy", policy_file, "SELECT Email FROM Customer")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == "rejected: column Customer.Email is not exposed\n"


def test_write_is_rejected(policy_file):
    result = run("--policy", policy_file, "DROP TABLE Invoice")
    assert result.returncode == 1
    assert result.stderr.startswith("rejected: ") and result.stderr.count("\n") == 1


def test_multiline_parse_error_stays_on_one_line(policy_file):
    result = run("--policy", policy_file, "SELECT *\nFROM Invoice\nWHERE (")
    assert result.returncode == 1
    assert result.stderr.startswith("rejected: ") and result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "args",
    [
        (),                                   # no --policy
        ("SELECT 1",),                        # no --policy
        ("--policy",),                        # missing value
        ("--bogus", "x", "SELECT 1"),         # unknown option
    ],
)
def test_bad_usage_exits_2(args):
    assert run(*args).returncode == 2


def test_missing_policy_file_exits_2(tmp_path):
    result = run("--policy", str(tmp_path / "absent.json"), "SELECT 1")
    assert result.returncode == 2 and "policy" in result.stderr


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        json.dumps({"dialect": "oracle", "tables": {"T": "*"}}),
        json.dumps({"dialect": "sqlite", "tables": {}}),
        json.dumps({"dialect": "sqlite", "tables": {"T": "*"}, "max_rows": 0}),
        json.dumps({"dialect": "sqlite", "tables": {"sqlite_master": "*"}}),
        json.dumps({"dialect": "sqlite", "tables": {"T": "*"}, "row_filters": {"U": {"column": "a", "value": 1}}}),
    ],
)
def test_bad_policy_exits_2(tmp_path, content):
    path = tmp_path / "policy.json"
    path.write_text(content)
    result = run("--policy", str(path), "SELECT 1")
    assert result.returncode == 2
    assert result.stderr.startswith("bad policy: ")

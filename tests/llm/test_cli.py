"""``datachat ask --engine llm`` with the provider configured from the environment (CONTRACT.md section 2)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import reply, status

REPO = Path(__file__).resolve().parents[2]
KEY = "sk-env-SECRET-424242"


@pytest.fixture(scope="module")
def var_dir(tmp_path_factory):
    """One app database for the module: the CLI migrates it on the first run only."""
    return tmp_path_factory.mktemp("cli-var")


def run_ask(server, shop_url, var_dir, *extra_env, question="How many orders?"):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATACHAT_", "DJANGO_", "DATABASE_URL"))}
    env.update({"DJANGO_SETTINGS_MODULE": "backend.settings", "DATACHAT_VAR_DIR": str(var_dir),
                "DATACHAT_LLM_PROVIDER": server.flavor, "DATACHAT_LLM_BASE_URL": server.base_url,
                "DATACHAT_LLM_MODEL": "gpt-4o-mini", "DATACHAT_LLM_API_KEY": KEY,
                "DATACHAT_LLM_TIMEOUT": "1", "DATACHAT_LLM_MAX_RETRIES": "1", "DATACHAT_LLM_BACKOFF": "0.01"})
    env.update(dict(extra_env))
    return subprocess.run([sys.executable, "-m", "datachat.cli", "ask", "--database", shop_url, "--engine", "llm",
                           "--json", question], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("flavor", ["openai", "anthropic"])
def test_env_configured_provider_answers(flavor, openai_server, anthropic_server, shop_url, var_dir):
    server = openai_server if flavor == "openai" else anthropic_server
    server.queue(reply("```sql\nSELECT COUNT(*) AS orders FROM orders\n```"))
    done = run_ask(server, shop_url, var_dir)
    assert done.returncode == 0, done.stderr
    line = json.loads(done.stdout.strip().splitlines()[-1])
    assert line["error"] is None
    assert [c["name"] for c in line["columns"]] == ["orders"]
    assert len(server.requests) == 1
    assert KEY not in done.stdout + done.stderr


def test_env_provider_down_falls_back(openai_server, shop_url, var_dir):
    openai_server.queue(status(500), status(500))
    done = run_ask(openai_server, shop_url, var_dir, question="how many orders")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1])["error"] is None
    assert KEY not in done.stdout + done.stderr


def test_llm_off_wins_over_engine_llm(openai_server, shop_url, var_dir):
    done = run_ask(openai_server, shop_url, var_dir, ("DATACHAT_LLM", "off"), question="how many orders")
    assert done.returncode == 0, done.stderr
    assert openai_server.requests == []

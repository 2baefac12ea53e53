"""Every clarification the engine makes on the dev sets offers 2-4 options, each a full question the engine
answers with SQL (the public contract: ``clarification`` is ``{"message", "options": [{"label", "question"}]}``
and a one-option question is a decline in disguise).

The questions are run, not quoted: each set's file is read at test time.
"""

from __future__ import annotations

import json

import pytest

from datachat.nl2sql import SemanticEngine

from .conftest import BENCH, DEV, engine_for
from .hotel import build_hotel_database
from .lettings import build_lettings_database
from .library import build_library_database
from .vetclinic import build_vetclinic_database

SPIDER = BENCH / "spider_dev" / "database"
MADE_UP = {
    "library": build_library_database,
    "hotel": build_hotel_database,
    "vetclinic": build_vetclinic_database,
    "lettings": build_lettings_database,
}
REWORDED = {"reworded": "spider_reworded.jsonl", "reworded2": "spider_reworded2.jsonl"}
SETS = [*MADE_UP, "chinook", "shop", *REWORDED]


def _lines(file: str) -> list[dict]:
    return [json.loads(line) for line in (DEV / file).read_text().splitlines() if line.strip()]


def _questions(name: str, request, tmp_path_factory) -> list[tuple[SemanticEngine, str]]:
    """(engine, question) for each question of the set ``name``, on its own database."""
    if name in MADE_UP:
        path = MADE_UP[name](tmp_path_factory.mktemp(name) / f"{name}.sqlite3")
        engine = engine_for(f"sqlite:///{path}")[1]
        return [(engine, item["question"]) for item in _lines(f"{name}.jsonl")]
    if name in ("chinook", "shop"):
        engine = request.getfixturevalue(name)[1]
        return [(engine, item["question"]) for item in _lines(f"{name}.jsonl")]
    if not SPIDER.exists():
        pytest.skip(f"Spider databases not found at {SPIDER}")
    engines: dict[str, SemanticEngine] = {}
    out = []
    for item in _lines(REWORDED[name]):
        db = item["db_id"]
        if db not in engines:
            engines[db] = engine_for(f"sqlite:///{SPIDER / db / f'{db}.sqlite'}")[1]
        out.append((engines[db], item["question"]))
    return out


@pytest.mark.parametrize("name", SETS)
def test_every_clarification_offers_two_to_four_answerable_options(name, request, tmp_path_factory):
    bad = []
    asked = 0
    for engine, question in _questions(name, request, tmp_path_factory):
        clarification = engine.translate(question).clarification
        if clarification is None:
            continue
        asked += 1
        options = clarification.options
        if not 2 <= len(options) <= 4:
            bad.append(f"{question!r}: {len(options)} option(s)")
        for option in options:
            if not option.label or not engine.translate(option.question).sql:
                bad.append(f"{question!r}: option {option.question!r} is not answered")
    assert not bad, f"{name}: {asked} asked\n" + "\n".join(bad)

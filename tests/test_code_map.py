"""ARCHITECTURE.md's code map matches the tree: every path it names exists, and every part of datachat is named."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _code_map() -> dict[str, str]:
    """ARCHITECTURE.md's code map: each path of a row's first cell -> the row's second cell."""
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    rows = text.split("## Code map", 1)[1].split("\n## ", 1)[0].splitlines()
    found = {}
    for row in rows:
        cells = row.split("|")
        if len(cells) < 3 or "`" not in cells[1]:
            continue
        paths = re.findall(r"`([^`]+)`", cells[1])
        base = paths[0].rsplit("/", 2)[0] if "/" in paths[0].rstrip("/") else ""
        for path in paths:
            found[path if "/" in path.rstrip("/") or not base else f"{base}/{path}"] = cells[2]
    return found


def test_code_map_matches_the_tree():
    code_map = _code_map()
    missing = [path for path in code_map if not (ROOT / path).exists()]
    assert not missing, f"ARCHITECTURE.md names paths that do not exist: {missing}"
    package = ROOT / "datachat"
    parts = [p for p in package.iterdir() if not p.name.startswith(("_", ".")) and (p.is_dir() or p.suffix == ".py")
             and p.name not in {"static", "templates"}]
    unmapped = [p.name for p in parts if f"datachat/{p.name}{'/' if p.is_dir() else ''}" not in code_map]
    assert not unmapped, f"ARCHITECTURE.md's code map leaves out {unmapped}"
    for folder in ("services", "models"):
        described = code_map[f"datachat/{folder}/"]
        modules = [p.stem for p in (package / folder).glob("*.py") if p.stem != "__init__"]
        assert not [m for m in modules if f"`{m}" not in described], f"datachat/{folder}/ row misses a module"

"""Command line: ``python -m sql_safety --policy POLICY.json "SQL"`` (or the SQL on stdin).

Exit 0 and the rewritten SQL on stdout; exit 1 and ``rejected: REASON`` on stderr; exit 2 for bad
usage or a bad policy.
"""

from __future__ import annotations

import argparse
import json
import sys

from sql_safety import Policy, PolicyError, SqlSafetyError, check


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sql_safety", description=__doc__.splitlines()[0])
    parser.add_argument("--policy", required=True, help="policy JSON file (CONTRACT.md section 3)")
    parser.add_argument("sql", nargs="?", help="the SQL statement; read from stdin when omitted")
    args = parser.parse_args(argv)  # exits 2 on bad usage
    try:
        with open(args.policy, encoding="utf-8") as handle:
            policy = Policy.from_dict(json.load(handle))
    except (OSError, ValueError) as error:
        reason = error.reason if isinstance(error, PolicyError) else str(error)
        print(f"bad policy: {reason}", file=sys.stderr)
        return 2
    sql = args.sql if args.sql is not None else sys.stdin.read()
    try:
        safe = check(sql, policy)
    except SqlSafetyError as error:
        print(f"rejected: {' '.join(error.reason.split())}", file=sys.stderr)
        return 1
    print(safe.sql)
    return 0


if __name__ == "__main__":
    sys.exit(main())

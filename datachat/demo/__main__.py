"""Build the demo shop database: ``python -m datachat.demo PATH`` (default ``shop.db``)."""

import argparse
import sqlite3

from datachat.demo import build_shop_database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m datachat.demo", description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default="shop.db", help="where to write the SQLite file")
    args = parser.parse_args(argv)
    path = build_shop_database(args.path)
    with sqlite3.connect(path) as conn:
        counts = {
            table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("customers", "categories", "products", "orders", "order_items")
        }
    print(f"{path}: " + ", ".join(f"{n:,} {table}" for table, n in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What a database holds, as plain values: tables, columns with their type family, keys, foreign keys."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from datachat.nl2sql.schema import type_family


@dataclass(frozen=True)
class CatalogColumn:
    name: str
    family: str
    nullable: bool = True


@dataclass(frozen=True)
class CatalogTable:
    name: str
    columns: tuple[CatalogColumn, ...]
    primary_key: tuple[str, ...] = ()
    #: (columns, referred table, referred columns)
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()

    def column(self, name: str) -> CatalogColumn | None:
        low = name.strip('"').lower()
        return next((c for c in self.columns if c.name.lower() == low), None)


@dataclass(frozen=True)
class Catalog:
    tables: tuple[CatalogTable, ...]

    def table(self, name: str) -> CatalogTable | None:
        low = name.strip('"').lower()
        return next((t for t in self.tables if t.name.lower() == low), None)


def read_catalog(sa_engine: sa.Engine) -> Catalog:
    """Reflect every table and view of the default schema."""
    inspector = sa.inspect(sa_engine)
    tables = []
    names = list(inspector.get_table_names()) + list(inspector.get_view_names())
    for name in names:
        try:
            cols = inspector.get_columns(name)
        except sa.exc.SQLAlchemyError:
            continue
        pk = tuple(inspector.get_pk_constraint(name).get("constrained_columns") or ())
        fks = tuple(
            (tuple(fk["constrained_columns"]), fk["referred_table"], tuple(fk["referred_columns"]))
            for fk in inspector.get_foreign_keys(name)
            if fk.get("referred_table") and fk.get("constrained_columns")
        )
        tables.append(CatalogTable(
            name=name,
            columns=tuple(CatalogColumn(c["name"], type_family(c.get("type")), bool(c.get("nullable", True)))
                          for c in cols),
            primary_key=pk, foreign_keys=fks,
        ))
    return Catalog(tuple(tables))

"""What the model is told about one question: the relevant part of the schema, values, earlier turns and
examples, rendered as the variables of the ``text-to-sql`` prompt.

Tables are chosen by lexical match (names, synonyms, descriptions, indexed values, named metrics, tables of
earlier turns' SQL), then their foreign-key neighbours are added so joins can be written. Small schemas
(at most ``max_tables``) go in whole. When ``DATACHAT_LLM_EMBEDDINGS`` names a sentence-transformers model and
that package is installed, similarity of meaning adds to each table's score.

Only what the scope exposes is ever rendered: the schema comes from ``reflect_schema(include=scope.exposed)``,
so hidden tables and columns are unknown here.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field

import sqlglot
from sqlglot import exp

from datachat.nl2sql import Schema, ValueIndex
from datachat.nl2sql.lexicon import norm_value, singular, split_identifier

logger = logging.getLogger("datachat.llm")

SQL_TYPES = {"integer": "INTEGER", "number": "NUMERIC", "text": "TEXT", "date": "DATE", "datetime": "TIMESTAMP",
             "boolean": "BOOLEAN", "other": "OTHER"}
_WORD = re.compile(r"[a-z0-9]+")
_TAG = re.compile(r"<\s*/?\s*question\s*>", re.IGNORECASE)
#: words too common to say which table a question is about
_STOP = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "is", "are",
         "was", "were", "what", "which", "who", "how", "many", "much", "show", "me", "list", "give", "all", "each",
         "per", "that", "this", "it", "i", "we", "you", "do", "does", "did", "number", "total", "count", "name",
         "id", "top", "most", "least", "average", "sum", "than", "more", "less", "have", "has", "had", "be"}


def words(text: str) -> list[str]:
    """Lower-case, singular word tokens."""
    return [singular(w) for w in _WORD.findall((text or "").lower())]


def quote_untrusted(text: str) -> str:
    """User text made safe to put between ``<question>`` markers: it cannot close or open them."""
    return _TAG.sub("", text or "").strip()


@dataclass
class Context:
    """The rendered pieces of one prompt, and which tables they describe."""

    dialect: str
    tables: list[str]
    schema: str
    examples: str = ""
    history: str = ""
    scores: dict[str, float] = field(default_factory=dict)

    def variables(self, question: str) -> dict[str, str]:
        return {"dialect": self.dialect, "schema": self.schema, "examples": self.examples,
                "history": self.history, "question": quote_untrusted(question)}


def table_scores(schema: Schema, values: ValueIndex | None, question: str,
                 history: list[dict] | None = None) -> dict[str, float]:
    """How strongly ``question`` (and the SQL of earlier turns) points at each table; 0 means not at all."""
    q_words = [w for w in words(question) if w not in _STOP]
    q_set = set(q_words)
    q_text = " ".join(words(question))
    scores: dict[str, float] = defaultdict(float)
    column_hits: dict[str, list[str]] = defaultdict(list)
    for table in schema.tables:
        names = [split_identifier(table.name), *(s.split() for s in table.synonyms)]
        for parts in names:
            parts = [singular(p.lower()) for p in parts]
            if parts and " ".join(parts) in q_text:
                scores[table.name] += 3.0
                break
        described = set(words(table.description)) - _STOP
        scores[table.name] += 0.5 * len(described & q_set)
        for column in table.columns:
            names = [split_identifier(column.name), *(s.split() for s in column.synonyms)]
            for parts in names:
                parts = [singular(p.lower()) for p in parts if p.lower() not in ("id",)]
                phrase = " ".join(parts)
                if parts and not set(parts) <= _STOP and phrase in q_text:
                    column_hits[phrase].append(table.name)
                    break
    # A column name or value that many tables share ("name", "status") says little: weigh by rarity.
    for tables in column_hits.values():
        for table_name in tables:
            scores[table_name] += 1.5 / len(tables)
    by_value: dict[tuple, set[str]] = defaultdict(set)
    for table_name, pairs in value_hits(values, question).items():
        for _column, value in pairs:
            by_value[norm_value(str(value))].add(table_name)
    for tables in by_value.values():
        for table_name in tables:
            scores[table_name] += 2.5 / len(tables)
    for metric, expression in schema.metrics.items():
        if " ".join(words(metric)) in q_text:
            for ref in re.findall(r"([A-Za-z_][A-Za-z0-9_]*)\.[A-Za-z_]", expression):
                if schema.table(ref):
                    scores[schema.table(ref).name] += 3.0
    for table_name in history_tables(schema, history or []):
        scores[table_name] += 2.0
    for table_name, similarity in _embedding_scores(schema, question).items():
        scores[table_name] += 3.0 * similarity
    return {name: score for name, score in scores.items() if score > 0}


def value_hits(values: ValueIndex | None, question: str) -> dict[str, list[tuple[str, object]]]:
    """Indexed values named in the question: ``{table: [(column, value), ...]}``."""
    hits: dict[str, list[tuple[str, object]]] = defaultdict(list)
    if values is None or not values.entries:
        return hits
    tokens = norm_value(question).split()
    longest = min(values.max_words, 6)
    for size in range(longest, 0, -1):
        for start in range(len(tokens) - size + 1):
            phrase = " ".join(tokens[start:start + size])
            if size == 1 and (phrase in _STOP or len(phrase) < 3):
                continue
            for table, column, value in values.entries.get(phrase, []):
                if (column, value) not in hits[table]:
                    hits[table].append((column, value))
    return hits


def history_tables(schema: Schema, history: list[dict]) -> list[str]:
    """Tables the SQL of earlier turns used (follow-ups usually need them again)."""
    found = []
    for turn in history:
        sql = turn.get("sql")
        if not sql:
            continue
        try:
            tree = sqlglot.parse_one(sql)
        except sqlglot.errors.SqlglotError:
            continue
        for node in tree.find_all(exp.Table):
            table = schema.table(node.name)
            if table and table.name not in found:
                found.append(table.name)
    return found


def select_tables(schema: Schema, scores: dict[str, float], max_tables: int) -> list[str]:
    """The best-scoring tables (at most ``max_tables``), the tables on the join paths between them, then their
    foreign-key neighbours, up to ``2 * max_tables`` in all, in schema order.

    Tables scoring under a quarter of the best are left out: one shared word is weak evidence.
    """
    if len(schema.tables) <= max_tables:
        return [t.name for t in schema.tables]
    graph: dict[str, set[str]] = defaultdict(set)
    for fk in schema.foreign_keys:
        if fk.table != fk.ref_table:
            graph[fk.table].add(fk.ref_table)
            graph[fk.ref_table].add(fk.table)
    best = max(scores.values(), default=0)
    ranked = [name for name in sorted(scores, key=lambda name: -scores[name]) if scores[name] >= best / 4]
    ranked = ranked[:max_tables]
    if not ranked:  # nothing matched: the most connected tables are the best guess
        ranked = sorted((t.name for t in schema.tables), key=lambda name: -len(graph[name]))[:max_tables]
    limit = max_tables * 2
    chosen = list(ranked)
    for i, a in enumerate(ranked):
        for b in ranked[i + 1:]:
            for name in _join_path(graph, a, b, max_edges=3)[1:-1]:
                if name not in chosen and len(chosen) < limit:
                    chosen.append(name)
    for name in list(chosen):
        for neighbour in sorted(graph[name], key=lambda n: -scores.get(n, 0)):
            if neighbour not in chosen and len(chosen) < limit:
                chosen.append(neighbour)
    keep = set(chosen)
    return [t.name for t in schema.tables if t.name in keep]


def _join_path(graph: dict[str, set[str]], start: str, goal: str, max_edges: int) -> list[str]:
    """The shortest foreign-key path from ``start`` to ``goal`` (both included), or [] when longer or none."""
    paths = {start: [start]}
    frontier = [start]
    for _ in range(max_edges):
        following = []
        for node in frontier:
            for neighbour in sorted(graph[node]):
                if neighbour not in paths:
                    paths[neighbour] = [*paths[node], neighbour]
                    if neighbour == goal:
                        return paths[neighbour]
                    following.append(neighbour)
        frontier = following
    return []


def render_schema(schema: Schema, tables: list[str], values: ValueIndex | None = None,
                  hits: dict | None = None, no_samples: set[str] | frozenset = frozenset()) -> str:
    """A compact DDL-like listing of ``tables``: types, keys, references, descriptions and sample values.

    Tables in ``no_samples`` (those with a tenant row filter) get no sample values: the value index holds every
    tenant's values, and one tenant's prompt must not carry another's data.
    """
    no_samples = {n.lower() for n in no_samples}
    samples = _samples(values, {t for t in tables if t.lower() not in no_samples})
    hits = {t: v for t, v in (hits or {}).items() if t.lower() not in no_samples}
    refs = {(fk.table, fk.column): f"{fk.ref_table}.{fk.ref_column}" for fk in schema.foreign_keys}
    lines = []
    for name in tables:
        table = schema.table(name)
        head = f"TABLE {table.name}"
        if table.description:
            head += f"  -- {table.description}"
        lines.append(head)
        for column in table.columns:
            line = f"  {column.name} {SQL_TYPES.get(column.family, 'TEXT')}"
            if column.primary_key:
                line += " PRIMARY KEY"
            if (table.name, column.name) in refs:
                line += f" REFERENCES {refs[(table.name, column.name)]}"
            notes = []
            if column.description:
                notes.append(column.description.rstrip("."))
            matched = [v for c, v in hits.get(table.name, []) if c == column.name]
            key = f"{table.name}.{column.name}"
            if values is not None and key in values.date_ranges and table.name.lower() not in no_samples:
                lo, hi = values.date_ranges[key]
                notes.append(f"from {lo} to {hi}")
            shown = list(dict.fromkeys([*matched, *samples.get(key, [])]))
            if shown:
                count = values.cardinality.get(key, len(shown)) if values else len(shown)
                listed = ", ".join(_literal(v) for v in shown[:8])
                notes.append(f"values: {listed}" + (f" ({count} distinct)" if count > len(shown[:8]) else ""))
            if notes:
                line += "  -- " + "; ".join(notes)
            lines.append(line)
    metrics = [(n, e) for n, e in schema.metrics.items()
               if all(schema.table(r) and schema.table(r).name in tables
                      for r in re.findall(r"([A-Za-z_][A-Za-z0-9_]*)\.[A-Za-z_]", e))]
    if metrics:
        lines.append("Named metrics:")
        lines.extend(f"  {name} = {expression}" for name, expression in metrics)
    return "\n".join(lines)


def render_history(history: list[dict], turns: int = 6) -> str:
    """Earlier turns, oldest first: the user's words (untrusted) and the SQL that answered them."""
    lines = []
    for turn in history[-turns * 2:]:
        if turn.get("role") == "user":
            lines.append(f"User asked: {quote_untrusted(turn.get('content', ''))[:500]}")
        elif turn.get("sql"):
            lines.append(f"Answered with SQL: {turn['sql']}")
    if not lines:
        return ""
    return "Earlier turns of this conversation (for follow-up questions):\n" + "\n".join(lines) + "\n\n"


def render_examples(examples: list[tuple[str, str]]) -> str:
    if not examples:
        return ""
    body = "\n".join(f"Q: {quote_untrusted(q)}\nSQL: {' '.join(s.split())}" for q, s in examples)
    return f"\nExamples of questions on this database and SQL that answers them:\n{body}\n"


def build_context(schema: Schema, question: str, *, dialect: str, values: ValueIndex | None = None,
                  history: list[dict] | None = None, examples: list[tuple[str, str]] | None = None,
                  max_tables: int = 8, no_samples: set[str] | frozenset = frozenset()) -> Context:
    """Everything the ``text-to-sql`` prompt needs for ``question``.

    Args:
        schema: the exposed schema (hidden tables and columns already removed).
        values: the value index, for sample values and for finding tables by a value the question names.
        history: earlier turns ``[{"role", "content", "sql"}]``.
        examples: few-shot ``(question, sql)`` pairs.
        max_tables: tables chosen by score before foreign-key neighbours are added.
        no_samples: tables whose values must not appear (tenant-filtered tables).

    Returns:
        A ``Context`` whose ``variables(question)`` fill the prompt.
    """
    history = history or []
    scores = table_scores(schema, values, question, history)
    tables = select_tables(schema, scores, max_tables)
    hits = value_hits(values, question)
    return Context(dialect=dialect, tables=tables, schema=render_schema(schema, tables, values, hits, no_samples),
                   examples=render_examples(examples or []), history=render_history(history), scores=scores)


def _samples(values: ValueIndex | None, tables: set[str], low_cardinality: int = 12) -> dict[str, list]:
    """``"Table.Column"`` -> a few of its values, for columns with at most ``low_cardinality`` distinct values."""
    out: dict[str, list] = defaultdict(list)
    if values is None:
        return out
    for entries in values.entries.values():
        for table, column, value in entries:
            key = f"{table}.{column}"
            if table in tables and values.cardinality.get(key, 10**9) <= low_cardinality and len(out[key]) < 8:
                out[key].append(value)
    for key in out:
        out[key].sort(key=str)
    return out


def _literal(value) -> str:
    return "'" + str(value).replace("'", "''") + "'" if isinstance(value, str) else str(value)


_EMBEDDER = {}


def _embedding_scores(schema: Schema, question: str) -> dict[str, float]:
    """Cosine similarity of the question and each table's description, when an embedding model is set up."""
    from datachat.conf import conf

    model_name = conf.LLM_EMBEDDINGS
    if not model_name:
        return {}
    try:
        if model_name not in _EMBEDDER:
            from sentence_transformers import SentenceTransformer  # optional, local model package

            _EMBEDDER[model_name] = SentenceTransformer(model_name)
        model = _EMBEDDER[model_name]
    except Exception as exc:  # noqa: BLE001 - embeddings are a bonus; lexical retrieval still works
        logger.warning("DATACHAT_LLM_EMBEDDINGS=%s unavailable: %s", model_name, exc)
        _EMBEDDER[model_name] = None
        return {}
    if model is None:
        return {}
    texts = [f"{t.name}: {t.description} {' '.join(c.name for c in t.columns)}" for t in schema.tables]
    vectors = model.encode([question, *texts], normalize_embeddings=True)
    return {t.name: max(0.0, float(vectors[0] @ vectors[i + 1])) for i, t in enumerate(schema.tables)}

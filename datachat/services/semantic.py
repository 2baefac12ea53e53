"""The live semantic model of a data source, and storing new versions."""

from functools import lru_cache

from datachat.models import DataChatMessage, DataSource, SemanticModelVersion
from datachat.semantic import SemanticModel, VerifiedQuestion, read_osi, write_osi


def save_version(source: DataSource, model: SemanticModel, *, note: str = "", live: bool = True
                 ) -> SemanticModelVersion:
    """Store ``model`` as the next version of ``source``'s semantic model (live unless told otherwise)."""
    return SemanticModelVersion.objects.create(data_source=source, yaml=write_osi(model), note=note[:200],
                                               is_live=live)


@lru_cache(maxsize=64)
def _parsed(pk: int, modified: str) -> SemanticModel:
    """Version ``pk`` as last saved at ``modified``, read and parsed once."""
    return read_osi(SemanticModelVersion.objects.values_list("yaml", flat=True).get(pk=pk))


def live_model(source: DataSource | None) -> SemanticModel | None:
    """The live version of ``source``'s model, parsed (cached per version and edit), or None.

    Every message asks only which version is live and when it was saved; the YAML is read on a cache miss.
    """
    if source is None or source.pk is None:
        return None
    live = SemanticModelVersion.objects.filter(data_source=source, is_live=True).values_list("pk", "updated_at")
    found = live.first()
    return _parsed(found[0], str(found[1])) if found else None


def infer_version(source: DataSource) -> SemanticModelVersion:
    """Profile ``source``'s database into a draft model, stored as a new version that is not live."""
    import sqlalchemy as sa

    from datachat.semantic.infer import infer_model

    model = infer_model(sa.create_engine(source.url), name=source.slug or source.name)
    return save_version(source, model, note="draft inferred from the database", live=False)


def check_text(source: DataSource, text: str, *, dbt: bool = False) -> tuple[SemanticModel | None, list[str]]:
    """Parse OSI YAML (or a dbt manifest) and validate it against ``source``: (model, ["line N: problem"])."""
    import sqlalchemy as sa

    from datachat.semantic import ModelError
    from datachat.semantic.catalog import read_catalog
    from datachat.semantic.dbt import read_dbt_manifest
    from datachat.semantic.validate import validate_model

    try:
        model = read_dbt_manifest(text) if dbt else read_osi(text)
    except ModelError as exc:
        return None, [str(p) for p in exc.problems]
    try:
        problems = validate_model(model, read_catalog(sa.create_engine(source.url)))
    except sa.exc.SQLAlchemyError as exc:
        return model, [f"line 1: the database could not be read ({exc.__class__.__name__})"]
    return model, [str(p) for p in problems]


def candidate_questions(source: DataSource, limit: int = 200) -> list[tuple[DataChatMessage, VerifiedQuestion]]:
    """Answers visitors marked helpful, as (answer, verified question) pairs the live model lacks.

    The question is the visitor's message just before the answer; the SQL is what was run.
    """
    model = live_model(source)
    known = {v.question.strip().lower() for v in model.verified_questions} if model else set()
    out = []
    answers = (DataChatMessage.objects.filter(session__data_source=source, role=DataChatMessage.ASSISTANT,
                                              helpful=True).exclude(sql="").select_related("session")
               .order_by("-created_at")[:limit])
    for answer in answers:
        asked = (answer.session.messages.filter(role=DataChatMessage.USER, created_at__lte=answer.created_at)
                 .order_by("-created_at").first())
        if asked is None or asked.content.strip().lower() in known:
            continue
        known.add(asked.content.strip().lower())
        out.append((answer, VerifiedQuestion(question=asked.content.strip(), sql=answer.sql,
                                             verified_by=f"helpful answer {answer.pk}")))
    return out


def accept_candidates(source: DataSource, candidates: list[VerifiedQuestion], *, actor: str = ""
                      ) -> SemanticModelVersion | None:
    """A new live version with ``candidates`` added as verified questions (None when nothing is new)."""
    model = live_model(source) or SemanticModel(name=source.slug or "model")
    updated = model.with_additions(verified=tuple(candidates))
    if updated == model:
        return None
    note = f"{len(updated.verified_questions) - len(model.verified_questions)} verified question(s) accepted"
    return save_version(source, updated, note=f"{note} by {actor}" if actor else note, live=True)


def _words(text: str) -> list[str]:
    import re

    return re.findall(r"[a-z0-9]+", text.lower())


def _missed(reply: DataChatMessage) -> bool:
    """The engine did not get it: refused as not understood, asked back, or the answer was marked unhelpful."""
    return reply.role == DataChatMessage.ASSISTANT and (
        reply.error_code == "not_understood" or reply.helpful is False or reply.clarification is not None)


def _resolved(asked: DataChatMessage, chosen: DataChatMessage) -> bool:
    """The visitor answered a clarification by picking one of its options (the widget sends its question)."""
    options = (asked.clarification or {}).get("options") or []
    return chosen.content.strip() in {str(o.get("question", "")).strip() for o in options}


def candidate_synonyms(source: DataSource, limit: int = 200) -> list[tuple[DataChatMessage, str, str, str]]:
    """Words the engine did not understand that the visitor then rephrased into a helpful answer.

    For an answer marked helpful, or one the visitor chose among a clarification's options, whose question
    followed a missed one (refused, asked back, or marked unhelpful), the words
    only the missed question had (one or two) are a candidate synonym of the one field that the words only
    the rephrased question name. Returns ``(answer, dataset, field, phrase)``; fields already carrying it are skipped.
    """
    from datachat.semantic.hints import spoken

    model = live_model(source)
    if model is None:
        return []
    out = []
    answers = (DataChatMessage.objects.filter(session__data_source=source, role=DataChatMessage.ASSISTANT)
               .exclude(sql="").exclude(helpful=False).order_by("-created_at")[:limit])
    for answer in answers:
        turns = list(answer.session.messages.filter(created_at__lte=answer.created_at).order_by("-created_at")[:4])
        if len(turns) < 4 or turns[1].role != DataChatMessage.USER or not _missed(turns[2]):
            continue
        if answer.helpful is not True and not _resolved(turns[2], turns[1]):
            continue
        failed, rephrased = _words(turns[3].content), _words(turns[1].content)
        only_failed = [w for w in failed if w not in rephrased]
        only_new = " ".join(w for w in rephrased if w not in failed)
        if not 1 <= len(only_failed) <= 2 or not only_new:
            continue
        named = [(ds, f) for ds in model.datasets for f in ds.fields
                 if only_new in {spoken(f.name), *(s.lower() for s in f.synonyms)}]
        if len(named) != 1:
            continue
        ds, f = named[0]
        phrase = " ".join(only_failed)
        if phrase not in {s.lower() for s in f.synonyms}:
            out.append((answer, ds.name, f.name, phrase))
    return out


def accept_synonyms(source: DataSource, synonyms: list[tuple[str, str, str]], *, actor: str = ""
                    ) -> SemanticModelVersion | None:
    """A new live version with ``(dataset, field, phrase)`` synonyms added (None when nothing is new)."""
    model = live_model(source)
    if model is None or not synonyms:
        return None
    grouped: dict[tuple[str, str], tuple[str, ...]] = {}
    for dataset, field_name, phrase in synonyms:
        grouped[(dataset, field_name)] = (*grouped.get((dataset, field_name), ()), phrase)
    updated = model.with_additions(synonyms=grouped)
    if updated == model:
        return None
    note = f"{len(synonyms)} synonym(s) accepted"
    return save_version(source, updated, note=f"{note} by {actor}" if actor else note, live=True)

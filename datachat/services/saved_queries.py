"""Saved queries re-run for workflows (scheduled reports, alerts, exports): guarded, scoped to their embed.

Registered as ``hooks.saved_query_runner`` by ``DatachatConfig.ready()``, so ``datachat.automations`` (a lower
layer) runs queries without importing this package.
"""

import json

import sql_safety
from datachat.automations.steps import StepFailed
from datachat.conf import conf
from datachat.identity import Identity, IdentityError
from datachat.models import ChatEmbed, EmbedKey

from .execute import QueryFailed, run_query
from .guard import guard
from .sources import sa_engine


def run_saved_query(embed_id, sql: str, *, max_rows: int = 1000, identity: dict | None = None) -> dict:
    """``{"sql", "columns", "rows", "row_count", "truncated"}`` of ``sql`` on the embed's source, with the claim
    filters filled from the stored ``identity`` (``{"sub", "claims"}``) of the visitor who asked for it; raises
    ``StepFailed`` when the embed is gone or revoked, the guard refuses the statement or the database fails."""
    from .chat import scope_for

    embed = ChatEmbed.objects.select_related("data_source").filter(pk=embed_id).first() if embed_id else None
    if embed is None or not embed.is_active:
        raise StepFailed("a saved query needs an active embed (whose data and rules apply)")
    if not EmbedKey.objects.usable().filter(embed=embed, kind="pk").exists():
        raise StepFailed("the embed's keys were revoked; its saved queries no longer run")
    try:
        scope = scope_for(embed.data_source, embed, Identity.from_stored(identity))
    except IdentityError as exc:
        raise StepFailed(f"the saved query cannot run for this visitor: {exc.message}") from exc
    try:
        safe = guard(sql, scope)
        result = run_query(sa_engine(scope.url), safe.sql, max_rows=min(scope.max_rows, max_rows),
                           timeout=conf.QUERY_TIMEOUT)
    except sql_safety.SqlSafetyError as exc:
        raise StepFailed(f"the saved query is no longer allowed: {exc}") from exc
    except QueryFailed as exc:
        raise StepFailed(f"the query failed: {exc}") from exc
    table = json.loads(result.frame.to_json(orient="split", index=False, date_format="iso"))
    return {"sql": safe.sql, "columns": table["columns"], "rows": table["data"], "row_count": len(table["data"]),
            "truncated": result.truncated}

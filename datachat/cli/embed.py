"""``datachat embed ...``: issue and manage embeds from the command line.

    datachat embed create --name NAME --origin ORIGIN [--origin ...] --rate-limit N --database URL
    datachat embed list [--json]
    datachat embed show EMBED_ID
    datachat embed update EMBED_ID [--name N] [--add-origin O] [--remove-origin O] [--rate-limit N]
        [--row-filter TABLE.COLUMN=claim:NAME | TABLE.COLUMN=VALUE] [--remove-row-filter TABLE]
        [--require-identity | --no-require-identity] [--identity-secret]
    datachat embed rotate EMBED_ID --kind pk|sk [--grace SECONDS]
    datachat embed revoke EMBED_ID [--kind pk|sk] [--prefix pk_<lookup>]

Keys are printed once (create: both, rotate: the new one). Each command calls one service function.
"""

import json
from pathlib import Path


def cmd_embed_create(args) -> int:
    from datachat.origins import is_valid
    from datachat.services.embeds import create_embed, data_source_for_url

    from .scopes import scope_for_url

    bad = [o for o in args.origin if not is_valid(o)]
    if bad:
        raise SystemExit(f"embed create: not an origin (scheme://host[:port]): {', '.join(bad)}")
    if args.rate_limit < 1:
        raise SystemExit("embed create: --rate-limit must be at least 1")
    scope_for_url(args.database)  # validates the URL
    embed, issued = create_embed(name=args.name, data_source=data_source_for_url(args.database),
                                 origins=args.origin, rate_limit=args.rate_limit, actor="cli")
    print(json.dumps({"id": str(embed.pk), "name": embed.name, "publishable_key": issued["pk"],
                      "secret_key": issued["sk"], "allowed_domains": embed.allowed_domains,
                      "rate_limit": embed.rate_limit}, indent=2))
    return 0


def _embed(embed_id: str):
    import uuid

    from datachat.models import ChatEmbed

    try:
        return ChatEmbed.objects.get(pk=uuid.UUID(embed_id))
    except (ValueError, ChatEmbed.DoesNotExist):
        raise SystemExit(f"embed: no embed with id {embed_id!r}") from None


def _kind(value: str | None) -> str | None:
    from datachat import keys

    return {"pk": keys.PUBLISHABLE, "publishable": keys.PUBLISHABLE, "sk": keys.SECRET,
            "secret": keys.SECRET}.get(value) if value else None


def cmd_embed_list(args) -> int:
    from datachat.models import ChatEmbed, EmbedKey

    rows = []
    for embed in ChatEmbed.objects.select_related("data_source"):
        live = EmbedKey.objects.usable().filter(embed=embed).order_by("kind", "-created_at")
        rows.append({"id": str(embed.pk), "name": embed.name, "data_source": embed.data_source.name,
                     "allowed_domains": embed.allowed_domains, "rate_limit": embed.rate_limit,
                     "is_active": embed.is_active,
                     "keys": [{"prefix": k.display, "expires_at": k.expires_at and k.expires_at.isoformat()}
                              for k in live]})
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for row in rows:
        state = "" if row["is_active"] else " (inactive)"
        prefixes = " ".join(k["prefix"] + (" expires " + k["expires_at"] if k["expires_at"] else "")
                            for k in row["keys"]) or "no usable keys"
        print(f"{row['id']}  {row['name']}{state}  {row['rate_limit']}/min  "
              f"{', '.join(row['allowed_domains']) or '(no origins)'}  {prefixes}")
    return 0


def cmd_embed_rotate(args) -> int:
    from datachat.services.embeds import rotate_key

    if args.grace is not None and args.grace < 0:
        raise SystemExit("embed rotate: --grace must be 0 or more seconds")
    embed = _embed(args.embed_id)
    value = rotate_key(embed, _kind(args.kind), grace_seconds=args.grace, actor="cli")
    print(json.dumps({"id": str(embed.pk), "kind": _kind(args.kind), "key": value}, indent=2))
    return 0


def cmd_embed_revoke(args) -> int:
    from datachat import keys
    from datachat.services.embeds import revoke_keys

    embed = _embed(args.embed_id)
    kind, lookup = _kind(args.kind), None
    if args.prefix:
        parts = args.prefix.strip().rstrip("…").rstrip("_").split("_")
        if len(parts) != 2 or _kind(parts[0]) is None or len(parts[1]) != keys.LOOKUP_LENGTH:
            raise SystemExit("embed revoke: --prefix must look like pk_<lookup> or sk_<lookup>")
        kind, lookup = _kind(parts[0]), parts[1]
    count = revoke_keys(embed, kind, lookup=lookup, actor="cli")
    print(json.dumps({"id": str(embed.pk), "revoked": count}, indent=2))
    return 0


def cmd_embed_show(args) -> int:
    from datachat.services.embeds import embed_json

    print(json.dumps(embed_json(_embed(args.embed_id)), indent=2))
    return 0


def parse_row_filter(text: str) -> tuple[str, dict]:
    """``TABLE.COLUMN=claim:NAME`` (filled from the visitor's identity) or ``TABLE.COLUMN=VALUE`` (fixed).

    >>> parse_row_filter("orders.customer_id=claim:customer_id")
    ('orders', {'column': 'customer_id', 'claim': 'customer_id'})
    >>> parse_row_filter("orders.region=7")
    ('orders', {'column': 'region', 'value': 7})
    """
    target, sep, value = text.partition("=")
    table, dot, column = target.strip().rpartition(".")
    if not sep or not dot or not table or not column or not value.strip():
        raise SystemExit(f"embed update: --row-filter must look like TABLE.COLUMN=claim:NAME, not {text!r}")
    value = value.strip()
    if value.startswith("claim:"):
        claim = value.removeprefix("claim:").strip()
        if not claim:
            raise SystemExit(f"embed update: --row-filter {text!r} names no claim")
        return table, {"column": column, "claim": claim}
    return table, {"column": column, "value": int(value) if value.lstrip("-").isdigit() else value}


def cmd_embed_update(args) -> int:
    from datachat.identity import public_key_problem
    from datachat.origins import is_valid
    from datachat.services.embeds import embed_json, issue_identity_secret, update_embed

    embed = _embed(args.embed_id)
    changes: dict = {}
    if args.name is not None:
        if not args.name.strip():
            raise SystemExit("embed update: --name must not be empty")
        changes["name"] = args.name.strip()
    bad = [o for o in args.add_origin if not is_valid(o)]
    if bad:
        raise SystemExit(f"embed update: not an origin (scheme://host[:port]): {', '.join(bad)}")
    if args.add_origin or args.remove_origin:
        origins = [o for o in embed.allowed_domains or [] if o not in set(args.remove_origin)]
        origins += [o for o in args.add_origin if o not in origins]
        changes["allowed_domains"] = origins
    if args.rate_limit is not None:
        if args.rate_limit < 1:
            raise SystemExit("embed update: --rate-limit must be at least 1")
        changes["rate_limit"] = args.rate_limit
    if args.row_filter or args.remove_row_filter:
        filters = {t: f for t, f in (embed.row_filters or {}).items() if t not in set(args.remove_row_filter)}
        filters.update(parse_row_filter(text) for text in args.row_filter)
        changes["row_filters"] = filters
    if args.require_identity is not None:
        changes["require_identity"] = args.require_identity
    if args.public_key is not None:
        try:
            pem = Path(args.public_key).read_text().strip() if args.public_key else ""
        except OSError as exc:
            raise SystemExit(f"embed update: --public-key: cannot read {args.public_key}: {exc.strerror}") from exc
        if pem and (problem := public_key_problem(pem)):
            raise SystemExit(f"embed update: --public-key: {problem}")
        changes["identity_public_key"] = pem
    update_embed(embed, actor="cli", **changes)
    out = embed_json(embed)
    if args.identity_secret:
        out["identity_secret"] = issue_identity_secret(embed, actor="cli")
    print(json.dumps(out, indent=2))
    return 0


def register(sub) -> None:
    embed = sub.add_parser("embed", help="manage embeds").add_subparsers(dest="embed_command", required=True)
    create = embed.add_parser("create", help="issue a new embed and print its keys (shown only once)")
    create.add_argument("--name", required=True)
    create.add_argument("--origin", action="append", required=True, help="allowed origin; repeat for more")
    create.add_argument("--rate-limit", type=int, required=True, help="widget calls per minute")
    create.add_argument("--database", required=True)
    create.set_defaults(func=cmd_embed_create)

    listing = embed.add_parser("list", help="list embeds, their origins, limits and usable key prefixes")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_embed_list)

    show = embed.add_parser("show", help="print one embed as JSON (no key values)")
    show.add_argument("embed_id")
    show.set_defaults(func=cmd_embed_show)

    update = embed.add_parser("update", help="change an embed (audited) and print it as JSON")
    update.add_argument("embed_id")
    update.add_argument("--name")
    update.add_argument("--add-origin", action="append", default=[], help="allow this origin; repeat for more")
    update.add_argument("--remove-origin", action="append", default=[], help="stop allowing this origin")
    update.add_argument("--rate-limit", type=int, help="widget calls per minute")
    update.add_argument("--row-filter", action="append", default=[], metavar="TABLE.COLUMN=claim:NAME",
                        help="scope TABLE to rows whose COLUMN equals the visitor's identity claim NAME "
                             "(or a fixed VALUE); repeat for more tables")
    update.add_argument("--remove-row-filter", action="append", default=[], metavar="TABLE")
    update.add_argument("--require-identity", action="store_true", default=None,
                        help="refuse widget calls without a valid X-Datachat-Identity token")
    update.add_argument("--no-require-identity", dest="require_identity", action="store_false")
    update.add_argument("--identity-secret", action="store_true",
                        help="issue a new secret for signing identity tokens, printed once as identity_secret")
    update.add_argument("--public-key", metavar="PEM_FILE",
                        help="also verify identity tokens with this Ed25519 (EdDSA) or RSA (RS256) public key; "
                             "an empty string removes it")
    update.set_defaults(func=cmd_embed_update)

    rotate = embed.add_parser("rotate", help="issue a new key (printed once); the old one works for the grace")
    rotate.add_argument("embed_id")
    rotate.add_argument("--kind", choices=["pk", "sk"], required=True)
    rotate.add_argument("--grace", type=int, default=None,
                        help="seconds the old key keeps working (default DATACHAT_KEY_ROTATION_GRACE, a day)")
    rotate.set_defaults(func=cmd_embed_rotate)

    revoke = embed.add_parser("revoke", help="revoke keys now: all, one kind, or one by prefix")
    revoke.add_argument("embed_id")
    revoke.add_argument("--kind", choices=["pk", "sk"])
    revoke.add_argument("--prefix", help="only the key with this public prefix, e.g. pk_3fK9x2Lq")
    revoke.set_defaults(func=cmd_embed_revoke)

"""``datachat embed ...``: issue and manage embeds from the command line.

    datachat embed create --name NAME --origin ORIGIN [--origin ...] --rate-limit N --database URL
    datachat embed list [--json]
    datachat embed rotate EMBED_ID --kind pk|sk [--grace SECONDS]
    datachat embed revoke EMBED_ID [--kind pk|sk] [--prefix pk_<lookup>]

Keys are printed once (create: both, rotate: the new one). Each command calls one service function.
"""

import json


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

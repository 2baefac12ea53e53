"""``datachat embed ...``: issue and manage embeds from the command line."""

import json


def cmd_embed_create(args) -> int:
    from datachat.cli import scope_for_url
    from datachat.origins import normalize
    from datachat.services.embeds import create_embed, data_source_for_url

    bad = [o for o in args.origin if normalize(o.replace("*.", "x.", 1)) is None]
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


def register(sub) -> None:
    embed = sub.add_parser("embed", help="manage embeds").add_subparsers(dest="embed_command", required=True)
    create = embed.add_parser("create", help="issue a new embed and print its keys (shown only once)")
    create.add_argument("--name", required=True)
    create.add_argument("--origin", action="append", required=True, help="allowed origin; repeat for more")
    create.add_argument("--rate-limit", type=int, required=True, help="widget calls per minute")
    create.add_argument("--database", required=True)
    create.set_defaults(func=cmd_embed_create)

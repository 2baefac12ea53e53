"""The demo: the generated shop database, its data source and an embed for the demo page."""

import json
from pathlib import Path

from datachat import keys
from datachat.conf import conf
from datachat.demo import SHOP_EXPOSED, build_shop_database, shop_model
from datachat.models import ChatEmbed, DataSource, EmbedKey

from .embeds import create_embed
from .semantic import save_version

DEMO_EMBED_NAME = "Demo shop"


def demo_origins(port: int) -> list[str]:
    return [f"http://127.0.0.1:{port}", f"http://localhost:{port}"]


def key_file() -> Path:
    return Path(conf.DEMO_DATABASE).with_name("demo-embed.json")


def seed_demo(port: int = 8000) -> dict:
    """Build the shop database if needed and make sure the demo data source and embed exist.

    Returns ``{"embed_id", "publishable_key", "database"}``; the demo's publishable key is kept in
    ``var/demo-embed.json`` for the demo page (a publishable key only works from the allowed origins).
    """
    database = Path(conf.DEMO_DATABASE)
    database.parent.mkdir(parents=True, exist_ok=True)
    if not database.exists():
        build_shop_database(database)
    url = f"sqlite:///{database.resolve()}"
    source = DataSource.objects.filter(slug="demo-shop").first()
    if source is None:
        source = DataSource(name="Demo shop", slug="demo-shop", exposed=SHOP_EXPOSED)
    source.url = url
    source.save()
    if not source.semantic_versions.exists():
        save_version(source, shop_model(), note="the demo shop's curated model", live=True)

    saved = _read_key_file()
    embed = ChatEmbed.objects.filter(name=DEMO_EMBED_NAME, data_source=source).first()
    key = saved.get("publishable_key", "")
    if embed is None or not _key_works(embed, key):
        if embed is not None:
            embed.delete()
        embed, issued = create_embed(
            name=DEMO_EMBED_NAME, data_source=source, origins=demo_origins(port), rate_limit=120, actor="demo",
            theme={"title": "Ask the demo shop",
                   "greeting": "Hi! Ask me about the shop's orders, products and customers."},
        )
        key = issued[keys.PUBLISHABLE]
    for origin in demo_origins(port):
        if origin not in embed.allowed_domains:
            embed.allowed_domains.append(origin)
    embed.save()
    info = {"embed_id": str(embed.pk), "publishable_key": key, "database": str(database)}
    key_file().write_text(json.dumps(info, indent=2))
    return info


def demo_info() -> dict | None:
    """What ``seed_demo`` saved (the current demo key after a rotation), or None before the demo was seeded.

    ``key_works`` says whether the saved key still resolves (a revoked key cannot be read back: keys are
    stored hashed, so the page then says how to issue a new one).
    """
    info = _read_key_file()
    if not info:
        return None
    embed = ChatEmbed.objects.filter(pk=info.get("embed_id")).first()
    return {**info, "key_works": embed is not None and _key_works(embed, info.get("publishable_key", ""))}


def remember_rotated_key(embed: ChatEmbed, kind: str, value: str) -> None:
    """Keep the demo page on the demo embed's new publishable key (called by ``rotate_key``)."""
    saved = _read_key_file()
    if kind == keys.PUBLISHABLE and saved.get("embed_id") == str(embed.pk):
        key_file().write_text(json.dumps({**saved, "publishable_key": value}, indent=2))


def _read_key_file() -> dict:
    try:
        return json.loads(key_file().read_text())
    except (OSError, ValueError):
        return {}


def _key_works(embed: ChatEmbed, key: str) -> bool:
    found = EmbedKey.resolve(key, keys.PUBLISHABLE) if key else None
    return found is not None and found.embed_id == embed.pk

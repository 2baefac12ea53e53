"""The demo page shows the snippet with the demo embed's current key, also after a rotation."""

import pytest

from datachat.models import ChatEmbed
from datachat.services.embeds import revoke_keys, rotate_key
from datachat.services.seeding import seed_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings, tmp_path, shop_path):
    import shutil

    target = tmp_path / "shop.sqlite3"
    shutil.copy(shop_path, target)
    settings.DATACHAT_DEMO_DATABASE = str(target)
    return seed_demo(port=8000)


def test_the_page_follows_a_rotation_of_the_demo_key(client, demo):
    first = client.get("/").content.decode()
    assert demo["publishable_key"] in first and "was revoked" not in first
    embed = ChatEmbed.objects.get(pk=demo["embed_id"])
    new = rotate_key(embed, "pk", grace_seconds=0)
    page = client.get("/").content.decode()
    assert new in page and demo["publishable_key"] not in page
    assert page.count(new) == 2  # the snippet shown and the snippet that runs


def test_a_revoked_demo_key_is_explained(client, demo):
    revoke_keys(ChatEmbed.objects.get(pk=demo["embed_id"]), "pk")
    assert "was revoked" in client.get("/").content.decode()

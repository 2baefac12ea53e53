"""The seed's abstract base models, each through a concrete test model."""

import uuid

import pytest

from datachat.models import InvalidTransition
from tests.testapp.models import Document, Note, Page, Step, Tag, Ticket

pytestmark = pytest.mark.django_db


def test_timestamps_and_uuid():
    note = Note.objects.create(text="a")
    assert isinstance(note.pk, uuid.UUID)
    assert note.created_at is not None and note.updated_at >= note.created_at
    first_update = note.updated_at
    note.text = "b"
    note.save()
    assert note.updated_at > first_update


def test_tenant_manager_selects_one_tenant():
    Note.objects.create(text="a", tenant_id="t1")
    Note.objects.create(text="b", tenant_id="t2")
    Note.objects.create(text="c", tenant_id="t1")
    assert sorted(n.text for n in Note.objects.for_tenant("t1")) == ["a", "c"]
    assert [n.text for n in Note.objects.for_tenant("t2")] == ["b"]
    assert not Note.objects.for_tenant("nobody").exists()


def test_auditable_records_creator_and_modifier():
    note = Note(text="a")
    note.save(user="alice")
    note.text = "b"
    note.save(user="bob")
    note.refresh_from_db()
    assert (note.created_by, note.modified_by) == ("alice", "bob")


def test_metadata_dotted_keys():
    note = Note.objects.create(text="a")
    note.set_meta("colour", "red")
    note.set_meta("limits.daily.max", 5, save=True)
    note.refresh_from_db()
    assert note.get_meta("colour") == "red"
    assert note.get_meta("limits.daily.max") == 5
    assert note.get_meta("limits.weekly.max", default="none") == "none"
    assert note.get_meta("colour.shade") is None
    note.set_meta("colour.shade", "dark")  # a scalar in the way becomes an object
    assert note.get_meta("colour") == {"shade": "dark"}


@pytest.mark.parametrize(
    "titles, expected",
    [
        (["Hello World"], ["hello-world"]),
        (["Hello World", "Hello world!", "hello  WORLD"], ["hello-world", "hello-world-2", "hello-world-3"]),
        (["Ünïcode Straße"], ["unicode-strae"]),
        (["!!!"], ["item"]),
    ],
)
def test_slug_is_unique_and_from_source_field(titles, expected):
    assert [Page.objects.create(title=t).slug for t in titles] == expected


def test_slug_kept_when_given_and_default_source_is_name():
    assert Page.objects.create(title="x", slug="custom").slug == "custom"
    assert Tag.objects.create(name="Big Data").slug == "big-data"


def test_soft_delete_restore_and_hard_delete():
    doc = Document.objects.create(title="a")
    keep = Document.objects.create(title="b")
    doc.delete(user="carol")
    assert list(Document.objects.all()) == [keep]
    hidden = Document.all_objects.get(pk=doc.pk)
    assert hidden.is_deleted and hidden.deleted_at is not None and hidden.deleted_by == "carol"
    hidden.restore()
    assert Document.objects.filter(pk=doc.pk).exists()
    Document.objects.filter(pk=doc.pk).delete()  # querysets soft-delete too
    assert not Document.objects.filter(pk=doc.pk).exists()
    assert Document.all_objects.filter(pk=doc.pk).exists()
    Document.all_objects.get(pk=doc.pk).hard_delete()
    assert not Document.all_objects.filter(pk=doc.pk).exists()


def test_status_transitions_record_time_and_follow_the_machine():
    ticket = Ticket.objects.create()
    assert ticket.status == "pending" and ticket.status_changed_at is not None
    created_change = ticket.status_changed_at
    ticket.transition_to("processing")
    ticket.refresh_from_db()
    assert ticket.status == "processing" and ticket.status_changed_at > created_change
    with pytest.raises(InvalidTransition):
        ticket.transition_to("pending")
    with pytest.raises(InvalidTransition):
        ticket.transition_to("nonsense")
    ticket.transition_to("processed")
    assert Ticket.objects.get(pk=ticket.pk).status == "processed"


def test_status_saving_unchanged_keeps_changed_at():
    ticket = Ticket.objects.create()
    stamp = ticket.status_changed_at
    ticket.save()
    ticket.refresh_from_db()
    assert ticket.status_changed_at == stamp


def test_status_manager_by_status_and_active():
    a = Ticket.objects.create()
    b = Ticket.objects.create()
    b.transition_to("processing")
    b.transition_to("processed")
    c = Ticket.objects.create()
    c.transition_to("processing")
    assert set(Ticket.objects.by_status("pending")) == {a}
    assert set(Ticket.objects.active()) == {a, c}


def _names(group="g"):
    return list(Step.objects.filter(group=group).values_list("name", flat=True))


def test_ordered_new_rows_go_last_per_group():
    for name in "abc":
        Step.objects.create(group="g", name=name)
    Step.objects.create(group="h", name="z")
    assert _names() == ["a", "b", "c"]
    assert Step.objects.get(name="z").position == 0


@pytest.mark.parametrize(
    "name, action, expected",
    [
        ("c", lambda s: s.move_up(), ["a", "c", "b", "d"]),
        ("a", lambda s: s.move_up(), ["a", "b", "c", "d"]),
        ("a", lambda s: s.move_down(), ["b", "a", "c", "d"]),
        ("d", lambda s: s.move_down(), ["a", "b", "c", "d"]),
        ("d", lambda s: s.move_to(0), ["d", "a", "b", "c"]),
        ("a", lambda s: s.move_to(2), ["b", "c", "a", "d"]),
        ("b", lambda s: s.move_to(99), ["a", "c", "d", "b"]),
    ],
)
def test_ordered_moves(name, action, expected):
    for n in "abcd":
        Step.objects.create(group="g", name=n)
    action(Step.objects.get(name=name))
    assert _names() == expected
    assert sorted(Step.objects.filter(group="g").values_list("position", flat=True)) == [0, 1, 2, 3]


def test_ordered_moves_survive_gaps():
    for n in "abcd":
        Step.objects.create(group="g", name=n)
    Step.objects.get(name="b").delete()
    Step.objects.get(name="d").move_up()
    assert _names() == ["a", "d", "c"]


def _prompt_version(owner_name: str, **kw):
    from datachat.models import Prompt, PromptVersion

    prompt, _ = Prompt.objects.get_or_create(slug=owner_name, defaults={"name": owner_name})
    return PromptVersion(prompt=prompt, user_template="q", **kw)


def _semantic_version(owner_name: str, **kw):
    from datachat.models import DataSource, SemanticModelVersion

    source, _ = DataSource.objects.get_or_create(name=owner_name, defaults={"url": "sqlite://"})
    return SemanticModelVersion(data_source=source, yaml="semantic_model: []\n", **kw)


@pytest.mark.parametrize("make", [_prompt_version, _semantic_version], ids=["prompt", "semantic-model"])
def test_versioned_models_number_per_owner_and_keep_one_live(make):
    a1, a2, b1 = make("owner-a"), make("owner-a", is_live=True), make("owner-b", is_live=True)
    for row in (a1, a2, b1):
        row.save()
    assert (a1.version, a2.version, b1.version) == (1, 2, 1)
    a1.make_live()
    a2.refresh_from_db()
    b1.refresh_from_db()
    assert a1.is_live and not a2.is_live  # the owner's other version gave up the flag
    assert b1.is_live  # another owner's live version is untouched

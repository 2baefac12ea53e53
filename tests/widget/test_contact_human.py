"""In the browser: a visitor asks for a person, a support group member answers in the task list, and the
visitor's widget shows the answer when it is opened again (it loads the session's history)."""

import time

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from datachat.models import HumanTask

from .conftest import screenshot
from .test_browser import host_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ANSWER = "Hello from the support desk: your invoice was sent again this morning."


def shadow_text_has(page, text: str, timeout: float = 30_000) -> None:
    page.wait_for_function(
        """(text) => { const host = document.querySelector("datachat-widget");
                       return !!host && !!host.shadowRoot && host.shadowRoot.textContent.includes(text); }""",
        arg=text, timeout=timeout)


def test_visitor_sees_the_answer_of_a_person(browser_context, host_site, make_embed, live_server, settings):
    from django.core.cache import cache

    cache.clear()
    settings.DATACHAT_CONTACT_HUMAN_GROUP = "Support"
    _, issued = make_embed(origins=[host_site.origin])
    src = f"{live_server.url}/static/datachat/widget.js"
    page = browser_context.new_page()
    asking = 'Datachat("open"); Datachat("ask", "can I talk to a human please?");'
    page.goto(host_site.serve("/human-ask.html", host_page(src, issued["pk"], script=asking, css="")))

    deadline = time.monotonic() + 30
    while not HumanTask.objects.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    task = HumanTask.objects.get()
    shadow_text_has(page, "get in touch")  # the bot's own confirmation

    member = User.objects.create_user("sam", password="pw")
    member.groups.add(Group.objects.create(name="Support"))
    outsider = User.objects.create_user("olga", password="pw")
    browser = Client()
    form = reverse("datachat-automations:task-form", args=[task.pk])
    browser.force_login(outsider)
    assert browser.get(form).status_code == 403
    browser.force_login(member)
    assert browser.post(form, {"answer": ANSWER}).status_code == 302

    page.goto(host_site.serve("/human-back.html", host_page(src, issued["pk"], script='Datachat("open");', css="")))
    shadow_text_has(page, ANSWER)
    screenshot(page, "contact-human-answer")

"""The admin place map names candidate places as text: a hostile name never becomes markup,
whether or not the CSP would have stopped its scripts."""

import pytest
from django.urls import reverse

from stories.models import Place
from tests.browser.test_hostile_input import INJECTED, PAYLOAD
from tests.factories import make_place, make_story

pytestmark = pytest.mark.browser


@pytest.fixture
def place_with_hostile_candidate(transactional_db) -> Place:
    candidate = {"name": f"Candidate {PAYLOAD}", "latitude": 48.85, "longitude": 2.35}
    return make_place(story=make_story(), name="Paris", candidates=[candidate])


@pytest.fixture
def admin_tab(page, live_server, client, django_user_model):
    user = django_user_model.objects.create_superuser("desk", password="x")
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return page


def test_a_candidate_tooltip_shows_the_place_name_as_text(
    place_with_hostile_candidate, admin_tab, live_server
):
    path = reverse("admin:stories_place_change", args=[place_with_hostile_candidate.pk])
    admin_tab.goto(f"{live_server.url}{path}")
    admin_tab.wait_for_selector("#place-map[data-ready=true]")

    admin_tab.evaluate(
        "() => window.newsmapAdmin.map.eachLayer(l => l.getTooltip && l.getTooltip()"
        " && l.openTooltip())"
    )

    tooltip = admin_tab.locator(".leaflet-tooltip")
    assert tooltip.text_content() == f"Candidate {PAYLOAD}"
    assert admin_tab.locator(INJECTED).count() == 0

import pytest
from tests.browser.story_seed import make_seed_story
@pytest.mark.django_db
def test_probe(client):
    seed = make_seed_story()
    r = client.get(f"/embed/stories/{seed.story.slug}/?view=both")
    t = r.text
    i = t.find('<div class="embed-panels">'); print(t[i:i+900])

"""The trained place re-ranker: shipped, read once, used by the one resolution path, and
rebuilt the same from the same data."""

import json

import numpy as np
import pytest

from benchmarks.rerank_training import Mention, accuracy, fit, model_json
from stories.geocoding import reranker
from stories.geocoding.places import distance_km
from stories.geocoding.reranker import FEATURES, HAND_WEIGHTS, MODEL_PATH, load_reranker
from tests.resolving import resolve

# Texts written for these tests.
ATHENS_GEORGIA = (33.96, -83.38)


def test_the_shipped_model_is_small_and_computes_the_features_this_code_does():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))

    assert MODEL_PATH.stat().st_size < 10_000
    assert tuple(data["features"]) == FEATURES
    assert load_reranker() is not None


def test_the_model_is_read_once_per_process(monkeypatch):
    first = load_reranker()
    monkeypatch.setattr(type(MODEL_PATH), "read_text", lambda *a, **k: pytest.fail("re-read"))

    assert load_reranker() is first


def test_a_model_trained_on_other_features_is_ignored(tmp_path):
    path = tmp_path / "reranker.json"
    path.write_text(json.dumps({"features": ["prior"], "weights": [1.0]}), encoding="utf-8")

    assert load_reranker(path) is None


def test_without_a_model_file_the_hand_written_score_decides(tmp_path):
    assert load_reranker(tmp_path / "missing.json") is None


def test_a_capital_named_alone_is_the_capital(gazetteer):
    found = resolve("Troops left Kandahar for Kabul on Monday.", ["Kandahar", "Kabul"], gazetteer)

    assert found["Kabul"].country_code == "AF"
    assert found["Kandahar"].country_code == "AF"


def test_a_namesake_near_the_story_s_other_town_beats_a_capital_abroad(gazetteer):
    text = "Flooding closed roads in Athens and Watkinsville, according to the sheriff."

    found = resolve(text, ["Athens", "Watkinsville"], gazetteer)

    assert distance_km(found["Athens"].latitude, found["Athens"].longitude, *ATHENS_GEORGIA) < 50


def test_city_state_still_wins_over_the_learnt_preferences(gazetteer):
    text = "The fair drew crowds from Paris, Texas on Saturday."

    found = resolve(text, ["Paris"], gazetteer)

    assert (found["Paris"].country_code, found["Paris"].kind) == ("US", "city")


def _synthetic(seed_offset: int) -> list[Mention]:
    """Mentions whose right candidate always has the second fact set, with a weaker prior."""
    mentions = []
    for i in range(40):
        rows = np.zeros((3, len(FEATURES)))
        rows[:, 0] = [2.0, 1.0 + (i + seed_offset) % 3 * 0.1, 0.5]  # the prior favours row 0
        rows[1, len(reranker.EVIDENCE) + 1] = 1.0
        mentions.append(Mention(f"lgl:{i}", rows, np.array([False, True, False])))
    return mentions


def test_the_build_gives_the_same_weights_for_the_same_data():
    mentions = _synthetic(0)

    first = model_json(fit(mentions, 0.01, steps=200), 0.01, {}, len(mentions))
    second = model_json(fit(mentions, 0.01, steps=200), 0.01, {}, len(mentions))

    assert first == second


def test_training_learns_a_fact_the_hand_written_score_ignores():
    mentions = _synthetic(0)

    w = fit(mentions, 0.01, steps=300)

    assert accuracy(mentions, np.array(HAND_WEIGHTS)) == 0.0
    assert accuracy(mentions, w) == 1.0


def test_regularisation_keeps_the_hand_written_weights_where_data_say_nothing():
    w = fit(_synthetic(0), 0.01, steps=300)

    unused = [i for i, name in enumerate(FEATURES) if name in ("dateline", "border")]
    assert np.allclose(w[unused], np.array(HAND_WEIGHTS)[unused])


def test_in_world_news_a_capital_is_not_traded_for_a_namesake_town(gazetteer):
    text = "Colombia, Argentina, Canada and Russia reached the finals, played in Madrid this week."
    names = ["Colombia", "Argentina", "Canada", "Russia", "Madrid"]

    found = resolve(text, names, gazetteer)

    assert found["Madrid"].country_code == "ES"


def test_a_held_feature_keeps_its_hand_weight_whatever_the_data_say():
    mentions = _synthetic(0)
    local = FEATURES.index("local_home")
    for mention in mentions:
        mention.rows[0, local] = 1.0  # the evidence always backs a wrong candidate

    held = fit(mentions, 0.01, steps=300)
    free = fit(mentions, 0.01, steps=300, held=())

    assert held[local] == HAND_WEIGHTS[local]
    assert free[local] < HAND_WEIGHTS[local]


@pytest.fixture
def fake_build(monkeypatch, tmp_path):
    """The command with a stand-in build (the real one reads ../shared for minutes)."""
    import benchmarks.evaluation.geovirus
    import benchmarks.evaluation.lgl
    import benchmarks.rerank_training

    corpus = tmp_path / "corpus.xml"
    corpus.write_text("<x/>", encoding="utf-8")
    monkeypatch.setattr(benchmarks.evaluation.lgl, "DEFAULT_PATH", corpus)
    monkeypatch.setattr(benchmarks.evaluation.geovirus, "DEFAULT_PATH", corpus)

    def build(out):
        out.write_text('{"weights": [1.0]}\n', encoding="utf-8")
        return out

    monkeypatch.setattr(benchmarks.rerank_training, "build", build)


def test_the_check_passes_when_the_shipped_file_is_what_the_build_writes(fake_build, tmp_path):
    from django.core.management import call_command

    shipped = tmp_path / "reranker.json"
    shipped.write_text('{"weights": [1.0]}\n', encoding="utf-8")

    call_command("build_reranker", "--check", "--out", str(shipped))


def test_the_check_fails_when_the_shipped_file_differs_by_a_byte(fake_build, tmp_path):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    shipped = tmp_path / "reranker.json"
    shipped.write_text('{"weights": [1.0] }\n', encoding="utf-8")

    with pytest.raises(CommandError):
        call_command("build_reranker", "--check", "--out", str(shipped))


def test_the_shipped_model_holds_the_local_news_evidence_at_its_hand_weight():
    from benchmarks.rerank_training import HELD

    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    weights = dict(zip(data["features"], data["weights"], strict=True))

    assert data["held_at_hand_weight"] == list(HELD)
    assert all(weights[name] == 1.0 for name in HELD)


def test_the_shipped_model_keeps_each_weight_on_the_side_its_meaning_fixes():
    from benchmarks.rerank_training import AT_LEAST_ZERO, AT_MOST_ZERO

    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    weights = dict(zip(data["features"], data["weights"], strict=True))

    assert all(weights[name] >= 0.0 for name in AT_LEAST_ZERO)
    assert all(weights[name] <= 0.0 for name in AT_MOST_ZERO)


def test_training_never_reverses_a_feature_whose_sign_its_meaning_fixes():
    mentions = _synthetic(0)
    most_populous = FEATURES.index("most_populous")
    for mention in mentions:
        mention.rows[0, most_populous] = 1.0  # the most populous namesake is always wrong here

    w = fit(mentions, 0.0, steps=300)

    assert w[most_populous] == 0.0
    assert accuracy(mentions, w) == 1.0


def test_the_build_command_writes_the_model_the_product_loads():
    from stories.management.commands.build_reranker import Command

    parser = Command().create_parser("manage.py", "build_reranker")

    assert parser.parse_args([]).out == str(MODEL_PATH)

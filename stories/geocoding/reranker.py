"""The trained place re-ranker: a linear model over the resolver's evidence.

The hand-written score is a sum of named points (disambiguation.py: the prior, the story's
countries and states, closeness to its other places, "City, State", the dateline …). The
re-ranker scores the same evidence with learnt weights, plus a few raw facts about each
candidate the hand score only uses through thresholds (population relative to its namesakes,
feature code, how the name matched, distance to the story's other places). It was fitted on the
first 70 % of LGL and GeoVirus documents only (benchmarks/rerank_training.py, `make reranker`),
regularised toward the hand-written weights, so evidence it saw little of keeps its hand weight,
and kept on the side of zero each feature's meaning fixes (no evidence reversed, more people
never against a town), the local-news evidence (local_home, local_prominent) held at its hand
weight 1.

Weights live in data/reranker.json (about 2 KB), read once per process; without the file the
resolver keeps the hand-written score. `make reranker` writes that file byte for byte from the
code and the corpora (`make reranker-check` compares).
"""

import json
import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from stories.geocoding.places import Candidate, GazetteerEntry
from stories.geocoding.story_agreement import remembered_km

MODEL_PATH = Path(__file__).resolve().parent / "data" / "reranker.json"

# The hand-written score's parts (disambiguation._Resolver._evidence), each summed with weight 1.
EVIDENCE = (
    "prior",
    "world_capital",
    "area_alias",
    "state_namesake",
    "country_lookalike",
    "qualifier_within",
    "qualifier_outside",
    "dateline",
    "division_of_city",
    "division_smaller",
    "sibling_kind",
    "kind_cue",
    "border",
    "offset_fit",
    "country_named",
    "currency_country",
    "home_country",
    "state_named",
    "members",
    "proximity",
    "local_home",
    "local_prominent",
)
# Facts about the candidate the hand score has no weight for (their hand weight is 0).
FACTS = (
    "kind_country",
    "kind_admin1",
    "kind_admin2",
    "kind_city",
    "kind_vast",
    "kind_other",
    "town_size",
    "population_share",
    "most_populous",
    "capital",
    "admin_seat",
    "match_alternate",
    "match_spelling",
    "match_demonym",
    "exact_name",
    "near_50km",
    "near_500km",
    "far_log",
    "same_state_as_other",
    "foreign",
    "world_news_population",
    "world_news_country",
)
FEATURES = EVIDENCE + FACTS
HAND_WEIGHTS = tuple(1.0 if name in EVIDENCE else 0.0 for name in FEATURES)

_VAST = frozenset({"continent", "ocean", "sea"})
_POINT_KINDS = frozenset({"city", "admin2", "landmark", "airport"})


@dataclass(frozen=True)
class Story:
    """What the re-ranker knows of the story around one mention."""

    surface: str
    candidates: Sequence[Candidate]
    others: Sequence[GazetteerEntry]  # the current choices for the story's other names
    international: bool  # places in four countries or more

    # Read once per mention, not once per candidate: a name can have a hundred candidates.
    @cached_property
    def largest_town(self) -> int:
        """The population of the most populous candidate town (0 without one)."""
        return max(
            (c.place.population for c in self.candidates if c.place.kind == "city"), default=0
        )

    @cached_property
    def points(self) -> list[GazetteerEntry]:
        """The other names' choices that are points on the map (towns, sites), not areas."""
        return [o for o in self.others if o.kind in _POINT_KINDS]


def features(evidence: dict[str, float], candidate: Candidate, story: Story) -> list[float]:
    """The feature vector of ``candidate`` in FEATURES order."""
    place = candidate.place
    kind = place.kind
    # Population speaks among towns only: landmarks, regions and rivers have none, and the
    # corpora the weights come from name too few of them to weigh their lack.
    top = story.largest_town
    log_population = math.log10(place.population + 10) if kind == "city" else 0.0
    points = story.points
    # The remembered distance: each mention of a name measures the same pairs again.
    nearest = min(
        (remembered_km(place.latitude, place.longitude, o.latitude, o.longitude) for o in points),
        default=None,
    )
    local = kind in _POINT_KINDS or kind == "admin1"
    facts = {
        "kind_country": float(kind == "country"),
        "kind_admin1": float(kind == "admin1"),
        "kind_admin2": float(kind == "admin2"),
        "kind_city": float(kind == "city"),
        "kind_vast": float(kind in _VAST),
        "kind_other": float(kind not in _VAST | {"country", "admin1", "admin2", "city"}),
        "town_size": log_population - 4.0 if kind == "city" else 0.0,  # 0 at 10,000 people
        "population_share": log_population - math.log10(top + 10) if kind == "city" else 0.0,
        "most_populous": float(kind == "city" and place.population == top and top > 0),
        "capital": float(place.feature_code == "PPLC"),
        "admin_seat": float(place.feature_code.startswith("PPLA")),
        "match_alternate": float(candidate.match == "alternate"),
        "match_spelling": float(candidate.match == "spelling"),
        "match_demonym": float(candidate.match == "demonym"),
        "exact_name": float(place.name.casefold() == story.surface.casefold()),
        "near_50km": math.exp(-nearest / 50.0) if nearest is not None and local else 0.0,
        "near_500km": math.exp(-nearest / 500.0) if nearest is not None and local else 0.0,
        "far_log": math.log1p(nearest) / 10.0 if nearest is not None and local else 0.0,
        "same_state_as_other": float(
            local
            and any(
                (o.country_code, o.admin1) == (place.country_code, place.admin1)
                for o in story.others
                if o.kind != "country"
            )
        ),
        # Against, not for: a place of no country (an ocean, a continent) is not foreign.
        "foreign": float(
            bool(place.country_code and story.others)
            and all(o.country_code != place.country_code for o in story.others)
        ),
        "world_news_population": log_population - 4.0
        if story.international and kind == "city"
        else 0.0,
        "world_news_country": float(story.international and kind == "country"),
    }
    return [evidence.get(name, 0.0) for name in EVIDENCE] + [facts[name] for name in FACTS]


@dataclass(frozen=True)
class Reranker:
    weights: tuple[float, ...]

    def score(self, vector: Sequence[float]) -> float:
        """The weighted sum, added in feature order (``map`` spares a generator's frames on
        every candidate of every name; the sum is the same)."""
        if len(vector) != len(self.weights):
            raise ValueError(f"{len(vector)} features for {len(self.weights)} weights")
        return sum(map(operator.mul, self.weights, vector))


@cache
def load_reranker(path: Path = MODEL_PATH) -> Reranker | None:
    """The shipped model, read once per process; None (hand-written score) without a file or
    when the file was trained on other features than this code computes."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        return None
    return Reranker(tuple(float(w) for w in data["weights"]))

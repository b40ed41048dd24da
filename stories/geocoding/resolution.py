"""What resolving one mention answers: the place, how sure, why, and the namesakes weighed.

Kept apart from the resolver so the modules that build an answer (disambiguation.py,
story_focus.py) and those that store one (extraction, the geocoding job) share one shape.
"""

from dataclasses import asdict, dataclass, field

IN_CONTEXT_SOURCE = "offline gazetteer (GeoNames), in context"


@dataclass
class ScoredCandidate:
    name: str
    latitude: float
    longitude: float
    geonames_id: int
    kind: str
    country_code: str
    score: float
    why: str = ""  # the evidence for and against it, for the editor's place form


@dataclass
class Resolution:
    name: str
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    kind: str | None
    country_code: str | None
    confidence: float
    status: str  # "resolved" | "estimated" | "unresolved"
    reason: str
    radius_km: float | None
    candidates: list[ScoredCandidate] = field(default_factory=list)

    def as_place_values(self) -> dict[str, object]:
        """This resolution as Place (model) fields: what extraction stores once and the job keeps.

        Status stays with the job (it may still prefer an editor's confirmed place); an
        unresolved mention stores nothing, so the job's later sources can try.
        """
        if self.latitude is None:
            return {}
        return {
            "latitude": self.latitude,
            "longitude": self.longitude,
            "radius_km": self.radius_km,
            "geonames_id": self.geonames_id,
            "confidence": self.confidence,
            "reason": self.reason,
            "candidates": [asdict(c) for c in self.candidates[:8]],
            "geocoding_source": IN_CONTEXT_SOURCE,
        }

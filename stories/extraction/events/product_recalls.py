"""A firm recalling what it makes or sells is a happening: "recalled its products".

"recall" is listed in `lexicon.NON_EVENT_VERBS` for its sense of remembering ("recalled that
the river rose", "recalled the day the mill closed", "recalled his teammate"), which is no
happening. With a direct object (or passive subject) that is a thing made or sold — goods,
vehicles, food, medicines — the verb tells of a product recall, a deed news reports with a
date of its own (LGL dev: a food company "voluntarily recalled its products"). The frame is
read by `events.frames` like the lexicon's other frames; the nouns are a closed list of goods,
so a memory, a time, a person or an envoy never fills it.
"""

from __future__ import annotations

_GOODS = (
    "product item unit model batch lot shipment package "
    "vehicle car truck suv van motorcycle tire airbag "
    "toy crib stroller device appliance charger battery laptop phone "
    "drug medicine medication pill tablet vaccine supplement formula "
    "food meat beef pork chicken poultry sausage fish cheese milk egg "
    "lettuce spinach salad peanut cereal snack juice"
)

# The frame "recall" takes: a thing made or sold as its object, a withdrawal.
PRODUCT_RECALL_FRAMES: dict[str, dict[str, str]] = {
    "recall": {f"obj:{noun}": "withdraw" for noun in _GOODS.split()}
}

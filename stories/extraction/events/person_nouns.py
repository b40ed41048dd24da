"""Which common nouns name a person by their ending: "the investigator", not "the sprinkler".

WHY: the rules that ask whether "he" or "she" can stand for a noun, or whether a subject can
act (role_nouns.may_be_a_person, evidence_verbs.someone and their callers), guessed a person from
an English role ending ("-er", "-or", "-ist", "-ant", "-ent", "-ian", "-man", "-ee", "-ive",
"-ess"). Those endings name things as often as people: "the sprinklers were turned off, the
inspector said" read the sprinklers as someone, so the inspector's finding was dropped as the
frame of a person's deed (events.lead_findings); "the committee", "the statement", "the
center", "the initiative", "the business" were each taken for a "he".

The rule: a noun names a person when it ends in an agent ending ("-er", "-or", "-ist",
"-ian", "-man", "-woman": teach-er, investigat-or, scient-ist, librar-ian, fire-man) and is
not one of the common English things, places, times and abstractions so spelt (THINGS); the
other endings ("-ant", "-ent", "-ee", "-ess", "-ive") make abstract nouns and things far more
often than people (government, statement, restaurant, committee, business, initiative), so a
word with one of them is a person only from the closed lists of roles below.
"""

from __future__ import annotations

AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")

# Roles in "-ant" / "-ent": a person who does or undergoes something.
_ANT_ENT_ROLES = frozenset(
    {"resident", "student", "president", "agent", "applicant", "defendant", "tenant",
     "assistant", "sergeant", "lieutenant", "merchant", "servant", "immigrant", "migrant",
     "emigrant", "participant", "claimant", "informant", "consultant", "accountant",
     "attendant", "contestant", "entrant", "descendant", "occupant", "combatant", "inhabitant",
     "peasant", "tyrant", "militant", "insurgent", "assailant", "litigant", "complainant",
     "confidant", "dissident", "correspondent", "opponent", "proponent", "respondent",
     "parent", "client", "recipient", "superintendent", "regent", "incumbent", "adolescent",
     "patient", "delinquent", "dependent", "vice-president", "protestant", "celebrant",
     "registrant", "commandant", "deponent"}
)  # fmt: skip
# Roles in "-ee": one to whom a deed is done (employ-ee, train-ee).
_EE_ROLES = frozenset(
    {"employee", "trainee", "nominee", "appointee", "refugee", "detainee", "attendee",
     "licensee", "retiree", "draftee", "escapee", "payee", "amputee", "internee", "absentee",
     "devotee", "divorcee", "evacuee", "grantee", "lessee", "trustee", "referee", "returnee",
     "invitee", "inductee", "honoree", "enrollee", "interviewee", "franchisee", "mentee",
     "assignee", "designee", "deportee", "abductee", "parolee", "addressee", "fiancee"}
)  # fmt: skip
# Women's titles and roles in "-ess".
_ESS_ROLES = frozenset(
    {"actress", "waitress", "witness", "hostess", "princess", "empress", "goddess", "duchess",
     "countess", "heiress", "mistress", "stewardess", "seamstress", "baroness", "abbess",
     "poetess", "songstress", "temptress", "governess", "sorceress", "priestess",
     "shepherdess", "laundress", "lioness", "tigress", "marchioness", "viscountess"}
)  # fmt: skip
# Roles in "-ive".
_IVE_ROLES = frozenset(
    {"detective", "executive", "relative", "representative", "operative", "captive",
     "fugitive", "native", "conservative", "progressive"}
)  # fmt: skip
ROLES = _ANT_ENT_ROLES | _EE_ROLES | _ESS_ROLES | _IVE_ROLES

# Common English things, places, times, deeds and abstractions with an agent ending
# (a noun of a verb and "over" too: "takeover", "turnover").
THINGS = frozenset(
    # "-er": matter, machines and tools, places, parts, times, deeds, abstractions
    {"ammeter", "amplifier", "anger", "answer", "aquifer", "banner", "barometer", "barrier",
     "barter", "beer", "bestseller", "binder", "bladder", "blender", "blister", "blockbuster",
     "boiler", "booster", "border", "browser", "buffer", "bulldozer", "bumper", "burger",
     "butter", "caliber", "cancer", "canister", "caper", "career", "carryover", "center",
     "centimeter", "chamber", "chandelier", "changeover", "chapter", "character", "charger",
     "charter", "chatter", "cheer", "cheeseburger", "cider", "cliffhanger", "clipper",
     "cluster", "coaster", "coffer", "computer", "conditioner", "container", "cooler",
     "copier", "copper", "corner", "counter", "cover", "cracker", "crossover", "cruiser",
     "cylinder", "dagger", "danger", "december", "diameter", "diaper", "dinner", "disaster",
     "disclaimer", "disorder", "dispenser", "dossier", "drawer", "dumpster", "emitter",
     "encounter", "ether", "extinguisher", "feather", "fender", "fever", "fiber", "filter",
     "finger", "firecracker", "firepower", "flier", "floodwater", "flower", "flyer", "flyover",
     "folder", "footer", "freezer", "freighter", "freshwater", "frontier", "gender", "geyser",
     "ginger", "groundwater", "gutter", "hamburger", "hammer", "handover", "hanger",
     "hangover", "header", "heater", "helicopter", "holdover", "holster", "horsepower",
     "humidifier", "hunger", "kilometer", "ladder", "lager", "lander", "laser", "lather",
     "laughter", "lawnmower", "layer", "layover", "leather", "ledger", "leftover", "letter",
     "lever", "liter", "litter", "liver", "loader", "lobster", "locker", "lumber", "makeover",
     "manner", "manpower", "manslaughter", "marker", "matter", "merger", "meter", "millimeter",
     "monster", "mower", "murder", "newsletter", "newspaper", "november", "number", "october",
     "odometer", "offer", "orbiter", "order", "oyster", "paper", "parameter", "pepper",
     "perimeter", "photocopier", "pier", "plaster", "platter", "plunder", "pointer", "poster",
     "powder", "power", "prayer", "preorder", "printer", "propeller", "quarter", "quiver",
     "rafter", "rainwater", "recorder", "register", "remainder", "reminder", "render",
     "reorder", "river", "roller", "rollover", "roster", "router", "rover", "rubber", "rudder",
     "saber", "saltwater", "sander", "scanner", "scooter", "seawater", "semester", "september",
     "sewer", "shelter", "shoulder", "shower", "shutter", "silver", "skyscraper", "slaughter",
     "sleepover", "slipper", "sneaker", "spectrometer", "speedometer", "spider", "spillover",
     "sprinkler", "starter", "sticker", "stopover", "stormwater", "stretcher", "summer",
     "supper", "surrender", "sweater", "takeover", "tanker", "tender", "theater",
     "thermometer", "thriller", "thruster", "thunder", "tier", "timber", "toaster", "tower",
     "trailer", "transfer", "trigger", "trimester", "turnover", "ulcer", "voiceover",
     "voucher", "wafer", "waiver", "wastewater", "water", "weather", "whisper", "whitewater",
     "willpower", "winter", "wonder", "wrapper", "zipper",
    # "-or": parts, machines, abstractions
     "accelerator", "alligator", "ardor", "armor", "behavior", "calculator", "candor",
     "carburetor", "clamor", "color", "compressor", "condor", "connector", "conveyor",
     "corridor", "decor", "demeanor", "detector", "door", "elevator", "equator", "error",
     "escalator", "excavator", "exterior", "extractor", "factor", "favor", "fervor", "flavor",
     "floor", "furor", "generator", "harbor", "honor", "horror", "humor", "incinerator",
     "incubator", "indicator", "interceptor", "interior", "labor", "languor", "manor",
     "meteor", "mirror", "misdemeanor", "motor", "odor", "pallor", "processor", "projector",
     "radiator", "razor", "reactor", "receptor", "refrigerator", "respirator", "rigor",
     "rotor", "rumor", "scissor", "sector", "sensor", "simulator", "splendor", "squalor",
     "stupor", "terror", "torpor", "tractor", "transistor", "tremor", "tumor", "valor",
     "vapor", "vector", "ventilator", "vigor",
    # "-ist", "-ian", "-man": things
     "assist", "blacklist", "checklist", "fist", "gist", "list", "median", "meridian", "mist",
     "ottoman", "playlist", "shortlist", "talisman", "twist", "waitlist", "watchlist",
     "wishlist", "wrist"}
)  # fmt: skip


def names_a_person(word: str) -> bool:
    """Whether a common noun's lemma names a person by its ending (see the module's
    docstring); listed person nouns are the caller's own."""
    if word in ROLES:
        return True
    return word.endswith(AGENT_ENDINGS) and word not in THINGS

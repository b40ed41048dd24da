"""Words that report something happening, grouped into classes, compiled once at import.

The classes are what `same_event` compares: two reports of one happening often use different
verbs ("left", "boarded", "took off"; "arrived", "entered", "rolled into"), but they stay within
one class. Everything here is general news vocabulary, never names from a particular story.
"""

from __future__ import annotations

from stories.extraction.determiners import DEFINITE_DETERMINERS as DEFINITE_DETERMINERS
from stories.extraction.determiners import INDEFINITE_ARTICLES as INDEFINITE_ARTICLES
from stories.extraction.events.happening_nouns import MORE_NOUN_CLASSES
from stories.extraction.events.happening_verbs import MORE_VERB_CLASSES
from stories.extraction.events.saying_verbs import CONTINUING_SAYINGS, PLAIN_SAYINGS


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string, for long lists."""
    return frozenset(text.split())


def _classes(table: dict[str, str]) -> dict[str, str]:
    """Expand {"class": "lemma lemma ..."} into {lemma: class}."""
    return {lemma: cls for cls, lemmas in table.items() for lemma in lemmas.split()}


# Verbs that report an event on their own.
VERB_CLASSES = _classes(
    {
        "arrive": "arrive enter reach land dock disembark",
        "depart": "depart leave board embark",
        "cross": "cross",
        "stop": "stop halt",
        "return": "return",
        "flee": "flee evacuate escape",
        "meet": "meet host welcome greet",
        "visit": "visit tour",
        "attend": "attend",
        "talk": "negotiate",
        "sign": "sign ratify approve",
        "launch": "launch",
        "attack": "attack bomb shell invade raid storm ambush",
        "fight": "fight clash",
        "kill": "kill shoot wound injure massacre execute assassinate",
        "die": "die perish drown succumb",
        "capture": "capture seize occupy annex",
        "arrest": "arrest detain kidnap abduct surrender",
        "release": "release free",
        "withdraw": "withdraw retreat",
        "deploy": "deploy airlift",
        "vote": "vote elect",
        "win": "win defeat",
        "resign": "resign sack oust",
        "appoint": "appoint nominate hire",
        "rule": "rule sentence convict acquit indict",
        "ban": "ban impose sanction forbid prohibit outlaw",
        "close": "close shut suspend cancel postpone ground",
        "open": "open reopen resume inaugurate",
        "protest": "protest rally riot march",
        "strike": "strike",
        "disaster": "hit batter slam lash pound ravage devastate flood erupt collapse explode "
        "crash sink capsize derail burn",
        "announce": "announce declare unveil",
        "test": "test",
    }
)

# The same happening done again keeps its class: "re-elected", "re-opened", "a re-election"
# (the tokenizer keeps such words whole, stories.extraction.hyphens).
REPEAT_PREFIX = "re-"
VERB_CLASSES.update(MORE_VERB_CLASSES)
VERB_CLASSES.update({REPEAT_PREFIX + lemma: cls for lemma, cls in list(VERB_CLASSES.items())})

# Verbs of movement that count only with a place or destination attached ("rolled into X").
MOTION_VERBS = _classes(
    {"travel": "travel fly sail drive ride roll head go come move journey cruise steam pull follow"}
)

# States a thing or people enter with "go on", "go into", "come into": the fixed phrases of
# news for a launch, a strike, a trial, a law taking effect (events.motion).
ENTERED_STATES = {
    **dict.fromkeys(["sale", "display", "air"], "release"),
    **dict.fromkeys(["strike", "hiatus", "leave"], "strike"),
    "trial": "trial",
    **dict.fromkeys(["effect", "force"], "enact"),
    **dict.fromkeys(["rampage", "spree"], "attack"),
}
# Of those, the ones news writes with an article: "went on a rampage", "a shooting spree".
ENTERED_WITH_ARTICLE = frozenset({"rampage", "spree"})
# States entered with "to" and no article, and their classes: "the case went to trial",
# "went to war" (events.motion).
ENTERED_WITH_TO = {"trial": "trial", "war": "fight"}

# Phrasal verbs whose particle changes the class: "took off", "set off".
PHRASAL_CLASSES = {
    ("take", "off"): "depart",
    ("set", "off"): "depart",
    ("set", "out"): "depart",
    ("pull", "out"): "depart",
    ("pull", "in"): "arrive",
    ("touch", "down"): "arrive",
    ("break", "out"): "fight",
    ("blow", "up"): "attack",
    ("shut", "down"): "close",
    ("step", "down"): "resign",
    ("walk", "out"): "strike",
    ("swear", "in"): "appoint",
    ("call", "off"): "close",
    ("put", "out"): "extinguish",
    ("lift", "off"): "depart",
    ("go", "up"): "build",
    ("pull", "off"): "release",
    ("pull", "free"): "release",
    ("knock", "out"): "attack",
    ("rule", "out"): "deny",
    ("face", "off"): "fight",
    # what is launched or reaches people: "the model will show up in stores", "rolls out"
    ("show", "up"): "arrive",
    ("roll", "out"): "launch",
    ("come", "back"): "return",
}
# Phrasal verbs of refusal: what they take did not happen ("ruled out an attack").
REFUSAL_PHRASALS = frozenset({("rule", "out"), ("turn", "down")})

# Prepositions whose object takes part in the event rather than locating it: "talks with
# Moscow", "sanctions against Iran", "according to South Korea's ministry".
PARTICIPANT_PREPOSITIONS = frozenset(
    {"with", "against", "between", "toward", "towards", "past", "over", "than", "like", "about"}
)
# Classes that go somewhere, for which "for" names the destination ("headed for X").
HEADING_CLASSES = frozenset({"travel", "depart", "flee", "arrive", "return"})
# Classes whose direct object is where they happen: "visited X", "left X", "invaded X".
LOCATIVE_OBJECT_CLASSES = frozenset(
    {
        "arrive",
        "depart",
        "cross",
        "visit",
        "tour",
        "flee",
        "attack",
        "capture",
        "travel",
        "return",
        "disaster",
        "stop",
        "attend",
        "open",
        "close",
    }
)

# Verbs that name a state, a thought, a saying or a relation rather than a happening. Any other
# verb heading a finite clause may report an event (a "general" site), under stricter rules than
# the lexicon's verbs; these never do. Verbs that describe a state in the simple present but
# report an act in the past ("surrounded the Statehouse on Tuesday", "extended the licence",
# "was named chairman", "will keep the base", "admitted refugees", "is seeking extradition")
# are not listed: the general rules already drop their descriptive uses. Verbs that set one
# thing against another ("attributed the rise to the tariff", "were contrasted with", "the gene
# encoded a protein", "protesters outnumbered police") judge or measure a relation, as "compare"
# and "regard" do; "alternated threats and promises" tells a pattern, as "fluctuate" does.
NON_EVENT_VERBS = _words(
    "be have do seem appear look feel mean include contain involve require comprise consist "
    "constitute represent belong own possess lack resemble matter depend deserve exist lie sit "
    "remain know think believe wonder want wish hope like love hate prefer need fear worry doubt "
    "understand realize realise recall remember consider regard compare describe call "
    "explain argue insist acknowledge warn comment stress emphasize emphasise urge ask "
    "use make let help try tend get give put see hear watch recognize "
    "follow mark account cost weigh measure number total range average estimate "
    "govern face enable cause affect concern border dominate serve link connect "
    "locate headquarter base rank feature employ stock fluctuate operate live "
    "express respond reply comment react elaborate specify focus maintain monitor "
    "sense experience marvel joke entertain demonstrate suggest signal allege reiterate tout "
    "enrich exasperate complicate discourage dampen pave "
    "attribute ascribe liken equate contrast correlate encode outnumber "
    "alternate oscillate vacillate"
)

# Frames in which a verb of NON_EVENT_VERBS reports a deed (events.frames), by class. A key is
# a particle or preposition ("for": "called for talks"), a direct object's lemma ("obj:police":
# "called police"), "obj:EVENT" for an event noun object ("called an election", which keeps the
# noun's class), a preposition with its object's lemma ("in:court": "appeared in court"), or
# "passive:NOUN" for a passive with a noun for a post ("was made a general"). Frames that no
# dev or TimeBank article holds are written from news usage, each with a test.
VERB_FRAMES = {
    "call": {
        "for": "demand",
        "on": "demand",
        "upon": "demand",
        "obj:police": "alert",
        "obj:ambulance": "alert",
        "obj:EVENT": "",
    },
    "put": {"up": "build", "forward": "offer", "on:trial": "trial"},
    "make": {
        "passive:NOUN": "appoint",
        "obj:way": "travel",
        "obj:offer": "offer",
        "obj:bid": "offer",
        "obj:proposal": "offer",
    },
    "give": {
        "up": "withdraw",
        "obj:evidence": "testify",
        "obj:birth": "birth",
        "obj:lecture": "ceremony",
    },
    "appear": {
        f"{p}:{n}": "trial"
        for p in ("in", "before", "at")
        for n in ("court", "judge", "tribunal", "magistrate", "magistrates")
    },
    "express": {
        f"obj:{n}": "announce"
        for n in (
            "concern",
            "regret",
            "condolence",
            "condolences",
            "sympathy",
            "outrage",
            "solidarity",
            "support",
            "gratitude",
            "dismay",
        )
    },
    "cause": {"obj:EVENT": "", "obj:damage": "disaster"},
    "cost": {"obj:life": "kill"},
    "ask": {"for": "demand", "obj:court": "appeal", "obj:judge": "appeal"},
    "demonstrate": {"against": "protest"},
    "respond": {
        f"to:{n}": "respond"  # a crew sent to a happening or where it is; not "to criticism"
        for n in _words("scene emergency alarm blaze fire call crash accident block building")
        | _words("home house residence apartment intersection")
    },
    "hear": {f"obj:{n}": "trial" for n in ("case", "argument", "appeal", "testimony")},
    # "crews contained the blaze", "the fire was contained on Sunday": put out
    "contain": {
        f"obj:{n}": "extinguish"
        for n in ("fire", "blaze", "wildfire", "flame", "outbreak", "spill", "leak")
    },
    "mark": {f"obj:{n}": "ceremony" for n in ("anniversary", "centenary", "centennial")},
}

# Frames of NON_EVENT_VERBS told by several slots at once, or by a kind of thing in a slot
# (events.frame_slots): slot names joined with "+": "obj" (a direct object), "MONEY" (an
# amount as object), "DATE" (a date of the verb's own), "passive" (a past passive),
# "unaddressed" (no "to" or "by": no one answered, no act it was done by), a preposition with
# an object ("to", "as", "in"), or one whose object is a named place or an event noun
# ("from:PLACE", "with:EVENT"). An empty class takes the event noun's.
SLOT_FRAMES = {
    "link": {"obj+to": "link"},
    "locate": {"obj": "discover"},
    "give": {"MONEY": "donate"},
    "appear": {"DATE": "appear"},
    "serve": {"as+DATE": "serve"},
    "respond": {"from:PLACE": "respond", "with:EVENT": "", "DATE+unaddressed": "respond"},
    "react": {"with:EVENT": ""},
    "feature": {"passive+in": "publish", "passive+on": "publish"},
    # Reporting verbs (ATTRIBUTION_VERBS) with a thing for object, not a clause, and a day of
    # their own tell the act itself: "wrote forty poems that winter", "a result the team
    # reported in 2011", "added two players on Friday"; "added a banker as its treasurer" is
    # an appointment.
    "write": {"obj+DATE": "publish"},
    "publish": {"obj+DATE": "publish"},
    "report": {"obj+DATE": "announce"},
    "add": {"obj+as": "appoint", "obj+DATE": "add"},
}

# Verbs whose reported clause is an opinion or a hope, not a report: "argued that the vote had
# been rigged", "hoped the talks would resume".
OPINION_VERBS = _words(
    "argue maintain insist contend hope fear wish doubt wonder think imagine feel worry pray "
    "dream ask question"
)
# Verbs whose complement happened when they did: "managed to free the ship", "began deliberating".
IMPLICATIVE_VERBS = _words("manage begin start continue resume proceed finish stop")
# Words that open an embedded question: "how long the crew will stay", "whether it worked".
QUESTION_WORDS = frozenset({"how", "why", "what", "whether", "which", "who", "if"})

# Verbs reporting that something was seen somewhere: the object is the one that was there.
SIGHTING_VERBS = frozenset({"show", "see", "spot", "sight", "photograph", "film"})

# Nouns that name an event. They count alone when a date is attached ("a summit in 2019"),
# when they point at one happening the story knows ("the hearing", "an inquiry into X"), or as
# the object of a light verb ("made a visit", "held talks"). General news vocabulary, grouped
# like the verbs they come from (deverbal nouns: "suspension" from "suspend"); TimeBank's noun
# EVENTs gave the picture of which nouns news uses for happenings (no list is read from it).
NOUN_CLASSES = _classes(
    {
        "meet": "meeting summit talk talks negotiation negotiations discussion discussions chat "
        "dialogue interview call debate",
        "visit": "visit trip tour",
        "arrive": "arrival landing",
        "depart": "departure",
        "withdraw": "withdrawal pullout",
        "flee": "evacuation exodus",
        "attack": "attack invasion offensive counteroffensive raid bombing strike airstrike "
        "assault crackdown siege",
        "kill": "killing murder massacre shooting stabbing assassination execution injury",
        "fight": "battle clash war fight fighting brawl altercation scuffle skirmish",
        "vote": "election vote referendum ballot voting primary caucus",
        "win": "victory win defeat loss",
        "match": "match rematch tournament playoff showdown",
        "launch": "launch debut rollout unveiling premiere",
        "protest": "protest rally demonstration march walkout boycott riot unrest",
        "disaster": "storm hurricane typhoon earthquake flood eruption explosion crash fire "
        "landfall outbreak blast collapse accident derailment wildfire tornado tsunami spill",
        "ceremony": "ceremony inauguration funeral parade exhibition forum conference festival "
        "concert celebration commemoration vigil wedding gala convention symposium seminar "
        "workshop reception",
        "rule": "ruling verdict trial sentencing conviction acquittal indictment impeachment "
        "hearing",
        "investigate": "investigation inquiry probe audit manhunt",
        "arrest": "arrest detention kidnapping abduction",
        "release": "release rescue",
        "die": "death",
        "resign": "resignation retirement dismissal ouster firing sacking",
        "appoint": "appointment nomination",
        "sign": "signing ratification",
        "acquire": "acquisition merger takeover purchase buyout",
        "close": "closure shutdown suspension cancellation postponement lockdown layoff",
        "announce": "announcement declaration statement speech testimony plea",
        "criticise": "criticism condemnation backlash outcry",
        "deploy": "deployment",
        "discover": "discovery diagnosis",
        "poll": "poll survey",
        "test": "teardown exam checkup",
        "raise": "hike",
    }
)

NOUN_CLASSES.update(MORE_NOUN_CLASSES)
NOUN_CLASSES.update({REPEAT_PREFIX + noun: cls for noun, cls in list(NOUN_CLASSES.items())})

# Noun events written as a verb in titles when an agent is known: "Varga visits X". The flag
# says whether the verb takes the place as its object ("visits X") or after "in" ("meet in X").
NOUN_AS_VERB = {
    "meeting": ("meet", False),
    "summit": ("meet", False),
    "talk": ("hold talks", False),
    "talks": ("hold talks", False),
    "visit": ("visit", True),
    "tour": ("tour", True),
    "invasion": ("invade", True),
    "attack": ("attack", True),
    "raid": ("raid", True),
    "arrival": ("arrive", False),
    "departure": ("leave", True),
}

# Verbs that only carry an event noun: "made a visit", "held talks", "had their meeting",
# "opened an inquiry", "issued a statement", "suffered a defeat", "set the hearing for May".
LIGHT_VERBS = frozenset(
    {
        "make",
        "hold",
        "have",
        "pay",
        "stage",
        "conduct",
        "host",
        "begin",
        "start",
        "launch",
        "plan",
        "schedule",
        "set",
        "open",
        "issue",
        "give",
        "deliver",
        "face",
        "suffer",
        "undergo",
        "organize",
        "organise",
        "order",
        "put",  # "put out a statement"
        "lay",  # "laid siege to the city"
    }
)

# Classes whose "will" is a forecast rather than an intention.
NATURAL_CLASSES = frozenset({"disaster"})

# Telling a named audience ("told investors", "briefed the council"): the speech acts that
# can be events of their own (events.speech), by speech class.
ADDRESSING_VERBS = {"tell": "tell", "brief": "tell", "inform": "tell"}

# Reporting verbs: never events themselves, their content is: the plain and continuing sayings
# (events.saying_verbs), "report" and "confirm", and verbs of writing, citing, showing and
# belief. Not the other affirming verbs ("stress", "insist", "assert"): events.speech and
# events.sayings read those as statements of their own when dated or in the lead.
ATTRIBUTION_VERBS = (
    PLAIN_SAYINGS
    | CONTINUING_SAYINGS
    | {"report", "confirm", "write", "publish", "quote", "cite", "show", "indicate", "assess"}
    | {"believe", "think", "know"}
)

# --- certainty cues ---------------------------------------------------------------------
SPECULATIVE_MODALS = frozenset({"may", "might", "could"})
BARRED_MODALS = frozenset({"should", "must", "ought", "can", "would", "need"})
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
SPECULATIVE_ADVERBS = frozenset(
    {"reportedly", "possibly", "perhaps", "maybe", "allegedly", "purportedly", "supposedly"}
)
# Governing words (verbs or adjectives) whose complement takes their certainty.
GOVERNOR_CERTAINTY = {
    **dict.fromkeys(
        [
            "speculate",
            "rumour",
            "rumor",
            "suspect",
            "assume",
            "guess",
            "suggest",
            "wonder",
            "unclear",
            "uncertain",
            "unlikely",
            "possible",
            "speculation",
            "rumours",
            "rumors",
            "hint",
            "claim",
            "insist",
            "assert",
        ],
        "speculated",
    ),
    **dict.fromkeys(["expect", "likely", "poise", "anticipate", "forecast", "predict"], "expected"),
    **dict.fromkeys(
        [
            "plan",
            "schedule",
            "intend",
            "set",
            "due",
            "prepare",
            "aim",
            "agree",
            "decide",
            "arrange",
            "propose",
            "order",
        ],
        "planned",
    ),
    **dict.fromkeys(["deny", "refuse", "reject", "fail"], "denied"),
}
# Adjectives before an event noun: "a planned summit", "the rumoured visit".
NOUN_CERTAINTY = {
    **dict.fromkeys(
        ["planned", "scheduled", "upcoming", "coming", "proposed", "forthcoming"], "planned"
    ),
    **dict.fromkeys(["expected", "likely", "anticipated"], "expected"),
    **dict.fromkeys(
        ["rumoured", "rumored", "possible", "alleged", "reported", "potential"], "speculated"
    ),
}

# Adverbs that move a clause on from the day the narrative was at ("later reported ...").
# Verbs that only say that a happening named by their subject took place.
HAPPENING_VERBS = frozenset({"occur", "happen", "unfold"})
# Certainties of what is still to come: a plan or an expectation, not a deed done.
FORESEEN = frozenset({"planned", "expected"})

NARRATIVE_LATER = frozenset({"later", "then", "afterwards", "afterward", "subsequently"})

# Prepositions that attach a place to an event, and those that name only its destination.
PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "to",
        "from",
        "near",
        "into",
        "onto",
        "outside",
        "inside",
        "across",
        "off",
        "atop",
        "along",
        "beside",
        "aboard",
    }
)
# Prepositions that say where something is or happens ("in", "at", "near"), not where it goes.
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "outside", "inside", "atop", "off", "along", "beside", "aboard"}
)
DESTINATION_PREPOSITIONS = frozenset({"to", "for", "toward", "towards", "into"})
# Classes whose place is where they start, so a destination is not their place.
LEAVING_CLASSES = frozenset({"depart", "flee"})

# Groups of classes that may report one happening from different angles.
COMPATIBLE_CLASSES = (
    frozenset({"arrive", "cross", "travel", "stop"}),
    frozenset({"depart", "travel"}),
    frozenset({"meet", "visit", "talk", "attend", "ceremony"}),
    frozenset({"attack", "fight", "kill"}),
    frozenset({"kill", "die"}),
)

# Nouns that name a kind of place: "the Brackmoor spaceport", "the eastern city of X".
PLACE_HEAD_NOUNS = _words(
    "city town village port station spaceport cosmodrome base airport airfield province region "
    "state county district river strait island capital border crossing harbor harbour valley "
    "mountain lake bay peninsula suburb coast sea gulf prefecture oblast krai"
)

PRONOUNS = frozenset(
    {"he", "she", "him", "her", "his", "its", "their", "they", "them", "it", "this", "that", "who"}
)
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
# The reflexive pronouns: "worked itself into a lather", "a view presented itself".
REFLEXIVES = frozenset(
    {"itself", "himself", "herself", "themselves", "myself", "yourself", "ourselves", "oneself"}
)
# The words that stand in a relative clause for the noun it describes ("the town where …",
# "the firm whose …").
RELATIVE_WORDS = frozenset({"which", "where", "that", "who", "whom", "whose"})
# The words that open a relative clause: without one, "the following year he was appointed"
# is a clause of its own the parser hung on a time noun. "when" opens one on a time ("the day
# when …") but stands for no place, so it is not among RELATIVE_WORDS.
RELATIVE_OPENERS = RELATIVE_WORDS | {"when"}

# Prepositional verbs whose object follows the preposition and is a topic or a source rather
# than something done ("referred to the testimony", "turned to the issue", "seized on a
# rhythm", "stems from the ruling"), or what is expected ("waited for the car to turn up", "is
# still waiting for his first win"): without a direct object, "X refers" says nothing.
PREPOSITIONAL_VERBS = {
    lemma: frozenset(preps.split())
    for lemma, preps in {
        "refer": "to",
        "turn": "to",
        "reckon": "with",
        "seize": "on upon",
        "dwell": "on upon",
        "touch": "on upon",
        "allude": "to",
        "hint": "at",
        "point": "to",
        "rely": "on upon",
        "count": "on",
        "amount": "to",
        "stem": "from",
        "relate": "to",
        "attest": "to",
        "wait": "for",
    }.items()
}
# Verbs whose content is the state their complement names: "left firms uncertain" ("object":
# a predicate on the object), "proved (to be) important", "turned out fine" (on the subject).
PREDICATIVE_VERBS = {"leave": "object", "render": "object", "keep": "object", "prove": "subject"}
# Verbs of influence: one condition bearing on another ("pushed prices up", "impacted earnings",
# "fuel a shortage", "favoured banks", "supported the case for a link", "the finding deepened
# the puzzle", "the label entrenched the idea", "the record tarnished his reputation",
# "support firmed sterling", "the news overshadowed the gains", "fears dampened demand").
INFLUENCE_VERBS = _words(
    "fuel push impact boost hurt favour favor support spur dent erode bolster undermine buoy "
    "weaken strengthen exacerbate aggravate entrench deepen tarnish firm overshadow dampen"
)
# Event nouns that name a state lasting months or years ("the country's war", "the unrest"):
# named without a date of their own they are going on, not a happening of the clause's day.
LASTING_NOUNS = frozenset({"war", "fighting", "unrest", "lockdown", "occupation"})

# Last words of the name of a happening ("Pennsylvania National Horse Show", "Davis Cup
# Finals", "Milan Design Week"): a capitalised name ending in one of them is an event when the
# text gives it a date or a place (events.named).
EVENT_NAME_HEADS = _words(
    "Show Festival Week Final Finals Championship Championships Games Cup Conference Summit "
    "Symposium Fair Expo Awards Ceremony Marathon Open Tournament Forum Olympics Gala "
    "Convention Congress Exhibition Biennale Biennial Classic Invitational Derby Regatta "
    "Event Rally Parade Carnival Jubilee Retreat Hackathon Triathlon Fest"
)
# Words that may follow the head inside the name: "Talent Search Finals East".
EVENT_NAME_SUFFIXES = _words("East West North South Central International")

# Nouns for the medium a saying comes in: "said in a statement", "in his testimony".
CHANNEL_NOUNS = _words("statement testimony interview remark post tweet letter release communique")

# Dependencies by which a word modifies the noun it hangs on ("Norfield" in "the Norfield
# mill", "El Paso" in "an El Paso facility"): such a word describes the noun, it holds no
# role of its own in the clause.
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})

"""The news-writing rules of event placing that benchmarks can switch off one at a time.

Each names a convention (events.sides, events.homes, events.narrowing, recipients in
events.places) or one of events.placing's context clues (the sentence's place, the one carried
from the sentence before, the dateline, the story's setting, the lead's place); to count the
documents one helps and hurts, remove it from `ENABLED` and run
`manage.py evaluate --only realnews --details`. The product runs with all of them.
"""

from __future__ import annotations

ALL = frozenset(
    {
        "sides",
        "recipients",
        "homes",
        "venues",
        "narrowing",
        # The context clues of events.placing, weakest last.
        "sentence",
        "carried",
        "dateline",
        "setting",
        "lead",
        # Who takes no part in the scene: "Presidents A of Norland and B of Sudland signed".
        "affiliation",
        # A happening named long before takes no place from the narration around it.
        "long before",
        # "the country", "the city": the last place of that kind named before.
        "pointing back",
        # ... also with an adjective that only describes it: "the war-torn country".
        "described kind",
        # A story with no dateline is set where its lead happens when that lies in its setting.
        "lead within setting",
        # ... or where, inside that setting, the story writes first and most.
        "written within",
        # A patient's care told after the story names its one hospital is in its town.
        "care sites",
        # A national body named by its chamber or building acts at its seat: "the Kremlin".
        "seats",
        # A country or its capital as the subject acts at home unless it travels, meets,
        # fights or competes: "Beijing attempted to rein in subsidies".
        "governments at home",
        # An official the story names with their country's office acts at home unless they
        # travel, meet, fight or compete: "Norland's foreign minister X told the cabinet".
        "leaders at home",
        # ... also one named as their country's ("Norland's X") in a story that calls someone
        # "the Norlandic leader".
        "leaders by their country",
        # ... also one titled without a country ("President X") in a story of one country,
        # who acts at the seat of government it writes ("the Kremlin said").
        "seated heads",
        # ... and are not away when someone else in their sentence goes abroad ("X urged leaders
        # who invited troops into Sudland").
        "others' trips",
        # ... and a government acting at home does so in its capital when the story names it.
        "capitals at home",
        # A place that bounds a ranking ("the first state in X to") is no scene.
        "ranked domains",
        # A body named with a place the story pins elsewhere, which NER read as part of a name
        # or as a people here: "the UK Home Secretary", "the Punjab government".
        "named places",
        # A party, people or group named with a state or city acts there: "Kentucky Democrats
        # won", "Houston fleet sales rose".
        "place groups",
        # A happening named with a place takes place there: "the Hong Kong protests grew".
        "sited happenings",
        # A participant or a residence ("accused Sudland", "X, 32, of Franklin") does not move
        # a sentence off the story's setting, as it does not off the dateline.
        "setting past actors",
        # A place that modifies a noun takes the noun's part: where it is ("in a Bergen
        # magistrate's court") or what is dealt with ("accused Sudland officials").
        "modifiers take part",
        # In a local story (its places lie around the dateline) the dateline also places the
        # story's background: "the budget the state approved in April".
        "local background",
        # A place word that continues a person's cut-short name or is a courtesy title before
        # one ("Police chief Ana Toledo", "Ms. Florence") is no place.
        "names",
        # "in the wilderness of X", "in an X prison": a locative phrase states X.
        "areas",
        # The home, seat or owner that placed an event carries to the next sentence.
        "actors carried",
        # Narration between two stated mentions of one place, naming no other, stays there.
        "between",
        # "the Peruvian capital": the capital the story names of the country of that people.
        "nationals",
        # A temporal side clause's place ("after ... in Y") is not the one narration carries.
        "side clauses",
        # A country carried from the sentence before yields to the dateline's city inside it.
        "dateline within carried",
        # "a Lyon-based firm": the body's base, no scene of the story.
        "bases",
        # A paragraph that opens naming no place goes on where the last one ended, when
        # the dateline does not place it.
        "paragraph openings",
        # A saying's place is not moved by the places of what it reports: "assured X that Y".
        "reported",
        # An unplaced event takes the place a later event of its sentence states.
        "sentence scene",
        # Who receives ("lost the bid to X") takes part, as an object does: no scene.
        "recipients take part",
        # "X, who is in Velton for talks, said": the subject is there now, and acts there.
        "whereabouts",
        # An official named with a state's, county's or town's office acts there: "Norfield
        # Mayor X" ... "X signed the order".
        "local officials at home",
        # A venue the gazetteer cannot pin stands for the town its name or its sentence puts
        # it in: "the Norfield Inn", "in the Norfield area ... on Route 9".
        "venue towns",
        # Whose the other side of a match is says where it comes from, not where the match
        # was: "closed the season with a win over Sudland's top team".
        "opponents' homes",
        # "imposed sanctions on X": X bears them and takes part; it is no place.
        "borne",
        # Someone carried to a venue named for a town ("rushed to the Norfield hospital")
        # ends up in that town, where the event is told.
        "carried to venues",
        # Someone who goes to an organisation named for a place ("went to Norfield
        # University") is in that place, where the arrival is told.
        "gone to venues",
        # A place inside a departure's "for"/"to" phrase ("left for talks in X") is where
        # the traveller is bound, not where the leaving was.
        "bound for",
        # "the city" far from the last town named is the story's most named city.
        "story's city",
        # A relative "where" hung on Y of "X in Y" stands for X, the finer place.
        "finer relative",
        # The place a departure left is not carried to the arrival after it.
        "left behind",
        # A site the verb acts on, named for its place, is where the deed was: "blocked the
        # Velton crossing".
        "site objects",
        # A happening noun that is the subject of "be" is where "be" says: "The summit was in X".
        "copular scenes",
        # An unplaced event at an organisation named for a town ("robbed the First Bank of
        # Norfield") happened in that town.
        "org towns",
        # "bused volunteers from X to Y": where a journey begins is no scene of the sentence.
        "routes",
        # "returned the territory", "seized the territories": the land named last before.
        "territories",
        # "a Norfield man": where a person lives, no scene of the sentence.
        "residents",
        # "Norfield City Councilwoman X": whose office, no scene and no part of the setting.
        "office titles",
        # A share's price move with no place of its own is on the exchange the market report
        # named last: "London shares fell ... Norsk Steel slipped 1.7 to 123.5".
        "markets",
        # ... or the exchange or index it names by name: "delisted from the Big Board".
        "exchanges",
        # "withdrew from Iranian territory": a nation's land named by its nationality is the
        # country, when the story names it.
        "national lands",
        # "a possible strike against X": an attack noun aimed against a place happened there.
        "attack targets",
        # "rolled into X from Y": a journey told with both its ends happens where it sets out.
        "route starts",
        # "in Dearborn, Mich.", read by the parser as one name: the town holds the phrase.
        "town states",
        # "was en route to X to deliver the message": the purpose is carried out at X.
        "purpose trips",
        # "WASHINGTON — The economy created jobs": a nation's measure, across the country.
        "national measures",
        # "the Indonesian currency has lost 26 percent": a nation's market, in that nation.
        "unnamed economies",
        # "left Tuesday for talks in X": a departure's destination bars no dateline or setting.
        "destinations stay",
        # "promised a national referendum": a happening said to span a nation, in the country.
        "national scope",
        # "along the X Strip": a site named for a place states that place (events.named_sites).
        "named sites",
        # A country setting the story writes as a noun of its own three times, never "in X".
        "written country",
        # "arrested after a chase that began in X": with every default barred by X, X.
        "described",
        # "Harwick man jailed. A Harwick man ...": a town in the headline and again below it.
        "headline town",
        # "Markel's death" after "Markel Barton": a person's first name, not a namesake town.
        "first names",
        # "troops in X. The administration said it rejects ...": a country carried from the
        # sentence before does not place what a nation's leadership says or decides.
        "carried leaders",
        # "... died in X. The club holds 400. Police opened an inquiry.": narration carries
        # across a sentence that tells nothing and names no place (events.quiet_sentences).
        "quiet sentences",
        # "charged in 2010 in Lyon. / She also faced an inquiry, dropped in 2015.": a background
        # paragraph opening goes on where the older story stood (events.older_stories).
        "older stories",
        # "BEIRUT: Israel flooded Lebanese farms": a foreign deed done to the dateline country's
        # own things happens where the dateline stands (events.struck_homes).
        "struck homes",
        # "Westmark received federal money": a state or province as the subject of what its
        # government does acts at home, as a country does (events.state_actors).
        "state governments",
        # "flew to X. The visit was ...": a bare journey noun happened at the journey's
        # destination told just before (events.journey_nouns).
        "journey nouns",
        # "Norland and Sudland committed troops": actors of several countries joined in one
        # subject act at no one home (events.mixed_actors).
        "mixed actors",
        # "Cases rose in Norland. The Bergen company recalled its products": a body that is no
        # person, named with a town inside the wider default place, acts in the town
        # (events.actor_towns).
        "actor towns",
        # "the 20-year-old Camarillo resident": where someone lives is left out of the
        # setting when the story names another scene place (events.resident_scenes).
        "resident scenes",
        # "robbed ... at Cedar River Seafood" (a venue the gazetteer lacks, pinned at its town):
        # an unknown-kind point counts for its town's setting (events.setting_points).
        "setting points",
        # "declined Sudland's bid": the owner of the verb's object is a side of the deed, no
        # place of it, unless the verb goes to or acts on its object (events.owned_objects).
        "owned objects",
        # "Norwegian officials assailed Sudland": a nation's officials or leader who blame or
        # praise another country do so from home (events.judges_at_home).
        "judges at home",
        # "a ruling on the lawsuit launched by the X University": an organisation acting only in
        # a clause describing the event's noun does not place it (events.described_orgs).
        "described orgs",
    }
)
ENABLED: set[str] = set(ALL)

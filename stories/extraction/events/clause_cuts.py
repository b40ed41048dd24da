"""A clause cut to fit a title ends on a word that completes a phrase, never on "the" or "in".

Titles that say what was said cut a long reported clause or quote at a word and mark it "…".
Cut at any word, the title often ended on a word that opens a phrase it then lacks ("Heath
acknowledges many of the students bused to school in the…", "Grisham says “Today's second
hearing is over, and the…”"): a reader is left waiting for a noun. Such words (articles,
prepositions, conjunctions, possessives, auxiliaries) are dropped from the end of the cut
until a word that can close a phrase is last ("… bused to school…", "… hearing is over…").
"""

from __future__ import annotations

# Words that open a phrase and say nothing when it is cut after them.
OPENING_WORDS = frozenset(
    {
        *("a", "an", "the", "this", "that", "these", "those", "some", "any", "every", "each"),
        *("no", "another", "such", "both", "either", "neither", "all", "many", "several"),
        *("my", "your", "his", "her", "its", "our", "their", "whose"),
        *("of", "at", "to", "for", "with", "from", "into", "onto", "near", "under", "during"),
        *("than", "as", "like", "between", "among", "against", "toward", "towards", "upon"),
        *("without", "within", "beyond", "per", "via", "including"),
        *("and", "or", "but", "nor", "so", "yet", "if", "because", "while", "when", "where"),
        *("which", "who", "whom", "whether", "although", "though", "unless", "until"),
        *("is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had"),
        *("do", "does", "did", "will", "would", "shall", "should", "can", "could", "may"),
        *("might", "must", "not", "very", "more", "most", "less", "least", "just", "also"),
    }
)
# Prepositions that may close a phrase as a verb's particle ("the hearing is over", "he
# logged in"): dropped only with the phrase they open ("school in the…").
PARTICLES = frozenset(
    {"in", "on", "over", "out", "up", "down", "off", "through", "around", "about", "by"}
    | {"before", "after", "since", "along", "across", "behind"}
)
_MIN_WORDS = 2


def closed_cut(cut: str) -> str:
    """`cut` (a clause cut at a word) without the phrase-opening words at its end, and without
    the punctuation left before them; as it is when fewer than two words would be left."""
    words = cut.split()
    end = len(words)
    while end > _MIN_WORDS:
        word = words[end - 1].strip("“”\"'‘’,;:").lower()
        closed = words[end - 1][-1:] in ",;:" and end < len(words)  # "is over, and the"
        if closed or (word not in OPENING_WORDS and (word not in PARTICLES or end == len(words))):
            break
        end -= 1
    if end == len(words):
        return cut
    return " ".join(words[:end]).rstrip(" ,;:—-")

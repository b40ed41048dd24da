"""A time reached only through a participle on a noun yields to the clause's own time.

"The ban issued on May 2 was lifted Monday": May 2 hangs on "issued", a reduced relative
clause on "ban", and Monday on "lifted" itself. A transparent participle (times.attachment:
issuing, scheduling, publishing) may lend its time to the clause when the clause has none,
but a time the clause's own verb carries is the clause's.
"""

from __future__ import annotations

from spacy.tokens import Token


def through_participle(root: Token, position: int) -> bool:
    """Whether the time headed by `root` reaches the word at `position` only through a
    participle on a noun ("the ban issued on May 2 was lifted Monday"): such a time is the
    participle's, and a time hung on the clause's own verb ("Monday") dates the clause."""
    token = root
    for _ in range(12):
        if token.i == position or token.head is token:
            return False
        if token.dep_ == "acl":
            return True
        token = token.head
    return False

"""Limits every stage shares, kept apart so no stage imports another for a number."""

#: The longest article text Newsmap extracts (about 16,000 words, beyond nearly any news
#: article). spaCy's time and memory grow faster than the text: 100,000 characters take about
#: 20 s and 600 MB, 950,000 took 409 s and 3.5 GB, and over 1,000,000 spaCy refuses (E088).
#: Ingestion refuses longer texts with a clear message; the NLP pipeline is capped at the same.
MAX_TEXT_CHARS = 100_000

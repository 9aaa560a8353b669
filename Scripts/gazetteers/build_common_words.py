#!/usr/bin/env python3
"""Build Gazetteers/lexicons/places/common-words.tsv, the English words a one-word place name must
have evidence for besides its capital letter (docs/places.md, "Evidence for common words").

Inputs (pinned in requirements.txt): the web2 word list of the PyPI package `english-words`
(lower-case entries of two letters or more) filtered by `wordfreq` (Zipf frequency >= 3.0), less
the names of countries as ISO 3166 gives them (`pycountry`: name and common name) and the names
of places of a million people or more in Gazetteers/places.tsv. Output: a `word` table, sorted,
deterministic.

Run from anywhere:  python3 Scripts/gazetteers/build_common_words.py [--check]
"""
import csv
import os

import pycountry
from english_words import get_english_words_set
from wordfreq import zipf_frequency

from table_output import write_or_check

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PLACES = os.path.join(ROOT, "Gazetteers", "places.tsv")
OUT = os.path.join(ROOT, "Gazetteers", "lexicons", "places", "common-words.tsv")
MIN_ZIPF = 3.0
BIG_PLACE = 1_000_000


def build():
    words = {w for w in get_english_words_set(["web2"], lower=False)
             if w == w.lower() and w.isalpha() and len(w) >= 2 and zipf_frequency(w, "en") >= MIN_ZIPF}
    names = set()
    for country in pycountry.countries:
        names.add(country.name.lower())
        if getattr(country, "common_name", None):
            names.add(country.common_name.lower())
    with open(PLACES, encoding="utf-8") as fh:
        rows = csv.DictReader((l for l in fh if not l.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in rows:
            if row["kind"] != "country" and int(row["population"] or 0) >= BIG_PLACE:
                names.add(row["name"].lower())
    header = [
        "# PLACE lexicon: common English words (generated: do not edit by hand). Built by",
        "# Scripts/gazetteers/build_common_words.py: lower-case web2 words with a wordfreq Zipf frequency",
        "# >= 3.0 (wordfreq 3.1.1, english-words 2.0.2), less the names of countries and of places of a",
        "# million people or more. A one-word place name in this list needs evidence besides its capital",
        "# letter (docs/places.md, \"Evidence for common words\").",
        "word",
    ]
    return "\n".join(header + sorted(words - names)) + "\n"


if __name__ == "__main__":
    write_or_check(build, OUT, "build_common_words")

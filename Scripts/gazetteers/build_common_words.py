#!/usr/bin/env python3
"""Build Sources/ConflictMiner/Places/PlaceCommonWords.swift, the English words a one-word place
name must have evidence for besides its capital letter (docs/places.md, "Evidence for common
words").

Inputs (pinned in requirements.txt): the web2 word list of the PyPI package `english-words`
(lower-case entries of two letters or more) filtered by `wordfreq` (Zipf frequency >= 3.0), less
the names of countries as ISO 3166 gives them (`pycountry`: name and common name) and the names
of places of a million people or more in Gazetteers/places.tsv. Output: a Swift extension with
one word list, sorted, wrapped under 118 columns, deterministic.

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
OUT = os.path.join(ROOT, "Sources", "ConflictMiner", "Places", "PlaceCommonWords.swift")
MIN_ZIPF = 3.0
BIG_PLACE = 1_000_000
WIDTH = 117


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
    lines, line = [], "       "
    for word in sorted(words - names):
        if len(line) + 1 + len(word) > WIDTH:
            lines.append(line)
            line = "       "
        line += " " + word
    lines.append(line)
    header = [
        "// Generated data: do not edit by hand. See docs/places.md (\"Evidence for common words\");",
        "// built by Scripts/gazetteers/build_common_words.py.",
        "//",
        "// English words (lower-case entries of the web2 word list with a wordfreq Zipf frequency >= 3.0,",
        "// wordfreq 3.1.1, english-words 2.0.2), less the names of countries and of places of a million",
        "// people or more. A single-word place name in this list needs evidence besides its capital letter.",
        "",
        "extension PlaceLexicon {",
        "    static let commonWordsText = \"\"\"",
    ]
    return "\n".join(header + lines + ["        \"\"\"", "}"]) + "\n"


if __name__ == "__main__":
    write_or_check(build, OUT, "build_common_words")

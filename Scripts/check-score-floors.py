#!/usr/bin/env python3
"""Fails when a score drops below its floor in Tests/score-floors.tsv.

Usage: Scripts/check-score-floors.py [--binary PATH] [--shared DIR] [--floors FILE] [--current]

Each row of the floors table names a dataset, a measure and its floor:

    dataset      measure                  floor
    corpus       entities.micro           0.994
    corpus       events.detection         0.888
    devset       events.location          0.764

Datasets: `corpus` (Corpus/), `other-news` (Fixtures/other-news/), `notes`
(Tests/Examples/event-notes.jsonl), and from the shared folder beside the clone (--shared,
default ../shared) `devset` and `events-wiki`; a shared dataset that is absent is reported as
skipped. Measures: `entities.TYPE` or `entities.micro` (strict F1), `events.detection` (F1),
`events.FIELD` (the field's accuracy over all gold events). Scores come from
`conflict-miner evaluate --json` (the same figures as the reference scorers, which CI checks).
--current prints each measure's value beside its floor and exits 0.
Exit status: 0 every score at or above its floor, 1 a score below one or a failed run, 2 usage.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def datasets(shared):
    notes = os.path.join(ROOT, "Tests/Examples/event-notes.jsonl")
    wiki = os.path.join(shared, "events-wiki")
    return {
        "corpus": {"entities": ["--gold", "Corpus"], "events": ["--gold", "Corpus"], "present": True},
        "other-news": {"entities": ["--gold", "Fixtures/other-news"], "present": True},
        "notes": {"events": ["--gold", notes, "--docs", notes], "present": True},
        "devset": {"entities": ["--gold", os.path.join(shared, "devset")],
                   "events": ["--gold", os.path.join(shared, "devset")],
                   "present": os.path.isdir(os.path.join(shared, "devset"))},
        "events-wiki": {"events": ["--gold", os.path.join(wiki, "gold.jsonl"), "--docs", os.path.join(wiki, "docs.jsonl")],
                        "present": os.path.isfile(os.path.join(wiki, "gold.jsonl"))},
    }


def evaluate(binary, kind, arguments):
    command = [binary, "evaluate", "--json", "--quiet"] + (["--events"] if kind == "events" else []) + arguments
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {run.returncode}: {run.stderr.strip()[:500]}")
    return json.loads(run.stdout)


def measure(report, kind, name):
    if kind == "entities":
        return report["corpus"]["strict"][name]["f1"]
    if name == "detection":
        return report["detection"]["f1"]
    return report["fields"][name]["all"]["accuracy"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/conflict-miner"))
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--floors", default=os.path.join(ROOT, "Tests/score-floors.tsv"))
    parser.add_argument("--current", action="store_true", help="print the current values, do not fail")
    args = parser.parse_args()

    rows = []
    with open(args.floors, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if cells == ["dataset", "measure", "floor"]:
                continue
            try:
                dataset, name, floor = cells
                kind, field = name.split(".", 1)
                rows.append((number, dataset, kind, field, float(floor)))
            except ValueError:
                print(f"{args.floors}:{number}: expected `dataset<TAB>kind.measure<TAB>floor`, got {line!r}", file=sys.stderr)
                return 2

    known = datasets(os.path.abspath(args.shared))
    reports, failed = {}, False
    for number, dataset, kind, field, floor in rows:
        if dataset not in known or kind not in known[dataset]:
            print(f"{args.floors}:{number}: no {kind} scores for dataset {dataset!r}", file=sys.stderr)
            return 2
        if not known[dataset]["present"]:
            print(f"skipped  {dataset:<12} {kind}.{field:<16} (not beside the clone)")
            continue
        try:
            if (dataset, kind) not in reports:
                reports[(dataset, kind)] = evaluate(args.binary, kind, known[dataset][kind])
            value = measure(reports[(dataset, kind)], kind, field)
        except (RuntimeError, KeyError, json.JSONDecodeError) as error:
            print(f"FAILED   {dataset:<12} {kind}.{field}: {error}", file=sys.stderr)
            failed = True
            continue
        below = value is None or value < floor - 1e-9
        failed = failed or (below and not args.current)
        shown = "n/a" if value is None else f"{value:.3f}"
        print(f"{'BELOW' if below else 'ok':<8} {dataset:<12} {kind}.{field:<16} {shown} (floor {floor:.3f})")
    if failed:
        print("a score is below its floor: find the change that lowered it, or lower the floor in "
              "Tests/score-floors.tsv with the reason in the commit", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

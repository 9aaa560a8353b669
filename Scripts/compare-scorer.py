#!/usr/bin/env python3
"""Checks that `conflict-miner evaluate --json` gives the same counts as an independent scorer.

Usage: compare-scorer.py --gold DIR --pred DIR --score PATH/TO/score.py [--binary PATH]

Compares tp/fp/fn per type and mode (strict, overlap, micro) and value correct/judged, over the
corpus and per document. Exits 1 and lists the differences when any count differs.
"""
import argparse
import json
import subprocess
import sys


def run_json(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"compare-scorer: {' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    return json.loads(result.stdout)


def counts(figures):
    out = {}
    for mode in ("strict", "overlap"):
        for type_, c in figures[mode].items():
            out[f"{mode}.{type_}"] = (c["tp"], c["fp"], c["fn"])
    for type_, v in figures["value"].items():
        out[f"value.{type_}"] = (v["correct"], v["judged"], v["skipped"])
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", required=True)
    parser.add_argument("--pred", required=True)
    parser.add_argument("--score", required=True)
    parser.add_argument("--binary", default=None)
    args = parser.parse_args()
    binary = [args.binary] if args.binary else ["swift", "run", "-c", "release", "conflict-miner"]
    ours = run_json(binary + ["evaluate", "--gold", args.gold, "--pred", args.pred, "--json"])
    theirs = run_json([sys.executable, args.score, "--gold", args.gold, "--pred", args.pred, "--json"])
    differences = []
    scopes = [("corpus", ours["corpus"], theirs["corpus"])]
    scopes += [(name, ours["per_document"].get(name), figures) for name, figures in theirs["per_document"].items()]
    for scope, a, b in scopes:
        if a is None:
            differences.append(f"{scope}: missing from conflict-miner's output")
            continue
        ca, cb = counts(a), counts(b)
        for key in sorted(set(ca) | set(cb)):
            if ca.get(key) != cb.get(key):
                differences.append(f"{scope} {key}: conflict-miner {ca.get(key)} vs reference {cb.get(key)}")
    if differences:
        print("compare-scorer: counts differ:\n  " + "\n  ".join(differences))
        return 1
    print(f"compare-scorer: identical counts on {len(scopes) - 1} documents and the corpus "
          f"({len(counts(theirs['corpus']))} figures each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

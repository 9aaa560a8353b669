#!/usr/bin/env python3
"""Checks that `conflict-miner evaluate --events` scores events exactly as the reference scorer
`tools/score_events.py` does, on the same gold and predictions.

    compare-event-scorer.py --gold GOLD [--pred PRED | --docs DOCS] --score-events PATH/score_events.py
                            [--binary PATH]

GOLD: a directory of NAME.events.jsonl (with NAME.txt beside them) or one gold JSONL file.
PRED: predicted events (a JSONL file or a directory of NAME.events.jsonl). Without --pred, the
predictions are written first with `conflict-miner events --format jsonl` (on DOCS, or on the
gold directory) to a temporary file, and both scorers read that file.

Exits non-zero, printing what differs, unless detection tp/fp/fn, the counts of documents and
events, and every field's correct/total (all gold and given pair) agree exactly. Also checks
that the text report's figures are the same lines.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def run(cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"compare-event-scorer: FAILED: {' '.join(cmd)} exited {proc.returncode}\n{proc.stderr}")
    return proc.stdout


def figures(res):
    out = {"documents": res["documents"], "gold_events": res["gold_events"],
           "pred_events": res["pred_events"], "ignored_pred_events": res["ignored_pred_events"]}
    for k in ("tp", "fp", "fn"):
        out["detection." + k] = res["detection"][k]
    for f, m in res["fields"].items():
        for k in ("all", "paired"):
            out[f"fields.{f}.{k}.correct"] = m[k]["correct"]
            out[f"fields.{f}.{k}.total"] = m[k]["total"]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred")
    ap.add_argument("--docs", help="documents to write predictions for (default: the gold directory)")
    ap.add_argument("--score-events", required=True, help="path of tools/score_events.py")
    ap.add_argument("--binary", default=".build/release/conflict-miner")
    a = ap.parse_args()
    if not os.path.exists(a.binary):
        sys.exit(f"compare-event-scorer: no {a.binary}: build first (swift build -c release --product conflict-miner)")
    with tempfile.TemporaryDirectory() as tmp:
        pred = a.pred
        if pred is None:
            docs = a.docs or a.gold
            if not os.path.isdir(docs) and not docs.endswith(".jsonl"):
                sys.exit("compare-event-scorer: give --pred, or --docs when the gold is one JSONL file")
            pred = os.path.join(tmp, "pred.events.jsonl")
            run([a.binary, "events", "--format", "jsonl", "--quiet", "--output", pred, docs])
        ours_json = json.loads(run([a.binary, "evaluate", "--events", "--quiet", "--json", "--gold", a.gold, "--pred", pred]))
        ref_json = json.loads(run([sys.executable, a.score_events, "--json", "--gold", a.gold, "--pred", pred]))
        ours_text = run([a.binary, "evaluate", "--events", "--quiet", "--gold", a.gold, "--pred", pred])
        ref_text = run([sys.executable, a.score_events, "--gold", a.gold, "--pred", pred])
    ours, ref = figures(ours_json), figures(ref_json)
    diffs = [(k, ref.get(k), ours.get(k)) for k in sorted(set(ours) | set(ref)) if ours.get(k) != ref.get(k)]
    if ours_text.rstrip("\n") != ref_text.rstrip("\n"):
        diffs.append(("text report", ref_text, ours_text))
    d = ours["detection.tp"], ours["detection.fp"], ours["detection.fn"]
    if diffs:
        print(f"compare-event-scorer: FAILED on gold {a.gold}, pred {a.pred or '(events of ' + (a.docs or a.gold) + ')'}:",
              file=sys.stderr)
        for k, r, o in diffs:
            print(f"  {k}: score_events.py {r!r} != conflict-miner {o!r}", file=sys.stderr)
        return 1
    print(f"compare-event-scorer: agree on {a.gold}: {ours['documents']} documents, tp {d[0]} fp {d[1]} fn {d[2]}, "
          f"{len(ref_json['fields'])} fields (correct/total all and given pair)")
    print(ref_text.rstrip("\n"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

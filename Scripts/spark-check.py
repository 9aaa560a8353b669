#!/usr/bin/env python3
"""Runs `conflict-miner extract --format jsonl -` as a streaming filter under Apache Spark
(PySpark, local mode, `rdd.pipe`) and checks the output equals a direct run.

Usage: Scripts/spark-check.py [--documents 3000] [--binary .build/release/conflict-miner]
Needs: `pip install pyspark` and Java 17+. Exits 1 when the outputs differ.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def make_documents(count):
    """Short documents cut from the Corpus paragraphs, with varied ids and dates."""
    folder = os.path.join(ROOT, "Corpus")
    paragraphs = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8") as fh:
                paragraphs += [p for p in fh.read().split("\n") if len(p) > 40]
    return [json.dumps({"id": f"spark-{i:06d}", "text": paragraphs[i % len(paragraphs)],
                        "published": f"{2010 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}"}, ensure_ascii=False)
            for i in range(count)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "conflict-miner"))
    args = parser.parse_args()
    from pyspark import SparkConf, SparkContext

    lines = make_documents(args.documents)
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "input.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        env = dict(os.environ, CONFLICT_MINER_GAZETTEERS=os.path.join(ROOT, "Gazetteers"))
        direct = subprocess.run([args.binary, "extract", "--format", "jsonl", "--quiet", path],
                                capture_output=True, text=True, env=env, check=True).stdout.splitlines()

        conf = SparkConf().setMaster("local[2]").setAppName("conflict-miner-spark-check")
        sc = SparkContext(conf=conf)
        sc.setLogLevel("ERROR")
        try:
            rdd = sc.textFile(path, minPartitions=4)
            command = [args.binary, "extract", "--format", "jsonl", "--quiet", "--jobs", "1", "-"]
            piped = rdd.pipe(" ".join(command), env={"CONFLICT_MINER_GAZETTEERS": env["CONFLICT_MINER_GAZETTEERS"]}).collect()
            partitions = rdd.getNumPartitions()
        finally:
            sc.stop()

    if piped != direct:
        different = sum(1 for a, b in zip(piped, direct) if a != b) + abs(len(piped) - len(direct))
        print(f"spark-check: FAILED: {different} of {len(direct)} lines differ "
              f"(spark {len(piped)} lines, direct {len(direct)})")
        return 1
    entities = sum(len(json.loads(line)["entities"]) for line in direct)
    print(f"spark-check: {len(direct)} documents through rdd.pipe on {partitions} partitions: "
          f"output identical to a direct run ({entities} entities)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

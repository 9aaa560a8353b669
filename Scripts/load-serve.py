#!/usr/bin/env python3
"""A bounded load on `conflict-miner serve`, loopback only: requests/s and latency percentiles.

Usage: Scripts/load-serve.py [--requests 400] [--concurrency 4] [--seconds 60] [--jobs 2]
                             [--endpoint extract|events] [--binary PATH]

Starts the release binary's server on a free port of 127.0.0.1, sends one-article requests (the
Corpus texts, each as one JSON document) from --concurrency threads until --requests are answered
or --seconds have passed, checks every answer is 200, stops the server with SIGTERM and prints the
figures. Nothing leaves the machine.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def corpus_bodies():
    folder = os.path.join(ROOT, "Corpus")
    bodies = []
    for name in sorted(f for f in os.listdir(folder) if f.endswith(".txt")):
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        bodies.append(json.dumps({"id": name[:-4], "text": text, "published": "2024-11-20"}).encode())
    return bodies


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--endpoint", choices=["extract", "events"], default="extract")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/conflict-miner"))
    args = parser.parse_args()

    server = subprocess.Popen([args.binary, "serve", "--host", "127.0.0.1", "--port", "0", "--jobs", str(args.jobs)],
                              stderr=subprocess.PIPE, text=True)
    try:
        line = server.stderr.readline()
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", line)
        if not match:
            print(f"the server did not start: {line.strip()}", file=sys.stderr)
            return 1
        url = f"{match.group(1)}/{args.endpoint}"
        bodies = corpus_bodies()
        latencies, failures = [], []
        lock = threading.Lock()
        counter = iter(range(args.requests))
        deadline = time.monotonic() + args.seconds

        def worker():
            while time.monotonic() < deadline:
                with lock:
                    index = next(counter, None)
                if index is None:
                    return
                body = bodies[index % len(bodies)]
                request = urllib.request.Request(url, data=body, method="POST")
                start = time.perf_counter()
                failure = None
                try:
                    with urllib.request.urlopen(request, timeout=60) as response:
                        response.read()
                        if response.status != 200:
                            failure = f"status {response.status}"
                except Exception as error:  # noqa: BLE001 - every failure is counted and reported
                    failure = str(error)
                elapsed = time.perf_counter() - start
                with lock:
                    if failure is None:
                        latencies.append(elapsed)
                    else:
                        failures.append(failure)

        started = time.perf_counter()
        threads = [threading.Thread(target=worker) for _ in range(args.concurrency)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=60)

    if not latencies:
        print("no request was answered", file=sys.stderr)
        return 1
    ms = sorted(1000 * x for x in latencies)
    def pct(p):
        return ms[min(len(ms) - 1, int(round(p / 100 * (len(ms) - 1))))]
    mean_bytes = statistics.mean(len(b) for b in bodies)
    print(f"{len(latencies)} requests to /{args.endpoint} in {wall:.2f} s from {args.concurrency} threads, "
          f"server --jobs {args.jobs}: {len(latencies) / wall:.1f} requests/s "
          f"({len(latencies) * mean_bytes / wall / 1e6:.2f} MB/s of article text)")
    print(f"latency ms: p50 {pct(50):.1f}, p90 {pct(90):.1f}, p99 {pct(99):.1f}, max {ms[-1]:.1f}; "
          f"articles of {mean_bytes / 1000:.1f} KB on average; failures {len(failures)}")
    for failure in failures[:5]:
        print(f"  failed: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

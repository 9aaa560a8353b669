"""The command line shared by the small lexicon builders: write the built table, or with --check
fail when the committed file differs from a fresh build."""
import argparse
import os
import sys


def write_or_check(build, out, name):
    """Runs `build()` (the table's text) and writes it to `out`, or compares it with --check."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="fail if the committed file differs")
    args = parser.parse_args()
    text = build()
    shown = os.path.relpath(out, os.path.join(os.path.dirname(__file__), "..", ".."))
    if args.check:
        with open(out, encoding="utf-8") as fh:
            if fh.read() != text:
                sys.exit(f"{name}: {shown} is not what the build makes")
        print(f"{name}: {shown} is up to date")
        return
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(text)

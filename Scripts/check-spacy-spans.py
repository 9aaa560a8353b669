#!/usr/bin/env python3
"""Loads span JSONL (`extract --format spans`) into spaCy documents, as Prodigy and
`spacy convert` users do: every span must come out of `Doc.char_span` (strict alignment).

Usage: Scripts/check-spacy-spans.py FILE.jsonl...   (needs spaCy; `spacy.blank("en")`, no model)

Prints the spans spaCy's English tokenizer cannot align, with their document and text, and
exits 1 if there is any (0 otherwise, 2 on usage).
"""
import json
import sys

import spacy


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    nlp = spacy.blank("en")
    spans = failures = documents = 0
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                record = json.loads(line)
                doc = nlp.make_doc(record["text"])
                documents += 1
                aligned = []
                for span in record["spans"]:
                    spans += 1
                    made = doc.char_span(span["start"], span["end"], label=span["label"])
                    if made is None:
                        failures += 1
                        text = record["text"][span["start"]:span["end"]]
                        print(f"{path}:{number}: {record['meta'].get('id')}: {span['label']} {text!r} "
                              f"({span['start']}-{span['end']}) does not align with spaCy's tokens")
                    else:
                        aligned.append(made)
                doc.spans["sc"] = aligned
    print(f"{documents} documents, {spans} spans, {failures} not aligned", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

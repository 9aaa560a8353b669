#!/usr/bin/env python3
"""Checks a brat folder the way brat's configuration and standoff rules read it.

Usage: Scripts/check-brat-folder.py DIR

For DIR's annotation.conf (and tools.conf when present) and every NAME.ann in DIR:
  * NAME.txt exists beside it (read as UTF-8; offsets are code points, as in brat);
  * ids are unique; every line is a known kind: T (text-bound), A/M (attribute), N
    (normalization), # (note), R (relation), E (event), * (equivalence);
  * T: the type is declared in [entities]; offsets are integers in range, start < end, fragments
    separated by `;`; the text after the second tab is exactly the covered text, fragments joined
    by a space;
  * A/M: the attribute is declared in [attributes], its Arg allows the target's type, and the value
    is one of its declared values (or absent for a binary attribute); the target exists;
  * N: `Reference TARGET DB:ID`, the database declared in tools.conf [normalization], the target
    exists;
  * #: `AnnotatorNotes TARGET`, the target exists.
Prints every problem as FILE:LINE: message and exits 1 if there is any, 0 otherwise (2: usage).
"""
import os
import re
import sys


def read_conf(path):
    """The sections of a brat .conf file: {section: [line, ...]} without comments and blanks."""
    sections, current = {}, None
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            match = re.fullmatch(r"\[(\w+)\]", line)
            if match:
                current = match.group(1)
                sections.setdefault(current, [])
            elif current is not None:
                sections[current].append(line)
    return sections


def parse_attributes(lines, problems, path):
    """{name: (allowed arg types or None for any, values or None for binary)}."""
    attributes = {}
    for line in lines:
        name, _, rest = line.partition(" ")
        args, values = None, None
        for part in [p.strip() for p in rest.split(",") if p.strip()]:
            key, _, value = part.partition(":")
            if key == "Arg":
                args = None if value in ("<ANY>", "<ENTITY>") else set(value.split("|"))
            elif key == "Value":
                values = set(value.split("|"))
            else:
                problems.append(f"{path}: attribute {name}: unknown key {key!r}")
        attributes[name] = (args, values)
    return attributes


def main():
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        print(__doc__, file=sys.stderr)
        return 2
    folder = sys.argv[1]
    problems = []
    conf_path = os.path.join(folder, "annotation.conf")
    if not os.path.isfile(conf_path):
        print(f"{conf_path}: missing", file=sys.stderr)
        return 1
    conf = read_conf(conf_path)
    for section in ("entities", "relations", "events", "attributes"):
        if section not in conf:
            problems.append(f"{conf_path}: no [{section}] section")
    entity_types = {line.split()[0] for line in conf.get("entities", [])}
    attributes = parse_attributes(conf.get("attributes", []), problems, conf_path)
    databases = set()
    tools_path = os.path.join(folder, "tools.conf")
    if os.path.isfile(tools_path):
        databases = {line.split()[0] for line in read_conf(tools_path).get("normalization", [])}

    names = sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".ann"))
    if not names:
        problems.append(f"{folder}: no .ann files")
    for name in names:
        ann_path = os.path.join(folder, name + ".ann")
        txt_path = os.path.join(folder, name + ".txt")
        if not os.path.isfile(txt_path):
            problems.append(f"{ann_path}: no {name}.txt beside it")
            continue
        with open(txt_path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        types, seen = {}, set()
        targets = []  # (line, kind, target) checked after every id is known
        with open(ann_path, encoding="utf-8", newline="") as handle:
            lines = handle.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for number, line in enumerate(lines, 1):
            where = f"{ann_path}:{number}"
            fields = line.split("\t")
            ident = fields[0]
            if not re.fullmatch(r"[TAMNRE#*]\d*", ident) or ident in seen and ident != "*":
                problems.append(f"{where}: bad or repeated id {ident!r}")
                continue
            seen.add(ident)
            kind = ident[0]
            if kind == "T":
                if len(fields) != 3:
                    problems.append(f"{where}: a text-bound line has three tab-separated fields")
                    continue
                type_name, _, spans = fields[1].partition(" ")
                if type_name not in entity_types:
                    problems.append(f"{where}: type {type_name!r} is not declared in [entities]")
                pieces = []
                for fragment in spans.split(";"):
                    bounds = fragment.split()
                    if len(bounds) != 2 or not all(b.isdigit() for b in bounds):
                        problems.append(f"{where}: bad offsets {fragment!r}")
                        break
                    start, end = int(bounds[0]), int(bounds[1])
                    if not 0 <= start < end <= len(text):
                        problems.append(f"{where}: offsets {start} {end} outside the text (length {len(text)})")
                        break
                    pieces.append(text[start:end])
                else:
                    if " ".join(pieces) != fields[2]:
                        problems.append(f"{where}: covered text {' '.join(pieces)!r} differs from {fields[2]!r}")
                types[ident] = type_name
            elif kind in "AM":
                parts = fields[1].split(" ") if len(fields) == 2 else []
                if len(parts) not in (2, 3):
                    problems.append(f"{where}: an attribute line is `ID<TAB>NAME TARGET [VALUE]`")
                    continue
                attribute, target = parts[0], parts[1]
                value = parts[2] if len(parts) == 3 else None
                if attribute not in attributes:
                    problems.append(f"{where}: attribute {attribute!r} is not declared in [attributes]")
                    continue
                args, values = attributes[attribute]
                if values is None and value is not None:
                    problems.append(f"{where}: binary attribute {attribute} takes no value")
                elif values is not None and value not in values:
                    problems.append(f"{where}: {attribute} value {value!r} is not one of its declared values")
                targets.append((where, f"attribute {attribute}", target, args))
            elif kind == "N":
                match = re.fullmatch(r"Reference (\S+) ([^:\s]+):(\S+)", fields[1]) if len(fields) == 3 else None
                if not match:
                    problems.append(f"{where}: a normalization is `ID<TAB>Reference TARGET DB:ID<TAB>TEXT`")
                    continue
                if match.group(2) not in databases:
                    problems.append(f"{where}: database {match.group(2)!r} is not declared in tools.conf [normalization]")
                targets.append((where, "normalization", match.group(1), None))
            elif kind == "#":
                match = re.fullmatch(r"AnnotatorNotes (\S+)", fields[1]) if len(fields) == 3 else None
                if not match:
                    problems.append(f"{where}: a note is `#ID<TAB>AnnotatorNotes TARGET<TAB>TEXT`")
                    continue
                targets.append((where, "note", match.group(1), None))
        for where, what, target, args in targets:
            if target not in types:
                problems.append(f"{where}: {what} refers to {target}, which is not a text-bound annotation here")
            elif args is not None and types[target] not in args:
                problems.append(f"{where}: {what} does not apply to type {types[target]}")
    for problem in problems:
        print(problem)
    print(f"{len(names)} annotation files checked, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

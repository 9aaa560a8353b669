"""Python client for ConflictMiner (standard library only).

    from conflictminer import ConflictMiner
    with ConflictMiner() as cm:
        docs = cm.annotate(["Gunmen killed three soldiers in Quetta on Monday."], published="2024-11-20")
        events = cm.events(docs_or_texts)

`annotate` keeps one `conflict-miner extract --format jsonl -` process running and exchanges
JSON lines with it, so the gazetteers are loaded once. `events` runs `conflict-miner events`
once per call (a document may give any number of events, so a call is one batch). Records are
plain dicts in the tool's JSONL schema; `event_rows` flattens events for pandas.
"""

import datetime
import json
import os
import shutil
import subprocess
import threading
import uuid

__all__ = ["ConflictMiner", "ConflictMinerError", "event_rows", "first_day"]
__version__ = "0.1.0"


class ConflictMinerError(RuntimeError):
    """The tool refused a document or could not be run; `problems` holds its messages."""

    def __init__(self, message, problems=()):
        super().__init__(message)
        self.problems = list(problems)


def _find_binary(binary):
    if binary:
        return binary
    env = os.environ.get("CONFLICT_MINER")
    if env:
        return env
    here = os.path.dirname(os.path.abspath(__file__))
    repo_build = os.path.join(here, "..", "..", "..", ".build", "release", "conflict-miner")
    if os.path.exists(repo_build):
        return os.path.abspath(repo_build)
    found = shutil.which("conflict-miner")
    if found:
        return found
    raise ConflictMinerError("conflict-miner not found: pass binary=, set $CONFLICT_MINER or put it on PATH")


def _records(items, published=None):
    """Documents as the tool's JSONL input: strings become {"id", "text"}; dicts are checked."""
    out = []
    for index, item in enumerate(items):
        if isinstance(item, str):
            record = {"id": "doc-%d" % (index + 1), "text": item}
        elif isinstance(item, dict):
            if not isinstance(item.get("text"), str):
                raise ValueError("document %d has no string 'text'" % (index + 1))
            record = {"id": str(item.get("id", "doc-%d" % (index + 1))), "text": item["text"]}
            for key, value in item.items():
                if key not in record:
                    record[key] = value
        else:
            raise TypeError("document %d is a %s, not a string or a dict" % (index + 1, type(item).__name__))
        if published and "published" not in record:
            record["published"] = published
        out.append(record)
    return out


class ConflictMiner:
    """A running ConflictMiner. Use it as a context manager, or call `close()`."""

    def __init__(self, binary=None, gazetteers=None, jobs=None, extra_args=()):
        self.binary = _find_binary(binary)
        self.env = dict(os.environ)
        if gazetteers:
            self.env["CONFLICT_MINER_GAZETTEERS"] = gazetteers
        self.common = (["--jobs", str(jobs)] if jobs else []) + list(extra_args)
        self._extract = None
        self._stderr_lines = []
        self._lock = threading.Lock()

    # -- entities ----------------------------------------------------------------------------

    def annotate(self, documents, published=None):
        """Entities of each document, in order: one dict per document in the tool's JSONL schema
        (`id`, `published`, `entities` with `type`, `start`, `end`, `text`, `attributes`).
        A document the tool refuses raises ConflictMinerError with its messages."""
        records = _records(documents, published)
        if not records:
            return []
        with self._lock:
            process = self._extract_process()
            sentinel = "__conflictminer_%s" % uuid.uuid4().hex
            before = len(self._stderr_lines)
            payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
            payload += json.dumps({"id": sentinel, "text": "."}) + "\n"
            writer = threading.Thread(target=self._write, args=(process, payload))
            writer.start()
            results = {}
            while True:
                line = process.stdout.readline()
                if not line:
                    writer.join()
                    raise ConflictMinerError("conflict-miner stopped", self._stderr_lines[before:])
                result = json.loads(line)
                if result.get("id") == sentinel:
                    break
                results[result.get("id")] = result
            writer.join()
            missing = [r["id"] for r in records if r["id"] not in results]
            if missing:
                raise ConflictMinerError("conflict-miner refused %d document(s): %s" % (len(missing), ", ".join(missing)),
                                         self._stderr_lines[before:])
            return [results[r["id"]] for r in records]

    @staticmethod
    def _write(process, payload):
        process.stdin.write(payload)
        process.stdin.flush()

    def _extract_process(self):
        if self._extract is None or self._extract.poll() is not None:
            self._extract = subprocess.Popen(
                [self.binary, "extract", "--format", "jsonl", "--quiet"] + self.common + ["-"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                env=self.env, text=True, encoding="utf-8", bufsize=1)
            threading.Thread(target=self._drain, args=(self._extract.stderr,), daemon=True).start()
        return self._extract

    def _drain(self, stream):
        for line in stream:
            self._stderr_lines.append(line.rstrip("\n"))

    # -- events ------------------------------------------------------------------------------

    def events(self, documents, published=None):
        """Event records of the documents (dicts in the tool's events JSONL schema), in
        document order. Raises ConflictMinerError when a document is refused."""
        records = _records(documents, published)
        if not records:
            return []
        payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        done = subprocess.run([self.binary, "events", "--format", "jsonl", "--quiet"] + self.common + ["-"],
                              input=payload, capture_output=True, text=True, encoding="utf-8", env=self.env)
        if done.returncode != 0:
            raise ConflictMinerError("conflict-miner events exited with %d" % done.returncode,
                                     [l for l in done.stderr.splitlines() if l])
        return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]

    # -- lifetime ----------------------------------------------------------------------------

    def close(self):
        if self._extract is not None:
            try:
                self._extract.stdin.close()
                self._extract.wait(timeout=30)
            except Exception:
                self._extract.kill()
            self._extract = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def first_day(value):
    """The first calendar day of a TIMEX3 date value as a `datetime.date` (`2024-11-09`,
    `2024-W45` → its Monday, `2024-11`, `2024`), or None for values with unknown parts."""
    if not value or "X" in value:
        return None
    try:
        if len(value) == 10:
            return datetime.date.fromisoformat(value)
        if "-W" in value:
            year, week = value.split("-W")
            return datetime.date.fromisocalendar(int(year), int(week), 1)
        if len(value) == 7:
            return datetime.date(int(value[:4]), int(value[5:7]), 1)
        if len(value) == 4:
            return datetime.date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def event_rows(events):
    """Flat rows for `pandas.DataFrame`: every scalar field of each event, plus `date_first_day`
    (an ISO date string `pd.to_datetime` reads whatever the precision; the precision stays in
    `date_precision`), `groups` joined with `; ` and the source sentences joined in `evidence`."""
    rows = []
    for event in events:
        row = {k: v for k, v in event.items() if not isinstance(v, (list, dict))}
        day = first_day(event.get("date"))
        row["date_first_day"] = day.isoformat() if day else None
        row["groups"] = "; ".join(event.get("groups") or [])
        row["evidence"] = " / ".join(s.get("text", "") for s in event.get("sources") or [])
        rows.append(row)
    return rows

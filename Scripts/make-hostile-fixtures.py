#!/usr/bin/env python3
"""Writes Tests/Fixtures/hostile/: broken and unusual inputs that the tool must survive.

Each file is small and deterministic; EXPECTED.tsv says what `extract` must do with it
(`ok` = annotated, or the start of the error message). Run again after changing this script.
"""
import json
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "hostile")
BASE = "Militants of the Testland Liberation Front killed 26 soldiers in Quetta on November 9, 2024."

fixtures = {
    # name: (bytes, expected outcome)
    "utf8-bom.txt": ("\ufeff".encode() + BASE.encode(), "ok"),
    "utf16-le-bom.txt": (b"\xff\xfe" + BASE.encode("utf-16-le"), "ok"),
    "utf16-be-bom.txt": (b"\xfe\xff" + BASE.encode("utf-16-be"), "ok"),
    "crlf.txt": (("Headline\r\n\r\n" + BASE + "\r\nMore text.\r\n").encode(), "ok"),
    "lone-cr.txt": (("Headline\r\r" + BASE + "\rMore.").encode(), "ok"),
    "invalid-utf8.txt": (BASE.encode()[:20] + b"\xff\xfe\x80" + BASE.encode()[20:], "invalid UTF-8 at byte 20"),
    "truncated-utf8.txt": (BASE.encode() + "é".encode()[:1], "invalid UTF-8 at byte"),
    "binary.txt": (bytes(range(256)) * 4, "looks like a binary file"),
    "empty.txt": (b"", "ok"),
    "whitespace-only.txt": (b" \n\t\r\n   \n", "ok"),
    "control-chars.txt": (("A\x01B\x07C\x1b[31m " + BASE + " \x0b\x0c\x7f").encode(), "ok"),
    "long-line.txt": (((BASE + " ") * 3000 + "\n").encode(), "ok"),
    "long-token.txt": (("x" * 200_000 + " " + BASE).encode(), "ok"),
    "repeated-punctuation.txt": (("!?" * 50_000 + "..." * 20_000 + "-" * 50_000 + " " + BASE).encode(), "ok"),
    "mixed-scripts-rtl.txt": (("کوئٹہ میں دھماکہ \u202b" + BASE + "\u202c זה טקסט בעברית 🇵🇰👨‍👩‍👧 e\u0301\u0301\u0301").encode(), "ok"),
    "astral-heavy.txt": (("𝐁𝐨𝐥𝐝 " * 1000 + BASE + " 💣" * 1000).encode(), "ok"),
    "html.html.txt": (("<html><head><title>T</title><style>p{color:red}</style><script>var a='<b>';</script></head>"
                       "<body><p>Militants of the Testland Liberation Front killed 26 soldiers in <b>Quetta</b> &amp; "
                       "Mastung on November&nbsp;9, 2024.</p><!-- a comment --></body></html>").encode(), "ok"),
    "bad-meta.txt": (BASE.encode(), "not valid JSON"),
    "bad-meta-date.txt": (BASE.encode(), "not a valid date"),
    "bad-meta-type.txt": (BASE.encode(), "\"published\" must be a string"),
}
metas = {
    "bad-meta.meta.json": b"{\"published\": ",
    "bad-meta-date.meta.json": json.dumps({"published": "2024-02-30"}).encode(),
    "bad-meta-type.meta.json": json.dumps({"published": 20241109}).encode(),
    "crlf.meta.json": json.dumps({"published": "2024-11-20"}).encode(),
}

os.makedirs(HERE, exist_ok=True)
for name in os.listdir(HERE):
    os.remove(os.path.join(HERE, name))
rows = ["file\texpected"]
for name, (data, expected) in sorted(fixtures.items()):
    with open(os.path.join(HERE, name), "wb") as fh:
        fh.write(data)
    rows.append(f"{name}\t{expected}")
for name, data in metas.items():
    with open(os.path.join(HERE, name), "wb") as fh:
        fh.write(data)
with open(os.path.join(HERE, "EXPECTED.tsv"), "w") as fh:
    fh.write("\n".join(rows) + "\n")
print(f"wrote {len(fixtures)} fixtures to {os.path.normpath(HERE)}")

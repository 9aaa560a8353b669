#!/usr/bin/env python3
"""Checks `conflict-miner events --format acled` and `--format geojson` with tools other than
ours: the ACLED CSV read back with Python's csv module, the GeoJSON checked against RFC 7946's
essentials. Exits non-zero, saying what is wrong, on any failure.

    check-event-formats.py [--binary PATH] [INPUT ...]     (default input: Corpus)
"""
import argparse
import csv
import datetime
import io
import json
import subprocess
import sys

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]


def fail(message):
    sys.exit(f"check-event-formats: FAILED: {message}")


def run(binary, fmt, inputs):
    proc = subprocess.run([binary, "events", "--quiet", "--format", fmt, *inputs], capture_output=True, text=True)
    if proc.returncode != 0:
        fail(f"events --format {fmt} exited {proc.returncode}: {proc.stderr.strip()}")
    return proc.stdout


def check_acled(text):
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != ACLED_COLUMNS:
        fail(f"ACLED header differs: {rows[0] if rows else 'none'}")
    for number, row in enumerate(rows[1:], 2):
        if len(row) != len(ACLED_COLUMNS):
            fail(f"ACLED row {number} has {len(row)} cells, not {len(ACLED_COLUMNS)}")
        record = dict(zip(ACLED_COLUMNS, row))
        try:
            day = datetime.date.fromisoformat(record["event_date"])
        except ValueError:
            fail(f"ACLED row {number}: event_date {record['event_date']!r} is not a day")
        if record["year"] != str(day.year):
            fail(f"ACLED row {number}: year {record['year']!r} is not the event_date's")
        for key in ("time_precision", "geo_precision"):
            if record[key] not in ("1", "2", "3"):
                fail(f"ACLED row {number}: {key} {record[key]!r} is not 1, 2 or 3")
        if not record["fatalities"].isdigit():
            fail(f"ACLED row {number}: fatalities {record['fatalities']!r} is not a whole number")
        if not record["event_type"] or not record["actor1"] or not record["country"]:
            fail(f"ACLED row {number}: event_type, actor1 and country are required")
    return len(rows) - 1


def check_geojson(text):
    try:
        collection = json.loads(text)
    except json.JSONDecodeError as error:
        fail(f"GeoJSON is not JSON: {error}")
    if collection.get("type") != "FeatureCollection" or not isinstance(collection.get("features"), list):
        fail("GeoJSON is not a FeatureCollection with a features list")
    for number, feature in enumerate(collection["features"], 1):
        if feature.get("type") != "Feature" or not isinstance(feature.get("properties"), dict):
            fail(f"GeoJSON feature {number} is not a Feature with properties")
        geometry = feature.get("geometry", "missing")
        if geometry is None:
            continue
        if not isinstance(geometry, dict) or geometry.get("type") != "Point":
            fail(f"GeoJSON feature {number}: geometry is neither null nor a Point")
        coordinates = geometry.get("coordinates")
        if not (isinstance(coordinates, list) and len(coordinates) == 2
                and all(isinstance(c, (int, float)) for c in coordinates)):
            fail(f"GeoJSON feature {number}: coordinates are not [longitude, latitude]")
        longitude, latitude = coordinates
        if not (-180 <= longitude <= 180 and -90 <= latitude <= 90):
            fail(f"GeoJSON feature {number}: coordinates {coordinates} out of range")
        if feature["properties"].get("latitude") != latitude or feature["properties"].get("longitude") != longitude:
            fail(f"GeoJSON feature {number}: coordinates are not the record's [longitude, latitude]")
    return len(collection["features"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=".build/release/conflict-miner")
    parser.add_argument("inputs", nargs="*", default=["Corpus"])
    args = parser.parse_args()
    rows = check_acled(run(args.binary, "acled", args.inputs))
    features = check_geojson(run(args.binary, "geojson", args.inputs))
    if rows != features:
        fail(f"{rows} ACLED rows but {features} GeoJSON features")
    empty = subprocess.run([args.binary, "events", "--quiet", "--format", "geojson", "-"], input="",
                           capture_output=True, text=True)
    if empty.returncode != 0 or check_geojson(empty.stdout) != 0:
        fail("no input does not give an empty FeatureCollection")
    print(f"check-event-formats: ACLED CSV ({rows} rows) and GeoJSON ({features} features) are valid")


if __name__ == "__main__":
    main()

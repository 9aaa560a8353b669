import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from conflictminer import ConflictMiner, ConflictMinerError, event_rows, first_day  # noqa: E402


@pytest.fixture(scope="module")
def cm():
    with ConflictMiner() as client:
        yield client


def test_annotate_keeps_order_and_reuses_one_process(cm):
    docs = cm.annotate(["Gunmen killed three soldiers in Quetta on Monday.",
                        {"id": "b", "text": "A bomb wounded two people in Kabul.", "published": "2024-05-02"}],
                       published="2024-11-20")
    assert [d["id"] for d in docs] == ["doc-1", "b"]
    assert any(e["type"] == "PLACE" and e["text"] == "Quetta" for e in docs[0]["entities"])
    process = cm._extract
    again = cm.annotate(["Troops clashed with militants in Khost."])
    assert cm._extract is process
    assert again[0]["entities"]


def test_a_refused_document_raises_with_the_tools_message(cm):
    with pytest.raises(ConflictMinerError) as error:
        cm.annotate([{"id": "x", "text": "Gunmen killed two.", "published": "not a date"}])
    assert error.value.problems
    # the client goes on after a refusal
    assert cm.annotate(["Gunmen killed two in Gao."])[0]["entities"]


def test_bad_documents_are_refused_before_the_tool(cm):
    with pytest.raises(ValueError):
        cm.annotate([{"id": "x"}])
    with pytest.raises(TypeError):
        cm.annotate([42])


def test_events_and_rows_for_pandas(cm):
    events = cm.events(["Gunmen killed three soldiers in Quetta on Monday."], published="2024-11-20")
    assert len(events) == 1 and events[0]["killed"] == 3 and events[0]["country"] == "PK"
    rows = event_rows(events)
    assert rows[0]["date_first_day"] == "2024-11-18"
    assert isinstance(rows[0]["groups"], str) and "sources" not in rows[0]


def test_first_day_of_every_precision():
    assert first_day("2024-11-09").isoformat() == "2024-11-09"
    assert first_day("2024-W46").isoformat() == "2024-11-11"
    assert first_day("2024-11").isoformat() == "2024-11-01"
    assert first_day("2024").isoformat() == "2024-01-01"
    assert first_day("2024-11-XX") is None

"""The schema is data, used twice: schemas/ files must say what kg's code does."""
from __future__ import annotations

import json
from pathlib import Path

from kg.cypher_statements import constraint_statements
from kg.schema import ENTITY_LABELS, load_schema

ROOT = Path(__file__).resolve().parent.parent


def test_constraints_file_matches_the_writer():
    lines = [l.rstrip(";") for l in (ROOT / "schemas" / "constraints.cypher").read_text().splitlines() if l and not l.startswith("//")]
    assert lines == constraint_statements()


def test_schema_json_matches_the_code():
    schema = load_schema()
    assert set(schema.labels) == {"Paper", "Result", *ENTITY_LABELS}
    data = json.loads((ROOT / "schemas" / "schema.json").read_text())
    assert set(data["relationship_types"]) == {
        "PROPOSES", "USES", "EVALUATES_ON", "ADDRESSES", "REPORTS_METRIC", "MENTIONS",
        "REPORTS_RESULT", "RESULT_OF", "RESULT_ON", "RESULT_METRIC",
        "VARIANT_OF", "DERIVED_FROM", "APPLIED_TO", "OUTPERFORMS", "USED_FOR", "PART_OF", "SUBTASK_OF",
    }
    assert schema.allows("Paper", "PROPOSES", "Benchmark") and not schema.allows("Metric", "OUTPERFORMS", "Model")


def test_schema_json_names_every_paper_property_the_graph_gives():
    from kg.link import paper_properties
    from kg.types import Record, Source

    record = Record("T", "A.", Source("f", 1), arxiv_id="2101.00001", authors=["A"], categories=["cs.CL"], year=2021,
                    venue="ACL 2021", anthology_id="2021.acl-long.1", doi="10.18653/v1/2021.acl-long.1")
    properties = paper_properties(record)
    assert None not in properties.values()
    assert set(properties) == set(load_schema().node_types["Paper"]["properties"])

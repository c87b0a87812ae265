"""The entities table is written in every output format, by the in-memory result and by the
streaming writer, and computed again when the tables are read back."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.io import Article
from pipeline.output import TableWriter
from pipeline.result import ChunkResult, ExtractResult


def _chunk(doc_id: str, org: str, person: str) -> ChunkResult:
    chunk = ChunkResult()
    chunk.articles = [{"doc_id": doc_id, "date": "2026-01-0" + doc_id[-1], "status": "ok"}]
    mention = {"doc_id": doc_id, "start_char": 0, "end_char": 3, "sentence": "s"}
    chunk.rows["organizations"] = [{**mention, "text": org, "name": org}]
    chunk.rows["people"] = [{**mention, "text": person, "name": person}]
    chunk.rows["quotes"] = [
        {**mention, "quote": "q", "speaker": person, "speaker_type": "person", "kind": "direct"}
    ]
    return chunk


def _result() -> ExtractResult:
    collected = ChunkResult()
    collected.extend(_chunk("d1", "Ferronnerie Vallin SA", "Hélène Dartois"))
    collected.extend(_chunk("d2", "le groupe Ferronnerie Vallin", "Hélène Dartois"))
    return collected.to_result()


def test_result_has_entities_and_ids() -> None:
    result = _result()
    assert result.entities is not None
    assert len(result.entities) == 2
    assert result.organizations["entity_id"].nunique() == 1
    assert result.quotes["speaker_entity_id"].iloc[0] == result.people["entity_id"].iloc[0]


@pytest.mark.parametrize("format", ["parquet", "csv", "jsonl"])
def test_entities_written_and_read_back(tmp_path: Path, format: str) -> None:
    result = _result()
    paths = result.write(tmp_path, format)
    assert tmp_path / f"entities.{format}" in paths
    back = ExtractResult.read(tmp_path)
    assert back.entities is not None and result.entities is not None
    pd.testing.assert_frame_equal(
        back.entities.reset_index(drop=True), result.entities.reset_index(drop=True)
    )
    assert list(back.organizations["entity_id"]) == list(result.organizations["entity_id"])


@pytest.mark.parametrize("format", ["parquet", "csv", "jsonl"])
def test_streaming_writer_links_entities_over_every_chunk(tmp_path: Path, format: str) -> None:
    writer = TableWriter(tmp_path, format)
    # the writer keeps the articles of its run's input: they are read through skip_done
    assert len(list(writer.skip_done([Article("d1", "t"), Article("d2", "t")]))) == 2
    for chunk in (
        _chunk("d1", "Ferronnerie Vallin SA", "Hélène Dartois"),
        _chunk("d2", "Groupe Ferronnerie Vallin", "Hélène Dartois"),
    ):
        writer.write_chunk(chunk.articles, chunk.rows)
    writer.finalize()
    if format == "parquet":  # the ids are in the files, not only computed on reading
        assert pd.read_parquet(tmp_path / "organizations.parquet")["entity_id"].notna().all()
    back = ExtractResult.read(tmp_path)
    assert back.organizations["entity_id"].nunique() == 1
    assert back.organizations["entity_id"].notna().all()
    assert writer.summary()["entities"] == 2
    written = ExtractResult.read(tmp_path).entities
    assert written is not None and set(written["n_articles"]) == {2}

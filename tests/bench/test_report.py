"""The report's text for the sections a tiny run skips, from a hand-made report."""

from __future__ import annotations

from pipeline.bench import format_benchmark


def test_format_of_multi_process_startup_and_memory_sections() -> None:
    rate = {"seconds": 2.0, "docs_per_s": 5.0, "words_per_s": 3000.0}
    text = format_benchmark(
        {
            "multi_process": {
                "n_docs": 10,
                "n_words": 6000,
                "plain_n1": rate,
                "plain_n2": rate,
                "plain_speedup_n2": 1.8,
                "ours_n2": {"error": "BrokenProcessPool: a worker died"},
            },
            "startup": {
                "plain": {"import_s": 1.0, "load_s": 2.5, "total_s": 3.5},
                "ours": {"error": "start-up of ours failed (1): boom"},
            },
            "memory": {
                "runs": [
                    {
                        "n_articles": 5,
                        "peak_rss_mb": 800.0,
                        "rss_after_load_mb": 700.0,
                        "seconds": 3.0,
                        "rows": 40,
                        "vocab_strings": 1000,
                    },
                    {"error": "memory subprocess failed (9): killed"},
                ]
            },
        }
    )
    assert "plain_speedup_n2  : 1.80x" in text
    assert "ours_n2   : failed: BrokenProcessPool" in text
    assert "2.50 s load" in text and "boom" in text
    assert "peak RSS 800 MiB" in text and "killed" in text

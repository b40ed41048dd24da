"""The throughput benchmark runs and reports a sane figure."""

from benchmarks.ingestion import throughput_benchmark


def test_benchmark_reads_every_generated_article_in_all_formats():
    n = 8

    result = throughput_benchmark(n)

    assert result["articles"] == n
    assert result["articles_per_second"] > 0
    assert all(v["articles"] == 2 for v in result["by_format"].values())


def test_benchmark_articles_are_realistic_length():
    n = 4

    result = throughput_benchmark(n)

    assert 500 * n <= result["words"] <= 1000 * n

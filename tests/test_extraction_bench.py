"""`make bench`'s extraction section finds its texts from any working directory."""

from benchmarks.extraction import benchmark_texts


def test_the_extraction_benchmark_reads_our_gold_set_and_the_bundled_samples():
    texts = benchmark_texts()

    assert len(texts) > 18  # the 18 gold-set articles and at least one sample
    assert all(text.strip() for text in texts)

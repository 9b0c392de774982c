"""Near-duplicate detection: the same wire story in several outlets becomes one story.

Each article gets a 64-bit SimHash of its word 3-gram shingles; articles whose hashes
differ in at most :data:`MAX_DISTANCE` bits join the story (``story_id``) of the first
such article. Exact copies (same text hash) are marked ``duplicate`` earlier, in the runner.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

MAX_DISTANCE = 12
"""Largest Hamming distance (bits of 64) between SimHashes of the same story. Unrelated
news texts differ in about 32 bits (binomial: P(≤ 12) ≈ 1e-7); edited wire copies in 5–12."""
MIN_WORDS = 40
"""Texts shorter than this (words) are never grouped: too little to judge."""
_WORD = re.compile(r"\w+", re.UNICODE)
_BITS = np.arange(64, dtype=np.uint64)


def simhash(text: str) -> int:
    """64-bit SimHash (as a signed int, for Parquet int64) of the text's word 3-grams."""
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}
    if not shingles:
        return 0
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little")
         for s in shingles), dtype=np.uint64, count=len(shingles))
    ones = ((hashes[:, None] >> _BITS) & np.uint64(1)).sum(axis=0)
    value = int((ones * 2 > len(hashes)).astype(np.uint64) @ (np.uint64(1) << _BITS))
    return value - (1 << 64) if value >= 1 << 63 else value


class StoryIndex:
    """Known (story_id, simhash) pairs; assigns new articles to a story."""

    def __init__(self, known: list[tuple[str, int]] | None = None) -> None:
        known = known or []
        self._stories = [story for story, _ in known]
        self._hashes = np.array([h for _, h in known], dtype=np.int64)

    def assign(self, article_id: str, text: str) -> tuple[str, int]:
        """The story of an article (its own id when new) and its SimHash."""
        value = simhash(text)
        if len(_WORD.findall(text)) < MIN_WORDS:
            return article_id, value
        if len(self._hashes):
            distance = np.bitwise_count(self._hashes ^ np.int64(value))
            best = int(np.argmin(distance))
            if int(distance[best]) <= MAX_DISTANCE:
                return self._stories[best], value
        self._stories.append(article_id)
        self._hashes = np.append(self._hashes, np.int64(value))
        return article_id, value

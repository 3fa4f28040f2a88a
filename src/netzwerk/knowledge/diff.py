"""A readable difference between two texts: changed words marked inside their lines, as people compare
versions on paper, not a unified diff.

Lines are compared first (a long article changes in a few places); inside a changed block of lines the
words are compared, so "zwei Wochen" → "drei Wochen" marks one word, not the paragraph.
"""

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

Kind = Literal["equal", "insert", "delete"]
# Words, runs of white space and single other characters: punctuation changes stay small.
TOKENS = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Segment:
    kind: Kind
    text: str


@dataclass(frozen=True)
class TextDiff:
    segments: tuple[Segment, ...]

    @property
    def changed(self) -> bool:
        return any(segment.kind != "equal" for segment in self.segments)

    def count(self, kind: Kind) -> int:
        return sum(len(re.findall(r"\w+", s.text)) for s in self.segments if s.kind == kind)

    @property
    def words_added(self) -> int:
        return self.count("insert")

    @property
    def words_removed(self) -> int:
        return self.count("delete")


def _merged(segments: list[Segment]) -> tuple[Segment, ...]:
    merged: list[Segment] = []
    for segment in segments:
        if not segment.text:
            continue
        if merged and merged[-1].kind == segment.kind:
            merged[-1] = Segment(segment.kind, merged[-1].text + segment.text)
        else:
            merged.append(segment)
    return tuple(merged)


def _word_segments(old: str, new: str) -> list[Segment]:
    old_tokens, new_tokens = TOKENS.findall(old), TOKENS.findall(new)
    segments: list[Segment] = []
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            segments.append(Segment("equal", "".join(old_tokens[i1:i2])))
            continue
        segments.append(Segment("delete", "".join(old_tokens[i1:i2])))
        segments.append(Segment("insert", "".join(new_tokens[j1:j2])))
    return segments


def _common_ends(old_lines: list[str], new_lines: list[str]) -> tuple[int, int]:
    """How many lines both texts share at the start and at the end: an edit of a long article changes a
    few lines in the middle, and the matcher need not look at the rest."""
    start, limit = 0, min(len(old_lines), len(new_lines))
    while start < limit and old_lines[start] == new_lines[start]:
        start += 1
    end = 0
    while end < limit - start and old_lines[-1 - end] == new_lines[-1 - end]:
        end += 1
    return start, end


def diff_texts(old: str, new: str) -> TextDiff:
    old_lines, new_lines = (old or "").splitlines(keepends=True), (new or "").splitlines(keepends=True)
    start, end = _common_ends(old_lines, new_lines)
    segments: list[Segment] = [Segment("equal", "".join(old_lines[:start]))]
    tail = "".join(old_lines[len(old_lines) - end :]) if end else ""
    old_lines, new_lines = old_lines[start : len(old_lines) - end], new_lines[start : len(new_lines) - end]
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        before, after = "".join(old_lines[i1:i2]), "".join(new_lines[j1:j2])
        if tag == "equal":
            segments.append(Segment("equal", before))
        elif tag == "replace":
            segments.extend(_word_segments(before, after))
        else:
            segments.append(Segment("delete", before))
            segments.append(Segment("insert", after))
    segments.append(Segment("equal", tail))
    return TextDiff(_merged(segments))

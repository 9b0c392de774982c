"""Hand-made coded rows for the scoring tests (no shared data)."""

from __future__ import annotations

from events.evaluation.coded import CodedRow


def row(code: str, source: str | None = None, target: str | None = None, *,
        source_span: tuple[int, int] | None = None, target_span: tuple[int, int] | None = None,
        action: int = 0, modality: str | None = None, in_table: bool = True) -> CodedRow:
    """A coded row as the chain would give it."""
    return CodedRow(code=code, root=code[:2], source=source, target=target,
                    source_span=source_span, target_span=target_span, action=action,
                    sentence=(0, 100), modality=modality, confidence=None, rule="test",
                    plover=None, in_table=in_table)

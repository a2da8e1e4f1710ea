"""A map's comments on their own: the feedback sheet ``argmap export MAP OUT.md --comments`` writes."""

from __future__ import annotations

from argmap.model import ArgumentMap


def comments_text(amap: ArgumentMap, *, markdown: bool = True) -> str:
    """Every commented statement in map order, with its kind, its text and the comment.

    >>> m = ArgumentMap("Walk?")
    >>> _ = m.add("claim", "We should walk.", id="c", comment="Say who 'we' is.")
    >>> print(comments_text(m, markdown=False))
    Comments on "Walk?"
    <BLANKLINE>
    1. claim c: We should walk.
       Comment: Say who 'we' is.
    <BLANKLINE>
    """
    commented = [s for s in amap.statements() if s.comment.strip()]
    if markdown:
        lines = [f"# Comments on “{amap.title}”", ""]
        if not commented:
            lines += ["No statement has a comment.", ""]
        for n, s in enumerate(commented, start=1):
            lines += [f"{n}. **{s.kind.value}** `{s.id}`: {' '.join(s.text.split())}", ""]
            lines += ["   > " + line if line.strip() else "   >" for line in s.comment.splitlines()]
            lines.append("")
        return "\n".join(lines)
    lines = [f'Comments on "{amap.title}"', ""]
    if not commented:
        lines += ["No statement has a comment.", ""]
    for n, s in enumerate(commented, start=1):
        lines.append(f"{n}. {s.kind.value} {s.id}: {' '.join(s.text.split())}")
        body = s.comment.splitlines() or [""]
        lines.append(f"   Comment: {body[0]}")
        lines += [f"            {line}" for line in body[1:]]
        lines.append("")
    return "\n".join(lines)

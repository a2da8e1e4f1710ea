"""The argmap file format (schema_version 2) as pydantic models.

pydantic lives only here, at the file boundary; the live model is
:class:`argmap.model.ArgumentMap`. ``python -m argmap.io.schema_file`` rewrites
``resources/argmap.schema.json`` from these models.
"""

from __future__ import annotations

import json
import math
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from argmap.model import MAX_TEXT, MAX_TITLE, Kind, LayoutName, Relation, SemanticsName
from argmap.model.quotes import MAX_EMBEDDED

SCHEMA_VERSION = 2
#: Versions whose files these models read as they are: version 2 only added optional fields, so a
#: version-1 file is a version-2 document with its number raised (io/reading.py MIGRATIONS does that).
READ_AS_CURRENT = frozenset({1, 2})
#: Most statements or links a file may hold; far above any real debate.
MAX_ITEMS = 1_000_000


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError("must be a finite number")
    return value


Finite = Annotated[float, AfterValidator(_finite)]
Id = Annotated[str, Field(min_length=1, max_length=200, pattern=r"\S")]
Text = Annotated[str, Field(max_length=MAX_TEXT)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class SourceModel(_Strict):
    """A reference backing a statement."""

    title: str = Field(min_length=1, max_length=2000, description="Title of the source.")
    url: str | None = Field(default=None, max_length=2000, description="Web address, if any.")


class QuoteModel(_Strict):
    """The passage of a source document that a statement cites (since version 2)."""

    source: Id = Field(description="Id of the map's source document (in the map's sources list).")
    text: Annotated[str, Field(min_length=1, max_length=MAX_TEXT)] = Field(description="The quoted words, exactly.")
    start: int = Field(default=0, ge=0, description="Offset of the first quoted character in the document's text when quoted.")
    end: int = Field(default=0, ge=0, description="Offset just after the last quoted character.")
    before: Annotated[str, Field(max_length=160)] = Field(default="", description="Text just before the passage, to find it again.")
    after: Annotated[str, Field(max_length=160)] = Field(default="", description="Text just after the passage, to find it again.")


class SourceDocumentModel(_Strict):
    """An article or report the map quotes from (since version 2)."""

    id: Id = Field(description="Stable, unique identifier of the source; quotes refer to it.")
    title: str = Field(min_length=1, max_length=2000, description="Title of the document.")
    author: str = Field(default="", max_length=2000, description="Author(s), as cited.")
    date: str = Field(default="", max_length=2000, description="Date of publication, as the source gives it.")
    url: str = Field(default="", max_length=2000, description="Web address, if any.")
    path: str = Field(default="", max_length=2000, description="The document's file, relative to the map file's folder.")
    text: Annotated[str, Field(max_length=MAX_EMBEDDED)] = Field(
        default="", description="The document's text embedded in the map, so map and source travel together; empty when not embedded."
    )
    digest: str = Field(
        default="", max_length=2000, description="Fingerprint of the text the quotes were taken from (tells a changed document)."
    )


class PositionModel(_Strict):
    """A point on the canvas, in scene units."""

    x: Finite = Field(description="Horizontal position (grows to the right).")
    y: Finite = Field(description="Vertical position (grows downwards).")


class NodeModel(_Strict):
    """One statement of the map."""

    id: Id = Field(description="Stable, unique identifier of the statement.")
    kind: Kind = Field(strict=False, description="Role of the statement: claim, support, objection, rebuttal or evidence.")
    title: Annotated[str, Field(max_length=MAX_TITLE)] = Field(
        default="", description="Short tag line shown in bold above the text (since version 2); empty for none."
    )
    text: Text = Field(description="The statement itself, a full sentence.")
    notes: Text = Field(default="", description="Free notes: context, caveats, teaching remarks.")
    sources: list[SourceModel] = Field(default_factory=list, max_length=1000, description="References backing the statement.")
    tags: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(
        default_factory=list, max_length=1000, description="Short labels for filtering."
    )
    score: Finite = Field(
        default=0.5, ge=0.0, le=1.0, description="Base score: confidence in the statement on its own, 0 to 1."
    )
    pinned: PositionModel | None = Field(default=None, description="Position fixed by the user; absent when laid out automatically.")
    collapsed: bool = Field(default=False, description="Whether the statement's subtree is hidden.")
    quote: QuoteModel | None = Field(default=None, description="The passage of a source document this statement cites (since version 2).")
    comment: Text = Field(default="", description="A teacher's comment on the statement (since version 2); not part of the argument.")
    question: Annotated[str, Field(max_length=200)] = Field(
        default="", description="The critical question this statement raises, as scheme/question (since version 2)."
    )


class EdgeModel(_Strict):
    """A child statement bearing on its parent."""

    source: Id = Field(description="Id of the child statement (the reason or objection).")
    target: Id = Field(description="Id of the parent statement it supports or attacks.")
    relation: Relation = Field(strict=False, description="support, attack or rephrase (since version 2: restates the target).")
    group: Annotated[str, Field(min_length=1, max_length=200)] | None = Field(
        default=None,
        description="Name of a linked reason: edges of one group into one target are co-premises that count only together.",
    )
    scheme: Annotated[str, Field(min_length=1, max_length=200)] | None = Field(
        default=None,
        description="The argument scheme this reason is an instance of (since version 2): an id from argmap's scheme catalogue.",
    )
    also_in: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(
        default_factory=list,
        max_length=1000,
        description="Further linked reasons into the same target this premise belongs to (since version 2): a shared premise.",
    )
    onto: Id | None = Field(
        default=None,
        description="Undercut (since version 2): this attack is on the inference from the premise with this id to the target.",
    )
    onto_group: Annotated[str, Field(min_length=1, max_length=200)] | None = Field(
        default=None,
        description="Undercut (since version 2): this attack is on the inference of the linked reason of this name into the target.",
    )


class ViewModel(_Strict):
    """Where the user was looking."""

    zoom: Finite = Field(default=1.0, gt=0, le=1000, description="Zoom factor, 1 = 100 %.")
    center: PositionModel = Field(description="Scene point at the centre of the window.")


class MapFile(_Strict):
    """An argmap argument map."""

    # The JSON parser caches the strings of keys only (by default values up to 64 characters too: each looked up in
    # a cache, 30 % of parsing 50,000 statements); the one value repeated in bulk, a link's ends, the reader makes the
    # statements' own strings (io/check.py accept_document).
    model_config = ConfigDict(extra="forbid", strict=True, cache_strings="keys")

    schema_version: int = Field(description=f"Version of this file format; this argmap writes {SCHEMA_VERSION}.")
    title: Text = Field(description="Title of the map.")
    description: Text = Field(default="", description="What the map is about.")
    layout: LayoutName = Field(
        default="tree",
        description="How the map is arranged: tree (replies side by side under each statement) or columns"
        " (replies hang below their statement, the main claim's in columns: fits a slide).",
    )
    semantics: SemanticsName = Field(
        default="dfquad",
        description="How strengths are worked out (version 2 on): dfquad (DF-QuAD, Rago et al. 2016), quadratic-energy"
        " (Potyka 2018) or euler (Euler-based, Amgoud & Ben-Naim 2017); see docs/evaluation.md.",
    )
    nodes: list[NodeModel] = Field(max_length=MAX_ITEMS, description="Statements, in creation order.")
    edges: list[EdgeModel] = Field(default_factory=list, max_length=MAX_ITEMS, description="Links from child to parent.")
    view: ViewModel | None = Field(default=None, description="Saved view (zoom and centre).")
    sources: list[SourceDocumentModel] = Field(
        default_factory=list, max_length=10_000, description="Documents the map quotes from (since version 2)."
    )


def json_schema() -> str:
    """The JSON Schema of the file format, as the bytes written to resources/."""
    schema = MapFile.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "argmap.schema.json"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"

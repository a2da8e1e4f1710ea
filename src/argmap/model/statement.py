"""Immutable values stored in the map: statements, their sources, and links."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from argmap.model.errors import InvalidValue
from argmap.model.kinds import Kind, Relation, parse_kind, parse_relation

if TYPE_CHECKING:
    from argmap.model.quotes import Quote  # quotes.py imports this module's checks

#: Longest statement text, notes or title accepted (characters); larger is surely a mistake.
MAX_TEXT = 20_000
#: Longest statement title (a tag line such as "Constitutional constraints"); longer is a sentence, not a title.
MAX_TITLE = 500
DEFAULT_SCORE = 0.5
#: Limits shared with the file format (io/schema.py), so that every map the model holds can be saved.
MAX_SOURCE_TEXT = 2000
MAX_TAG = 100
MAX_GROUP = 200
MAX_LIST = 1000
MAX_ZOOM = 1000.0


@dataclass(frozen=True, slots=True)
class Source:
    """A reference backing a statement."""

    title: str
    url: str | None = None

    def __post_init__(self) -> None:
        check_text("source", "title", self.title, MAX_SOURCE_TEXT)
        if not self.title.strip():
            raise InvalidValue("a source needs a title")
        if self.url is not None:
            check_text("source", "url", self.url, MAX_SOURCE_TEXT)


@dataclass(frozen=True, slots=True)
class Statement:
    """One box of the map. Change it with ``dataclasses.replace`` via the map."""

    id: str
    kind: Kind
    text: str
    notes: str = ""
    sources: tuple[Source, ...] = ()
    tags: tuple[str, ...] = ()
    score: float = DEFAULT_SCORE
    pinned: tuple[float, float] | None = None
    collapsed: bool = False
    #: An optional short tag line shown in bold above the text (Argdown's ``[Title]: text``); "" for none.
    #: Fields added after version 1 come last, so positional construction keeps its meaning.
    title: str = ""
    #: The passage of a source document this statement cites (argmap.model.quotes.Quote), or None.
    quote: Quote | None = None
    #: A teacher's comment on the statement (feedback for a student), not part of the argument; "" for none.
    comment: str = ""
    #: The critical question this statement raises, as "scheme/question" (resources/schemes.json); "" for none.
    question: str = ""

    def __post_init__(self) -> None:
        check_id(self.id)
        owner = f"statement {self.id!r}"
        object.__setattr__(self, "kind", parse_kind(self.kind))
        check_text(owner, "text", self.text)
        check_text(owner, "notes", self.notes)
        check_text(owner, "title", self.title, MAX_TITLE)
        check_text(owner, "comment", self.comment)
        check_text(owner, "critical question", self.question, MAX_GROUP)
        object.__setattr__(self, "sources", _as_tuple(owner, "sources", self.sources))
        object.__setattr__(self, "tags", _as_tuple(owner, "tags", self.tags))
        for source in self.sources:
            if not isinstance(source, Source):
                raise InvalidValue(f"{owner}: each source must be a Source, not {type(source).__name__}")
        for tag in self.tags:
            if not isinstance(tag, str) or not tag.strip() or len(tag) > MAX_TAG:
                raise InvalidValue(f"{owner}: tag {tag!r} is empty or too long")
            check_text(owner, "tag", tag, MAX_TAG)
        if len(set(self.tags)) != len(self.tags):
            raise InvalidValue(f"{owner}: tags repeat")
        if self.quote is not None:
            from argmap.model.quotes import Quote  # here, not above: quotes.py imports this module

            if not isinstance(self.quote, Quote):
                raise InvalidValue(f"{owner}: quote must be a Quote, not {type(self.quote).__name__}")
        if not (_is_number(self.score) and 0.0 <= self.score <= 1.0):
            raise InvalidValue(f"{owner}: score {self.score!r} is not between 0 and 1")
        if not isinstance(self.collapsed, bool):
            raise InvalidValue(f"{owner}: collapsed must be true or false, not {self.collapsed!r}")
        if self.pinned is not None:
            object.__setattr__(self, "pinned", _point(owner, "pinned position", self.pinned))

    def __reduce__(self) -> tuple:
        # Pickled when a large map comes from the reading process: its values in field order, put back
        # without the checks they passed (dataclasses' own __setstate__ looks the fields up for each object:
        # unpickling 50,000 statements and their links took 0.5 s of the window's time).
        return (_restore_statement, (_statement_values(self),))


@dataclass(frozen=True, slots=True)
class Link:
    """An edge from a child statement (source) to the parent it bears on (target)."""

    source: str
    target: str
    relation: Relation
    group: str | None = None
    #: The argument scheme this reason is an instance of (an id of resources/schemes.json, or a foreign scheme's name).
    scheme: str | None = None
    #: Further linked reasons into the same target that this premise belongs to as well (a premise shared
    #: by several arguments, common in AIF corpora): the link counts in ``group`` and in each of these.
    also_in: tuple[str, ...] = ()
    #: An undercut (an attack on an inference): the premise whose plain link into ``target`` this attacks.
    onto: str | None = None
    #: An undercut of a linked reason: the name of the group into ``target`` whose inference this attacks.
    onto_group: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "relation", parse_relation(self.relation))
        owner = f"link {self.source!r} -> {self.target!r}"
        if self.scheme is not None:
            check_text("link", "scheme", self.scheme, MAX_GROUP)
            if not self.scheme.strip():
                raise InvalidValue("a scheme name cannot be blank")
        if self.group is not None:
            check_text("link", "group name", self.group, MAX_GROUP)
            if not self.group.strip():
                raise InvalidValue("a group name cannot be blank")
        if self.also_in:
            object.__setattr__(self, "also_in", _as_tuple(owner, "further groups", self.also_in))
            if self.group is None:
                raise InvalidValue(f"{owner}: a premise can be in further linked reasons only if it is in one")
            for name in self.also_in:
                check_text("link", "group name", name, MAX_GROUP)
                if not isinstance(name, str) or not name.strip():
                    raise InvalidValue("a group name cannot be blank")
            if len(set(self.also_in)) != len(self.also_in) or self.group in self.also_in:
                raise InvalidValue(f"{owner}: the same linked reason is named twice")
        elif not isinstance(self.also_in, tuple):
            object.__setattr__(self, "also_in", _as_tuple(owner, "further groups", self.also_in))
        for name, value in (("undercut premise", self.onto), ("undercut group", self.onto_group)):
            if value is not None:
                check_text("link", name, value, MAX_GROUP)
                if not value.strip():
                    raise InvalidValue(f"{owner}: the {name} cannot be blank")
        if self.onto is not None and self.onto_group is not None:
            raise InvalidValue(f"{owner}: an undercut attacks one inference: a premise's link or a linked reason, not both")
        if self.is_undercut and self.relation != Relation.ATTACK:
            raise InvalidValue(f"{owner}: only an attack can undercut an inference")
        if self.onto is not None and self.onto == self.source:
            raise InvalidValue(f"{owner}: a statement cannot undercut its own link")
        if self.relation == Relation.REPHRASE and (self.group is not None or self.scheme is not None):
            raise InvalidValue(f"{owner}: a rephrase belongs to no linked reason and has no scheme")

    def __reduce__(self) -> tuple:
        return (_restore_link, (_link_values(self),))  # (see Statement.__reduce__)

    @property
    def is_undercut(self) -> bool:
        """True for an attack on an inference (``onto`` or ``onto_group`` set)."""
        return self.onto is not None or self.onto_group is not None

    @property
    def group_names(self) -> tuple[str, ...]:
        """Every linked reason this link is a premise of: ``group`` then ``also_in``; () for a plain link."""
        return (self.group, *self.also_in) if self.group is not None else ()

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.target)


@dataclass(frozen=True, slots=True)
class View:
    """Where the user was looking when the map was saved."""

    zoom: float = 1.0
    center: tuple[float, float] = field(default=(0.0, 0.0))

    def __post_init__(self) -> None:
        if not (_is_number(self.zoom) and 0.0 < self.zoom <= MAX_ZOOM):
            raise InvalidValue(f"view: zoom {self.zoom!r} must be above 0 and at most {MAX_ZOOM:g}")
        object.__setattr__(self, "center", _point("view", "centre", self.center))


_new = object.__new__
_set = object.__setattr__  # a frozen dataclass refuses plain assignment


class _StatementFilling:
    """:class:`Statement`'s twin for the bulk loaders: the very same slots, which plain attribute stores may set (a frozen
    dataclass refuses them). A new statement is filled as one of these, then made a Statement by ``__class__`` (which
    Python allows between classes of one layout): a store per field, which the interpreter specialises, instead of a
    call of each slot's descriptor (a statement 1.9 -> 0.8 us; 50,000 of them are made at opening)."""

    __slots__ = Statement.__slots__  # (the same names in the same order: the same layout)


class _LinkFilling:
    """:class:`Link`'s twin (see :class:`_StatementFilling`)."""

    __slots__ = Link.__slots__


def prechecked_statement(
    id: str, kind: Kind, text: str, notes: str, sources: tuple[Source, ...], tags: tuple[str, ...],
    score: float, pinned: tuple[float, float] | None, collapsed: bool, *, title: str = "", quote: Quote | None = None,
    comment: str = "", question: str = "",
) -> Statement:
    """A :class:`Statement` made without its checks, for bulk loaders only (four times faster).

    The caller vouches that every value already passed what ``Statement.__post_init__``
    checks, in its final form (a Kind, tuples, floats): ``argmap.io`` does so for a file
    that pydantic and its own checks accepted. Anyone else: use ``Statement(...)``.
    """
    statement: Any = _new(_StatementFilling)
    statement.id = id
    statement.kind = kind
    statement.text = text
    statement.notes = notes
    statement.title = title
    statement.comment = comment
    statement.question = question
    statement.sources = sources
    statement.tags = tags
    statement.score = score
    statement.pinned = pinned
    statement.collapsed = collapsed
    statement.quote = quote
    statement.__class__ = Statement
    return statement


def prechecked_source(title: str, url: str | None) -> Source:
    """A :class:`Source` made without its checks; the same contract as :func:`prechecked_statement`."""
    source = _new(Source)
    _set(source, "title", title)
    _set(source, "url", url)
    return source


def prechecked_link(
    source: str, target: str, relation: Relation, group: str | None, scheme: str | None = None,
    also_in: tuple[str, ...] = (), onto: str | None = None, onto_group: str | None = None,
) -> Link:
    """A :class:`Link` made without its checks; the same contract as :func:`prechecked_statement`."""
    link: Any = _new(_LinkFilling)  # (filled as a twin, as prechecked_statement)
    link.source = source
    link.target = target
    link.relation = relation
    link.group = group
    link.scheme = scheme
    link.also_in = also_in
    link.onto = onto
    link.onto_group = onto_group
    link.__class__ = Link
    return link


_STATEMENT_FIELDS = ("id", "kind", "text", "notes", "sources", "tags", "score", "pinned", "collapsed", "title", "quote", "comment",
                     "question")
_LINK_FIELDS = ("source", "target", "relation", "group", "scheme", "also_in", "onto", "onto_group")
# the fields the twins are filled with below, in the order a pickle holds them: every field (one added to the class
# must be added here and there)
assert tuple(f.name for f in fields(Statement)) == _STATEMENT_FIELDS and tuple(f.name for f in fields(Link)) == _LINK_FIELDS
_statement_values = attrgetter(*_STATEMENT_FIELDS)
_link_values = attrgetter(*_LINK_FIELDS)


def _restore_statement(values: tuple) -> Statement:
    """A pickled :class:`Statement` back (:meth:`Statement.__reduce__`): the values were checked when it was made."""
    statement: Any = _new(_StatementFilling)  # (filled as a twin, as prechecked_statement)
    (statement.id, statement.kind, statement.text, statement.notes, statement.sources, statement.tags, statement.score,
     statement.pinned, statement.collapsed, statement.title, statement.quote, statement.comment, statement.question) = values
    statement.__class__ = Statement
    return statement


def _restore_link(values: tuple) -> Link:
    """A pickled :class:`Link` back (see :func:`_restore_statement`)."""
    link: Any = _new(_LinkFilling)
    (link.source, link.target, link.relation, link.group, link.scheme, link.also_in, link.onto, link.onto_group) = values
    link.__class__ = Link
    return link


def check_id(value: str) -> None:
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        raise InvalidValue(f"statement id {value!r} must be a non-blank string of at most 200 characters")
    check_text("statement", "id", value, 200)


def check_text(owner: str, name: str, value: object, limit: int = MAX_TEXT) -> None:
    """Refuse what the file format could not hold: non-text, over-long text, lone surrogates."""
    if not isinstance(value, str):
        raise InvalidValue(f"{owner}: {name} must be a string, not {type(value).__name__}")
    if len(value) > limit:
        raise InvalidValue(f"{owner}: {name} is longer than {limit} characters")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidValue(f"{owner}: {name} contains a broken character (a lone surrogate)") from None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _as_tuple(owner: str, name: str, value: object) -> tuple:
    # A bare string would otherwise become a tuple of its letters.
    if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
        raise InvalidValue(f"{owner}: {name} must be a list, not {type(value).__name__}")
    if len(value) > MAX_LIST:
        raise InvalidValue(f"{owner}: more than {MAX_LIST} {name}")
    return tuple(value)


def _point(owner: str, name: str, value: object) -> tuple[float, float]:
    if not (isinstance(value, list | tuple) and len(value) == 2 and all(_is_number(v) for v in value)):
        raise InvalidValue(f"{owner}: {name} must be two finite numbers, not {value!r}")
    return (float(value[0]), float(value[1]))

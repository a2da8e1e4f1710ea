"""Checks a parsed file for what pydantic cannot see: ids, link endpoints, groups.

Kept apart from the model so that ``argmap validate`` need not import NetworkX
(its import alone costs about 0.2 s); :func:`build_map` relies on these checks.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

from argmap.file_errors import MapFileError
from argmap.io.convert import link_from, quote_from, sources_from_one, statement_from
from argmap.io.schema import EdgeModel, MapFile
from argmap.model import Link, Relation, Source, Statement
from argmap.model.errors import MapError
from argmap.model.statement import prechecked_link, prechecked_source, prechecked_statement


def check_document(document: MapFile, path: str | Path | None = None) -> tuple[list[Statement], list[Link]]:
    """Raise :class:`MapFileError` for the first problem that would stop the map from loading.

    Returns the statements and links it built while checking, so the loader need not
    build them a second time.
    """
    statements: list[Statement] = []
    links: list[Link] = []
    first_at: dict[str, int] = {}
    for i, node in enumerate(document.nodes):
        if node.id in first_at:
            raise MapFileError(path, f"duplicate statement id {node.id!r} (first used at $.nodes[{first_at[node.id]}])", f"$.nodes[{i}]")
        first_at[node.id] = i
        try:
            statements.append(statement_from(node))
        except MapError as exc:
            raise MapFileError(path, str(exc), f"$.nodes[{i}]") from None
    source_at: dict[str, int] = {}
    for i, doc in enumerate(document.sources):
        if doc.id in source_at:
            raise MapFileError(path, f"duplicate source id {doc.id!r} (first used at $.sources[{source_at[doc.id]}])", f"$.sources[{i}]")
        source_at[doc.id] = i
        try:
            sources_from_one(doc)
        except MapError as exc:
            raise MapFileError(path, str(exc), f"$.sources[{i}]") from None
    seen: dict[tuple[str, str], int] = {}
    group_relation: dict[tuple[str, str], str] = {}
    for i, edge in enumerate(document.edges):
        place = f"$.edges[{i}]"
        for end in (edge.source, edge.target):
            if end not in first_at:
                raise MapFileError(path, f"link to a missing statement {end!r}", place)
        if edge.source == edge.target:
            raise MapFileError(path, f"statement {edge.source!r} cannot support or attack itself", place)
        key = (edge.source, edge.target)
        if key in seen:
            raise MapFileError(path, f"{edge.source!r} is already linked to {edge.target!r} (at $.edges[{seen[key]}])", place)
        seen[key] = i
        try:
            links.append(link_from(edge))  # what the schema lets through but the model refuses (a blank group name)
        except MapError as exc:
            raise MapFileError(path, str(exc), place) from None
        for name in links[-1].group_names:
            relation = group_relation.setdefault((edge.target, name), edge.relation)
            if relation != edge.relation:
                raise MapFileError(path, f"linked reason {name!r} into {edge.target!r} mixes support and attack", place)
    problem = undercut_problem(links)
    if problem is not None:
        raise MapFileError(path, problem[1], f"$.edges[{problem[0]}]")
    return statements, links


def undercut_problem(links: list[Link]) -> tuple[int, str] | None:
    """The first undercut that attacks no inference of the file, as (edge index, message); None if all do.

    The same rules as ``ArgumentMap.add_link`` (an undercut attacks a plain support or attack link,
    or a linked reason, into its own target), checked once all links are known.
    """
    if not any(link.is_undercut for link in links):
        return None
    by_key = {link.key: link for link in links}
    groups = {(link.target, name) for link in links for name in link.group_names}
    for i, link in enumerate(links):
        if link.onto is not None:
            attacked = by_key.get((link.onto, link.target))
            if attacked is None:
                return i, f"{link.source!r} undercuts the link from {link.onto!r} to {link.target!r}, which does not exist"
            if attacked.relation == Relation.REPHRASE or attacked.is_undercut:
                return i, f"{link.source!r} can undercut only a support or an attack, not the link from {link.onto!r}"
            if attacked.group is not None:
                where = f"the link from {link.onto!r} to {link.target!r}"
                return i, f"{where} is part of the linked reason {attacked.group!r}: undercut the group"
        elif link.onto_group is not None:
            if (link.target, link.onto_group) not in groups:
                return i, f"{link.source!r} undercuts the linked reason {link.onto_group!r} into {link.target!r}, which does not exist"
            if link.group == link.onto_group:
                return i, f"{link.source!r} cannot undercut the linked reason it belongs to"
    return None


#: The fields of a statement that need no check of their own: a node that gives no others takes a shorter path.
_PLAIN_NODE = frozenset(("id", "kind", "text", "notes", "score"))


def accept_document(fields: dict[str, Any], given: AbstractSet[str]) -> tuple[list[Statement], list[Link], int] | None:
    """The statements and links of a document with no problem at all, or None at the first doubt.

    The fast twin of :func:`check_document`, for a document pydantic parsed from bytes
    (:data:`~argmap.io.fast_schema.FAST_MAP_FILE`: ``fields`` as a MapFile would hold them, ``given`` the names of
    those the file gives, each statement and link a dict of the keys the file gives, the others taking the models'
    defaults here). Its JSON parser refuses lone surrogates, so no string needs that check again. The same checks,
    plus what Statement and Link check beyond the schema (blank ids, tags, source titles and group names: the schema's
    ``\\S`` and ``str.strip`` disagree on a few control characters; repeated tags), then each statement, source and
    link made once, unchecked. No messages: on None the careful path reads the file again and words the problem.

    Also returns how many keys the document has plus how many colons its strings hold, for
    the reader's repeated-key test; counted in this one pass because touching 20,000 statements
    a second time costs as much again (they are spread over memory).
    """
    colons = len(given) + fields["title"].count(":") + fields["description"].count(":")
    source_ids: set[str] = set()
    for doc in fields["sources"]:  # checked here as SourceDocument checks them; built by the reader
        if doc.id in source_ids or not doc.id.strip() or not doc.title.strip():
            return None
        source_ids.add(doc.id)
        colons += len(doc.__pydantic_fields_set__) + sum(
            value.count(":") for value in (doc.id, doc.title, doc.author, doc.date, doc.url, doc.path, doc.text, doc.digest)
        )
    view = fields["view"]
    if view is not None:
        colons += len(view.model_fields_set) + len(view.center.model_fields_set)
    statements: list[Statement] = []
    #: each id, to its statement's own string: a link's ends are that string, not one of their own (the parser caches
    #: only keys: see MapFile's ``cache_strings``)
    ids: dict[str, str] = {}
    append = statements.append
    for node in fields["nodes"]:
        id, text = node["id"], node["text"]
        if id in ids or not id.strip():
            return None
        ids[id] = id
        if len(node) == 3:  # the most usual statement: id, kind and text (the fields every node gives) alone
            colons += 3 + id.count(":") + text.count(":")
            append(prechecked_statement(id, node["kind"], text, "", (), (), 0.5, None, False))
            continue
        if node.keys() <= _PLAIN_NODE:  # the usual statement (no title, tags, sources, pin, quote...): its other fields' defaults
            notes = node.get("notes", "")
            colons += len(node) + id.count(":") + text.count(":") + notes.count(":")
            append(prechecked_statement(id, node["kind"], text, notes, (), (), node.get("score", 0.5), None, False))
            continue
        get = node.get
        notes, tags, sources, pinned, tag_line = get("notes", ""), get("tags"), get("sources"), get("pinned"), get("title", "")
        comment, question = get("comment", ""), get("question", "")
        colons += len(node) + id.count(":") + text.count(":") + notes.count(":") + tag_line.count(":")
        colons += comment.count(":") + question.count(":")
        parts: tuple[Source, ...] = ()
        if tags:
            if len(set(tags)) != len(tags) or not all(map(str.strip, tags)):
                return None
            colons += "".join(tags).count(":")
        if sources:
            for reference in sources:
                title, url = reference.title, reference.url
                if not title.strip():
                    return None
                colons += len(reference.__pydantic_fields_set__) + title.count(":") + (url.count(":") if url else 0)
            parts = tuple([prechecked_source(reference.title, reference.url) for reference in sources])
        position: tuple[float, float] | None = None
        if pinned is not None:
            colons += len(pinned.__pydantic_fields_set__)
            position = (pinned.x, pinned.y)
        labels = tuple(tags) if tags else ()
        quote = None
        q = get("quote")
        if q is not None:
            if not q.text.strip() or q.end < q.start:
                return None
            colons += len(q.__pydantic_fields_set__) + q.source.count(":") + q.text.count(":") + q.before.count(":") + q.after.count(":")
            quote = quote_from(q)
        statements.append(
            prechecked_statement(id, node["kind"], text, notes, parts, labels, get("score", 0.5), position, get("collapsed", False),
                                 title=tag_line, comment=comment, question=question, quote=quote)
        )
    links: list[Link] = []
    linked: set[tuple[str, str]] = set()
    group_relation: dict[tuple[str, str], str] = {}
    special = False  # a rephrase, an undercut or a shared premise seen
    add_link, link_ids, rephrase = links.append, ids.get, Relation.REPHRASE
    for edge in fields["edges"]:
        source, target, relation = edge["source"], edge["target"], edge["relation"]
        if len(edge) == 3 and relation != rephrase:  # the usual link: just its ends
            start, end = link_ids(source), link_ids(target)
            if start is None or end is None or start == end:
                return None
            key = (start, end)  # (the statements' own strings)
            if key in linked:
                return None
            linked.add(key)
            colons += 3 + start.count(":") + end.count(":")
            add_link(prechecked_link(start, end, relation, None))
            continue
        get = edge.get
        group, also_in, onto, onto_group = get("group"), get("also_in"), get("onto"), get("onto_group")
        if source not in ids or target not in ids or source == target or (source, target) in linked:
            return None
        if also_in or onto is not None or onto_group is not None or relation == Relation.REPHRASE:
            # rare in a file: checked by the Link's own rules (the undercuts' targets once all links are known)
            try:
                link = link_from(EdgeModel.model_construct(**edge))  # (validated already: the model's defaults filled in)
            except MapError:
                return None
            for name in link.group_names:
                if group_relation.setdefault((target, name), relation) != relation:
                    return None
            linked.add((source, target))
            colons += len(edge) + source.count(":") + target.count(":")
            colons += sum(value.count(":") for value in (*link.group_names, onto or "", onto_group or "", link.scheme or ""))
            links.append(link)
            special = True
            continue
        source, target = ids[source], ids[target]
        linked.add((source, target))
        colons += len(edge) + source.count(":") + target.count(":")
        if group is not None:
            if not group.strip() or group_relation.setdefault((target, group), relation) != relation:
                return None
            colons += group.count(":")
        scheme = get("scheme")
        if scheme is not None:
            if not scheme.strip():
                return None
            colons += scheme.count(":")
        links.append(prechecked_link(source, target, relation, group, scheme))
    if special and undercut_problem(links) is not None:
        return None
    return statements, links, colons

"""Writing AIF: AIFdb-style JSON (``nodes``, ``edges``, ``locutions``) that :func:`argmap.io.formats.aif.parse_aif` reads back.

- each statement -> an I-node with the statement's id;
- each plain support/attack -> its own RA/CA node; each linked reason -> one RA/CA node with all
  its premises, a shared premise (``Link.also_in``) feeding the S-node of every reason it is in;
- an undercut -> a CA node aimed at the RA/CA node of the inference it attacks (several
  undercutters linked together: one CA);
- a rephrase -> an MA node (restatement -> MA -> the statement it restates);
- pinned statements -> OVA3 positions (``"OVA": {"nodes": [{"nodeID", "x", "y"}]}``), as OVA writes them.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from argmap.model.kinds import Relation
from argmap.model.schemes import find_scheme

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Link

S_TEXT = {"RA": "Default Inference", "CA": "Default Conflict", "MA": "Default Rephrase"}


class _Writer:
    def __init__(self, amap: ArgumentMap) -> None:
        self.amap = amap
        self.nodes: list[dict[str, Any]] = []
        self.edges: list[dict[str, Any]] = []
        self.taken = set(amap.ids())
        #: ("plain", premise, conclusion) or ("group", name, conclusion) -> the S-node written for that inference
        self.snode: dict[tuple[str, str, str], str] = {}

    def new_node(self, kind: str, scheme: str | None = None) -> str:
        n = len(self.nodes) + 1
        while f"{kind.lower()}{n}" in self.taken:
            n += 1
        node_id = f"{kind.lower()}{n}"
        self.taken.add(node_id)
        node: dict[str, Any] = {"nodeID": node_id, "text": S_TEXT[kind], "type": kind}
        if scheme:  # schemes travel by their AIF names
            known = find_scheme(scheme)
            node["text"] = node["scheme"] = known.aif if known is not None else scheme
        self.nodes.append(node)
        return node_id

    def edge(self, source: str, target: str) -> None:
        self.edges.append({"edgeID": str(len(self.edges) + 1), "fromID": source, "toID": target, "formEdgeID": None})

    def reason(self, links: list[Link], key: tuple[str, str, str]) -> str:
        """One RA/CA node with ``links``' sources as premises, into their common target."""
        kind = "RA" if links[0].relation == Relation.SUPPORT else "CA"
        scheme = next((link.scheme for link in links if link.scheme and link.group == key[1]), None) \
            or next((link.scheme for link in links if link.scheme), None)
        snode = self.new_node(kind, scheme if kind == "RA" else None)
        for link in links:
            self.edge(link.source, snode)
        self.snode[key] = snode
        return snode

    def write(self) -> str:
        amap = self.amap
        for s in amap.statements():
            self.nodes.append({"nodeID": s.id, "text": s.text, "type": "I"})
        undercuts: list[Link] = []
        for target in amap.ids():
            written: set[str] = set()
            for link in amap.incoming(target):
                if link.relation == Relation.REPHRASE:
                    ma = self.new_node("MA")
                    self.edge(link.source, ma)
                    self.edge(ma, target)
                elif link.is_undercut:
                    undercuts.append(link)
                elif link.group is None:
                    self.edge(self.reason([link], ("plain", link.source, target)), target)
                else:
                    for name in link.group_names:
                        if name not in written:
                            written.add(name)
                            members = [m for m in amap.incoming(target) if name in m.group_names]
                            self.edge(self.reason(members, ("group", name, target)), target)
        done: set[tuple[str, str, str]] = set()
        for link in undercuts:  # after every inference has its S-node
            attacked = self.snode[("plain", link.onto, link.target) if link.onto is not None
                                  else ("group", link.onto_group or "", link.target)]
            if link.group is None:
                self.edge(self.reason([link], ("undercut", link.source, link.target)), attacked)
                continue
            for name in link.group_names:
                if ("undercut group", name, link.target) not in done:
                    done.add(("undercut group", name, link.target))
                    members = [m for m in amap.incoming(link.target) if name in m.group_names]
                    self.edge(self.reason(members, ("undercut group", name, link.target)), attacked)
        doc: dict[str, Any] = {"nodes": self.nodes, "edges": self.edges, "locutions": []}
        pinned = [{"nodeID": s.id, "x": s.pinned[0], "y": s.pinned[1]} for s in amap.statements() if s.pinned is not None]
        if pinned:
            doc["OVA"] = {"nodes": pinned}
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def dumps_aif(amap: ArgumentMap) -> str:
    """AIFdb-style JSON: I-nodes keep the statement ids; one RA/CA per reason, CA onto RA/CA per undercut, MA per rephrase."""
    return _Writer(amap).write()

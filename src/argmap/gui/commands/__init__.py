"""Undo commands: one per user edit, each calling only model methods."""

from argmap.gui.commands.base import MapCommand
from argmap.gui.commands.links import (
    Connect,
    Disconnect,
    FlipRelation,
    Group,
    Reparent,
    Rephrase,
    SharePremise,
    Undercut,
    Ungroup,
    groups_of,
    share_choices,
    shared_parent,
    undercut_targets,
)
from argmap.gui.commands.map_fields import SetTitle
from argmap.gui.commands.paste import Paste
from argmap.gui.commands.statements import (
    AddStatement,
    DeleteStatements,
    MoveStatements,
    SetCollapsed,
    SetKind,
    Unpin,
    UpdateStatement,
    kind_label,
)

__all__ = [
    "AddStatement",
    "Connect",
    "DeleteStatements",
    "Disconnect",
    "FlipRelation",
    "Group",
    "MapCommand",
    "MoveStatements",
    "Paste",
    "Reparent",
    "Rephrase",
    "SetCollapsed",
    "SetKind",
    "SetTitle",
    "SharePremise",
    "Undercut",
    "Ungroup",
    "Unpin",
    "UpdateStatement",
    "groups_of",
    "kind_label",
    "share_choices",
    "shared_parent",
    "undercut_targets",
]

"""The map file's schema as the fast reading path checks it: the same rules, each statement and link a plain dict.

:class:`~argmap.io.schema.MapFile` makes a model of every statement and link, each with all its fields (a default for
every field not given, two empty lists among them) and the set of those given: five objects per statement, made and
then thrown away as soon as the statements are built (:func:`~argmap.io.check.accept_document`). Here the nodes and
edges are validated by their very models' rules, derived from their pydantic schemas (so no rule is written twice), into
dicts of the keys given only (a fifth of a 50,000-statement file's reading). The reader fills in the defaults itself
(``tests/io`` checks them against the models')."""

from __future__ import annotations

from typing import Any

from pydantic_core import SchemaValidator, core_schema

from argmap.io.schema import EdgeModel, MapFile, NodeModel


def _as_dicts(schema: Any) -> Any:
    """``schema`` (a pydantic core schema) with the nodes' and edges' model schemas made typed-dict schemas: the same
    fields, validators and config (strict, extra keys forbidden), a field with a default not required (and no default
    filled in)."""
    if isinstance(schema, list):
        return [_as_dicts(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if schema.get("type") == "model" and schema.get("cls") in (NodeModel, EdgeModel):
        fields = {}
        for name, field in schema["schema"]["fields"].items():
            inner = field["schema"]
            given = inner["type"] != "default"
            fields[name] = core_schema.typed_dict_field(inner if given else inner["schema"], required=given)
        config = schema["config"]
        return core_schema.typed_dict_schema(fields, extra_behavior=config["extra_fields_behavior"], config=config,
                                             ref=schema.get("ref"))  # (where pydantic refers to a model by its ref)
    return {key: _as_dicts(value) for key, value in schema.items()}


_MAP_FILE = MapFile.__pydantic_core_schema__
#: Validates a map file's JSON bytes as ``MapFile.model_validate_json`` does (the same config: strict, no extra keys, key
#: strings cached), into what it would fill the model with: ``(fields, None, the names of the fields given)``, but with
#: ``fields["nodes"]`` and ``fields["edges"]`` lists of dicts holding the keys given (values as the models would hold them).
#: (The fields' schema, not the model's: pydantic-core validates a model's schema by the model's own prebuilt validator.)
FAST_MAP_FILE = SchemaValidator(_as_dicts(_MAP_FILE["schema"]), _MAP_FILE["config"])

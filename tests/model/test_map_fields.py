"""The map's own fields (model/map_fields.py): title and description, checked and announced.

The layout is in test_layout_setting.py and the source documents in test_quotes.py.
"""

from __future__ import annotations

import pytest

from argmap.model import MAX_TEXT, ArgumentMap, InvalidValue, MapChanged
from tests.model.refusals import refused


@pytest.fixture
def amap() -> ArgumentMap:
    return ArgumentMap("Test map", "about testing")


def test_set_title_and_description(amap, events):
    amap.set_title("New title")
    assert (amap.title, amap.description) == ("New title", "about testing")
    amap.set_title("T2", "D2")
    assert (amap.title, amap.description) == ("T2", "D2")
    assert events == [MapChanged("New title", "about testing"), MapChanged("T2", "D2")]


@pytest.mark.parametrize(
    ("args", "match"),
    [
        (("t" * (MAX_TEXT + 1),), "title is longer"),
        (("ok", "d" * (MAX_TEXT + 1)), "description is longer"),
        ((None,), "title must be a string"),
    ],
)
def test_set_title_refuses_bad_values(amap, events, args, match):
    refused(amap, events, InvalidValue, lambda: amap.set_title(*args), match)
    assert amap.title == "Test map"


def test_constructor_checks_the_title():
    with pytest.raises(InvalidValue, match="title is longer"):
        ArgumentMap("t" * (MAX_TEXT + 1))

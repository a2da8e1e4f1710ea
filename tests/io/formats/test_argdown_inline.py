"""Argdown's inline text (io/formats/argdown_inline.py): titles, tags, data blocks, shortcodes, Markdown."""

from __future__ import annotations

from argmap.io.formats.argdown_inline import apply_shortcodes, markdown, opening_title, split_data, tags_in


def test_an_element_opens_with_a_definition_or_a_bare_reference():
    assert opening_title("[Homework]: Pupils need rest.") == (False, "Homework", True, "Pupils need rest.")
    assert opening_title("<Rest> #pro {isInMap: false}") == (True, "Rest", False, " #pro {isInMap: false}")
    assert opening_title("[Homework] is what pupils dislike.") is None, "prose that starts with a bracket"


def test_tags_and_a_trailing_data_block():
    text = "Pupils need rest #pro #(long tag) {weight: 2}"
    body, data = split_data(text)
    assert data == "{weight: 2}" and body == "Pupils need rest #pro #(long tag) "
    assert [tag for _, _, tag in tags_in(body)] == ["pro", "long tag"]
    assert split_data("no data {here") == ("no data {here", "")


def test_shortcodes_and_markdown_become_plain_text():
    assert apply_shortcodes("p .->. q :+1:", {}) == "p → q 👍"
    assert apply_shortcodes(":own:", {":own:": "*"}) == "*"
    assert markdown("**Strong** and _light_ and [a link](http://x.org)") == "Strong and light and a link"
    assert markdown("2 * 3 * 4") == "2 * 3 * 4", "a lone star between spaces is no emphasis"

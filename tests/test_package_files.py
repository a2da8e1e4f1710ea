"""The files argmap ships are found, in a checkout as in an installed wheel (.ci/run checks the wheel)."""

from __future__ import annotations

from argmap.package_files import docs_dir, resource


def test_resources_at_the_top_and_inside_the_package_are_both_found():
    assert resource("icons", "argmap.svg").is_file()  # resources/ at the top of the tree
    assert resource("argmap.schema.json").is_file()
    assert resource("schemes.json").is_file()  # src/argmap/resources/, inside the package


def test_the_user_guide_is_found():
    assert (docs_dir() / "editor.md").is_file()
    assert (docs_dir() / "desktop.md").is_file()

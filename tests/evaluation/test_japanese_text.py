"""The brief's core on Japanese text: words counted for the speech timer, headings cut where there are no spaces."""

from __future__ import annotations

from argmap.evaluation.brief import build_brief, short
from argmap.evaluation.speech import speech_outline, words
from argmap.model import ArgumentMap


def test_a_japanese_character_is_half_a_word():
    assert words("We should walk.") == 3  # English as before
    assert words("日本は参加すべきだ。") == 5  # 9 characters (the full stop is no word), rounded
    assert words("NATOのミッション") == 1 + 3  # a Latin word and six kana
    assert words("あ" * 320) == 160  # 160 words a minute is 320 characters: a calm Japanese pace


def test_headings_of_japanese_text_are_cut_by_characters():
    text = "日本の世論には強い平和主義の伝統があり、外国の戦争へのより深い関与に反対するかもしれない。"
    assert short(text) == text[:30] + "…"
    assert short("日本は参加すべきだ。") == "日本は参加すべきだ。"  # short enough: whole
    partner = "参加すれば、NATOおよびその加盟国と日本とのパートナーシップが強まる。"
    assert short(partner) == "参加すれば、NATOおよびその加盟国と日本との…"  # not "パートナーシッ…": before the word
    english = "one two three four five six seven eight nine ten eleven"
    assert short(english) == "one two three four five six seven eight nine ten…"  # English as before


def test_the_speech_is_said_through_the_translation_given():
    m = ArgumentMap()
    m.add("claim", "We should walk.", id="c")
    m.add("support", "Walking is healthy.", parent="c", id="s")
    brief = build_brief(m, "for")
    english = speech_outline(brief, 6)
    assert [p.role for p in english.parts] == ["opening", "reason", "closing"]
    assert english.parts[0].lines == ("We argue that: We should walk.",)
    assert english.parts[-1].lines == ("So: We should walk. Because: Walking is healthy.",)  # no "walk.." before Because
    upper = speech_outline(brief, 6, say=str.upper)  # what a translator would return
    assert upper.parts[0].label == "OPENING" and upper.parts[1].label == "REASON 1"
    assert upper.parts[0].lines == ("WE ARGUE THAT: We should walk.",)  # the statement's own words untouched


def test_a_rephrase_of_the_motion_is_no_reason_in_the_brief():
    m = ArgumentMap()
    m.add("claim", "We should walk.", id="c")
    m.add("support", "Walking is healthy.", parent="c", id="s")
    m.add("claim", "Walking is what we should do.", id="p")
    m.connect("p", "c", "rephrase")
    for side in ("for", "against"):
        brief = build_brief(m, side)
        assert "p" not in [point.id for point in brief.case + brief.their_case + [b.against for b in brief.blocks]]

"""The command line in the chosen language: `--language ja`, ARGMAP_LANGUAGE, the system locale; `--json` stays English.

Each run is a process of its own: translators installed in the test process would follow every later test.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_translations import japanese_qm  # noqa: F401  (the fixture: the .qm built when `make` has not)

pytestmark = pytest.mark.usefixtures("japanese_qm")
ROOT = Path(__file__).resolve().parents[2]
JA_MAP = ROOT / "maps" / "japan-nato-ukraine.ja.json"
EN_MAP = ROOT / "maps" / "japan-nato-ukraine.json"
#: Two English words in a row, or an English word of the command's own vocabulary, in the output.
ENGLISH = re.compile(r"\b[A-Za-z]{3,} [a-z]{2,}\b|\b(?:warning|info|semantics|impact|stands|refuted|weakened|unanswered|base|note)\b")


def argmap(*args: str, **env: str) -> subprocess.CompletedProcess:
    inherited = {k: v for k, v in os.environ.items() if k not in ("ARGMAP_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    environment = {**inherited, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **env}
    result = subprocess.run([sys.executable, "-m", "argmap", *args], capture_output=True, text=True, env=environment, timeout=300)
    assert result.returncode in (0, 1), result.stderr
    return result


def english_left(text: str) -> list[str]:
    """English words of argmap's own in ``text`` (the map's statements are Japanese; ids, numbers, DF-QuAD and NATO stay)."""
    return ENGLISH.findall(text)


def test_check_in_japanese():
    out = argmap("check", str(JA_MAP), "--language", "ja").stdout
    lines = out.splitlines()
    assert lines[0] == "意味論:DF-QuAD"
    assert lines[1].startswith("c1: 0.67  ·  成立 (基礎スコア 0.50)  日本は")
    assert "  影響(あるときとないときの主張の強さの差):" in lines
    assert any(line.startswith("警告 [o8]:未回答の反論:「欧州の戦争と") for line in lines)
    assert any(line.startswith("情報:38 個中 30 個のステートメント") for line in lines)
    assert not english_left(out), english_left(out)


def test_explain_and_info_in_japanese():
    out = argmap("explain", str(JA_MAP), "o1", "--language", "ja").stdout
    assert "  強さ 0.01:論駁。" in out and "基礎スコア 0.50" in out and "再反論「" in out
    assert not english_left(out.replace("DF-QuAD", "")), english_left(out)
    info = argmap("info", str(JA_MAP), "--language", "ja").stdout
    assert "ステートメント:38(主張 1、根拠 9、反論 12、再反論 11、証拠 5)" in info and "循環:なし" in info
    missing = argmap("explain", str(JA_MAP), "zz", "--language", "ja")
    assert missing.returncode == 1 and "ID が 'zz' のステートメントはありません" in missing.stderr


def test_the_environment_and_the_system_locale_choose_unless_language_says():
    by_variable = argmap("check", str(EN_MAP), ARGMAP_LANGUAGE="ja").stdout
    assert "成立" in by_variable and "stands" not in by_variable
    by_locale = argmap("check", str(EN_MAP), LANG="ja_JP.UTF-8", LC_ALL="ja_JP.UTF-8", LANGUAGE="ja").stdout
    assert "意味論:DF-QuAD" in by_locale
    english = argmap("check", str(EN_MAP), "--language", "en", ARGMAP_LANGUAGE="ja").stdout
    assert english.startswith("semantics: DF-QuAD") and "0.67  ·  stands (base 0.50)" in english
    assert "成立" not in english


def test_json_stays_english_whatever_the_language():
    """--json is a contract for scripts (docs/evaluation.md): its words never change with the language."""
    out = argmap("check", str(JA_MAP), "--json", "--language", "ja").stdout
    assert '"status": "stands"' in out and '"message": "Unanswered objection: nothing answers “' in out
    assert "成立" not in out and "未回答の反論" not in out
    explained = argmap("explain", str(JA_MAP), "o1", "--json", ARGMAP_LANGUAGE="ja").stdout
    assert '"status": "refuted"' in explained


BRIEF_ENGLISH = ["Brief:", "Side:", "Motion:", "Our case", "Reason 1", "Strength", "stands", "refuted", "Blocks",
                 "They say", "Answer 1", "Prepare an answer", "Speech outline", "We argue", "Evidence:", "They will say",
                 "Closing", "Their case", "the motion", "words a minute", "Nothing was left out"]


@pytest.mark.parametrize("suffix", ["md", "html"])
def test_a_japanese_brief_has_japanese_headings_and_verdicts(tmp_path, suffix):
    out = tmp_path / f"brief.{suffix}"
    said = argmap("brief", str(JA_MAP), str(out), "--language", "ja")
    assert said.stdout.strip() == f"主張に賛成する側のブリーフを {out} に書き出しました"
    text = out.read_text(encoding="utf-8")
    for heading in ["ブリーフ:", "立場", "論題に賛成", "こちらの立論", "根拠 1:", "ブロック:相手の議論とこちらの回答",
                    "回答を準備する", "スピーチ構成", "相手の立論", "私たちはこう主張します:", "相手はこう言うでしょう:", "結論"]:
        assert heading in text, heading
    assert "強さ 0.95(成立)" in text and "、論駁)" in text  # the verdicts the boxes show
    left = [word for word in BRIEF_ENGLISH if word in text]
    assert not left, left
    if suffix == "html":
        assert '<html lang="ja">' in text
    else:
        assert "**立場**:論題に賛成" in text  # bold that Markdown closes before Japanese text


def test_a_japanese_word_brief_is_tagged_japanese_for_proofing_and_screen_readers(tmp_path):
    from tests.export.brief.test_writers import _word_languages

    out = tmp_path / "brief.docx"
    argmap("brief", str(JA_MAP), str(out), "--language", "ja")
    langs, core = _word_languages(out)
    assert core == "ja-JP" and len(langs) == 2
    assert all('w:val="ja-JP"' in lang and 'w:eastAsia="ja-JP"' in lang for lang in langs), langs


def test_a_japanese_export_shows_translated_footers_and_sides(tmp_path):
    out = tmp_path / "map.svg"
    argmap("export", str(EN_MAP), str(out), "--evaluation", "--sides", "--language", "ja", ARGMAP_LANGUAGE="en")
    svg = out.read_text(encoding="utf-8")
    assert "0.67  ·  成立" in svg and "論駁" in svg and ">主張<" in svg and "賛成" in svg
    assert "·  stands" not in svg and ">CLAIM<" not in svg and ">FOR<" not in svg
    english = tmp_path / "en.svg"
    argmap("export", str(EN_MAP), str(english), "--evaluation", "--language", "en", ARGMAP_LANGUAGE="ja")
    assert "0.67  ·  stands" in english.read_text(encoding="utf-8")


def test_the_editor_writes_the_brief_in_its_language(tmp_path):
    """View > Language > Japanese: File > Export brief… writes Japanese (the same writer, the editor's translators)."""
    out = tmp_path / "brief.md"
    code = f"""
from PySide6.QtCore import QSettings
from argmap.gui.app import make_application
QSettings("argmap", "argmap").setValue("view/language", "ja")
app = make_application(["argmap"])
from argmap.export.brief import write_brief
from argmap.io import load
write_brief(load({str(EN_MAP)!r}), {str(out)!r}, "against")
"""
    inherited = {k: v for k, v in os.environ.items() if k not in ("ARGMAP_LANGUAGE", "LANGUAGE", "LC_ALL")}
    environment = {**inherited, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path),
                   "LANG": "C.UTF-8"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=300)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "**立場**:論題に反対" in text and "こちらの立論" in text and "Our case" not in text


def test_values_are_put_in_once():
    from argmap.cli.language import fill

    assert fill("%1: no statement with id %2", "map %2.json", "'x%1'") == "map %2.json: no statement with id 'x%1'"


def test_the_comments_sheet_in_japanese(tmp_path):
    from argmap.io import save
    from argmap.model import ArgumentMap

    m = ArgumentMap("歩くべきか?")
    m.add("claim", "歩くべきだ。", id="c", comment="「私たち」が誰かを書こう。\n二行目。")
    save(m, tmp_path / "m.json")
    out = tmp_path / "comments.txt"
    argmap("export", str(tmp_path / "m.json"), str(out), "--comments", "--language", "ja")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "「歩くべきか?」へのコメント" and lines[2] == "1. 主張 c: 歩くべきだ。"
    assert lines[3] == "   コメント:「私たち」が誰かを書こう。"
    assert lines[4] == " " * 12 + "二行目。"  # under the comment's first letter: コメント: is 9 columns wide


def test_refusals_in_japanese_name_the_file(tmp_path):
    missing = tmp_path / "nope" / "map.png"
    result = argmap("export", str(EN_MAP), str(missing), "--language", "ja")
    assert result.returncode == 1 and result.stderr.strip() == f"{missing}: フォルダー {str(missing.parent)!r} は存在しません"
    odt = tmp_path / "brief.odt"
    result = subprocess.run([sys.executable, "-m", "argmap", "brief", str(EN_MAP), str(odt), "--language", "ja"],
                            capture_output=True, text=True, timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2 and "ブリーフは .md、.html、.docx、.pdf のいずれかで書き出します" in result.stderr
    english = argmap("export", str(EN_MAP), str(missing), "--language", "en", ARGMAP_LANGUAGE="ja")
    assert english.stderr.strip() == f"{missing}: the folder {str(missing.parent)!r} does not exist"

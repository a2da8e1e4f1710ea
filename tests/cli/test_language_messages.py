"""validate, fmt, import, convert, diff, merge, the loader's messages and every --help in the chosen language.

Each run is a process of its own (translators installed here would follow every later test).
"""

from __future__ import annotations

import pytest

from argmap.cli.language import likely_language, requested_in
from argmap.io import save
from tests.cli.test_language import EN_MAP, JA_MAP, argmap, english_left
from tests.test_translations import japanese_qm  # noqa: F401  (the fixture: the .qm built when `make` has not)

pytestmark = pytest.mark.usefixtures("japanese_qm")


def test_validate_and_the_loaders_messages_in_japanese(tmp_path):
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"schema_version": 2,', encoding="utf-8")
    said = argmap("validate", str(JA_MAP), str(tmp_path / "bad.json"), str(tmp_path / "broken.json"),
                  str(tmp_path / "none.json"), str(tmp_path), "--language", "ja")
    assert said.returncode == 1
    assert said.stdout == f"{JA_MAP}: 問題なし\n"
    lines = said.stderr.splitlines()
    assert lines[0] == f"{tmp_path / 'bad.json'}: $.schema_version: schema_version がありません。argmap のマップですか?"
    assert lines[1].startswith(f"{tmp_path / 'broken.json'}: 1 行目、22 列目: 不正な JSON: ")  # JSON's own words stay
    assert lines[2:] == [f"{tmp_path / 'none.json'}: ファイルがありません", f"{tmp_path}: フォルダーです。マップファイルではありません"]


def test_fmt_in_japanese_and_english(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(JA_MAP.read_text(encoding="utf-8").replace("\n", "\n  "), encoding="utf-8")
    check = argmap("fmt", "--check", str(path), "--language", "ja")
    assert check.returncode == 1 and check.stderr == f"{path}: 正規の形式ではありません('argmap fmt {path}' を実行してください)\n"
    assert argmap("fmt", str(path), "--language", "ja").stdout == f"{path} を書き直しました\n"
    path.write_text(JA_MAP.read_text(encoding="utf-8").replace("\n", "\n  "), encoding="utf-8")
    assert argmap("fmt", str(path), ARGMAP_LANGUAGE="en").stdout == f"reformatted {path}\n"


def test_convert_says_what_it_wrote_and_left_out_in_japanese(tmp_path):
    from tests.io.formats.test_version2_parts import every_part

    save(every_part(), tmp_path / "trams.json")
    out = tmp_path / "m.txt"
    said = argmap("convert", str(tmp_path / "trams.json"), str(out), "--language", "ja")
    assert said.returncode == 0
    assert said.stdout == f"{out} に書き出しました(kialo): ステートメント 9 個、リンク 8 本\n"
    assert f"{out}: 警告: ステートメントの見出し 2 件を省きました(文章は書き出しています): Kialo には見出しを置く場所がありません" \
        in said.stderr
    assert said.stderr.count("警告") == 11  # one line for each of the eleven parts a Kialo file cannot hold
    assert not english_left(said.stderr.replace(str(out), "")), said.stderr
    empty = tmp_path / "empty.md"
    empty.write_text("# Only a title\n", encoding="utf-8")
    refused = argmap("import", str(empty), "-o", str(tmp_path / "x.json"), "--language", "ja")
    assert refused.returncode == 1 and refused.stderr.endswith(f"{empty}: ステートメントが見つからないため、何も書き出していません\n")


def test_diff_and_merge_in_japanese(tmp_path):
    said = argmap("diff", str(EN_MAP), str(JA_MAP), "--language", "ja", "--match", "id")
    assert said.returncode == 0
    assert "ID で対応付けました" in said.stdout and "ステートメント: B の " in said.stdout and "リンク: B の " in said.stdout
    base, ours, theirs = (tmp_path / f"{n}.json" for n in ("base", "ours", "theirs"))
    from argmap.io import load

    amap = load(EN_MAP)
    save(amap, base)
    amap.update("c1", text="Ours")
    save(amap, ours)
    amap.update("c1", text="Theirs")
    save(amap, theirs)
    merged = argmap("merge", str(base), str(ours), str(theirs), "-o", str(ours), "--language", "ja")
    assert merged.returncode == 1
    assert f"{ours}: 衝突 1 件。タグ「merge-conflict」と注記で印を付けました" in merged.stderr


@pytest.mark.parametrize("argv", [["--help"], ["validate", "--help"], ["diff", "--help"], ["export", "--help"]])
def test_help_in_japanese(argv):
    said = argmap(*argv, ARGMAP_LANGUAGE="ja")
    assert said.stdout.startswith("使い方: argmap") and "オプション:" in said.stdout
    assert "このヘルプを表示して終了する" in said.stdout
    described = said.stdout.split("\n\n", 1)[1].replace("    info  ", "")  # beyond the usage line, command names aside
    assert not english_left(described), said.stdout


def test_help_follows_language_on_the_line_and_stays_english_otherwise():
    assert "検査するマップファイル" in argmap("validate", "--help", "--language", "ja", ARGMAP_LANGUAGE="en").stdout
    english = argmap("validate", "--help", ARGMAP_LANGUAGE="en").stdout
    assert english.startswith("usage: argmap validate") and "map files to check" in english


def test_requested_in_finds_the_language_before_parsing():
    assert requested_in(["validate", "x", "--language", "ja"]) == "ja"
    assert requested_in(["--language=ja", "--help"]) == "ja"
    assert requested_in(["validate", "--help"]) is None


def test_likely_language_reads_what_qt_would_on_linux(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.platform", "linux")
    home = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    assert likely_language({**home, "LANG": "ja_JP.UTF-8"}) == "ja"
    assert likely_language({**home, "LANG": "C.UTF-8"}) == "en"
    assert likely_language({**home, "LANGUAGE": "fr:ja", "LANG": "en_US.UTF-8"}) == "ja"
    assert likely_language({**home, "LC_ALL": "en_GB.UTF-8", "LANG": "ja_JP.UTF-8"}) == "en"
    assert likely_language({**home, "ARGMAP_LANGUAGE": "ja", "LANG": "C"}) == "ja"
    settings = tmp_path / "config" / "argmap" / "argmap.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[view]\nlanguage=ja\n", encoding="utf-8")  # View > Language > 日本語, as QSettings writes it
    assert likely_language({**home, "LANG": "en_US.UTF-8"}) == "ja"
    settings.write_text("[view]\nlanguage=system\n", encoding="utf-8")
    assert likely_language({**home, "LANG": "en_US.UTF-8"}) == "en"
    monkeypatch.setattr("sys.platform", "darwin")
    assert likely_language({**home, "LANG": "ja_JP.UTF-8"}) is None  # elsewhere Qt tells


def test_a_loaders_message_within_a_message_is_said_whole(tmp_path):
    path = tmp_path / "extra.json"
    path.write_text('{"schema_version": 2, "title": "x", "nodes": [{"id": "a", "kind": "claim", "text": "t", "bogus": 1, '
                    '"more": 2}], "edges": []}', encoding="utf-8")
    said = argmap("validate", str(path), "--language", "ja")
    assert said.stderr == f"{path}: $.nodes[0].bogus(ステートメント 'a'): 不明な項目です(argmap の形式にはありません)(ほかに問題が 1 件)\n"
    english = argmap("validate", str(path), ARGMAP_LANGUAGE="en")
    assert english.stderr == (f"{path}: $.nodes[0].bogus (statement 'a'): unknown field (not part of the argmap format) "
                              "(and 1 more problem)\n")

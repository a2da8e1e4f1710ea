<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>%1 claims</source>
            <translation>主張 %1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>%1 objections</source>
            <translation>反論 %1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>%1 pieces of evidence</source>
            <translation>証拠 %1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>%1 reasons</source>
            <translation>根拠 %1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>%1 rebuttals</source>
            <translation>再反論 %1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>%1 replies</source>
            <translation>応答 %1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>. </source>
            <translation>。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>1 claim</source>
            <translation>主張 1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>1 objection</source>
            <translation>反論 1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>1 piece of evidence</source>
            <translation>証拠 1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>1 reason</source>
            <translation>根拠 1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>1 rebuttal</source>
            <translation>再反論 1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>1 reply</source>
            <translation>応答 1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>: </source>
            <translation>：</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>Argument map canvas</source>
            <translation>議論マップのキャンバス</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>Attacks %1</source>
            <translation>%1 を攻撃</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>Claim</source>
            <translation>主張</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>Evidence</source>
            <translation>証拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>Main claim</source>
            <translation>中心の主張</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>No replies</source>
            <translation>応答なし</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>No statement selected. Home selects the main claim; arrow keys move between statements.</source>
            <translation>ステートメントが選択されていません。Home で主張を選択し、矢印キーでステートメント間を移動します。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>Not connected to any statement</source>
            <translation>どのステートメントにもつながっていません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>Objection</source>
            <translation>反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>Reason</source>
            <translation>根拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>Rebuttal</source>
            <translation>再反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>Strength %1 (base score %2)</source>
            <translation>強さ %1(基礎スコア %2)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>Supports %1</source>
            <translation>%1 を支持</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>collapsed</source>
            <translation>折りたたみ中</translation>
        </message>
        <message>
            <source>defeated</source>
            <translation type="vanished">論破</translation>
        </message>
        <message>
            <source>stands</source>
            <translation type="vanished">成立</translation>
        </message>
        <message>
            <source>undecided</source>
            <translation type="vanished">未決定</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/accessibility.py" />
            <source>“%1”</source>
            <translation>「%1」</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;About argmap</source>
            <translation>argmap について(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Actual size</source>
            <translation>実寸(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Analysis</source>
            <translation>分析(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Canvas</source>
            <translation>キャンバス(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Close map</source>
            <translation>マップを閉じる(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Columns (fit a slide)</source>
            <translation>段組み(スライドに収める)(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Copy</source>
            <translation>コピー(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Critical questions</source>
            <translation>批判的問い(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;DF-QuAD</source>
            <translation>DF-QuAD(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Disconnect</source>
            <translation>接続を解除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Drill the other side's arguments…</source>
            <translation>相手側の議論を練習(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Edit text</source>
            <translation>テキストを編集(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Euler-based</source>
            <translation>オイラー型(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Evaluation on boxes</source>
            <translation>ボックスに評価を表示(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Export…</source>
            <translation>エクスポート(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Findings</source>
            <translation>検出事項(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Find…</source>
            <translation>検索(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Fit map</source>
            <translation>マップ全体を表示(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Flip support/attack</source>
            <translation>支持/攻撃を反転(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Go</source>
            <translation>移動(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Group co-premises</source>
            <translation>共同前提にまとめる(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;High contrast theme</source>
            <translation>ハイコントラストテーマ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Import…</source>
            <translation>インポート(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Inspector</source>
            <translation>インスペクタ(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>キーボードショートカット(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/menus.py" />
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Large text</source>
            <translation>大きい文字(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Left to right</source>
            <translation>左から右へ(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Main claim</source>
            <translation>主張(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;New map</source>
            <translation>新しいマップ(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Next sibling</source>
            <translation>次の兄弟(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Normal text</source>
            <translation>標準の文字(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Outline</source>
            <translation>アウトライン(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Parent</source>
            <translation>親(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Paste</source>
            <translation>貼り付け(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Present</source>
            <translation>プレゼンテーション(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Print…</source>
            <translation>印刷(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Quadratic energy</source>
            <translation>二次エネルギー(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Quote as evidence</source>
            <translation>証拠として引用(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Sides (for / against)</source>
            <translation>賛成/反対の側(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Small text</source>
            <translation>小さい文字(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Sources</source>
            <translation>出典(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Statement</source>
            <translation>ステートメント(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Tidy layout</source>
            <translation>レイアウトを整える(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Toolbar</source>
            <translation>ツールバー(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;Ungroup</source>
            <translation>グループを解除(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;User guide</source>
            <translation>ユーザーガイド(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Add &amp;evidence</source>
            <translation>証拠を追加(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Add &amp;objection</source>
            <translation>反論を追加(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Add &amp;rebuttal</source>
            <translation>再反論を追加(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Add &amp;support</source>
            <translation>根拠を追加(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Add a new main claim, not linked to anything</source>
            <translation>どこにもつながっていない新しい主張を追加します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Add a reason supporting the selected statement</source>
            <translation>選択したステートメントを支持する根拠を追加します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Add a rebuttal answering the selected objection</source>
            <translation>選択した反論に答える再反論を追加します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Add a statement of the same kind under the same parent as the selected one</source>
            <translation>選択したものと同じ親の下に同じ種類のステートメントを追加します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Add an objection against the selected statement</source>
            <translation>選択したステートメントへの反論を追加します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Add evidence for the selected statement</source>
            <translation>選択したステートメントの証拠を追加します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Add main &amp;claim</source>
            <translation>主張を追加(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Add si&amp;bling</source>
            <translation>兄弟を追加(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/menus.py" />
            <source>Change &amp;kind</source>
            <translation>種類を変更(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Change the map's title and description</source>
            <translation>マップのタイトルと説明を変更します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Close every window and quit argmap</source>
            <translation>すべてのウィンドウを閉じて argmap を終了します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Close the map (asks to save changes)</source>
            <translation>マップを閉じます(変更の保存を確認します)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Co&amp;mments</source>
            <translation>コメント(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Co&amp;mment…</source>
            <translation>コメント(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Co&amp;nnect…</source>
            <translation>接続(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Collapse / e&amp;xpand</source>
            <translation>折りたたむ/展開(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Command &amp;palette…</source>
            <translation>コマンドパレット(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Compare this map with a model answer: marks on the boxes, what is missing (add it here) and the coverage</source>
            <translation>このマップを模範解答と比べます:ボックスへの印、足りないもの(ここに追加できます)、網羅率</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Compare with &amp;model answer…</source>
            <translation>模範解答と比較(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Copy as &amp;outline</source>
            <translation>アウトラインとしてコピー(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Copy as p&amp;icture</source>
            <translation>画像としてコピー(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Copy the selected statements with everything under them</source>
            <translation>選択したステートメントを、その下にあるものすべてと一緒にコピーします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Copy the selected statements with what hangs under them, or the whole map, as a Markdown outline</source>
            <translation>選択したステートメントとその下にあるもの、またはマップ全体を Markdown のアウトラインとしてコピーします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Copy the selected statements, or the whole map, as a picture (PNG and SVG) for slides and documents</source>
            <translation>選択したステートメントまたはマップ全体を、スライドや文書用の画像(PNG と SVG)としてコピーします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Cu&amp;t</source>
            <translation>切り取り(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Cut the selected statements with everything under them</source>
            <translation>選択したステートメントを、その下にあるものすべてと一緒に切り取ります</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Dark text on a light background</source>
            <translation>明るい背景に暗い文字</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Dark theme</source>
            <translation>ダークテーマ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Delete the selected statements and everything that supports or attacks them</source>
            <translation>選択したステートメントと、それを支持または攻撃するものすべてを削除します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Delete the selected statements and their links</source>
            <translation>選択したステートメントとそのリンクを削除します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Delete with &amp;subtree</source>
            <translation>サブツリーごと削除(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>E&amp;xtra large text</source>
            <translation>特大の文字(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Edit t&amp;itle</source>
            <translation>タイトルを編集(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Edit the selected statement's text in place</source>
            <translation>選択したステートメントのテキストをその場で編集します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Export &amp;brief…</source>
            <translation>ブリーフをエクスポート(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Export &amp;worksheet…</source>
            <translation>ワークシートをエクスポート(&amp;W)…</translation>
        </message>
        <message>
            <source>Export the map as an image (PNG, SVG, PDF) or for another tool (Argdown, AIF, Kialo, GraphML, DOT, Mermaid)</source>
            <translation type="vanished">マップを画像(PNG、SVG、PDF)または他のツール用(Argdown、AIF、Kialo、GraphML、DOT、Mermaid)にエクスポートします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Export the map as an image (PNG, SVG, PDF) or for another tool (Argdown, AIF, Kialo, GraphML, Markdown outline, OPML, DOT, Mermaid)</source>
            <translation>マップを画像(PNG、SVG、PDF)または他のツール用(Argdown、AIF、Kialo、GraphML、Markdown アウトライン、OPML、DOT、Mermaid)にエクスポートします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Export the map with the selected statements (or every statement of one kind) left blank, as PNG or PDF, for students to fill in; the answer key is the usual export</source>
            <translation>選択したステートメント(または一つの種類のすべてのステートメント)を空欄にしたマップを、生徒が書き込めるように PNG または PDF でエクスポートします。解答は通常のエクスポートです</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>F&amp;ull screen</source>
            <translation>全画面表示(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Find &amp;next</source>
            <translation>次を検索(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Find pre&amp;vious</source>
            <translation>前を検索(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Find statements by their text, notes or tags</source>
            <translation>テキスト、メモ、タグでステートメントを検索します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>First &amp;child</source>
            <translation>最初の子(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Follow the system's light or dark setting</source>
            <translation>システムのライト/ダーク設定に従います</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Hide or show everything under the selected statements</source>
            <translation>選択したステートメントの下にあるものすべてを隠すか表示します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Japanese (日本語)</source>
            <translation>日本語</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Lay the map out from left to right instead of top down</source>
            <translation>マップを上から下ではなく左から右へ配置します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Let the layout place the selected statements again</source>
            <translation>選択したステートメントの配置をレイアウトに任せ直します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Light text on a dark background</source>
            <translation>暗い背景に明るい文字</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Light theme</source>
            <translation>ライトテーマ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Link two selected statements: one supports or attacks the other</source>
            <translation>選択した2つのステートメントをつなぎます:一方が他方を支持または攻撃します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Make claim</source>
            <translation>主張にする</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Make evidence</source>
            <translation>証拠にする</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Make objection</source>
            <translation>反論にする</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Make rebuttal</source>
            <translation>再反論にする</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Make support</source>
            <translation>根拠にする</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Make the map larger</source>
            <translation>マップを拡大します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Make the map smaller</source>
            <translation>マップを縮小します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Make the passage selected in the Sources dock a new evidence under the selected statement, the quote attached</source>
            <translation>出典パネルで選択した箇所を、選択したステートメントの下に新しい証拠として追加します(引用付き)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Make the selected premise also a premise of another linked reason into the same statement</source>
            <translation>選択した前提を、同じステートメントへの別の連結された根拠の前提にもします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Make the selected statements one linked reason (they count only together)</source>
            <translation>選択したステートメントを一つの連結された根拠にします(一緒の場合にのみ効力を持ちます)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Map &amp;title and description…</source>
            <translation>マップのタイトルと説明(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Mark as sc&amp;heme…</source>
            <translation>論証型として指定(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Mark each statement FOR or AGAINST the main claim, by its chain of supports and attacks</source>
            <translation>支持と攻撃のつながりから、各ステートメントに主張への賛成・反対の印を付けます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Mark the selected reason as an instance of an argument scheme; its critical questions become prompts</source>
            <translation>選択した根拠を論証型の一例として指定します。その批判的問いが問いかけになります</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>New &amp;window</source>
            <translation>新しいウィンドウ(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>New from &amp;template…</source>
            <translation>テンプレートから新規作成(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Next &amp;unanswered objection</source>
            <translation>次の未回答の反論(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Open a map file</source>
            <translation>マップファイルを開きます</translation>
        </message>
        <message>
            <source>Open an Argdown, AIF, Kialo or GraphML file as a new, untitled map</source>
            <translation type="vanished">Argdown、AIF、Kialo、GraphML のファイルを無題の新しいマップとして開きます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Open an Argdown, AIF, Kialo, GraphML, Markdown outline or OPML file as a new, untitled map</source>
            <translation>Argdown、AIF、Kialo、GraphML、Markdown アウトライン、OPML のファイルを無題の新しいマップとして開きます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Open another editor window</source>
            <translation>エディタのウィンドウをもう一つ開きます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>P&amp;revious sibling</source>
            <translation>前の兄弟(&amp;R)</translation>
        </message>
        <message>
            <source>Paste statements under the selected statement</source>
            <translation type="vanished">選択したステートメントの下にステートメントを貼り付けます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Paste statements, or an outline (Markdown or indented text, Pro:/Con: or +/-), under the selected statement</source>
            <translation>ステートメント、またはアウトライン(Markdown や字下げしたテキスト、Pro:/Con: や +/-)を選択したステートメントの下に貼り付けます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Practise: the other side's arguments one at a time, our answers hidden until asked, with a tally</source>
            <translation>練習:相手側の議論を一つずつ示し、こちらの回答は求めるまで隠し、答えられた数を記録します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Present &amp;breadth-first</source>
            <translation>幅優先でプレゼンテーション(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Present all replies to the main claim first, then their replies (off: each branch to its end)</source>
            <translation>主張へのすべての応答を先に示し、次にそれらへの応答を示します(オフ:枝ごとに最後まで)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Print pre&amp;view…</source>
            <translation>印刷プレビュー(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Print the map or the selection: fitted on one page or tiled over several with overlap marks</source>
            <translation>マップまたは選択範囲を印刷します:1 ページに収めるか、重ね合わせの印付きで複数ページに分割します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Put the keyboard focus on the map</source>
            <translation>キーボードのフォーカスをマップに移します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Raise critical &amp;question</source>
            <translation>批判的問いを提起(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Read the user guide inside argmap (offline); F1 in a panel or dialog opens its part</source>
            <translation>argmap の中でユーザーガイドを読みます(オフライン)。パネルやダイアログで F1 を押すとその部分が開きます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Redo the last undone change</source>
            <translation>最後に元に戻した変更をやり直します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Remove the link between two selected statements, or from a statement to its parent</source>
            <translation>選択した2つのステートメントの間、またはステートメントとその親の間のリンクを外します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Rephr&amp;ase of…</source>
            <translation>言い換え(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Replies hang below their statement and the main claim's replies stand in columns, so a wide map fits a slide; saved with the map (top-down only)</source>
            <translation>応答をそのステートメントの下に吊るし、主張への応答を段組みに並べるので、横に広いマップもスライドに収まります。マップと一緒に保存されます(上から下の配置のみ)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Save &amp;as…</source>
            <translation>名前を付けて保存(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Save the map to a new file</source>
            <translation>マップを新しいファイルに保存します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Save the map to its file</source>
            <translation>マップをそのファイルに保存します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>See the pages before printing: one page or tiles, theme or print-friendly colours</source>
            <translation>印刷前にページを確認します:1 ページか分割か、テーマの色か印刷向きの色か</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Select &amp;all</source>
            <translation>すべて選択(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Select &amp;branch</source>
            <translation>枝を選択(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Select every statement</source>
            <translation>すべてのステートメントを選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Select the first statement bearing on the selected one</source>
            <translation>選択したものに関わる最初のステートメントを選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Select the main claim</source>
            <translation>主張を選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Select the next match</source>
            <translation>次の一致を選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Select the next objection that nothing answers yet (then the other findings)</source>
            <translation>まだ何も答えていない次の反論を選択します(その後は他の検出事項)</translation>
        </message>
        <message>
            <source>Select the next objection that nothing rebuts yet (then the other findings)</source>
            <translation type="vanished">まだ何にも再反論されていない次の反論を選択します(その後は他の検出事項)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Select the next statement under the same parent</source>
            <translation>同じ親の下の次のステートメントを選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Select the previous match</source>
            <translation>前の一致を選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Select the previous statement under the same parent</source>
            <translation>同じ親の下の前のステートメントを選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Select the selected statements and everything that supports or attacks them (to export one branch)</source>
            <translation>選択したステートメントと、それを支持または攻撃するものすべてを選択します(一つの枝をエクスポートするため)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Select the statement the selected one bears on</source>
            <translation>選択したものが関わるステートメントを選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Share premise &amp;with linked reason…</source>
            <translation>前提を連結された根拠と共有(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show argmap in English (from the next start)</source>
            <translation>argmap を英語で表示します(次回の起動から)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show argmap in Japanese (from the next start)</source>
            <translation>argmap を日本語で表示します(次回の起動から)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show argmap in the system's language when it speaks it, else in English (from the next start)</source>
            <translation>システムの言語に対応していればその言語で、そうでなければ英語で argmap を表示します(次回の起動から)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show each statement's strength (0 to 1) and its verdict: stands, weakened, refuted, unanswered…</source>
            <translation>各ステートメントの強さ(0〜1)と判定(成立、弱化、論駁、未回答…)を表示します</translation>
        </message>
        <message>
            <source>Show each statement's strength (0 to 1) and mark the defeated ones</source>
            <translation type="vanished">各ステートメントの強さ(0〜1)を表示し、論破されたものに印を付けます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show every command with its shortcut</source>
            <translation>すべてのコマンドをショートカットと一緒に表示します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show or hide the analysis: what moves each main claim most, and why a statement has its strength</source>
            <translation>分析を表示または非表示にします:各主張を最も動かすものと、ステートメントがその強さを持つ理由</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show or hide the critical questions of the selected reason's argument scheme</source>
            <translation>選択した根拠の論証型の批判的問いを表示または非表示にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show or hide the findings: main claims' strengths and what needs work</source>
            <translation>検出事項を表示または非表示にします:主張の強さと、手を入れるべき点</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show or hide the inspector</source>
            <translation>インスペクタを表示または非表示にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show or hide the list of comments on statements</source>
            <translation>ステートメントへのコメントの一覧を表示または非表示にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show or hide the outline</source>
            <translation>アウトラインを表示または非表示にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show or hide the sources: read a document, quote a passage as evidence, see where each quote is</source>
            <translation>出典を表示または非表示にします:文書を読み、箇所を証拠として引用し、各引用の位置を確認します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show or hide the toolbar</source>
            <translation>ツールバーを表示または非表示にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show or hide the undo history</source>
            <translation>操作履歴を表示または非表示にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show the map at 100 %</source>
            <translation>マップを 100 % で表示します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show the map full screen, one statement at a time from the main claim (Space next, Esc leave)</source>
            <translation>マップを全画面で、主張から一つずつステートメントを表示します(Space で次へ、Esc で終了)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Show the window on the whole screen (F11 again to leave)</source>
            <translation>ウィンドウを画面全体に表示します(もう一度 F11 で戻ります)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Split the selected linked reason into separate reasons</source>
            <translation>選択した連結された根拠を別々の根拠に分けます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Start a new map from a teaching template (policy proposal, scheme practice, debate, notation)</source>
            <translation>授業用テンプレート(政策提案、論証型の練習、ディベート、記法)から新しいマップを始めます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Start a new, empty map in this window</source>
            <translation>このウィンドウで新しい空のマップを始めます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Statement text at 12 pixels, on the map and in exports</source>
            <translation>ステートメントの文字を 12 ピクセルに(マップとエクスポートで)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Statement text at 14 pixels, on the map and in exports</source>
            <translation>ステートメントの文字を 14 ピクセルに(マップとエクスポートで)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Statement text at 17 pixels, on the map and in exports (for a room or a slide)</source>
            <translation>ステートメントの文字を 17 ピクセルに(マップとエクスポートで。教室やスライド向け)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Statement text at 20 pixels, on the map and in exports (for the back of a room)</source>
            <translation>ステートメントの文字を 20 ピクセルに(マップとエクスポートで。部屋の後ろの席向け)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/menus.py" />
            <source>Strength &amp;semantics</source>
            <translation>強さの意味論(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>System language</source>
            <translation>システムの言語</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>System theme</source>
            <translation>システムのテーマ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/menus.py" />
            <source>T&amp;heme</source>
            <translation>テーマ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/menus.py" />
            <source>Te&amp;xt size</source>
            <translation>文字の大きさ(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>The selected statement attacks the step from a reason to what it supports or attacks, not the statement itself (or drag a connection onto an arrow or a bracket)</source>
            <translation>選択したステートメントが、ステートメントそのものではなく、根拠からその支持・攻撃先への推論を攻撃します(矢印や括弧の上へ接続をドラッグしても作れます)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>The selected statement says the same as another one in other words (a thin "=" link, no force)</source>
            <translation>選択したステートメントが、別のステートメントと同じことを別の言葉で述べます(細い「=」のリンク、効力なし)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Turn the selected reason's next open critical question (or the one chosen) into an objection</source>
            <translation>選択した根拠の次の未解決の批判的問い(または選んだ問い)を反論にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Turn the selected statements into claims</source>
            <translation>選択したステートメントを主張にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Turn the selected statements into evidence</source>
            <translation>選択したステートメントを証拠にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Turn the selected statements into objections</source>
            <translation>選択したステートメントを反論にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Turn the selected statements into rebuttals</source>
            <translation>選択したステートメントを再反論にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Turn the selected statements into supports</source>
            <translation>選択したステートメントを根拠にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Turn the selected statements' links from support to attack or back</source>
            <translation>選択したステートメントのリンクを支持から攻撃へ、または逆に切り替えます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Type the selected statement's title: a short tag line shown in bold above its text</source>
            <translation>選択したステートメントのタイトルを入力します:テキストの上に太字で表示される短い見出しです</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Type to find and run any command</source>
            <translation>入力してコマンドを探し、実行します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Un&amp;pin</source>
            <translation>固定を解除(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Undercu&amp;t an inference…</source>
            <translation>推論を攻撃(アンダーカット)(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Undo &amp;history</source>
            <translation>操作履歴(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Undo the last change</source>
            <translation>最後の変更を元に戻します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Unpin every statement and lay the map out again</source>
            <translation>すべてのステートメントの固定を解除し、マップを配置し直します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Version and licence</source>
            <translation>バージョンとライセンス</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>White text on black with bright colours and heavy borders, on the map, in exports and in print</source>
            <translation>黒地に白い文字、明るい色と太い枠線(マップ、エクスポート、印刷で)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Work out strengths with DF-QuAD: the strongest reason on each side dominates (saved with the map)</source>
            <translation>DF-QuAD で強さを計算します:各側で最も強い根拠が支配します(マップと一緒に保存)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Work out strengths with quadratic energy: every reason adds (saved with the map)</source>
            <translation>二次エネルギーで強さを計算します:すべての根拠が加算されます(マップと一緒に保存)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Work out strengths with the Euler-based semantics: every reason adds, a strong base score holds (saved with the map)</source>
            <translation>オイラー型の意味論で強さを計算します:すべての根拠が加算され、強い基礎スコアは保たれます(マップと一緒に保存)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Write a comment (feedback) on the selected statement; shown as a marker, left out of presentations and exports</source>
            <translation>選択したステートメントにコメント(フィードバック)を書きます。印として表示され、プレゼンテーションとエクスポートには含まれません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Write a debate brief for one side: our case, blocks with prepared answers, what is unanswered and a timed speech outline (Markdown, HTML, Word, PDF)</source>
            <translation>一方の側のディベート用ブリーフを書き出します:自分たちの立論、準備した回答のブロック、未回答の点、時間配分付きのスピーチ構成(Markdown、HTML、Word、PDF)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Zoom &amp;in</source>
            <translation>拡大(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Zoom &amp;out</source>
            <translation>縮小(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Zoom so that the whole map fits the window</source>
            <translation>マップ全体がウィンドウに収まるように拡大縮小します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Zoom to &amp;selection</source>
            <translation>選択範囲に合わせる(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" />
            <source>Zoom to the selected statements</source>
            <translation>選択したステートメントに合わせて拡大縮小します</translation>
        </message>
    </context>
    <context>
        <name>AnalysisPanel</name>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>(A big map: only the statements nearest the main claims were tried.)</source>
            <translation>(大きなマップ:主張に最も近いステートメントだけを試しました。)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>&lt;b&gt;Impact on the main claim&lt;/b&gt; (its strength with the statement minus without it)</source>
            <translation>&lt;b&gt;主張への影響&lt;/b&gt;(そのステートメントがある場合とない場合の主張の強さの差)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>&lt;b&gt;Why this score&lt;/b&gt;</source>
            <translation>&lt;b&gt;この強さの理由&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>Answered only weakly: %1</source>
            <translation>弱い回答しかない:%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>Carries most (%2): %1</source>
            <translation>最も支えているもの(%2):%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>Every statement ranked by its impact on the main claim</source>
            <translation>主張への影響の大きい順に並べたすべてのステートメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>Grounded labelling (Dung): %1.</source>
            <translation>グラウンデッド・ラベリング(Dung):%1。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>Main claim to analyse</source>
            <translation>分析する主張</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>Nothing bears on this claim yet.</source>
            <translation>この主張に関わるものはまだありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>Select a statement to see why it has its strength.</source>
            <translation>ステートメントを選択すると、その強さの理由が表示されます。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>Show grounded labels (Dung's grounded semantics)</source>
            <translation>グラウンデッド・ラベルを表示(Dung のグラウンデッド意味論)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>Strengths by %1 (View ▸ Strength semantics).</source>
            <translation>強さは %1 で計算しています(表示 ▸ 強さの意味論)。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>Strongest objection (%2): %1</source>
            <translation>最も強い反論(%2):%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>The classic in / out / undecided labelling over attacks only: it ignores base scores and supports, so it can disagree with the verdicts. For analysis.</source>
            <translation>攻撃だけにもとづく古典的な in / out / undecided のラベル付けです。基礎スコアと支持を無視するので、判定と食い違うことがあります。分析用です。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>Updating…</source>
            <translation>更新中…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>What matters most for the main claim</source>
            <translation>主張にとって最も重要なもの</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/analysis.py" />
            <source>grounded: %1</source>
            <translation>グラウンデッド:%1</translation>
        </message>
    </context>
    <context>
        <name>Brief</name>
        <message>
            <location filename="../../src/argmap/evaluation/speech.py" />
            <source> (%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source> (against: %1) </source>
            <translation>(対象:%1)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source> (strength %1) </source>
            <translation>(強さ %1)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source> (strength %1, %2) </source>
            <translation>(強さ %1、%2)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="vanished">%1(%2)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>%1 minutes at %2 words a minute</source>
            <translation>%1 分、毎分 %2 語(日本語は 2 文字を 1 語として計算)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>%1 of %2 at %3 words a minute (%4 words).</source>
            <translation>%2 のうち %1(毎分 %3 語、計 %4 語)。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/speech.py" />
            <source>%1: %2</source>
            <translation>%1:%2</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>%1: %2 (%3)</source>
            <translation>%1:%2(%3)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>%n of their arguments have no answer on the map yet:</source>
            <translation>
                <numerusform>相手の議論のうち %n 件には、まだマップ上の回答がありません:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>%n parts</source>
            <translation>
                <numerusform>%n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/speech.py" />
            <source>; </source>
            <translation>。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Against the motion</source>
            <translation>論題に反対</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Against: %1</source>
            <translation>反論の対象:%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/speech.py" />
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Answer %1: </source>
            <translation>回答 %1:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Because: </source>
            <translation>理由:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Block %1: %2</source>
            <translation>ブロック %1:%2</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Blocks: their arguments and our answers</source>
            <translation>ブロック:相手の議論とこちらの回答</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Brief: %1</source>
            <translation>ブリーフ:%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/speech.py" />
            <source>But: %1</source>
            <translation>しかし:%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Card: %1</source>
            <translation>証拠カード:%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/speech.py" />
            <source>Closing</source>
            <translation>結論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Every argument of the other side on this map has an answer.</source>
            <translation>このマップにある相手側の議論には、すべて回答があります。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/speech.py" />
            <source>Evidence: %1</source>
            <translation>証拠:%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>For the motion</source>
            <translation>論題に賛成</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Left out to fit the time: </source>
            <translation>時間に収めるため省いたもの:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Motion: </source>
            <translation>論題:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>No answer yet: </source>
            <translation>まだ回答がありません:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Nothing was left out.</source>
            <translation>省いたものはありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/speech.py" />
            <source>Opening</source>
            <translation>導入</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Our case</source>
            <translation>こちらの立論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Prepare an answer</source>
            <translation>回答を準備する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/speech.py" />
            <source>Reason %1</source>
            <translation>根拠 %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Reason %1: %2</source>
            <translation>根拠 %1:%2</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Side: </source>
            <translation>立場:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/speech.py" />
            <source>So, no: %1. Because: %2.</source>
            <translation>したがって、%1とは言えません。理由:%2。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/speech.py" />
            <source>So: %1. Because: %2.</source>
            <translation>したがって、%1。理由:%2。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Speech outline</source>
            <translation>スピーチ構成</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Speech: </source>
            <translation>スピーチ:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Strength %1 (%2); %3</source>
            <translation>強さ %1(%2)。%3</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Strength %1; %2</source>
            <translation>強さ %1。%2</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>The other side has no argument against us on this map.</source>
            <translation>このマップには、こちらに対する相手側の議論がありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>Their case</source>
            <translation>相手の立論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>They have no reason on the motion itself on this map.</source>
            <translation>このマップには、論題そのものに対する相手の根拠がありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>They say: </source>
            <translation>相手の言い分:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/speech.py" />
            <source>They will say: %1</source>
            <translation>相手はこう言うでしょう:%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/speech.py" />
            <source>We argue against the claim that: %1</source>
            <translation>私たちは次の主張に反対します:%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/speech.py" />
            <source>We argue that: %1</source>
            <translation>私たちはこう主張します:%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>We have no reason on the motion yet: add one to the map.</source>
            <translation>論題を支える根拠がまだありません。マップに追加してください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>en</source>
            <comment>the language code (BCP 47) of this translation: ja for Japanese</comment>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>moves the motion %1 our way</source>
            <translation>論題をこちらの側へ %1 動かします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>moves the motion %1 their way (it is weakened: answer its objections)</source>
            <translation>論題を相手の側へ %1 動かします(弱化しています。それへの反論に答えてください)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>see Prepare an answer.</source>
            <translation>「回答を準備する」を参照。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/document.py" />
            <source>the motion</source>
            <translation>論題</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <location filename="../../src/argmap/drawing/presentation.py" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/argmap/drawing/box_text.py" />
            <source>%n sources</source>
            <translation>
                <numerusform>出典 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/argmap/drawing/box_text.py" />
            <source>+%n hidden</source>
            <translation>
                <numerusform>+%n 件を非表示</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <source>1 source</source>
            <translation>出典 1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <source>AGAINST</source>
            <translation>反対</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <source>BOTH SIDES</source>
            <translation>両側</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <source>Base score %1: how strong it is on its own, before its replies.</source>
            <translation>基礎スコア %1:応答を考える前の、それ自体の強さ。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/theme.py" />
            <source>CLAIM</source>
            <translation>主張</translation>
        </message>
        <message>
            <source>Defeated: an objection to it stands unanswered (grounded labelling).</source>
            <translation type="vanished">論破:それへの反論が未回答のまま残っています(grounded ラベリング)。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/theme.py" />
            <source>EVIDENCE</source>
            <translation>証拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/canvas/inline_editor.py" />
            <source>Enter: save · Esc: cancel</source>
            <translation>Enter:保存 · Esc:取り消し</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/canvas/inline_editor.py" />
            <source>Enter: save · Shift+Enter: new line · Esc: cancel</source>
            <translation>Enter:保存 · Shift+Enter:改行 · Esc:取り消し</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <source>FOR</source>
            <translation>賛成</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <location filename="../../src/argmap/evaluation/verdict.py" />
            <source>It attacks a statement and nothing answers it yet.</source>
            <translation>ステートメントを攻撃しており、それに答えるものがまだありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <location filename="../../src/argmap/evaluation/verdict.py" />
            <source>It is in a cycle of reasons whose strengths did not settle: the number is not reliable.</source>
            <translation>強さが定まらない根拠の循環の中にあります:数値は信頼できません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <location filename="../../src/argmap/evaluation/verdict.py" />
            <source>Its replies leave it at 0.2 or less, at most half its base score.</source>
            <translation>応答によって 0.2 以下、基礎スコアの半分以下になっています。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <location filename="../../src/argmap/evaluation/verdict.py" />
            <source>Its replies leave it at least as strong as its base score.</source>
            <translation>応答を受けても基礎スコア以上の強さがあります。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <location filename="../../src/argmap/evaluation/verdict.py" />
            <source>Its replies take at least 0.05 off its base score.</source>
            <translation>応答によって基礎スコアから 0.05 以上下がっています。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <location filename="../../src/argmap/evaluation/verdict.py" />
            <source>Nothing brought it down, but its own base score is low.</source>
            <translation>何にも崩されていませんが、それ自体の基礎スコアが低いです。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <location filename="../../src/argmap/evaluation/verdict.py" />
            <source>Nothing replies to it and it still has the default base score 0.5: set its base score.</source>
            <translation>応答がなく、基礎スコアがまだ既定の 0.5 です:基礎スコアを設定してください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/theme.py" />
            <source>OBJECTION</source>
            <translation>反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/theme.py" />
            <source>REASON</source>
            <translation>根拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/theme.py" />
            <source>REBUTTAL</source>
            <translation>再反論</translation>
        </message>
        <message>
            <source>Strength %1 of 1 (DF-QuAD).</source>
            <translation type="vanished">強さ %1(最大 1、DF-QuAD)。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <source>Strength %1 of 1: %2.</source>
            <translation>強さ %1(最大 1):%2。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <source>an unknown source</source>
            <translation>不明な出典</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <source>base %1</source>
            <translation>基礎 %1</translation>
        </message>
        <message>
            <source>defeated</source>
            <translation type="vanished">論破</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/off_page.py" />
            <source>from: %1</source>
            <translation>起点: %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <location filename="../../src/argmap/evaluation/verdict.py" />
            <source>not yet assessed</source>
            <translation>未評価</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/off_page.py" />
            <source>onto: %1</source>
            <translation>矢印への攻撃: %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <location filename="../../src/argmap/evaluation/verdict.py" />
            <source>refuted</source>
            <translation>論駁</translation>
        </message>
        <message>
            <source>score %1</source>
            <translation type="vanished">スコア %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <location filename="../../src/argmap/evaluation/verdict.py" />
            <source>stands</source>
            <translation>成立</translation>
        </message>
        <message>
            <source>strength %1</source>
            <translation type="vanished">強さ %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/presentation.py" />
            <source>the whole map</source>
            <translation>マップ全体</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/off_page.py" />
            <source>to: %1</source>
            <translation>行き先: %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <location filename="../../src/argmap/evaluation/verdict.py" />
            <source>unanswered</source>
            <translation>未回答</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <location filename="../../src/argmap/evaluation/verdict.py" />
            <source>unsettled</source>
            <translation>未確定</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <location filename="../../src/argmap/evaluation/verdict.py" />
            <source>weak</source>
            <translation>弱い</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <location filename="../../src/argmap/evaluation/verdict.py" />
            <source>weakened</source>
            <translation>弱化</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/off_page.py" />
            <source>with: %1</source>
            <translation>共同前提: %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box_text.py" />
            <source>¶ note</source>
            <translation>¶ メモ</translation>
        </message>
    </context>
    <context>
        <name>Clipboard</name>
        <message>
            <location filename="../../src/argmap/gui/clipboard.py" />
            <source>The inference that %1 undercuts (from %2) is not copied: it is copied as an attack on %3.</source>
            <translation>%1 が攻撃する推論(%2 から)はコピーに含まれないため、%3 への攻撃としてコピーしました。</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source> (%1 % alike)</source>
            <translation>(%1 % 類似)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source> under %1</source>
            <translation>(%1 の下)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/language.py" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: エラー: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>%1 in A, %2 in B</source>
            <translation>A では %1、B では %2</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>%1 only in A</source>
            <translation>%1 は A にのみあります</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>%1 only in B</source>
            <translation>%1 は B にのみあります</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/check.py" />
            <source>%1%2: %3</source>
            <translation>%1%2:%3</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>%1: %2 conflict(s), marked with the tag 'merge-conflict' and a note</source>
            <translation>%1: 衝突 %2 件。タグ「merge-conflict」と注記で印を付けました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>%1: cannot draw without Qt: %2</source>
            <translation>%1:Qt がないため描画できません:%2</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/brief.py" />
            <source>%1: cannot write this format here: %2</source>
            <translation>%1:ここではこの形式で書き出せません:%2</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>%1: conflict: %2</source>
            <translation>%1: 衝突: %2</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/explain.py" />
            <source>%1: no statement with id %2 (`argmap check %1` lists the ids)</source>
            <translation>%1:ID が %2 のステートメントはありません(`argmap check %1` で ID の一覧を表示できます)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>%1: no statements found; nothing written</source>
            <translation>%1: ステートメントが見つからないため、何も書き出していません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>%1: not in canonical form (run 'argmap fmt %1')</source>
            <translation>%1: 正規の形式ではありません('argmap fmt %1' を実行してください)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>%1: ok</source>
            <translation>%1: 問題なし</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>%1: warning: %2</source>
            <translation>%1: 警告: %2</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>(%1) only in A</source>
            <translation>(%1)は A にのみあります</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>(%1) only in B</source>
            <translation>(%1)は B にのみあります</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/check.py" />
            <source>(base %1)</source>
            <translation>(基礎スコア %1)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>, linked reason %1</source>
            <translation>、連結された根拠 %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>, scheme %1</source>
            <translation>、論証型 %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>; add it under %1 (%2)</source>
            <translation>。%1 の下に追加してください(%2)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/dispatch.py" />
            <source>Argument mapping on the desktop. 'argmap [FILE]' opens the editor.</source>
            <translation>デスクトップで議論マップを作ります。'argmap [FILE]' でエディターを開きます。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>Attached to a different parent:</source>
            <translation>別の親に付いているもの:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>Changed statements:</source>
            <translation>変更されたステートメント:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>Cycles: none</source>
            <translation>循環:なし</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>Cycles: yes, %1</source>
            <translation>循環:あり、%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/dispatch.py" />
            <source>Exit codes: 0 ok, 1 invalid input, 2 usage. 'argmap COMMAND --help' for each command.</source>
            <translation>終了コード: 0 正常、1 不正な入力、2 使い方の誤り。各コマンドの説明は 'argmap COMMAND --help'。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>Extra in A (not in B):</source>
            <translation>A にだけあるもの(B にはない):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>Links between matched statements:</source>
            <translation>対応するステートメント間のリンク:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>Links: %1 of B's %2 in A (%3), %4 the same; %5 extra in A.</source>
            <translation>リンク: B の %2 本のうち %1 本が A にあります(%3)、%4 本は同じ。A にだけあるもの %5 本。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>Main claims: %1</source>
            <translation>主張:%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>Map %1: %2 in A, %3 in B</source>
            <translation>マップの %1: A では %2、B では %3</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>Matched by id (texts at least %1 % alike count as one statement reworded).</source>
            <translation>ID で対応付けました(%1 % 以上似ている文章は、言い換えられた同じステートメントとみなします)。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>Matched by text (texts at least %1 % alike count as one statement reworded).</source>
            <translation>文章で対応付けました(%1 % 以上似ている文章は、言い換えられた同じステートメントとみなします)。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>Missing from A (only in B):</source>
            <translation>A に欠けているもの(B にだけある):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>No differences.</source>
            <translation>違いはありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/dispatch.py" />
            <source>Open the argmap editor, optionally on FILE.</source>
            <translation>argmap のエディターを開きます(FILE を指定するとそのファイルを開きます)。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>Other relation, linked reason or scheme:</source>
            <translation>関係、連結された根拠、論証型が異なるもの:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>PDF page: fit the map (default), slide (16:9) or A4/Letter, the map scaled to fit</source>
            <translation>PDF のページ: fit(マップに合わせる。既定)、slide(16:9)、A4/Letter(マップを縮小して収める)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>PNG resolution instead of --scale (e.g. 300 for print)</source>
            <translation>--scale の代わりに PNG の解像度(印刷なら 300 など)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>PNG size factor (1 = 96 dpi, 2 for sharp slides); auto: 1, or the largest that fits if 1 is too large; default 1</source>
            <translation>PNG の大きさの倍率(1 = 96 dpi、鮮明なスライドには 2)。auto: 1、大きすぎるときは収まる最大の倍率。既定 1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>Relations: %1 (%2); linked reasons: %3</source>
            <translation>関係:%1(%2)、連結された根拠:%3</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>Statements: %1 (%2)</source>
            <translation>ステートメント:%1(%2)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>Statements: %1 of B's %2 in A (%3), %4 in the same place; %5 missing from A, %6 extra in A.</source>
            <translation>ステートメント: B の %2 個のうち %1 個が A にあります(%3)、%4 個は同じ位置。A に欠けているもの %5 個、A にだけあるもの %6 個。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>TB: main claim on top (default); LR: on the left</source>
            <translation>TB: 主張を上に(既定)。LR: 左に</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>Title: %1</source>
            <translation>タイトル:%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>a PDF slide deck of the presentation: one 16:9 page per step (main claim, then each reply in turn)</source>
            <translation>プレゼンテーションの PDF スライド: 1 ステップにつき 16:9 のページ 1 枚(主張、続いて各応答を順に)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>a map: a student's map, or the old version</source>
            <translation>マップ: 学生のマップ、または古い版</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>a worksheet: leave every statement of this kind blank (repeat for more kinds)</source>
            <translation>ワークシート: この種類のステートメントをすべて空欄にする(複数の種類は繰り返して指定)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>a worksheet: leave this statement blank, numbered, for students to fill in (repeat for more)</source>
            <translation>ワークシート: このステートメントを番号付きの空欄にして、学生に記入させる(複数は繰り返して指定)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/brief.py" />
            <source>argmap brief: %1</source>
            <translation>argmap brief:%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/brief.py" />
            <source>argmap brief: %1 and %2 are the same file; give another OUT</source>
            <translation>argmap brief:%1 と %2 は同じファイルです。別の OUT を指定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/brief.py" />
            <source>argmap brief: %1 has no statements: there is no main claim to argue for or against</source>
            <translation>argmap brief:%1 にはステートメントがありません。賛成または反対する主張がありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/brief.py" />
            <source>argmap brief: %1: %2</source>
            <translation>argmap brief:%1:%2</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/brief.py" />
            <source>argmap brief: %1: the map has no main claim (a statement that bears on no other) to argue for or against</source>
            <translation>argmap brief:%1:このマップには、賛成または反対する主張(ほかのどれにも関係しないステートメント)がありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/brief.py" />
            <source>argmap brief: --minutes must be above 0 and at most 600, --wpm between 40 and 400</source>
            <translation>argmap brief:--minutes は 0 より大きく 600 以下、--wpm は 40 から 400 の間で指定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>argmap export: %1</source>
            <translation>argmap export:%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>argmap export: %1 and %2 are the same file; give another OUT</source>
            <translation>argmap export:%1 と %2 は同じファイルです。別の OUT を指定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>argmap export: %1 has no statement with the id %2 (see `argmap info %1`)</source>
            <translation>argmap export:%1 には ID が %2 のステートメントがありません(`argmap info %1` を参照)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>argmap export: --comments writes text: give OUT.md (Markdown) or OUT.txt</source>
            <translation>argmap export:--comments はテキストを書き出します。OUT.md(Markdown)または OUT.txt を指定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>argmap export: --font-size must be between 8 and 48 (px)</source>
            <translation>argmap export:--font-size は 8 から 48 (px) の間で指定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>argmap export: --scale must be above 0 and at most 100, --dpi above 0 and at most 9600</source>
            <translation>argmap export:--scale は 0 より大きく 100 以下、--dpi は 0 より大きく 9600 以下で指定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>argmap export: --steps writes a PDF slide deck of the whole map: give OUT.pdf and no --branch</source>
            <translation>argmap export:--steps はマップ全体の PDF スライドを書き出します。OUT.pdf を指定し、--branch は外してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>argmap export: the columns layout is top-down only: drop --direction LR or use --layout tree</source>
            <translation>argmap export:列レイアウトは上から下のみです。--direction LR を外すか、--layout tree を使ってください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>argmap merge: OUT would replace BASE or THEIRS; give OURS or another file</source>
            <translation>argmap merge: OUT が BASE か THEIRS を置き換えてしまいます。OURS か別のファイルを指定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>argmap merge: the merge would not be a valid map, nothing written: %1</source>
            <translation>argmap merge: マージの結果が正しいマップにならないため、何も書き出していません: %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>argmap: %1 exists; give -o or --force</source>
            <translation>argmap: %1 はすでにあります。-o か --force を指定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>argmap: %1 would be overwritten by the import; give another name with -o</source>
            <translation>argmap: インポートで %1 が上書きされてしまいます。-o で別の名前を指定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>argmap: IN and OUT are the same file; give another OUT</source>
            <translation>argmap: IN と OUT が同じファイルです。別の OUT を指定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>argmap: import writes an argmap .json map, not %1; to write another format use 'argmap convert %2 %3'</source>
            <translation>argmap: import が書き出すのは argmap の .json マップで、%1 ではありません。ほかの形式で書き出すには 'argmap convert %2 %3' を使ってください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/language.py" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>引数 %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>attack</source>
            <translation>攻撃</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>change nothing; exit 1 if a file is not canonical</source>
            <translation>何も変更しない。正規の形式でないファイルがあれば終了コード 1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>check map files; exit 1 with one 'FILE: message' line per problem</source>
            <translation>マップファイルを検査します。問題ごとに 'FILE: メッセージ' を 1 行出力し、終了コード 1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>colours; default light (high_contrast: white on black, WCAG AAA)</source>
            <translation>配色。既定は light(high_contrast: 黒地に白、WCAG AAA)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>compare two maps: a student's with a model answer, or two versions (--json for data)</source>
            <translation>2 つのマップを比較します: 学生のマップと模範解答、または 2 つの版(--json でデータとして出力)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>convert between formats: argmap .json, Argdown, AIF, Kialo, GraphML, Markdown outline, OPML, DOT, Mermaid</source>
            <translation>形式を変換します: argmap .json、Argdown、AIF、Kialo、GraphML、Markdown アウトライン、OPML、DOT、Mermaid</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>draw a map to SVG, PNG or PDF (works without a display)</source>
            <translation>マップを SVG、PNG、PDF に描きます(ディスプレイなしで動きます)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>draw only this statement and everything under it (repeat for several branches), e.g. one branch per slide</source>
            <translation>このステートメントとその下だけを描く(複数の枝は繰り返して指定)。スライド 1 枚に 1 つの枝など</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/check.py" />
            <source>evaluate a map: a verdict for every statement, impact on the main claims, findings</source>
            <translation>マップを評価します: 各ステートメントの判定、主張への影響、検出事項</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/check.py" />
            <source>evaluate with this semantics instead of the map's own</source>
            <translation>マップ自身の意味論の代わりにこの意味論で評価する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/check.py" />
            <source>exit 1 when there is a warning (for CI of maps)</source>
            <translation>警告があれば終了コード 1(マップの CI 用)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/language.py" />
            <source>expected one argument</source>
            <translation>引数が 1 つ必要です</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>file from another tool (.argdown, .json AIF, Kialo .txt, .graphml, Markdown outline .md, .opml)</source>
            <translation>ほかのツールのファイル(.argdown、.json の AIF、Kialo の .txt、.graphml、Markdown アウトラインの .md、.opml)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>file to read</source>
            <translation>読み込むファイル</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>file to write (format from its suffix unless --to)</source>
            <translation>書き出すファイル(--to がなければ形式は拡張子から)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>format of IN (%1)</source>
            <translation>IN の形式(%1)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>format of IN when its name does not tell (%1)</source>
            <translation>名前から分からないときの IN の形式(%1)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>format of OUT (%1)</source>
            <translation>OUT の形式(%1)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>give a number from 0 to 100</source>
            <translation>0 から 100 までの数を指定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>how alike two texts must be to count as one statement reworded (default %1)</source>
            <translation>2 つの文章を、言い換えられた同じステートメントとみなす類似度(既定 %1)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/check.py" />
            <source>impact (the claim's strength with it minus without it):</source>
            <translation>影響(あるときとないときの主張の強さの差):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/check.py" />
            <source>info</source>
            <translation>情報</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/desktop.py" />
            <source>install: a menu entry, icons and the .argmap file type under $XDG_DATA_HOME (~/.local/share); uninstall: remove them</source>
            <translation>install: メニュー項目、アイコン、.argmap のファイルタイプを $XDG_DATA_HOME(~/.local/share)に置く。uninstall: それらを取り除く</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/language.py" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>%(type)s の値として不正です: %(value)r</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/language.py" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>不正な選択肢です: %(value)r(%(choices)s から選んでください)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/language.py" />
            <source>language of the output (ja: Japanese); default: ARGMAP_LANGUAGE, else the editor's View &gt; Language, else the system's</source>
            <translation>出力の言語(ja: 日本語)。既定: ARGMAP_LANGUAGE、なければエディターの「表示 &gt; 言語」、なければシステムの言語</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/brief.py" />
            <source>length of the speech the outline must fit; default 6</source>
            <translation>構成を収めるスピーチの長さ(分)。既定 6</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/check.py" />
            <location filename="../../src/argmap/cli/explain.py" />
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>map file</source>
            <translation>マップファイル</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/brief.py" />
            <source>map file to brief</source>
            <translation>ブリーフを作るマップファイル</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>map file to draw</source>
            <translation>描くマップファイル</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/dispatch.py" />
            <source>map file to open</source>
            <translation>開くマップファイル</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>map file to write (default: IN with the suffix .json)</source>
            <translation>書き出すマップファイル(既定: IN の拡張子を .json にしたもの)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>map files to check</source>
            <translation>検査するマップファイル</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>map files to rewrite in canonical form</source>
            <translation>正規の形式に書き直すマップファイル</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>mark each statement FOR or AGAINST the main claim (by its chain of links)</source>
            <translation>各ステートメントに主張への賛成・反対を示す(リンクのつながりによる)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>match statements by id, by text, or auto (ids where the maps share them; default)</source>
            <translation>ステートメントの対応付け: id(ID で)、text(文章で)、auto(マップが共有する ID があれば ID で。既定)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>no background (PNG, SVG, PDF)</source>
            <translation>背景なし(PNG、SVG、PDF)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/check.py" />
            <source>no findings</source>
            <translation>検出事項はありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/language.py" />
            <source>not allowed with argument %s</source>
            <translation>引数 %s とは同時に使えません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/check.py" />
            <source>note: %1 strengths did not settle in a cycle (residual %2); they say “%3”</source>
            <translation>注:循環の中の %1 個の強さが定まりませんでした(残差 %2)。それらには「%3」と表示されます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/check.py" />
            <source>note: impact was worked out only for the statements nearest the main claims (a big map)</source>
            <translation>注:大きなマップなので、影響は主張に近いステートメントについてのみ計算しました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>nothing (a main claim)</source>
            <translation>なし(主張)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/language.py" />
            <source>one of the arguments %s is required</source>
            <translation>引数 %s のいずれかが必要です</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/language.py" />
            <source>options</source>
            <translation>オプション</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>our version</source>
            <translation>こちらの版</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/brief.py" />
            <source>output file: .md, .html, .docx or .pdf</source>
            <translation>出力ファイル: .md、.html、.docx、.pdf</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>output file: .svg, .png or .pdf</source>
            <translation>出力ファイル: .svg、.png、.pdf</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>output format when the file name has no usual suffix</source>
            <translation>ファイル名に通常の拡張子がないときの出力形式</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>overwrite the map beside IN when -o is not given</source>
            <translation>-o がないとき、IN の隣のマップを上書きする</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/language.py" />
            <source>positional arguments</source>
            <translation>位置引数</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>print only problems</source>
            <translation>問題だけを出力する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>print the comparison as JSON</source>
            <translation>比較結果を JSON で出力する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/check.py" />
            <source>print the evaluation of every statement as JSON</source>
            <translation>全ステートメントの評価を JSON で出力する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/explain.py" />
            <source>print the explanation as JSON</source>
            <translation>説明を JSON で出力する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>print the summary as JSON</source>
            <translation>概要を JSON で出力する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/desktop.py" />
            <source>put argmap in the desktop menu with its icon and its .argmap file type (per user)</source>
            <translation>argmap をアイコンと .argmap のファイルタイプとともにデスクトップのメニューに入れます(ユーザーごと)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>read a map from another tool (Argdown, AIF, Kialo, GraphML, Markdown outline, OPML) into an argmap .json file</source>
            <translation>ほかのツールのマップ(Argdown、AIF、Kialo、GraphML、Markdown アウトライン、OPML)を argmap の .json ファイルに読み込みます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>reformatted %1</source>
            <translation>%1 を書き直しました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>refuse a file whose text argmap would cut to fit (an AIF statement over 20,000 characters)</source>
            <translation>収まるように文章を切り詰める必要があるファイル(20,000 文字を超える AIF のステートメント)を拒否する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>rephrase</source>
            <translation>言い換え</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>rewrite map files in canonical form (like a code formatter)</source>
            <translation>マップファイルを正規の形式に書き直します(コードフォーマッターのように)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/explain.py" />
            <source>say why a statement has its strength: its base score and what each reply adds or takes</source>
            <translation>ステートメントの強さの理由を示します: 基礎スコアと、各応答が加える・奪う分</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/check.py" />
            <source>semantics: %1</source>
            <translation>意味論:%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>show each statement's strength and verdict (refuted ones faded)</source>
            <translation>各ステートメントの強さと判定を示す(論駁されたものは薄く)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/dispatch.py" />
            <location filename="../../src/argmap/cli/language.py" />
            <source>show program's version number and exit</source>
            <translation>バージョンを表示して終了する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/language.py" />
            <source>show this help message and exit</source>
            <translation>このヘルプを表示して終了する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/brief.py" />
            <source>speaking rate in words a minute for the timings; default 160</source>
            <translation>時間配分に使う話す速さ(1 分あたりの語数)。既定 160</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>statement text size in px, 8 to 48 (default 14, the editor's Normal; 17 Large, 20 Extra large)</source>
            <translation>ステートメントの文字の大きさ(px、8〜48。既定 14 はエディターの「標準」、17 は「大」、20 は「特大」)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>summarise a map: statements, relations, main claims, cycles</source>
            <translation>マップの概要: ステートメント、関係、主張、循環</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <location filename="../../src/argmap/cli/map_files.py" />
            <source>support</source>
            <translation>支持</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>the common ancestor</source>
            <translation>共通の祖先</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/language.py" />
            <source>the following arguments are required: %s</source>
            <translation>次の引数が必要です: %s</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>the map to compare it with: the model answer, or the new version</source>
            <translation>比較の相手のマップ: 模範解答、または新しい版</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/brief.py" />
            <source>the side to prepare: for (default) or against the main claim</source>
            <translation>準備する側: for(主張に賛成。既定)または against(反対)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/explain.py" />
            <source>the statement to explain (its id, as `argmap check` prints it)</source>
            <translation>説明するステートメント(`argmap check` が出力する ID)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>their version</source>
            <translation>相手の版</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>three-way merge of maps by statements and links (exit 1 on conflicts, marked in OUT)</source>
            <translation>ステートメントとリンクによるマップの 3 方向マージ(衝突があれば OUT に印を付け、終了コード 1)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>tree, or columns (the main claim's replies in columns: fits a slide); default: the map's own</source>
            <translation>tree、または columns(主張への応答を列に並べ、スライドに収める)。既定: マップ自身の設定</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>under %1 in A, under %2 in B</source>
            <translation>A では %1 の下、B では %2 の下</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/language.py" />
            <source>unrecognized arguments: %s</source>
            <translation>認識できない引数: %s</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/language.py" />
            <source>usage: </source>
            <translation>使い方: </translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/check.py" />
            <source>warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/diff.py" />
            <source>where to write the merged map (may be OURS)</source>
            <translation>マージしたマップの書き出し先(OURS でもよい)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>with --steps: depth (a reply's own replies right after it; default) or breadth (level by level)</source>
            <translation>--steps と共に: depth(応答のすぐ後にその応答。既定)または breadth(階層ごと)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/brief.py" />
            <source>write a debate brief for one side: case, blocks, answers to prepare, a timed speech outline</source>
            <translation>一方の側のディベート用ブリーフを書き出します: 立論、ブロック、準備すべき回答、時間配分付きのスピーチ構成</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/export.py" />
            <source>write the statements' comments on their own, as Markdown (OUT.md) or plain text (OUT.txt); drawings never show comments</source>
            <translation>ステートメントへのコメントだけを Markdown(OUT.md)かテキスト(OUT.txt)で書き出す。図にはコメントは描かれません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>wrote %1 (%2): %3 statements, %4 links</source>
            <translation>%1 に書き出しました(%2): ステートメント %3 個、リンク %4 本</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/convert.py" />
            <source>wrote %1 (%2): %3 statements, %4 links, %5 note(s) above</source>
            <translation>%1 に書き出しました(%2): ステートメント %3 個、リンク %4 本、上の注記 %5 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/brief.py" />
            <source>wrote the brief against the main claim to %1</source>
            <translation>主張に反対する側のブリーフを %1 に書き出しました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/brief.py" />
            <source>wrote the brief for the main claim to %1</source>
            <translation>主張に賛成する側のブリーフを %1 に書き出しました</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <location filename="../../src/argmap/gui/palette.py" />
            <source>Command palette</source>
            <translation>コマンドパレット</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/palette.py" />
            <source>Command to run</source>
            <translation>実行するコマンド</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/palette.py" />
            <source>Matching commands</source>
            <translation>一致するコマンド</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/palette.py" />
            <source>Type a command…</source>
            <translation>コマンドを入力…</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Add %s</source>
            <translation>%sを追加</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/map_fields.py" />
            <source>Arrange as a tree</source>
            <translation>ツリー状に配置</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/map_fields.py" />
            <source>Arrange in columns</source>
            <translation>段組みに配置</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Change base score</source>
            <translation>基礎スコアを変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Change kind</source>
            <translation>種類を変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/links.py" />
            <source>Change relation</source>
            <translation>関係を変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Change sources</source>
            <translation>出典を変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Change statement</source>
            <translation>ステートメントを変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/map_fields.py" />
            <source>Change strength semantics</source>
            <translation>強さの意味論を変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Change tags</source>
            <translation>タグを変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/map_fields.py" />
            <source>Change title</source>
            <translation>タイトルを変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Claim</source>
            <translation>主張</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Collapse</source>
            <translation>折りたたむ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Collapse or expand</source>
            <translation>折りたたむ/展開</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/links.py" />
            <source>Connect</source>
            <translation>接続</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/links.py" />
            <source>Disconnect</source>
            <translation>接続を解除</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Edit notes</source>
            <translation>メモを編集</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Edit text</source>
            <translation>テキストを編集</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Edit title</source>
            <translation>タイトルを編集</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Evidence</source>
            <translation>証拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Expand</source>
            <translation>展開</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/links.py" />
            <source>Group co-premises</source>
            <translation>共同前提にまとめる</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Make %s</source>
            <translation>%sにする</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Move statement</source>
            <translation>ステートメントを移動</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Move statements</source>
            <translation>ステートメントを移動</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/links.py" />
            <source>Move under another statement</source>
            <translation>別のステートメントの下へ移動</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Objection</source>
            <translation>反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/sources.py" />
            <source>Quote as evidence</source>
            <translation>証拠として引用</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Rebuttal</source>
            <translation>再反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/links.py" />
            <source>Rephrase</source>
            <translation>言い換え</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/links.py" />
            <source>Share premise with linked reason</source>
            <translation>前提を連結された根拠と共有</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Support</source>
            <translation>根拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/links.py" />
            <source>Undercut an inference</source>
            <translation>推論を攻撃(アンダーカット)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/links.py" />
            <source>Ungroup co-premises</source>
            <translation>共同前提のまとまりを解除</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" />
            <source>Unpin</source>
            <translation>固定を解除</translation>
        </message>
    </context>
    <context>
        <name>Comments</name>
        <message>
            <location filename="../../src/argmap/teaching/feedback.py" />
            <source>Comment: </source>
            <translation>コメント:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/teaching/feedback.py" />
            <source>Comments on "%1"</source>
            <translation>「%1」へのコメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/teaching/feedback.py" />
            <source>Comments on “%1”</source>
            <translation>「%1」へのコメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/teaching/feedback.py" />
            <source>No statement has a comment.</source>
            <translation>コメントのあるステートメントはありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/teaching/feedback.py" />
            <source>claim</source>
            <translation>主張</translation>
        </message>
        <message>
            <location filename="../../src/argmap/teaching/feedback.py" />
            <source>evidence</source>
            <translation>証拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/teaching/feedback.py" />
            <source>objection</source>
            <translation>反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/teaching/feedback.py" />
            <source>rebuttal</source>
            <translation>再反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/teaching/feedback.py" />
            <source>support</source>
            <translation>根拠</translation>
        </message>
    </context>
    <context>
        <name>CommentsController</name>
        <message>
            <location filename="../../src/argmap/gui/comments_panel.py" />
            <source>&lt;b&gt;Comment on&lt;/b&gt; “%1”</source>
            <translation>&lt;b&gt;コメント対象&lt;/b&gt;「%1」</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/comments_panel.py" />
            <source>Comments</source>
            <translation>コメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/comments_panel.py" />
            <source>Select one statement to write a comment on it.</source>
            <translation>コメントを書くステートメントを一つ選択してください。</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <location filename="../../src/argmap/gui/comments_panel.py" />
            <source>Comment on the selected statement</source>
            <translation>選択したステートメントへのコメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/comments_panel.py" />
            <source>Feedback for the student on the selected statement</source>
            <translation>選択したステートメントについての生徒へのフィードバック</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/comments_panel.py" />
            <source>Save comment</source>
            <translation>コメントを保存</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/comments_panel.py" />
            <source>Statements with a comment</source>
            <translation>コメントのあるステートメント</translation>
        </message>
    </context>
    <context>
        <name>CompareController</name>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>Cannot compare</source>
            <translation>比較できません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>Compare with model answer</source>
            <translation>模範解答と比較</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>argmap maps (*.json);;All files (*)</source>
            <translation>argmap マップ (*.json);;すべてのファイル (*)</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>&lt;b&gt;Misplaced or extra&lt;/b&gt; (click to select)</source>
            <translation>&lt;b&gt;位置違い・余分&lt;/b&gt;(クリックで選択)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>&lt;b&gt;Missing&lt;/b&gt; (in the model answer, not in this map)</source>
            <translation>&lt;b&gt;不足&lt;/b&gt;(模範解答にあり、このマップにないもの)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>&lt;b&gt;Model answer:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Statements:&lt;/b&gt; %2 of %3 (%4), %5 in the right place&lt;br&gt;&lt;b&gt;Links:&lt;/b&gt; %6 of %7 (%8)&lt;br&gt;&lt;b&gt;Not in the model answer:&lt;/b&gt; %9</source>
            <translation>&lt;b&gt;模範解答:&lt;/b&gt;%1&lt;br&gt;&lt;b&gt;ステートメント:&lt;/b&gt;%3 個中 %2 個(%4)、正しい位置に %5 個&lt;br&gt;&lt;b&gt;リンク:&lt;/b&gt;%7 本中 %6 本(%8)&lt;br&gt;&lt;b&gt;模範解答にないもの:&lt;/b&gt;%9</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>Add it here</source>
            <translation>ここに追加</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>Add the chosen statement where the model answer has it (one undo step)</source>
            <translation>選んだステートメントを模範解答と同じ位置に追加します(1 回で元に戻せます)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>How alike two texts must be (0 to 100) to count as one statement reworded</source>
            <translation>二つのテキストを言い換えた同じステートメントとみなすのに必要な類似度(0〜100)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>Misplaced and extra statements</source>
            <translation>位置違いと余分なステートメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>Same statement when texts are at least</source>
            <translation>テキストの類似度が</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>Similarity threshold</source>
            <translation>類似度のしきい値</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>Statements missing from this map</source>
            <translation>このマップに足りないステートメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>Stop comparing</source>
            <translation>比較をやめる</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>alike</source>
            <translation>以上なら同じステートメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>as a main claim</source>
            <translation>主張として</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>extra</source>
            <translation>余分</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>misplaced</source>
            <translation>位置違い</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/compare_panel.py" />
            <source>under “%1”</source>
            <translation>「%1」の下</translation>
        </message>
    </context>
    <context>
        <name>Debate</name>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source> min</source>
            <translation> 分</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source> words/min</source>
            <translation> 語/分</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source>&amp;Format:</source>
            <translation>形式(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source>&amp;Side:</source>
            <translation>側(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source>Against the main claim</source>
            <translation>主張に反対</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source>Brief</source>
            <translation>ブリーフ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source>Cannot export brief</source>
            <translation>ブリーフをエクスポートできません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source>Choose file…</source>
            <translation>ファイルを選択…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source>Drill</source>
            <translation>練習</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source>Export brief</source>
            <translation>ブリーフをエクスポート</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source>For the main claim</source>
            <translation>主張に賛成</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source>Speaking &amp;rate:</source>
            <translation>話す速さ(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source>Speech &amp;length:</source>
            <translation>スピーチの長さ(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source>The map is empty: there is nothing to practise.</source>
            <translation>マップが空です:練習するものがありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source>The map is empty: write a main claim first.</source>
            <translation>マップが空です:先に主張を書いてください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source>Wrote the brief to %1</source>
            <translation>ブリーフを %1 に書き出しました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/debate.py" />
            <source>brief</source>
            <translation>ブリーフ</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>%1 was imported, but %2 parts of it could not be:</source>
            <translation>%1 をインポートしましたが、%2 個の部分はインポートできませんでした:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>%1 was imported, but one part of it could not be:</source>
            <translation>%1 をインポートしましたが、1 個の部分はインポートできませんでした:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 ピクセル</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>&amp;Description:</source>
            <translation>説明(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>&amp;Export:</source>
            <translation>エクスポート(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>&amp;Page:</source>
            <translation>ページ(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>&amp;Relation</source>
            <translation>関係(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>&amp;Scale:</source>
            <translation>倍率(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>&amp;That statement</source>
            <translation>あちらのステートメント(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>&amp;This statement</source>
            <translation>このステートメント(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>&amp;Title:</source>
            <translation>タイトル(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>&amp;Web address:</source>
            <translation>ウェブアドレス(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Add source</source>
            <translation>出典を追加</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Attacks it</source>
            <translation>それを攻撃する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Choose the relation</source>
            <translation>関係を選んでください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Connect statements</source>
            <translation>ステートメントを接続</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Export image</source>
            <translation>画像をエクスポート</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Fit the map</source>
            <translation>マップを収める</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Imported with notes</source>
            <translation>注記付きでインポートしました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Map description</source>
            <translation>マップの説明</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Map title</source>
            <translation>マップのタイトル</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Map title and description</source>
            <translation>マップのタイトルと説明</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Move under it</source>
            <translation>その下へ移動</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Page</source>
            <translation>ページ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Relation</source>
            <translation>関係</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Restates it (rephrase)</source>
            <translation>それを言い換える(言い換え)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Scale</source>
            <translation>倍率</translation>
        </message>
        <message>
            <source>Show strengths and defeated statements</source>
            <translation type="vanished">強さと論破されたステートメントを表示</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Show strengths and verdicts</source>
            <translation>強さと判定を表示</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Size:</source>
            <translation>サイズ:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Slide (16:9)</source>
            <translation>スライド(16:9)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Source title</source>
            <translation>出典のタイトル</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Source web address</source>
            <translation>出典のウェブアドレス</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Statement it bears on</source>
            <translation>関わる先のステートメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Statement that supports or attacks</source>
            <translation>支持または攻撃するステートメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>Supports it</source>
            <translation>それを支持する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>The selected statements</source>
            <translation>選択したステートメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>The whole map</source>
            <translation>マップ全体</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>What to export</source>
            <translation>エクスポートする範囲</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>attacks</source>
            <translation>攻撃する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>restates</source>
            <translation>言い換える</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" />
            <source>supports</source>
            <translation>支持する</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <location filename="../../src/argmap/gui/document.py" />
            <source>Untitled</source>
            <translation>無題</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/document.py" />
            <source>Untitled map</source>
            <translation>無題のマップ</translation>
        </message>
    </context>
    <context>
        <name>Drill</name>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source> s each</source>
            <translation> 秒ずつ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>%1 left</source>
            <translation>残り %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>%1 of %2 answered in time</source>
            <translation>時間内に答えられたのは %2 件中 %1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>Add a rebuttal to this argument on the map.</source>
            <translation>マップ上のこの議論に再反論を追加してください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>Against:</source>
            <translation>攻撃対象:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>Answer aloud, then press Space.</source>
            <translation>声に出して答えてから、Space を押してください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>Argument %1 of %2</source>
            <translation>議論 %1 / %2</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>Drill: answer the other side</source>
            <translation>練習:相手側に答える</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>I had it (Y)</source>
            <translation>答えられた (Y)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>I missed it (N)</source>
            <translation>答えられなかった (N)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>No prepared answer yet.</source>
            <translation>準備した回答はまだありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>Our answers:</source>
            <translation>こちらの回答:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>Practise again:</source>
            <translation>もう一度練習:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>Show our answers (Space)</source>
            <translation>こちらの回答を表示 (Space)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>Skip (S)</source>
            <translation>スキップ (S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>Start again (R)</source>
            <translation>最初から (R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>The other side has no argument against us on this map.</source>
            <translation>このマップには、こちらに対する相手側の議論がありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>They say:</source>
            <translation>相手の言い分:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>We argue against the main claim</source>
            <translation>こちらは主張に反対の立場</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>We argue for the main claim</source>
            <translation>こちらは主張に賛成の立場</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>the motion</source>
            <translation>論題</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/drill_dialog.py" />
            <source>time is up</source>
            <translation>時間切れ</translation>
        </message>
    </context>
    <context>
        <name>EditController</name>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>Also a premise of:</source>
            <translation>次の根拠の前提にもする:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/argmap/gui/editing.py" />
            <source>Copied %n statements.</source>
            <translation>
                <numerusform>%n 個のステートメントをコピーしました。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>Copied a picture of the map (PNG and SVG).</source>
            <translation>マップの画像をコピーしました(PNG と SVG)。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>Copied a picture of the selection (PNG and SVG).</source>
            <translation>選択範囲の画像をコピーしました(PNG と SVG)。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>Copied one statement.</source>
            <translation>1 個のステートメントをコピーしました。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>Copied the outline (Markdown).</source>
            <translation>アウトラインをコピーしました(Markdown)。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>Linked reason %1 (%2) into %3</source>
            <translation>%3への連結された根拠 %1(%2)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>No other linked reason to share this premise with: group co-premises into the same statement first.</source>
            <translation>この前提を共有できる別の連結された根拠がありません。先に、同じステートメントへの共同前提をまとめてください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>Rephrase of…</source>
            <translation>言い換え…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>Select statements that support or attack another one.</source>
            <translation>別のステートメントを支持または攻撃しているステートメントを選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>Select the statement to add to first.</source>
            <translation>先に、追加先のステートメントを選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>Select two or more statements that all support (or all attack) the same statement.</source>
            <translation>同じステートメントをすべて支持する(またはすべて攻撃する)ステートメントを 2 個以上選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>Share premise with linked reason</source>
            <translation>前提を連結された根拠と共有</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>The clipboard holds nothing to paste.</source>
            <translation>クリップボードに貼り付けられるものがありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>The inference it attacks:</source>
            <translation>攻撃する推論:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>The map has no other statement to restate.</source>
            <translation>マップに、言い換えられる別のステートメントがありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>The map is empty: there is no outline to copy.</source>
            <translation>マップが空です:コピーするアウトラインがありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>The map is empty: there is no picture to copy.</source>
            <translation>マップが空です:コピーする画像がありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>The selected statements are not co-premises of a linked reason.</source>
            <translation>選択したステートメントは連結された根拠の共同前提ではありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>The selected statements are not linked.</source>
            <translation>選択したステートメントはつながっていません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>The statement it restates:</source>
            <translation>言い換える元のステートメント:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>There is no inference for this statement to undercut: it needs a reason that supports or attacks a statement.</source>
            <translation>このステートメントが攻撃できる推論がありません。ステートメントを支持または攻撃する根拠が必要です。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" />
            <source>Undercut an inference</source>
            <translation>推論を攻撃(アンダーカット)</translation>
        </message>
    </context>
    <context>
        <name>EvaluationController</name>
        <message>
            <location filename="../../src/argmap/gui/evaluation_controller.py" />
            <source>&lt;b&gt;Strength&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;強さ&lt;/b&gt; %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/evaluation_controller.py" />
            <source>&lt;i&gt;Why, in full: View ▸ Analysis (Ctrl+Shift+Y).&lt;/i&gt;</source>
            <translation>&lt;i&gt;詳しい理由:表示 ▸ 分析 (Ctrl+Shift+Y)&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/evaluation_controller.py" />
            <source>No findings: every objection is answered.</source>
            <translation>検出事項はありません:すべての反論に回答済みです。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/evaluation_controller.py" />
            <source>Why this strength</source>
            <translation>この強さの理由</translation>
        </message>
    </context>
    <context>
        <name>Explain</name>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>%1 from %2</source>
            <translation>%1(%2による)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>Base score %1 (the default: nobody has set it): how strong this %2 is on its own, before its replies.</source>
            <translation>基礎スコア %1(既定値のまま、誰も設定していません):応答を考える前の、この%2それ自体の強さ。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>Base score %1: how strong this %2 is on its own, before its replies.</source>
            <translation>基礎スコア %1:応答を考える前の、この%2それ自体の強さ。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>It restates %1 in other words: a rephrase has no force of its own, so it shows the strength and verdict of what it restates.</source>
            <translation>%1を別の言葉で言い換えたものです。言い換えにはそれ自体の力がないため、言い換え元の強さと判定を表示します。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>Nothing replies to it, so its strength is its base score.</source>
            <translation>応答がないので、強さは基礎スコアのままです。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>Replies on one side saturate under DF-QuAD: with several strong ones, removing any one changes little.</source>
            <translation>DF-QuAD では同じ側の応答は飽和します:強い応答が複数あると、どれか一つを除いてもほとんど変わりません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>Strength %1: %2. %3</source>
            <translation>強さ %1:%2。%3</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>Without %1 (%2) this %3 would be %4 instead of %5: it adds %6.</source>
            <translation>%1(%2)がなければ、この%3は %5 ではなく %4 になります:%6 上げています。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>Without %1 (%2) this %3 would be %4 instead of %5: it changes %6.</source>
            <translation>%1(%2)がなければ、この%3は %5 ではなく %4 になります:%6 変えています。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>Without %1 (%2) this %3 would be %4 instead of %5: it takes %6.</source>
            <translation>%1(%2)がなければ、この%3は %5 ではなく %4 になります:%6 下げています。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>Without the undercut %1 (%2) the inference from %3 would count fully: this %4 would be %5 instead of %6.</source>
            <translation>アンダーカット%1(%2)がなければ、%3からの推論はそのまま効きます:この%4は %6 ではなく %5 になります。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>Without the undercut %1 (%2) the inference from %3 would count with weight %7: this %4 would be %5 instead of %6.</source>
            <translation>アンダーカット%1(%2)がなければ、%3からの推論は重み %7 で効きます:この%4は %6 ではなく %5 になります。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>claim</source>
            <translation>主張</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>evidence</source>
            <translation>証拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>objection</source>
            <translation>反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>reason</source>
            <translation>根拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>rebuttal</source>
            <translation>再反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>the %1 %2</source>
            <translation>%1%2</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>the linked reason %1</source>
            <translation>連結された根拠 %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>the undercut %1</source>
            <translation>アンダーカット%1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>“%1”</source>
            <translation>「%1」</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/explain.py" />
            <source>“× w”: an undercut attacks the inference of that reason, which counts only with the weight w left to it.</source>
            <translation>「× w」:アンダーカットはその根拠の推論を攻撃するため、根拠は残った重み w の分だけ効きます。</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../src/argmap/export/brief/__init__.py" />
            <source>a brief is written as .md, .html, .docx or .pdf: give one of these suffixes</source>
            <translation>ブリーフは .md、.html、.docx、.pdf のいずれかで書き出します。これらの拡張子を指定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/render.py" />
            <source>cannot export to a file name with no suffix: use .png, .svg or .pdf</source>
            <translation>拡張子のないファイル名にはエクスポートできません:.png、.svg、.pdf を使ってください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/render.py" />
            <source>cannot export to file name suffix %1: use .png, .svg or .pdf</source>
            <translation>拡張子 %1 にはエクスポートできません:.png、.svg、.pdf を使ってください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/render.py" />
            <source>cannot export to format %1: use .png, .svg or .pdf</source>
            <translation>形式 %1 にはエクスポートできません:.png、.svg、.pdf を使ってください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/brief/__init__.py" />
            <source>could not be written</source>
            <translation>書き出せませんでした</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/render.py" />
            <source>could not encode the PNG image</source>
            <translation>PNG 画像をエンコードできませんでした</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/render.py" />
            <location filename="../../src/argmap/export/steps.py" />
            <source>could not write the PDF file</source>
            <translation>PDF ファイルを書き出せませんでした</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/render.py" />
            <source>is a folder, not a file name</source>
            <translation>フォルダーです(ファイル名ではありません)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/render.py" />
            <source>is not a regular file (a device or a pipe): give a file name</source>
            <translation>通常のファイルではありません(デバイスまたはパイプです)。ファイル名を指定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/render.py" />
            <source>not enough memory for a %1 x %2 image</source>
            <translation>%1 x %2 の画像を作るためのメモリが足りません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/api.py" />
            <source>nothing to export: none of the chosen statements is in the map</source>
            <translation>エクスポートするものがありません:選んだステートメントはどれもマップにありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/worksheet.py" />
            <source>nothing to leave blank: name statements or kinds the map has</source>
            <translation>空欄にするものがありません:マップにあるステートメントまたは種類を指定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/render.py" />
            <source>permission denied: cannot write here</source>
            <translation>アクセスが拒否されました:ここには書き込めません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/render.py" />
            <source>scale %1 must be above 0 and at most 100, or auto</source>
            <translation>倍率 %1 は 0 より大きく 100 以下、または auto にしてください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/steps.py" />
            <source>steps are written as a PDF slide deck: give a file name ending in .pdf</source>
            <translation>ステップは PDF のスライドとして書き出します。.pdf で終わるファイル名を指定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/render.py" />
            <source>the folder %1 does not exist</source>
            <translation>フォルダー %1 は存在しません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/render.py" />
            <source>the image would be %1 x %2 pixels, too large for PNG (at most %3 pixels a side and %4 in all): the largest scale that fits is %5 (on the command line: --scale %5, or --scale auto); or export SVG or PDF</source>
            <translation>画像は %1 x %2 ピクセルになり、PNG には大きすぎます(一辺 %3 ピクセル、全体で %4 ピクセルまで):収まる最大の倍率は %5 です(コマンドラインでは --scale %5 または --scale auto)。または SVG か PDF でエクスポートしてください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/render.py" />
            <source>the image would be at least %1 x %2 pixels, too large for PNG (at most %3 pixels a side and %4 in all): the largest scale that fits is at most %5 (on the command line: --scale %5, or --scale auto); or export SVG or PDF</source>
            <translation>画像は少なくとも %1 x %2 ピクセルになり、PNG には大きすぎます(一辺 %3 ピクセル、全体で %4 ピクセルまで):収まる最大の倍率は %5 以下です(コマンドラインでは --scale %5 または --scale auto)。または SVG か PDF でエクスポートしてください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/steps.py" />
            <source>the map is empty: there is nothing to present</source>
            <translation>マップが空です:プレゼンテーションするものがありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/api.py" />
            <source>unknown background colour %1: use white, transparent or a colour name</source>
            <translation>不明な背景色 %1:white、transparent または色の名前を使ってください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/export/api.py" />
            <source>unknown page %1: choose fit, A4, Letter or slide</source>
            <translation>不明なページ %1:fit、A4、Letter、slide から選んでください</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>%1 cannot be written; Save will ask for a file name.</source>
            <translation>%1 に書き込めません。保存時にファイル名を尋ねます。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>%1 no longer exists; Save will ask for a file name.</source>
            <translation>%1 はもう存在しません。保存時にファイル名を尋ねます。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>%1 was moved, replaced or changed since; Save will ask for a file name.</source>
            <translation>%1 はその後、移動、置き換え、または変更されました。保存時にファイル名を尋ねます。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>%1 was written, but:</source>
            <translation>%1 を書き出しましたが、次の問題があります:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>&amp;Clear list</source>
            <translation>一覧を消去(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Cannot export map</source>
            <translation>マップをエクスポートできません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Cannot import map</source>
            <translation>マップをインポートできません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Cannot open map</source>
            <translation>マップを開けません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Cannot recover map</source>
            <translation>マップを復元できません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Cannot save map</source>
            <translation>マップを保存できません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Export</source>
            <translation>エクスポート</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Export map</source>
            <translation>マップをエクスポート</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Exported %1</source>
            <translation>%1 をエクスポートしました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Exported with a warning</source>
            <translation>警告付きでエクスポートしました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Exporting images is not available in this installation.</source>
            <translation>このインストールでは画像のエクスポートを利用できません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>File changed on disk</source>
            <translation>ディスク上のファイルが変更されました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Import map</source>
            <translation>マップをインポート</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Imported %1: %n statements</source>
            <translation>
                <numerusform>%1 をインポートしました:ステートメント %n 個</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Laying out %n statements…</source>
            <translation>
                <numerusform>%n 個のステートメントを配置しています…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>No recent maps</source>
            <translation>最近のマップはありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Open &amp;recent</source>
            <translation>最近使ったマップ(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Open map</source>
            <translation>マップを開く</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Opened %1</source>
            <translation>%1 を開きました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Opening</source>
            <translation>開いています</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation type="vanished">%1 を開いています…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Reading %1…</source>
            <translation>%1 を読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Recover unsaved changes</source>
            <translation>保存されていない変更を復元</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Save changes to “%1” before closing?</source>
            <translation>閉じる前に「%1」への変更を保存しますか?</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Save map as</source>
            <translation>名前を付けてマップを保存</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Saved %1</source>
            <translation>%1 を保存しました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Saving %1…</source>
            <translation>%1 を保存しています…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Stopped reading %1; the map is unchanged</source>
            <translation>%1 の読み込みを中止しました。マップは変わっていません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Unsaved changes</source>
            <translation>保存されていない変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>Where “%1” was saved is not known; Save will ask for a file name.</source>
            <translation>「%1」の保存先がわかりません。保存時にファイル名を尋ねます。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>an untitled map</source>
            <translation>無題のマップ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>argmap was closed without saving. Recover unsaved changes of %1 (autosaved %2)?</source>
            <translation>argmap は保存せずに終了しました。%1 の保存されていない変更(%2 に自動保存)を復元しますか?</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>“%1” was changed by another program since you opened it. Overwrite those changes?</source>
            <translation>「%1」は開いた後に別のプログラムによって変更されました。その変更を上書きしますか?</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>All files (*)</source>
            <translation>すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/import_worker.py" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>PDF document</source>
            <translation>PDF 文書</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>PNG image</source>
            <translation>PNG 画像</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/import_worker.py" />
            <source>Reading</source>
            <translation>読み込み中</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>SVG drawing</source>
            <translation>SVG 図形</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/import_worker.py" />
            <source>Saving</source>
            <translation>保存中</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>argmap maps (*.json *.argmap)</source>
            <translation>argmap マップ (*.json *.argmap)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" />
            <source>argmap maps (*.json *.argmap);;All files (*)</source>
            <translation>argmap マップ (*.json *.argmap);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>argmap maps (*.json)</source>
            <translation type="vanished">argmap マップ (*.json)</translation>
        </message>
        <message>
            <source>argmap maps (*.json);;All files (*)</source>
            <translation type="vanished">argmap マップ (*.json);;すべてのファイル (*)</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../src/argmap/gui/find.py" />
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" />
            <source>Close (Esc)</source>
            <translation>閉じる (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" />
            <source>Close find bar</source>
            <translation>検索バーを閉じる</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" />
            <source>F&amp;ind:</source>
            <translation>検索(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" />
            <source>Find in text, notes, tags and sources</source>
            <translation>テキスト、メモ、タグ、出典から検索</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" />
            <source>Find text</source>
            <translation>検索するテキスト</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" />
            <source>Next match</source>
            <translation>次の一致</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" />
            <source>Next match (F3)</source>
            <translation>次の一致 (F3)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" />
            <source>No matches</source>
            <translation>一致なし</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" />
            <source>Previous match</source>
            <translation>前の一致</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" />
            <source>Previous match (Shift+F3)</source>
            <translation>前の一致 (Shift+F3)</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>A statement has no text yet</source>
            <translation>テキストがまだないステートメントがあります</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>Attack cycle: {0}</source>
            <translation>攻撃の循環:{0}</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>Circular reasoning (each supports the next, which drives them all towards 1): {0}</source>
            <translation>循環論法(それぞれが次を支持し、すべての強さを 1 に押し上げます):{0}</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>Evidence without a source: {0}</source>
            <translation>出典のない証拠:{0}</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>Main claim refuted ({0}): its objections outweigh {1}</source>
            <translation>主張が論駁されました({0}):反論が{1}を上回っています</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>Main claim weakened from {0} to {1}: {2}</source>
            <translation>主張が {0} から {1} に弱化しました:{2}</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>No reason or evidence supports {0}</source>
            <translation>{0}を支える根拠も証拠もありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>Not connected to anything: {0}</source>
            <translation>どこにもつながっていません:{0}</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/scheme_findings.py" />
            <source>Open critical question ({0}): {1}</source>
            <translation>未解決の批判的問い({0}):{1}</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>Unanswered objection: nothing answers {0}</source>
            <translation>未回答の反論:{0}に答えるものがありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>Weakly answered: the best answer to {0} ({1}) is weaker than the objection ({2})</source>
            <translation>回答が弱い:{0}への最善の回答({1})が反論({2})より弱いです</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>claim</source>
            <translation>主張</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>evidence</source>
            <translation>証拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>objection</source>
            <translation>反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>rebuttal</source>
            <translation>再反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>support</source>
            <translation>根拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>{0} is a {1} but is linked as a reason for its target: change its kind or its link</source>
            <translation>{0}は{1}ですが、対象への根拠としてつながっています:種類かリンクを変えてください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>{0} is a {1} but is linked as an objection to its target: change its kind or its link</source>
            <translation>{0}は{1}ですが、対象への反論としてつながっています:種類かリンクを変えてください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>{0} is a {1} that bears on nothing: link it to its claim or make it a claim</source>
            <translation>{0}は何にも関わっていない{1}です:主張につなぐか、主張にしてください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>{0} of {1} statements still have the default base score 0.5: set base scores so that strengths say something</source>
            <translation>{1} 個中 {0} 個のステートメントの基礎スコアがまだ既定の 0.5 です:強さが意味を持つように基礎スコアを設定してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>{0} restates {1}, but its replies do not count for {1}: a rephrase has no force (move them onto {1} if they are meant for it)</source>
            <translation>{0}は{1}の言い換えですが、その応答は{1}には数えられません。言い換えにはそれ自体の力がないためです(応答を{1}に向けたものなら、そちらに付け替えてください)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" />
            <source>{0} strengths did not settle (a cycle of reasons; residual {1}): those statements are marked unsettled</source>
            <translation>{0} 個の強さが定まりませんでした(根拠の循環。残差 {1}):それらのステートメントは未確定と表示されます</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" />
            <source>%1 warnings, %2 notes</source>
            <translation>警告 %1 件、注記 %2 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" />
            <source>(Some strengths did not settle in a cycle of reasons: those boxes say “unsettled”.)</source>
            <translation>(根拠の循環の中で定まらなかった強さがあります:それらのボックスには「未確定」と表示されます。)</translation>
        </message>
        <message>
            <source>(Strengths did not settle: a cycle of reasons keeps changing them.)</source>
            <translation type="vanished">(強さが定まりませんでした:根拠の循環が強さを変え続けています。)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" />
            <source>&lt;b&gt;Main claims&lt;/b&gt;</source>
            <translation>&lt;b&gt;主張&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" />
            <source>Findings</source>
            <translation>検出事項</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" />
            <source>No findings: every objection is answered.</source>
            <translation>検出事項はありません:すべての反論に回答済みです。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" />
            <source>Strength of each main claim</source>
            <translation>各主張の強さ</translation>
        </message>
        <message>
            <source>defeated (out)</source>
            <translation type="vanished">論破(out)</translation>
        </message>
        <message>
            <source>holds (in)</source>
            <translation type="vanished">成立(in)</translation>
        </message>
        <message>
            <source>strength {0:.2f} — {1}</source>
            <translation type="vanished">強さ {0:.2f} — {1}</translation>
        </message>
        <message>
            <source>undecided</source>
            <translation type="vanished">未決定</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 argument scheme(s) of reasons are left out (the reasons are written): %2 has no argument schemes</source>
            <translation>根拠の論証型 %1 件を省きました(根拠は書き出しています): %2 には論証型がありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 argument scheme(s) of reasons are not drawn (the reasons are)</source>
            <translation>根拠の論証型 %1 件は描かれません(根拠は描かれます)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 comment(s) on statements are left out: %2 has no place for a comment</source>
            <translation>ステートメントへのコメント %1 件を省きました: %2 にはコメントを置く場所がありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 comment(s) on statements are not drawn: %2 draws no comments</source>
            <translation>ステートメントへのコメント %1 件は描かれません: %2 はコメントを描きません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 critical question(s) that objections raise are left out (the objections are written): %2 has no place for them</source>
            <translation>反論が提起する批判的問い %1 件を省きました(反論は書き出しています): %2 にはそれを置く場所がありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 critical question(s) that objections raise are not drawn (the objections are)</source>
            <translation>反論が提起する批判的問い %1 件は描かれません(反論は描かれます)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 linked reason(s) (premises that count only together) are written as separate reasons: %2 has no linked reasons</source>
            <translation>連結された根拠(組み合わさって初めて効く前提)%1 件は、別々の根拠として書き出しました: %2 には連結された根拠がありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 premise(s) shared by several linked reasons are written once, as a reason of their own: %2 has no linked reasons</source>
            <translation>複数の連結された根拠が共有する前提 %1 件は、単独の根拠として一度だけ書き出しました: %2 には連結された根拠がありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 quote(s) of a source document are left out (the statements' texts are written): %2 has no place for a citation</source>
            <translation>資料からの引用 %1 件を省きました(ステートメントの文章は書き出しています): %2 には出典を置く場所がありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 quote(s) of a source document are not drawn (the statements' texts are): %2 draws no citations</source>
            <translation>資料からの引用 %1 件は描かれません(ステートメントの文章は描かれます): %2 は出典を描きません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 rephrase(s) are written as supports ('Pro') of the statement they restate: %2 has no rephrase</source>
            <translation>言い換え %1 件は、言い換えたステートメントへの支持(「Pro」)として書き出しました: %2 には言い換えがありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 source document(s) the map quotes from are left out: %2 has no place for them</source>
            <translation>マップが引用する資料 %1 件を省きました: %2 にはそれを置く場所がありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 source document(s) the map quotes from are not drawn</source>
            <translation>マップが引用する資料 %1 件は描かれません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 statement title(s) are left out (the texts are written): %2 has no place for a title</source>
            <translation>ステートメントの見出し %1 件を省きました(文章は書き出しています): %2 には見出しを置く場所がありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 undercut(s) (an attack on a reason, not on its conclusion) are written as plain attacks ('Con') on that conclusion: %2 has no attack on a reason</source>
            <translation>アンダーカット(結論ではなく根拠への攻撃)%1 件は、その結論への通常の攻撃(「Con」)として書き出しました: %2 には根拠への攻撃がありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>%1 undercutting premise(s) linked together are written as separate undercuts: Argdown undercuts with one statement or argument at a time</source>
            <translation>連結されたアンダーカットの前提 %1 件は、別々のアンダーカットとして書き出しました: Argdown のアンダーカットは一度に 1 つのステートメントか論証からです</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>A Markdown outline</source>
            <translation>Markdown アウトライン</translation>
        </message>
        <message>
            <location filename="../../src/argmap/io/formats/losses.py" />
            <source>the map's strength semantics is left out (it is read back as the default, DF-QuAD): %2 has no place for it</source>
            <translation>マップの強さの意味論を省きました(読み直すと既定の DF-QuAD になります): %2 にはそれを置く場所がありません</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message numerus="yes">
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>%n statements selected. Select one to see and edit its details.</source>
            <translation>
                <numerusform>%n 個のステートメントを選択中。詳細を表示・編集するには一つだけ選択してください。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>&amp;Base score</source>
            <translation>基礎スコア(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>&amp;Kind</source>
            <translation>種類(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>&amp;Notes</source>
            <translation>メモ(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>&amp;Text</source>
            <translation>テキスト(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>A short tag line, e.g. Constitutional constraints</source>
            <translation>短い見出し(例:憲法上の制約)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Add source</source>
            <translation>出典を追加</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Add…</source>
            <translation>追加…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Base score</source>
            <translation>基礎スコア</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Context, caveats, teaching remarks</source>
            <translation>背景、注意点、授業での補足</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Inspector</source>
            <translation>インスペクタ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Quote</source>
            <translation>引用</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Remove selected source</source>
            <translation>選択した出典を削除</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Select one statement to see and edit its details.</source>
            <translation>詳細を表示・編集するにはステートメントを一つ選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Sou&amp;rces</source>
            <translation>出典(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Sources</source>
            <translation>出典</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Statement text</source>
            <translation>ステートメントのテキスト</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>T&amp;ags</source>
            <translation>タグ(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Tit&amp;le</source>
            <translation>タイトル(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" />
            <source>comma, separated, tags</source>
            <translation>カンマ, 区切りの, タグ</translation>
        </message>
    </context>
    <context>
        <name>Keymap</name>
        <message>
            <location filename="../../src/argmap/gui/keymap.py" />
            <source>Letter and arrow keys work while the map has the focus (F6). While typing in a box: Enter saves, Shift+Enter starts a new line, Esc cancels.</source>
            <translation>文字キーと矢印キーはマップにフォーカスがあるとき(F6)に使えます。ボックスに入力中は、Enter で保存、Shift+Enter で改行、Esc で取り消します。</translation>
        </message>
    </context>
    <context>
        <name>KeymapDialog</name>
        <message>
            <location filename="../../src/argmap/gui/keymap.py" />
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
    </context>
    <context>
        <name>Loader</name>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>%1 (and %2 more problem)</source>
            <translation>%1(ほかに問題が %2 件)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>%1 (and %2 more problems)</source>
            <translation>%1(ほかに問題が %2 件)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>%1 (statement %2)</source>
            <translation>%1(ステートメント %2)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>%1 is already linked to %2 (at %3)</source>
            <translation>%1 はすでに %2 にリンクしています(%3)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>cannot be read (%1)</source>
            <translation>読み込めません(%1)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>cannot be saved (%1)</source>
            <translation>保存できません(%1)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>duplicate source id %1 (first used at %2)</source>
            <translation>資料の ID %1 が重複しています(最初の使用は %2)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>duplicate statement id %1 (first used at %2)</source>
            <translation>ステートメントの ID %1 が重複しています(最初の使用は %2)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>invalid JSON: %1</source>
            <translation>不正な JSON: %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>invalid map: the JSON is nested far too deep</source>
            <translation>不正なマップ: JSON の入れ子が深すぎます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>is a folder, not a map file</source>
            <translation>フォルダーです。マップファイルではありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>is a loop of symbolic links</source>
            <translation>シンボリックリンクが循環しています</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>is not UTF-8 text (bad byte at offset %1)</source>
            <translation>UTF-8 のテキストではありません(位置 %1 に不正なバイト)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>line %1</source>
            <translation>%1 行目</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>line %1, column %2</source>
            <translation>%1 行目、%2 列目</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>link to a missing statement %1</source>
            <translation>存在しないステートメント %1 へのリンクです</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>linked reason %1 into %2 mixes support and attack</source>
            <translation>%2 への連結された根拠 %1 に支持と攻撃が混ざっています</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>missing schema_version: is this an argmap map?</source>
            <translation>schema_version がありません。argmap のマップですか?</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>no such file</source>
            <translation>ファイルがありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>required field is missing</source>
            <translation>必須の項目がありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>schema_version %1 is not a known version</source>
            <translation>schema_version %1 は知られていない版です</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>schema_version must be a whole number, not %1</source>
            <translation>schema_version は整数でなければなりません(%1 ではなく)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>statement %1 cannot support or attack itself</source>
            <translation>ステートメント %1 は自分自身を支持・攻撃できません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>the file is %1 MiB, more than the %2 MiB a map may have</source>
            <translation>ファイルが %1 MiB あり、マップの上限 %2 MiB を超えています</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>the file is empty</source>
            <translation>ファイルが空です</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>the file is more than the %1 MiB a map may have</source>
            <translation>ファイルがマップの上限 %1 MiB を超えています</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>the top level must be a JSON object</source>
            <translation>最上位は JSON のオブジェクトでなければなりません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>unknown field (not part of the argmap format)</source>
            <translation>不明な項目です(argmap の形式にはありません)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/cli/loader_words.py" />
            <source>written by a newer argmap (schema_version %1); this version reads up to %2. Please update argmap.</source>
            <translation>新しい argmap で書かれたファイルです(schema_version %1)。この版が読めるのは %2 までです。argmap を更新してください。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>%1 selected</source>
            <translation>%1 個を選択中</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>%1 statements · %2 links</source>
            <translation>ステートメント %1 個 · リンク %2 本</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>%1[*] — argmap</source>
            <translation>%1[*] — argmap</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>&amp;Redo %1</source>
            <translation>%1 をやり直す(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>&amp;Undo %1</source>
            <translation>%1 を元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>&lt;h2&gt;An empty map&lt;/h2&gt;&lt;p&gt;Press &lt;b&gt;C&lt;/b&gt; to write the main claim,&lt;br&gt;then &lt;b&gt;S&lt;/b&gt; to add a reason, &lt;b&gt;O&lt;/b&gt; an objection.&lt;br&gt;&lt;b&gt;F1&lt;/b&gt; lists every shortcut.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;空のマップ&lt;/h2&gt;&lt;p&gt;&lt;b&gt;C&lt;/b&gt; で主張を書き、&lt;br&gt;続けて &lt;b&gt;S&lt;/b&gt; で根拠、&lt;b&gt;O&lt;/b&gt; で反論を追加します。&lt;br&gt;&lt;b&gt;F1&lt;/b&gt; ですべてのショートカットを表示します。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>&lt;h3&gt;argmap %1&lt;/h3&gt;&lt;p&gt;Argument mapping on the desktop: build, lay out, evaluate and export argument maps.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;argmap %1&lt;/h3&gt;&lt;p&gt;デスクトップで議論マッピング:議論マップを組み立て、配置し、評価し、エクスポートします。&lt;/p&gt;&lt;p&gt;MIT ライセンス。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>About argmap</source>
            <translation>argmap について</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Analysis</source>
            <translation>分析</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Argument map canvas</source>
            <translation>議論マップのキャンバス</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Claim</source>
            <translation>主張</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Drawing the arrows…</source>
            <translation>矢印を描いています…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Evidence</source>
            <translation>証拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Find</source>
            <translation>検索</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Findings</source>
            <translation>検出事項</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Fit</source>
            <translation>全体表示</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Inspector</source>
            <translation>インスペクタ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/menus.py" />
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/menus.py" />
            <source>More tools</source>
            <translation>その他のツール</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>New</source>
            <translation>新規</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Objection</source>
            <translation>反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Outline</source>
            <translation>アウトライン</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Rebuttal</source>
            <translation>再反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Redo</source>
            <translation>やり直す</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Sources</source>
            <translation>出典</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Support</source>
            <translation>根拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>The language changes when argmap starts again.</source>
            <translation>言語は argmap を次に起動したときに切り替わります。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Undo history</source>
            <translation>操作履歴</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Zoom in</source>
            <translation>拡大</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" />
            <source>Zoom out</source>
            <translation>縮小</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../src/argmap/gui/canvas/view.py" />
            <source>Argument map canvas</source>
            <translation>議論マップのキャンバス</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/canvas/view.py" />
            <source>Go to: %1</source>
            <translation>%1 へ移動</translation>
        </message>
    </context>
    <context>
        <name>Outline</name>
        <message>
            <location filename="../../src/argmap/gui/docks/outline.py" />
            <source>(empty)</source>
            <translation>(空)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/outline.py" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/outline.py" />
            <source>Outline</source>
            <translation>アウトライン</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/outline.py" />
            <source>Side</source>
            <translation>側</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/outline.py" />
            <source>Statement</source>
            <translation>ステートメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/outline.py" />
            <source>against</source>
            <translation>反対</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/outline.py" />
            <source>both sides</source>
            <translation>両側</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/outline.py" />
            <source>for</source>
            <translation>賛成</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <location filename="../../src/argmap/gui/presentation.py" />
            <source>%1 — presentation</source>
            <translation>%1 — プレゼンテーション</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/presentation.py" />
            <source>Presentation of the map</source>
            <translation>マップのプレゼンテーション</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/presentation.py" />
            <source>Space or → next · ← back · Home · End · 1-9 a branch · B blank · E strengths · C comment · T theme · O order · Esc leave</source>
            <translation>Space か → 次へ · ← 戻る · Home · End · 1-9 枝 · B 空白 · E 強さ · C コメント · T テーマ · O 順序 · Esc 終了</translation>
        </message>
    </context>
    <context>
        <name>PrintController</name>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>%1 pages</source>
            <translation>%1 ページ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>1 page</source>
            <translation>1 ページ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>Nothing printed: the printer did not start or the map is empty</source>
            <translation>何も印刷されませんでした:プリンタが開始しなかったか、マップが空です</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>Print map</source>
            <translation>マップを印刷</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>Print preview</source>
            <translation>印刷プレビュー</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>Printed %1 pages</source>
            <translation>%1 ページを印刷しました</translation>
        </message>
    </context>
    <context>
        <name>PrintOptions</name>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>&amp;Colours:</source>
            <translation>色(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>&amp;Pages:</source>
            <translation>ページ(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>Colours</source>
            <translation>色</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>Fit on one page</source>
            <translation>1 ページに収める</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>Map</source>
            <translation>マップ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>P&amp;rint:</source>
            <translation>印刷(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>Pages</source>
            <translation>ページ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>Print-friendly (light, on white paper)</source>
            <translation>印刷向き(明るい色、白い紙用)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>Sheets:</source>
            <translation>用紙:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>The current theme</source>
            <translation>現在のテーマ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>The selected statements</source>
            <translation>選択したステートメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>The whole map</source>
            <translation>マップ全体</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>Tile at %1 % (overlapping pages)</source>
            <translation>%1 % で分割(ページを重ねて)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/printing.py" />
            <source>What to print</source>
            <translation>印刷する範囲</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPanel</name>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>Critical questions of the selected reason</source>
            <translation>選択した根拠の批判的問い</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>Raise as objection (Q)</source>
            <translation>反論として提起 (Q)</translation>
        </message>
    </context>
    <context>
        <name>Relations</name>
        <message>
            <location filename="../../src/argmap/gui/relations_text.py" />
            <source>Also a premise of linked reason %1</source>
            <translation>連結された根拠 %1 の前提でもある</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/relations_text.py" />
            <source>Its inference to %1 is undercut by %2</source>
            <translation>%1への推論は%2に攻撃されている(アンダーカット)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/relations_text.py" />
            <source>Restated by %1</source>
            <translation>%1に言い換えられている</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/relations_text.py" />
            <source>Restates %1</source>
            <translation>%1を言い換えている</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/relations_text.py" />
            <source>Undercuts the inference from %1 to %2</source>
            <translation>%1から%2への推論を攻撃する(アンダーカット)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/relations_text.py" />
            <source>“%1”</source>
            <translation>「%1」</translation>
        </message>
    </context>
    <context>
        <name>SchemeController</name>
        <message numerus="yes">
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>%1 · %n open questions</source>
            <translation>
                <numerusform>%1 · 未解決の問い %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>%1 · 1 open question</source>
            <translation>%1 · 未解決の問い 1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>%1 · every question raised</source>
            <translation>%1 · すべての問いを提起済み</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>(no scheme)</source>
            <translation>(論証型なし)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>Argument scheme of this reason</source>
            <translation>この根拠の論証型</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>Critical questions</source>
            <translation>批判的問い</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>Every critical question of this reason is raised</source>
            <translation>この根拠の批判的問いはすべて提起済みです</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>Mark as scheme</source>
            <translation>論証型として指定</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>Raised by an objection in the map</source>
            <translation>マップ内の反論によって提起済み</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>Sc&amp;heme</source>
            <translation>論証型(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>Schemes are for reasons: this statement attacks</source>
            <translation>論証型は根拠のためのものです:このステートメントは攻撃しています</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>Select a reason marked with a scheme (Ctrl+Shift+M) first</source>
            <translation>先に、論証型が指定された根拠を選択してください (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>Select a reason marked with a scheme (Statement &gt; Mark as scheme…, Ctrl+Shift+M) to see its critical questions.</source>
            <translation>批判的問いを見るには、論証型が指定された根拠を選択してください(ステートメント &gt; 論証型として指定…、Ctrl+Shift+M)。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>Select one reason (a statement that supports another) first</source>
            <translation>先に、根拠(別のステートメントを支持するステートメント)を一つ選択してください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>The argument scheme this reason is an instance of; its critical questions become prompts</source>
            <translation>この根拠が一例となっている論証型。その批判的問いが問いかけになります</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>This reason is an instance of:</source>
            <translation>この根拠は次の論証型の一例です:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/schemes_panel.py" />
            <source>so</source>
            <translation>したがって</translation>
        </message>
    </context>
    <context>
        <name>Schemes</name>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>A (a finding) is true in this situation.</source>
            <translation>この状況では A(観察された事実)が真である。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>A is generally accepted as true.</source>
            <translation>A は一般に真であると受け入れられている。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>A is true (false) in case C1.</source>
            <translation>事例 C1 では A は真(偽)である。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>A is true (false) in case C2.</source>
            <translation>事例 C2 でも A は真(偽)である。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>A is true (false).</source>
            <translation>A は真(偽)である。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>A0 is up for consideration as a proposal that seems initially like something that should be brought about.</source>
            <translation>A0 は、一見すると実現すべきことに思える提案として検討されている。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>A0 should not be brought about.</source>
            <translation>A0 を実現すべきではない。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Among A and the alternatives, which is the most efficient?</source>
            <translation>A と代わりの行為のうち、どれが最も効率的か?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>An is a horrible (disastrous, bad) outcome.</source>
            <translation>An は恐ろしい(破滅的な、悪い)結果である。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Are there consequences of the opposite value that ought to be taken into account?</source>
            <translation>考慮すべき、逆の価値をもつ結果はないか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Are there differences between C1 and C2 that would tend to undermine the force of the similarity cited?</source>
            <translation>C1 と C2 の間に、挙げられた類似性の力を弱めるような違いはないか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Are there other events that would more reliably account for the sign?</source>
            <translation>その兆候をより確実に説明する他の出来事はないか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Are there other factors that would or will interfere with or counteract the production of the effect in this case?</source>
            <translation>この場合に結果が生じるのを妨げたり打ち消したりする他の要因はないか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Argument from analogy</source>
            <translation>類推からの論証</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Argument from cause to effect</source>
            <translation>原因から結果への論証</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Argument from commitment</source>
            <translation>コミットメントからの論証</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Argument from consequences</source>
            <translation>帰結からの論証</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Argument from example</source>
            <translation>事例からの論証</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Argument from expert opinion</source>
            <translation>専門家の意見からの論証</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Argument from popular opinion</source>
            <translation>世論からの論証</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Argument from precedent</source>
            <translation>先例からの論証</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Argument from sign</source>
            <translation>兆候からの論証</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Argument from values</source>
            <translation>価値からの論証</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>B is generally indicated as true when its sign, A, is true.</source>
            <translation>兆候 A が真であるとき、一般に B が真であることが示される。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>B is true in this situation.</source>
            <translation>この状況では B が真である。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Bringing about A0 would plausibly lead (in the given circumstances) to A1, which would in turn lead to A2, and so forth, through the sequence A2 ... An.</source>
            <translation>A0 を実現すれば、(その状況では)おそらく A1 につながり、それがさらに A2 につながり、というように A2 ... An の連鎖をたどる。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Carrying out action A is a means to realize G.</source>
            <translation>行為 A を行うことは G を実現する手段である。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Does V really bear on this goal, or on another one?</source>
            <translation>V は本当にこの目標に関わるのか、それとも別の目標に関わるのか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Does the example support the general claim it is supposed to be an instance of?</source>
            <translation>その事例は、それが一例とされる一般的な主張を本当に支えているか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Does the rule really apply to the earlier case and to this one?</source>
            <translation>その規則は以前の事例と今回の事例に本当に当てはまるか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>E asserts that proposition A is true (false).</source>
            <translation>E は命題 A が真(偽)であると主張している。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Even if A is generally accepted as true, are there any good reasons for doubting that it is true?</source>
            <translation>A が一般に真と受け入れられているとしても、それを疑う十分な理由はないか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Generally, case C1 is similar to case C2.</source>
            <translation>一般に、事例 C1 は事例 C2 に似ている。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Generally, if A occurs, then B will (might) occur.</source>
            <translation>一般に、A が起これば B が起こる(起こりうる)。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>How credible is E as an expert source?</source>
            <translation>E は専門家の情報源としてどれほど信頼できるか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>How strong is the causal generalization (if it is true at all)?</source>
            <translation>その因果的な一般化はどれほど強いか(そもそも正しいとして)?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>How strong is the generalization?</source>
            <translation>その一般化はどれほど強いか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>How strong is the likelihood that the cited consequences will (may, must) occur?</source>
            <translation>挙げられた結果が生じる(生じうる、必ず生じる)見込みはどれほど高いか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>I (we) have a goal G.</source>
            <translation>私(私たち)には目標 G がある。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>If A is brought about, good (bad) consequences will plausibly occur.</source>
            <translation>A が実現すれば、おそらく良い(悪い)結果が生じる。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>If A is generally accepted as true, that gives a reason in favour of A.</source>
            <translation>A が一般に真と受け入れられているなら、それは A を支持する理由になる。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>In this case, A occurs (might occur).</source>
            <translation>この場合、A が起こる(起こりうる)。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>In this case, B will (might) occur.</source>
            <translation>この場合、B が起こる(起こりうる)。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>In this case, a should support A.</source>
            <translation>この場合、a は A を支持すべきである。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>In this particular case, the individual a has property F and also property G.</source>
            <translation>この個別の事例では、個体 a は性質 F と性質 G の両方をもつ。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Is A consistent with what other experts assert?</source>
            <translation>A は他の専門家の主張と一致しているか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Is A true (false) in C1?</source>
            <translation>C1 で A は本当に真(偽)か?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Is E an expert in the field that A is in?</source>
            <translation>E は A が属する分野の専門家か?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Is E personally reliable as a source (biased, honest, conscientious)?</source>
            <translation>E は情報源として個人的に信頼できるか(偏り、誠実さ、良心的か)?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Is E's assertion based on evidence?</source>
            <translation>E の主張は証拠にもとづいているか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Is V really positive (negative) for the person or group concerned?</source>
            <translation>V は当事者である個人や集団にとって本当に肯定的(否定的)か?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Is the evidence cited (if there is any) strong enough to warrant the generalization as stated?</source>
            <translation>挙げられた証拠は(あるとして)、述べられた一般化を正当化するほど強いか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Is the example typical of the kinds of cases the generalization covers?</source>
            <translation>その事例は、一般化が対象とする事例の典型か?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Is the present case really like the earlier one in the ways that matter?</source>
            <translation>今回の事例は、重要な点で以前の事例に本当に似ているか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Is the proposition presented by the example in fact true?</source>
            <translation>その事例が示す命題は本当に真か?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Is there a more important value that conflicts with V and outweighs it here?</source>
            <translation>V と対立し、ここでは V に勝る、より重要な価値はないか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Is there room for questioning whether there is an exception in this case, so that a is committed to something else?</source>
            <translation>この場合に例外があり、a が別のことにコミットしている可能性を問う余地はないか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Is there some other case C3 that is also similar to C2, but in which A is false (true)?</source>
            <translation>C2 に同じく似ているが、A が偽(真)である別の事例 C3 はないか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Practical reasoning</source>
            <translation>実践的推論</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Slippery slope argument</source>
            <translation>滑り坂論法</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Source E is an expert in subject domain S containing proposition A.</source>
            <translation>情報源 E は、命題 A を含む分野 S の専門家である。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>The fact that V is positive (negative) affects the interpretation and evaluation of goal G.</source>
            <translation>V が肯定的(否定的)であることは、目標 G の解釈と評価に影響する。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>The generally accepted rule is that in cases of kind C, action A is the right one.</source>
            <translation>一般に認められた規則では、種類 C の事例では行為 A が正しい。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>The present case is an exception to this rule, yet it is like an earlier case in which an exception was made.</source>
            <translation>今回の事例はこの規則の例外だが、以前に例外が認められた事例に似ている。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>There is a reason in favour of A.</source>
            <translation>A を支持する理由がある。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Therefore A should (not) be brought about.</source>
            <translation>したがって A を実現すべきである(実現すべきでない)。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Therefore I (we) ought (practically speaking) to carry out action A.</source>
            <translation>したがって私(私たち)は(実践的に言えば)行為 A を行うべきである。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Therefore the rule should be changed (or the exception recognized) in this case too.</source>
            <translation>したがって、この事例でも規則を変える(または例外を認める)べきである。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Therefore, generally, if x has property F, then it also has property G.</source>
            <translation>したがって一般に、x が性質 F をもつなら、性質 G ももつ。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>V is a reason for retaining (retracting) commitment to goal G.</source>
            <translation>V は目標 G へのコミットメントを維持する(撤回する)理由である。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Value V is positive (negative) as judged by agent G.</source>
            <translation>行為者 G の判断では、価値 V は肯定的(否定的)である。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Were the reasons for the exception in the earlier case good ones, and do they hold here?</source>
            <translation>以前の事例で例外とした理由は妥当だったか、そしてそれは今回も成り立つか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>Were there special circumstances present in the example that would impair its generalizability?</source>
            <translation>その事例に、一般化を妨げるような特別な事情はなかったか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>What alternative actions to A that would also bring about G should be considered?</source>
            <translation>同じく G を実現しうる、A に代わるどんな行為を考慮すべきか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>What are the weakest links in the sequence, where specific critical questions should be asked on whether one event will really lead to another?</source>
            <translation>連鎖の最も弱い環はどこか、つまりある出来事が本当に次の出来事につながるのかを問うべき箇所はどこか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>What consequences of carrying out A should be taken into account?</source>
            <translation>A を行うことのどんな結果を考慮すべきか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>What did E assert that implies A?</source>
            <translation>E が主張したことのうち、何が A を含意するのか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>What evidence in the case supports the claim that a is committed to A, and does it include contrary evidence?</source>
            <translation>a が A にコミットしているという主張を、この事例のどんな証拠が支えているか、またそこに反対の証拠は含まれていないか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>What evidence supports the claim that these consequences will occur if A is brought about?</source>
            <translation>A が実現すればこれらの結果が生じるという主張を、どんな証拠が支えているか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>What evidence, such as a poll or an appeal to common knowledge, supports the claim that A is generally accepted as true?</source>
            <translation>A が一般に真と受け入れられているという主張を、世論調査や常識への訴えなど、どんな証拠が支えているか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>What grounds are there for arguing that it is practically possible to carry out A?</source>
            <translation>A を行うことが実際に可能だと言える根拠は何か?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>What intervening propositions in the sequence linking up A0 with An are actually given?</source>
            <translation>A0 と An を結ぶ連鎖のうち、実際に示されている中間の命題はどれか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>What is the strength of the correlation of the sign with the event signified?</source>
            <translation>兆候と、それが示す出来事との相関はどれほど強いか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>What other goals that might conflict with G should be considered?</source>
            <translation>G と対立しうる他のどんな目標を考慮すべきか?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>What other steps are required to fill in the sequence of events, to make it plausible?</source>
            <translation>出来事の連鎖を埋めてもっともらしくするには、他にどんな段階が必要か?</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>a is committed to proposition A (generally, or in virtue of what she said in the past).</source>
            <translation>a は命題 A にコミットしている(一般に、または過去の発言によって)。</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>bad outcome</source>
            <translation>悪い結果</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>base</source>
            <translation>基盤</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>case</source>
            <translation>事例</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>commitment</source>
            <translation>コミットメント</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>example</source>
            <translation>例</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>first step</source>
            <translation>最初の一歩</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>general</source>
            <translation>一般則</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>general acceptance</source>
            <translation>一般的な受容</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>goal</source>
            <translation>目標</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>major</source>
            <translation>大前提</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>means</source>
            <translation>手段</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>minor</source>
            <translation>小前提</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>premise</source>
            <translation>前提</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>presumption</source>
            <translation>推定</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>rule</source>
            <translation>規則</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>sequence</source>
            <translation>連鎖</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>similarity</source>
            <translation>類似性</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>specific</source>
            <translation>個別</translation>
        </message>
        <message>
            <location filename="../../resources/schemes.json" />
            <source>value</source>
            <translation>価値</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>%1: the document cannot be read (%2), and no copy is embedded.</source>
            <translation>%1:文書を読めず(%2)、写しも埋め込まれていません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>&amp;Author:</source>
            <translation>著者(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>&amp;Date:</source>
            <translation>日付(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>&amp;Title:</source>
            <translation>タイトル(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>&amp;Web address:</source>
            <translation>ウェブアドレス(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Add a document (text, Markdown, HTML, PDF) to the map's sources</source>
            <translation>文書(テキスト、Markdown、HTML、PDF)をマップの出典に追加します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Add source</source>
            <translation>出典を追加</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Details…</source>
            <translation>詳細…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Documents</source>
            <translation>文書</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Edit source details</source>
            <translation>出典の詳細を編集</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Embed in map</source>
            <translation>マップに埋め込む</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Embed source</source>
            <translation>出典を埋め込む</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Keep a copy of the document's text in the map file, so they travel together</source>
            <translation>文書のテキストの写しをマップのファイルに保ち、両者を一緒に持ち運べるようにします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>No source yet: Open… a copy of an article (text, Markdown, HTML or PDF).</source>
            <translation>出典はまだありません:記事の写し(テキスト、Markdown、HTML、PDF)を「開く…」で開いてください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Open a source document</source>
            <translation>出典の文書を開く</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Open…</source>
            <translation>開く…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Quote as evidence</source>
            <translation>証拠として引用</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Quoted from %1, but the passage is no longer in the document: the quote keeps its own words.</source>
            <translation>%1 からの引用ですが、その箇所はもう文書にありません:引用は元の言葉のまま残ります。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Quoted from %1, whose document cannot be read</source>
            <translation>%1 からの引用ですが、その文書を読めません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Quoted from %1.</source>
            <translation>%1 からの引用。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Quoted from %1; the document changed around the passage, which was found again.</source>
            <translation>%1 からの引用。箇所の前後が変わりましたが、箇所は見つかりました。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Select a passage of the source first.</source>
            <translation>まず出典の箇所を選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Select the statement the quote supports first.</source>
            <translation>まず引用が支えるステートメントを選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Source details</source>
            <translation>出典の詳細</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Source document</source>
            <translation>出典の文書</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Source text</source>
            <translation>出典のテキスト</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>Stop embedding source</source>
            <translation>出典の埋め込みをやめる</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>The quote's source is not in the map's sources.</source>
            <translation>引用の出典がマップの出典にありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>no file</source>
            <translation>ファイルなし</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>shown from the copy embedded in the map (the file cannot be read)</source>
            <translation>マップに埋め込まれた写しを表示しています(ファイルを読めません)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/sources.py" />
            <source>the document changed since it was quoted</source>
            <translation>引用の後に文書が変わりました</translation>
        </message>
    </context>
    <context>
        <name>TeachingController</name>
        <message>
            <location filename="../../src/argmap/gui/teaching.py" />
            <source>Cannot export worksheet</source>
            <translation>ワークシートをエクスポートできません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/teaching.py" />
            <source>Export worksheet</source>
            <translation>ワークシートをエクスポート</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/teaching.py" />
            <source>Exported %1 with %2 blanks; the answer key is File &gt; Export</source>
            <translation>%1 を空欄 %2 個でエクスポートしました。解答は ファイル &gt; エクスポート で作れます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/teaching.py" />
            <source>Leave blank:</source>
            <translation>空欄にする:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/teaching.py" />
            <source>New from template</source>
            <translation>テンプレートから新規作成</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/teaching.py" />
            <source>No templates found (they live in maps/).</source>
            <translation>テンプレートが見つかりません(maps/ にあります)。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/teaching.py" />
            <source>Nothing to export: the map is empty</source>
            <translation>エクスポートするものがありません:マップが空です</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/teaching.py" />
            <source>Nothing to present: the map is empty</source>
            <translation>表示するものがありません:マップが空です</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/teaching.py" />
            <source>PDF document (*.pdf);;PNG image (*.png)</source>
            <translation>PDF 文書 (*.pdf);;PNG 画像 (*.png)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/teaching.py" />
            <source>Template:</source>
            <translation>テンプレート:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/teaching.py" />
            <source>The selected statements (%1)</source>
            <translation>選択したステートメント(%1)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/teaching.py" />
            <source>worksheet</source>
            <translation>ワークシート</translation>
        </message>
    </context>
    <context>
        <name>UndoHistory</name>
        <message>
            <location filename="../../src/argmap/gui/docks/undo_dock.py" />
            <source>&lt;opened map&gt;</source>
            <translation>&lt;開いたマップ&gt;</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/undo_dock.py" />
            <source>Undo history</source>
            <translation>操作履歴</translation>
        </message>
    </context>
    <context>
        <name>UserGuide</name>
        <message>
            <location filename="../../src/argmap/gui/user_guide.py" />
            <source>Pages of the user guide</source>
            <translation>ユーザーガイドのページ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/user_guide.py" />
            <source>User guide page</source>
            <translation>ユーザーガイドのページ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/user_guide.py" />
            <source>argmap user guide</source>
            <translation>argmap ユーザーガイド</translation>
        </message>
    </context>
</TS>

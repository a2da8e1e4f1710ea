<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="176" />
            <source>&amp;About argmap</source>
            <translation>argmap について(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="118" />
            <source>&amp;Actual size</source>
            <translation>実寸(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="173" />
            <source>&amp;Canvas</source>
            <translation>キャンバス(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="55" />
            <source>&amp;Close map</source>
            <translation>マップを閉じる(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="125" />
            <source>&amp;Columns (fit a slide)</source>
            <translation>段組み(スライドに収める)(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="61" />
            <source>&amp;Copy</source>
            <translation>コピー(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="63" />
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="104" />
            <source>&amp;Disconnect</source>
            <translation>接続を解除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="40" />
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="90" />
            <source>&amp;Edit text</source>
            <translation>テキストを編集(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="148" />
            <source>&amp;Evaluation on boxes</source>
            <translation>ボックスに評価を表示(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="51" />
            <source>&amp;Export…</source>
            <translation>エクスポート(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="40" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="151" />
            <source>&amp;Findings</source>
            <translation>検出事項(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="72" />
            <source>&amp;Find…</source>
            <translation>検索(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="119" />
            <source>&amp;Fit map</source>
            <translation>マップ全体を表示(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="100" />
            <source>&amp;Flip support/attack</source>
            <translation>支持/攻撃を反転(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="40" />
            <source>&amp;Go</source>
            <translation>移動(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="107" />
            <source>&amp;Group co-premises</source>
            <translation>共同前提にまとめる(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="40" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="49" />
            <source>&amp;Import…</source>
            <translation>インポート(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="154" />
            <source>&amp;Inspector</source>
            <translation>インスペクタ(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="175" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>キーボードショートカット(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/menus.py" line="24" />
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="142" />
            <source>&amp;Large text</source>
            <translation>大きい文字(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="123" />
            <source>&amp;Left to right</source>
            <translation>左から右へ(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="170" />
            <source>&amp;Main claim</source>
            <translation>主張(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="44" />
            <source>&amp;New map</source>
            <translation>新しいマップ(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="168" />
            <source>&amp;Next sibling</source>
            <translation>次の兄弟(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="140" />
            <source>&amp;Normal text</source>
            <translation>標準の文字(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="46" />
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="156" />
            <source>&amp;Outline</source>
            <translation>アウトライン(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="162" />
            <source>&amp;Parent</source>
            <translation>親(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="62" />
            <source>&amp;Paste</source>
            <translation>貼り付け(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="56" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="59" />
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="47" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="138" />
            <source>&amp;Small text</source>
            <translation>小さい文字(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="40" />
            <source>&amp;Statement</source>
            <translation>ステートメント(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="121" />
            <source>&amp;Tidy layout</source>
            <translation>レイアウトを整える(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="160" />
            <source>&amp;Toolbar</source>
            <translation>ツールバー(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="58" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="109" />
            <source>&amp;Ungroup</source>
            <translation>グループを解除(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="40" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="85" />
            <source>Add &amp;evidence</source>
            <translation>証拠を追加(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="81" />
            <source>Add &amp;objection</source>
            <translation>反論を追加(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="83" />
            <source>Add &amp;rebuttal</source>
            <translation>再反論を追加(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="79" />
            <source>Add &amp;support</source>
            <translation>根拠を追加(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="77" />
            <source>Add a new main claim, not linked to anything</source>
            <translation>どこにもつながっていない新しい主張を追加します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="79" />
            <source>Add a reason supporting the selected statement</source>
            <translation>選択したステートメントを支持する根拠を追加します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="83" />
            <source>Add a rebuttal answering the selected objection</source>
            <translation>選択した反論に答える再反論を追加します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="88" />
            <source>Add a statement of the same kind under the same parent as the selected one</source>
            <translation>選択したものと同じ親の下に同じ種類のステートメントを追加します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="81" />
            <source>Add an objection against the selected statement</source>
            <translation>選択したステートメントへの反論を追加します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="85" />
            <source>Add evidence for the selected statement</source>
            <translation>選択したステートメントの証拠を追加します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="77" />
            <source>Add main &amp;claim</source>
            <translation>主張を追加(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="87" />
            <source>Add si&amp;bling</source>
            <translation>兄弟を追加(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/menus.py" line="18" />
            <location filename="../../src/argmap/gui/menus.py" line="36" />
            <source>Change &amp;kind</source>
            <translation>種類を変更(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="54" />
            <source>Change the map's title and description</source>
            <translation>マップのタイトルと説明を変更します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="56" />
            <source>Close every window and quit argmap</source>
            <translation>すべてのウィンドウを閉じて argmap を終了します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="55" />
            <source>Close the map (asks to save changes)</source>
            <translation>マップを閉じます(変更の保存を確認します)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="102" />
            <source>Co&amp;nnect…</source>
            <translation>接続(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="113" />
            <source>Collapse / e&amp;xpand</source>
            <translation>折りたたむ/展開(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="75" />
            <source>Command &amp;palette…</source>
            <translation>コマンドパレット(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="61" />
            <source>Copy the selected statements with everything under them</source>
            <translation>選択したステートメントを、その下にあるものすべてと一緒にコピーします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="60" />
            <source>Cu&amp;t</source>
            <translation>切り取り(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="60" />
            <source>Cut the selected statements with everything under them</source>
            <translation>選択したステートメントを、その下にあるものすべてと一緒に切り取ります</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="130" />
            <source>Dark text on a light background</source>
            <translation>明るい背景に暗い文字</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="137" />
            <source>Dark theme</source>
            <translation>ダークテーマ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="66" />
            <source>Delete the selected statements and everything that supports or attacks them</source>
            <translation>選択したステートメントと、それを支持または攻撃するものすべてを削除します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="63" />
            <source>Delete the selected statements and their links</source>
            <translation>選択したステートメントとそのリンクを削除します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="65" />
            <source>Delete with &amp;subtree</source>
            <translation>サブツリーごと削除(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="144" />
            <source>E&amp;xtra large text</source>
            <translation>特大の文字(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="90" />
            <source>Edit the selected statement's text in place</source>
            <translation>選択したステートメントのテキストをその場で編集します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="134" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="52" />
            <source>Export the map as an image (PNG, SVG, PDF) or for another tool (Argdown, AIF, Kialo, GraphML, DOT, Mermaid)</source>
            <translation>マップを画像(PNG、SVG、PDF)または他のツール用(Argdown、AIF、Kialo、GraphML、DOT、Mermaid)にエクスポートします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="146" />
            <source>F&amp;ull screen</source>
            <translation>全画面表示(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="73" />
            <source>Find &amp;next</source>
            <translation>次を検索(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="74" />
            <source>Find pre&amp;vious</source>
            <translation>前を検索(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="72" />
            <source>Find statements by their text, notes or tags</source>
            <translation>テキスト、メモ、タグでステートメントを検索します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="164" />
            <source>First &amp;child</source>
            <translation>最初の子(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="128" />
            <source>Follow the system's light or dark setting</source>
            <translation>システムのライト/ダーク設定に従います</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="114" />
            <source>Hide or show everything under the selected statements</source>
            <translation>選択したステートメントの下にあるものすべてを隠すか表示します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="135" />
            <source>Japanese (日本語)</source>
            <translation>日本語</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="123" />
            <source>Lay the map out from left to right instead of top down</source>
            <translation>マップを上から下ではなく左から右へ配置します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="111" />
            <source>Let the layout place the selected statements again</source>
            <translation>選択したステートメントの配置をレイアウトに任せ直します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="137" />
            <source>Light text on a dark background</source>
            <translation>暗い背景に明るい文字</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="130" />
            <source>Light theme</source>
            <translation>ライトテーマ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="102" />
            <source>Link two selected statements: one supports or attacks the other</source>
            <translation>選択した2つのステートメントをつなぎます:一方が他方を支持または攻撃します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="91" />
            <source>Make claim</source>
            <translation>主張にする</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="98" />
            <source>Make evidence</source>
            <translation>証拠にする</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="94" />
            <source>Make objection</source>
            <translation>反論にする</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="96" />
            <source>Make rebuttal</source>
            <translation>再反論にする</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="92" />
            <source>Make support</source>
            <translation>根拠にする</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="116" />
            <source>Make the map larger</source>
            <translation>マップを拡大します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="117" />
            <source>Make the map smaller</source>
            <translation>マップを縮小します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="108" />
            <source>Make the selected statements one linked reason (they count only together)</source>
            <translation>選択したステートメントを一つの連結された根拠にします(一緒の場合にのみ効力を持ちます)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="54" />
            <source>Map &amp;title and description…</source>
            <translation>マップのタイトルと説明(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="45" />
            <source>New &amp;window</source>
            <translation>新しいウィンドウ(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="171" />
            <source>Next &amp;unanswered objection</source>
            <translation>次の未回答の反論(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="46" />
            <source>Open a map file</source>
            <translation>マップファイルを開きます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="50" />
            <source>Open an Argdown, AIF, Kialo or GraphML file as a new, untitled map</source>
            <translation>Argdown、AIF、Kialo、GraphML のファイルを無題の新しいマップとして開きます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="45" />
            <source>Open another editor window</source>
            <translation>エディタのウィンドウをもう一つ開きます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="166" />
            <source>P&amp;revious sibling</source>
            <translation>前の兄弟(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="62" />
            <source>Paste statements under the selected statement</source>
            <translation>選択したステートメントの下にステートメントを貼り付けます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="173" />
            <source>Put the keyboard focus on the map</source>
            <translation>キーボードのフォーカスをマップに移します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="59" />
            <source>Redo the last undone change</source>
            <translation>最後に元に戻した変更をやり直します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="105" />
            <source>Remove the link between two selected statements, or from a statement to its parent</source>
            <translation>選択した2つのステートメントの間、またはステートメントとその親の間のリンクを外します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="126" />
            <source>Replies hang below their statement and the main claim's replies stand in columns, so a wide map fits a slide; saved with the map (top-down only)</source>
            <translation>応答をそのステートメントの下に吊るし、主張への応答を段組みに並べるので、横に広いマップもスライドに収まります。マップと一緒に保存されます(上から下の配置のみ)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="48" />
            <source>Save &amp;as…</source>
            <translation>名前を付けて保存(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="48" />
            <source>Save the map to a new file</source>
            <translation>マップを新しいファイルに保存します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="47" />
            <source>Save the map to its file</source>
            <translation>マップをそのファイルに保存します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="68" />
            <source>Select &amp;all</source>
            <translation>すべて選択(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="69" />
            <source>Select &amp;branch</source>
            <translation>枝を選択(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="68" />
            <source>Select every statement</source>
            <translation>すべてのステートメントを選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="164" />
            <source>Select the first statement bearing on the selected one</source>
            <translation>選択したものに関わる最初のステートメントを選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="170" />
            <source>Select the main claim</source>
            <translation>主張を選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="73" />
            <source>Select the next match</source>
            <translation>次の一致を選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="172" />
            <source>Select the next objection that nothing rebuts yet (then the other findings)</source>
            <translation>まだ何にも再反論されていない次の反論を選択します(その後は他の検出事項)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="168" />
            <source>Select the next statement under the same parent</source>
            <translation>同じ親の下の次のステートメントを選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="74" />
            <source>Select the previous match</source>
            <translation>前の一致を選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="166" />
            <source>Select the previous statement under the same parent</source>
            <translation>同じ親の下の前のステートメントを選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="70" />
            <source>Select the selected statements and everything that supports or attacks them (to export one branch)</source>
            <translation>選択したステートメントと、それを支持または攻撃するものすべてを選択します(一つの枝をエクスポートするため)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="162" />
            <source>Select the statement the selected one bears on</source>
            <translation>選択したものが関わるステートメントを選択します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="134" />
            <source>Show argmap in English (from the next start)</source>
            <translation>argmap を英語で表示します(次回の起動から)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="135" />
            <source>Show argmap in Japanese (from the next start)</source>
            <translation>argmap を日本語で表示します(次回の起動から)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="132" />
            <source>Show argmap in the system's language when it speaks it, else in English (from the next start)</source>
            <translation>システムの言語に対応していればその言語で、そうでなければ英語で argmap を表示します(次回の起動から)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="149" />
            <source>Show each statement's strength (0 to 1) and mark the defeated ones</source>
            <translation>各ステートメントの強さ(0〜1)を表示し、論破されたものに印を付けます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="175" />
            <source>Show every command with its shortcut</source>
            <translation>すべてのコマンドをショートカットと一緒に表示します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="152" />
            <source>Show or hide the findings: main claims' strengths and what needs work</source>
            <translation>検出事項を表示または非表示にします:主張の強さと、手を入れるべき点</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="154" />
            <source>Show or hide the inspector</source>
            <translation>インスペクタを表示または非表示にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="156" />
            <source>Show or hide the outline</source>
            <translation>アウトラインを表示または非表示にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="160" />
            <source>Show or hide the toolbar</source>
            <translation>ツールバーを表示または非表示にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="158" />
            <source>Show or hide the undo history</source>
            <translation>操作履歴を表示または非表示にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="118" />
            <source>Show the map at 100 %</source>
            <translation>マップを 100 % で表示します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="146" />
            <source>Show the window on the whole screen (F11 again to leave)</source>
            <translation>ウィンドウを画面全体に表示します(もう一度 F11 で戻ります)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="109" />
            <source>Split the selected linked reason into separate reasons</source>
            <translation>選択した連結された根拠を別々の根拠に分けます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="44" />
            <source>Start a new, empty map in this window</source>
            <translation>このウィンドウで新しい空のマップを始めます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="138" />
            <source>Statement text at 12 pixels, on the map and in exports</source>
            <translation>ステートメントの文字を 12 ピクセルに(マップとエクスポートで)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="140" />
            <source>Statement text at 14 pixels, on the map and in exports</source>
            <translation>ステートメントの文字を 14 ピクセルに(マップとエクスポートで)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="143" />
            <source>Statement text at 17 pixels, on the map and in exports (for a room or a slide)</source>
            <translation>ステートメントの文字を 17 ピクセルに(マップとエクスポートで。教室やスライド向け)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="145" />
            <source>Statement text at 20 pixels, on the map and in exports (for the back of a room)</source>
            <translation>ステートメントの文字を 20 ピクセルに(マップとエクスポートで。部屋の後ろの席向け)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="131" />
            <source>System language</source>
            <translation>システムの言語</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="128" />
            <source>System theme</source>
            <translation>システムのテーマ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/menus.py" line="22" />
            <source>T&amp;heme</source>
            <translation>テーマ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/menus.py" line="23" />
            <source>Te&amp;xt size</source>
            <translation>文字の大きさ(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="91" />
            <source>Turn the selected statements into claims</source>
            <translation>選択したステートメントを主張にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="98" />
            <source>Turn the selected statements into evidence</source>
            <translation>選択したステートメントを証拠にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="94" />
            <source>Turn the selected statements into objections</source>
            <translation>選択したステートメントを反論にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="96" />
            <source>Turn the selected statements into rebuttals</source>
            <translation>選択したステートメントを再反論にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="92" />
            <source>Turn the selected statements into supports</source>
            <translation>選択したステートメントを根拠にします</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="101" />
            <source>Turn the selected statements' links from support to attack or back</source>
            <translation>選択したステートメントのリンクを支持から攻撃へ、または逆に切り替えます</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="75" />
            <source>Type to find and run any command</source>
            <translation>入力してコマンドを探し、実行します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="111" />
            <source>Un&amp;pin</source>
            <translation>固定を解除(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="158" />
            <source>Undo &amp;history</source>
            <translation>操作履歴(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="58" />
            <source>Undo the last change</source>
            <translation>最後の変更を元に戻します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="121" />
            <source>Unpin every statement and lay the map out again</source>
            <translation>すべてのステートメントの固定を解除し、マップを配置し直します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="176" />
            <source>Version and licence</source>
            <translation>バージョンとライセンス</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="116" />
            <source>Zoom &amp;in</source>
            <translation>拡大(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="117" />
            <source>Zoom &amp;out</source>
            <translation>縮小(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="119" />
            <source>Zoom so that the whole map fits the window</source>
            <translation>マップ全体がウィンドウに収まるように拡大縮小します</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="120" />
            <source>Zoom to &amp;selection</source>
            <translation>選択範囲に合わせる(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/actions.py" line="120" />
            <source>Zoom to the selected statements</source>
            <translation>選択したステートメントに合わせて拡大縮小します</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message numerus="yes">
            <location filename="../../src/argmap/drawing/box.py" line="115" />
            <source>%n sources</source>
            <translation>
                <numerusform>出典 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/argmap/drawing/box.py" line="111" />
            <source>+%n hidden</source>
            <translation>
                <numerusform>+%n 件を非表示</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box.py" line="115" />
            <source>1 source</source>
            <translation>出典 1 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/theme.py" line="104" />
            <location filename="../../src/argmap/drawing/theme.py" line="127" />
            <source>CLAIM</source>
            <translation>主張</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/canvas/statement_item.py" line="203" />
            <source>Defeated: an objection to it stands unanswered (grounded labelling).</source>
            <translation>論破:それへの反論が未回答のまま残っています(grounded ラベリング)。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/theme.py" line="108" />
            <location filename="../../src/argmap/drawing/theme.py" line="131" />
            <source>EVIDENCE</source>
            <translation>証拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/canvas/inline_editor.py" line="38" />
            <source>Enter: save · Shift+Enter: new line · Esc: cancel</source>
            <translation>Enter:保存 · Shift+Enter:改行 · Esc:取り消し</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/theme.py" line="106" />
            <location filename="../../src/argmap/drawing/theme.py" line="129" />
            <source>OBJECTION</source>
            <translation>反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/theme.py" line="105" />
            <location filename="../../src/argmap/drawing/theme.py" line="128" />
            <source>REASON</source>
            <translation>根拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/theme.py" line="107" />
            <location filename="../../src/argmap/drawing/theme.py" line="130" />
            <source>REBUTTAL</source>
            <translation>再反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/canvas/statement_item.py" line="201" />
            <source>Strength %1 of 1 (DF-QuAD).</source>
            <translation>強さ %1(最大 1、DF-QuAD)。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box.py" line="127" />
            <source>defeated</source>
            <translation>論破</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box.py" line="117" />
            <source>score %1</source>
            <translation>スコア %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box.py" line="126" />
            <source>strength %1</source>
            <translation>強さ %1</translation>
        </message>
        <message>
            <location filename="../../src/argmap/drawing/box.py" line="113" />
            <source>¶ note</source>
            <translation>¶ メモ</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <location filename="../../src/argmap/gui/palette.py" line="25" />
            <location filename="../../src/argmap/gui/palette.py" line="26" />
            <source>Command palette</source>
            <translation>コマンドパレット</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/palette.py" line="31" />
            <source>Command to run</source>
            <translation>実行するコマンド</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/palette.py" line="43" />
            <source>Matching commands</source>
            <translation>一致するコマンド</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/palette.py" line="32" />
            <source>Type a command…</source>
            <translation>コマンドを入力…</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="28" />
            <source>Add %s</source>
            <translation>%sを追加</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/map_fields.py" line="28" />
            <source>Arrange as a tree</source>
            <translation>ツリー状に配置</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/map_fields.py" line="28" />
            <source>Arrange in columns</source>
            <translation>段組みに配置</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="168" />
            <source>Change base score</source>
            <translation>基礎スコアを変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="169" />
            <source>Change kind</source>
            <translation>種類を変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/links.py" line="43" />
            <source>Change relation</source>
            <translation>関係を変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="166" />
            <source>Change sources</source>
            <translation>出典を変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="174" />
            <location filename="../../src/argmap/gui/commands/statements.py" line="175" />
            <source>Change statement</source>
            <translation>ステートメントを変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="167" />
            <source>Change tags</source>
            <translation>タグを変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/map_fields.py" line="12" />
            <source>Change title</source>
            <translation>タイトルを変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="154" />
            <source>Claim</source>
            <translation>主張</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="144" />
            <source>Collapse</source>
            <translation>折りたたむ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="170" />
            <source>Collapse or expand</source>
            <translation>折りたたむ/展開</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/links.py" line="16" />
            <source>Connect</source>
            <translation>接続</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/links.py" line="27" />
            <source>Disconnect</source>
            <translation>接続を解除</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="165" />
            <source>Edit notes</source>
            <translation>メモを編集</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="164" />
            <source>Edit text</source>
            <translation>テキストを編集</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="158" />
            <source>Evidence</source>
            <translation>証拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="144" />
            <source>Expand</source>
            <translation>展開</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/links.py" line="75" />
            <source>Group co-premises</source>
            <translation>共同前提にまとめる</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="84" />
            <source>Make %s</source>
            <translation>%sにする</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="120" />
            <location filename="../../src/argmap/gui/commands/statements.py" line="171" />
            <source>Move statement</source>
            <translation>ステートメントを移動</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="120" />
            <source>Move statements</source>
            <translation>ステートメントを移動</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/links.py" line="63" />
            <source>Move under another statement</source>
            <translation>別のステートメントの下へ移動</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="156" />
            <source>Objection</source>
            <translation>反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="157" />
            <source>Rebuttal</source>
            <translation>再反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="155" />
            <source>Support</source>
            <translation>根拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/links.py" line="90" />
            <source>Ungroup co-premises</source>
            <translation>共同前提のまとまりを解除</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/commands/statements.py" line="132" />
            <source>Unpin</source>
            <translation>固定を解除</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="197" />
            <source>%1 was imported, but %2 parts of it could not be:</source>
            <translation>%1 をインポートしましたが、%2 個の部分はインポートできませんでした:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="196" />
            <source>%1 was imported, but one part of it could not be:</source>
            <translation>%1 をインポートしましたが、1 個の部分はインポートできませんでした:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="172" />
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 ピクセル</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="114" />
            <source>&amp;Description:</source>
            <translation>説明(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="181" />
            <source>&amp;Export:</source>
            <translation>エクスポート(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="180" />
            <source>&amp;Page:</source>
            <translation>ページ(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="99" />
            <source>&amp;Relation</source>
            <translation>関係(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="179" />
            <source>&amp;Scale:</source>
            <translation>倍率(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="100" />
            <source>&amp;That statement</source>
            <translation>あちらのステートメント(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="98" />
            <source>&amp;This statement</source>
            <translation>このステートメント(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="48" />
            <location filename="../../src/argmap/gui/dialogs.py" line="113" />
            <source>&amp;Title:</source>
            <translation>タイトル(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="49" />
            <source>&amp;Web address:</source>
            <translation>ウェブアドレス(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="43" />
            <source>Add source</source>
            <translation>出典を追加</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="70" />
            <source>Attacks it</source>
            <translation>それを攻撃する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="67" />
            <source>Choose the relation</source>
            <translation>関係を選んでください</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="82" />
            <source>Connect statements</source>
            <translation>ステートメントを接続</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="142" />
            <source>Export image</source>
            <translation>画像をエクスポート</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="159" />
            <source>Fit the map</source>
            <translation>マップを収める</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="195" />
            <source>Imported with notes</source>
            <translation>注記付きでインポートしました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="111" />
            <source>Map description</source>
            <translation>マップの説明</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="110" />
            <source>Map title</source>
            <translation>マップのタイトル</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="108" />
            <source>Map title and description</source>
            <translation>マップのタイトルと説明</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="74" />
            <source>Move under it</source>
            <translation>その下へ移動</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="162" />
            <source>Page</source>
            <translation>ページ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="96" />
            <source>Relation</source>
            <translation>関係</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="150" />
            <source>Scale</source>
            <translation>倍率</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="163" />
            <source>Show strengths and defeated statements</source>
            <translation>強さと論破されたステートメントを表示</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="183" />
            <source>Size:</source>
            <translation>サイズ:</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="159" />
            <source>Slide (16:9)</source>
            <translation>スライド(16:9)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="45" />
            <source>Source title</source>
            <translation>出典のタイトル</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="46" />
            <source>Source web address</source>
            <translation>出典のウェブアドレス</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="97" />
            <source>Statement it bears on</source>
            <translation>関わる先のステートメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="95" />
            <source>Statement that supports or attacks</source>
            <translation>支持または攻撃するステートメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="69" />
            <source>Supports it</source>
            <translation>それを支持する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="155" />
            <source>The selected statements</source>
            <translation>選択したステートメント</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="153" />
            <source>The whole map</source>
            <translation>マップ全体</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="156" />
            <source>What to export</source>
            <translation>エクスポートする範囲</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="94" />
            <source>attacks</source>
            <translation>攻撃する</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/dialogs.py" line="93" />
            <source>supports</source>
            <translation>支持する</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <location filename="../../src/argmap/gui/document.py" line="141" />
            <source>Untitled</source>
            <translation>無題</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/document.py" line="93" />
            <source>Untitled map</source>
            <translation>無題のマップ</translation>
        </message>
    </context>
    <context>
        <name>EditController</name>
        <message numerus="yes">
            <location filename="../../src/argmap/gui/editing.py" line="186" />
            <source>Copied %n statements.</source>
            <translation>
                <numerusform>%n 個のステートメントをコピーしました。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" line="185" />
            <source>Copied one statement.</source>
            <translation>1 個のステートメントをコピーしました。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" line="224" />
            <source>Select statements that support or attack another one.</source>
            <translation>別のステートメントを支持または攻撃しているステートメントを選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" line="115" />
            <source>Select the statement to add to first.</source>
            <translation>先に、追加先のステートメントを選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" line="268" />
            <source>Select two or more statements that all support (or all attack) the same statement.</source>
            <translation>同じステートメントをすべて支持する(またはすべて攻撃する)ステートメントを 2 個以上選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" line="196" />
            <source>The clipboard holds nothing to paste.</source>
            <translation>クリップボードに貼り付けられるものがありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" line="277" />
            <source>The selected statements are not co-premises of a linked reason.</source>
            <translation>選択したステートメントは連結された根拠の共同前提ではありません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/editing.py" line="262" />
            <source>The selected statements are not linked.</source>
            <translation>選択したステートメントはつながっていません。</translation>
        </message>
    </context>
    <context>
        <name>EvaluationController</name>
        <message>
            <location filename="../../src/argmap/gui/evaluation_controller.py" line="108" />
            <source>No findings: every objection is answered.</source>
            <translation>検出事項はありません:すべての反論に回答済みです。</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="382" />
            <source>%1 cannot be written; Save will ask for a file name.</source>
            <translation>%1 に書き込めません。保存時にファイル名を尋ねます。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="380" />
            <source>%1 no longer exists; Save will ask for a file name.</source>
            <translation>%1 はもう存在しません。保存時にファイル名を尋ねます。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="381" />
            <source>%1 was moved, replaced or changed since; Save will ask for a file name.</source>
            <translation>%1 はその後、移動、置き換え、または変更されました。保存時にファイル名を尋ねます。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="192" />
            <source>&amp;Clear list</source>
            <translation>一覧を消去(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="272" />
            <location filename="../../src/argmap/gui/file_actions.py" line="307" />
            <source>Cannot export map</source>
            <translation>マップをエクスポートできません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="129" />
            <source>Cannot import map</source>
            <translation>マップをインポートできません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="155" />
            <source>Cannot open map</source>
            <translation>マップを開けません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="390" />
            <source>Cannot recover map</source>
            <translation>マップを復元できません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="244" />
            <source>Cannot save map</source>
            <translation>マップを保存できません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="280" />
            <source>Export</source>
            <translation>エクスポート</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="258" />
            <source>Export map</source>
            <translation>マップをエクスポート</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="274" />
            <location filename="../../src/argmap/gui/file_actions.py" line="309" />
            <source>Exported %1</source>
            <translation>%1 をエクスポートしました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="280" />
            <source>Exporting images is not available in this installation.</source>
            <translation>このインストールでは画像のエクスポートを利用できません。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="218" />
            <source>File changed on disk</source>
            <translation>ディスク上のファイルが変更されました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="119" />
            <source>Import map</source>
            <translation>マップをインポート</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/argmap/gui/file_actions.py" line="137" />
            <source>Imported %1: %n statements</source>
            <translation>
                <numerusform>%1 をインポートしました:ステートメント %n 個</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/argmap/gui/file_actions.py" line="160" />
            <source>Laying out %n statements…</source>
            <translation>
                <numerusform>%n 個のステートメントを配置しています…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="195" />
            <source>No recent maps</source>
            <translation>最近のマップはありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="64" />
            <source>Open &amp;recent</source>
            <translation>最近使ったマップ(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="112" />
            <source>Open map</source>
            <translation>マップを開く</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="170" />
            <source>Opened %1</source>
            <translation>%1 を開きました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="175" />
            <source>Opening</source>
            <translation>開いています</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="150" />
            <source>Opening %1…</source>
            <translation>%1 を開いています…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="347" />
            <source>Recover unsaved changes</source>
            <translation>保存されていない変更を復元</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="88" />
            <source>Save changes to “%1” before closing?</source>
            <translation>閉じる前に「%1」への変更を保存しますか?</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="231" />
            <source>Save map as</source>
            <translation>名前を付けてマップを保存</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="248" />
            <source>Saved %1</source>
            <translation>%1 を保存しました</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="87" />
            <source>Unsaved changes</source>
            <translation>保存されていない変更</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="379" />
            <source>Where “%1” was saved is not known; Save will ask for a file name.</source>
            <translation>「%1」の保存先がわかりません。保存時にファイル名を尋ねます。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="337" />
            <source>an untitled map</source>
            <translation>無題のマップ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="340" />
            <source>argmap was closed without saving. Recover unsaved changes of %1 (autosaved %2)?</source>
            <translation>argmap は保存せずに終了しました。%1 の保存されていない変更(%2 に自動保存)を復元しますか?</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="219" />
            <source>“%1” was changed by another program since you opened it. Overwrite those changes?</source>
            <translation>「%1」は開いた後に別のプログラムによって変更されました。その変更を上書きしますか?</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="34" />
            <source>All files (*)</source>
            <translation>すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="27" />
            <source>PDF document</source>
            <translation>PDF 文書</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="25" />
            <source>PNG image</source>
            <translation>PNG 画像</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="26" />
            <source>SVG drawing</source>
            <translation>SVG 図形</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="33" />
            <source>argmap maps (*.json)</source>
            <translation>argmap マップ (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/file_actions.py" line="23" />
            <source>argmap maps (*.json);;All files (*)</source>
            <translation>argmap マップ (*.json);;すべてのファイル (*)</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../src/argmap/gui/find.py" line="90" />
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" line="57" />
            <source>Close (Esc)</source>
            <translation>閉じる (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" line="56" />
            <source>Close find bar</source>
            <translation>検索バーを閉じる</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" line="60" />
            <source>F&amp;ind:</source>
            <translation>検索(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" line="41" />
            <source>Find in text, notes, tags and sources</source>
            <translation>テキスト、メモ、タグ、出典から検索</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" line="40" />
            <source>Find text</source>
            <translation>検索するテキスト</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" line="52" />
            <source>Next match</source>
            <translation>次の一致</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" line="53" />
            <source>Next match (F3)</source>
            <translation>次の一致 (F3)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" line="88" />
            <source>No matches</source>
            <translation>一致なし</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" line="48" />
            <source>Previous match</source>
            <translation>前の一致</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/find.py" line="49" />
            <source>Previous match (Shift+F3)</source>
            <translation>前の一致 (Shift+F3)</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" line="85" />
            <source>A statement has no text yet</source>
            <translation>テキストがまだないステートメントがあります</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" line="101" />
            <source>Attack cycle: {0}</source>
            <translation>攻撃の循環:{0}</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" line="101" />
            <source>Circular reasoning: {0}</source>
            <translation>循環論法:{0}</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" line="88" />
            <source>Evidence without a source: “{0}”</source>
            <translation>出典のない証拠:「{0}」</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" line="94" />
            <source>No reason or evidence supports “{0}”</source>
            <translation>「{0}」を支える根拠も証拠もありません</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" line="91" />
            <source>Not connected to anything: “{0}”</source>
            <translation>どこにもつながっていません:「{0}」</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" line="97" />
            <source>Not yet defended: an objection to “{0}” still stands (grounded: out)</source>
            <translation>まだ守られていません:「{0}」への反論が残っています(grounded:out)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/evaluation/findings.py" line="83" />
            <source>Unanswered objection: nothing rebuts “{0}”</source>
            <translation>未回答の反論:「{0}」に再反論がありません</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" line="106" />
            <source>%1 warnings, %2 notes</source>
            <translation>警告 %1 件、注記 %2 件</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" line="109" />
            <source>(Strengths did not settle: a cycle of reasons keeps changing them.)</source>
            <translation>(強さが定まりませんでした:根拠の循環が強さを変え続けています。)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" line="41" />
            <source>&lt;b&gt;Main claims&lt;/b&gt;</source>
            <translation>&lt;b&gt;主張&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" line="54" />
            <source>Findings</source>
            <translation>検出事項</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" line="104" />
            <source>No findings: every objection is answered.</source>
            <translation>検出事項はありません:すべての反論に回答済みです。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" line="44" />
            <source>Strength of each main claim</source>
            <translation>各主張の強さ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" line="75" />
            <source>defeated (out)</source>
            <translation>論破(out)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" line="75" />
            <source>holds (in)</source>
            <translation>成立(in)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" line="85" />
            <source>strength {0:.2f} — {1}</source>
            <translation>強さ {0:.2f} — {1}</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/findings.py" line="76" />
            <source>undecided</source>
            <translation>未決定</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message numerus="yes">
            <location filename="../../src/argmap/gui/docks/inspector.py" line="195" />
            <source>%n statements selected. Select one to see and edit its details.</source>
            <translation>
                <numerusform>%n 個のステートメントを選択中。詳細を表示・編集するには一つだけ選択してください。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="129" />
            <source>&amp;Base score</source>
            <translation>基礎スコア(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="125" />
            <source>&amp;Kind</source>
            <translation>種類(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="126" />
            <source>&amp;Notes</source>
            <translation>メモ(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="124" />
            <source>&amp;Text</source>
            <translation>テキスト(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="88" />
            <source>Add source</source>
            <translation>出典を追加</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="86" />
            <source>Add…</source>
            <translation>追加…</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="98" />
            <source>Base score</source>
            <translation>基礎スコア</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="79" />
            <source>Context, caveats, teaching remarks</source>
            <translation>背景、注意点、授業での補足</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="55" />
            <source>Inspector</source>
            <translation>インスペクタ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="73" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="78" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="89" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="91" />
            <source>Remove selected source</source>
            <translation>選択した出典を削除</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="103" />
            <location filename="../../src/argmap/gui/docks/inspector.py" line="196" />
            <source>Select one statement to see and edit its details.</source>
            <translation>詳細を表示・編集するにはステートメントを一つ選択してください。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="127" />
            <source>Sou&amp;rces</source>
            <translation>出典(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="83" />
            <source>Sources</source>
            <translation>出典</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="69" />
            <source>Statement text</source>
            <translation>ステートメントのテキスト</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="128" />
            <source>T&amp;ags</source>
            <translation>タグ(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="94" />
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/inspector.py" line="95" />
            <source>comma, separated, tags</source>
            <translation>カンマ, 区切りの, タグ</translation>
        </message>
    </context>
    <context>
        <name>Keymap</name>
        <message>
            <location filename="../../src/argmap/gui/keymap.py" line="63" />
            <source>Letter and arrow keys work while the map has the focus (F6). While typing in a box: Enter saves, Shift+Enter starts a new line, Esc cancels.</source>
            <translation>文字キーと矢印キーはマップにフォーカスがあるとき(F6)に使えます。ボックスに入力中は、Enter で保存、Shift+Enter で改行、Esc で取り消します。</translation>
        </message>
    </context>
    <context>
        <name>KeymapDialog</name>
        <message>
            <location filename="../../src/argmap/gui/keymap.py" line="73" />
            <location filename="../../src/argmap/gui/keymap.py" line="76" />
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="304" />
            <source>%1 selected</source>
            <translation>%1 個を選択中</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="302" />
            <source>%1 statements · %2 links</source>
            <translation>ステートメント %1 個 · リンク %2 本</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="294" />
            <source>%1[*] — argmap</source>
            <translation>%1[*] — argmap</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="185" />
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="185" />
            <source>&amp;Redo %1</source>
            <translation>%1 をやり直す(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="183" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="183" />
            <source>&amp;Undo %1</source>
            <translation>%1 を元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="67" />
            <source>&lt;h2&gt;An empty map&lt;/h2&gt;&lt;p&gt;Press &lt;b&gt;C&lt;/b&gt; to write the main claim,&lt;br&gt;then &lt;b&gt;S&lt;/b&gt; to add a reason, &lt;b&gt;O&lt;/b&gt; an objection.&lt;br&gt;&lt;b&gt;F1&lt;/b&gt; lists every shortcut.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;空のマップ&lt;/h2&gt;&lt;p&gt;&lt;b&gt;C&lt;/b&gt; で主張を書き、&lt;br&gt;続けて &lt;b&gt;S&lt;/b&gt; で根拠、&lt;b&gt;O&lt;/b&gt; で反論を追加します。&lt;br&gt;&lt;b&gt;F1&lt;/b&gt; ですべてのショートカットを表示します。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="377" />
            <source>&lt;h3&gt;argmap %1&lt;/h3&gt;&lt;p&gt;Argument mapping on the desktop: build, lay out, evaluate and export argument maps.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;argmap %1&lt;/h3&gt;&lt;p&gt;デスクトップで議論マッピング:議論マップを組み立て、配置し、評価し、エクスポートします。&lt;/p&gt;&lt;p&gt;MIT ライセンス。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="377" />
            <source>About argmap</source>
            <translation>argmap について</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="61" />
            <source>Argument map canvas</source>
            <translation>議論マップのキャンバス</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="137" />
            <source>Claim</source>
            <translation>主張</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="139" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="139" />
            <source>Evidence</source>
            <translation>証拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="140" />
            <source>Find</source>
            <translation>検索</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="98" />
            <source>Findings</source>
            <translation>検出事項</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="139" />
            <source>Fit</source>
            <translation>全体表示</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="88" />
            <source>Inspector</source>
            <translation>インスペクタ</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/menus.py" line="79" />
            <location filename="../../src/argmap/gui/menus.py" line="81" />
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="136" />
            <source>New</source>
            <translation>新規</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="138" />
            <source>Objection</source>
            <translation>反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="136" />
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="92" />
            <source>Outline</source>
            <translation>アウトライン</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="138" />
            <source>Rebuttal</source>
            <translation>再反論</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="137" />
            <source>Redo</source>
            <translation>やり直す</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="136" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="137" />
            <source>Support</source>
            <translation>根拠</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="404" />
            <source>The language changes when argmap starts again.</source>
            <translation>言語は argmap を次に起動したときに切り替わります。</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="136" />
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="90" />
            <source>Undo history</source>
            <translation>操作履歴</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="140" />
            <source>Zoom in</source>
            <translation>拡大</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/main_window.py" line="140" />
            <source>Zoom out</source>
            <translation>縮小</translation>
        </message>
    </context>
    <context>
        <name>Outline</name>
        <message>
            <location filename="../../src/argmap/gui/docks/outline.py" line="151" />
            <location filename="../../src/argmap/gui/docks/outline.py" line="212" />
            <source>(empty)</source>
            <translation>(空)</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/outline.py" line="40" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/outline.py" line="38" />
            <source>Outline</source>
            <translation>アウトライン</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/outline.py" line="40" />
            <source>Statement</source>
            <translation>ステートメント</translation>
        </message>
    </context>
    <context>
        <name>UndoHistory</name>
        <message>
            <location filename="../../src/argmap/gui/docks/undo_dock.py" line="14" />
            <source>&lt;opened map&gt;</source>
            <translation>&lt;開いたマップ&gt;</translation>
        </message>
        <message>
            <location filename="../../src/argmap/gui/docks/undo_dock.py" line="13" />
            <source>Undo history</source>
            <translation>操作履歴</translation>
        </message>
    </context>
</TS>

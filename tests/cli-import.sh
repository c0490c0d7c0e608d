#!/bin/sh
# Import of every format and encoding through the real binary.
. "${srcdir:-.}/tests/lib.sh"

DB="$T/import.db"
S="$T/src"
mkdir -p "$S"

# title TITLE: the list row whose title is TITLE, or nothing
row() {
	"$SIFT" -d "$DB" list | awk -F'\t' -v t="$1" '$5 == t'
}

# Encodings, each made from UTF-8 by iconv and read back with --encoding.
enc_case() {
	# enc_case ENCODING TEXT-FILE-NAME TITLE BODY
	printf '%s\n%s\n' "$3" "$4" | iconv -f UTF-8 -t "$1" >"$S/$2"
	run "$SIFT" -d "$DB" import --encoding "$1" "$S/$2"
	is "$rc" 0 "--encoding $1 imports"
	is "$(row "$3" | cut -f5)" "$3" "$1 title decoded"
}
enc_case GB18030 gb.txt "台风逼近沿海地区" "气象台发布橙色预警，沿海渔船全部回港避风。"
enc_case BIG5 big5.txt "颱風逼近沿海地區" "氣象局發布海上警報，漁船全部回港避風。"
enc_case SHIFT_JIS sjis.txt "台風が接近" "気象庁は沿岸部に暴風警報を発表した。"
enc_case EUC-KR euckr.txt "태풍 북상 중" "기상청은 해안 지역에 태풍 경보를 발령했다."
enc_case WINDOWS-1251 cp1251.txt "Тайфун приближается" "Синоптики объявили штормовое предупреждение."
is "$(row "태풍 북상 중" | cut -f4)" ko "Korean guessed"
is "$(row "Тайфун приближается" | cut -f4)" ru "Russian guessed"
is "$(row "台風が接近" | cut -f4)" ja "Japanese guessed"
is "$(row "台风逼近沿海地区" | cut -f4)" zh-Hans "Simplified Chinese guessed"
is "$(row "颱風逼近沿海地區" | cut -f4)" zh-Hant "Traditional Chinese guessed"

# BOMs: UTF-16 in both byte orders and UTF-8.
printf '\357\273\277UTF-8 BOM title\nBody after a BOM.\n' >"$S/bom8.txt"
printf 'UTF-16 title\nSixteen-bit body text.\n' | iconv -f UTF-8 -t UTF-16LE >"$S/le.tmp"
printf '\377\376' | cat - "$S/le.tmp" >"$S/bom16le.txt"
printf 'UTF-16BE title\nBig-endian body text.\n' | iconv -f UTF-8 -t UTF-16BE >"$S/be.tmp"
printf '\376\377' | cat - "$S/be.tmp" >"$S/bom16be.txt"
rm -f "$S"/*.tmp
run "$SIFT" -d "$DB" import "$S/bom8.txt" "$S/bom16le.txt" "$S/bom16be.txt"
is "$rc" 0 "BOM files import"
is "$(row "UTF-8 BOM title" | cut -f5)" "UTF-8 BOM title" "UTF-8 BOM stripped"
is "$(row "UTF-16 title" | cut -f5)" "UTF-16 title" "UTF-16LE BOM honoured"
is "$(row "UTF-16BE title" | cut -f5)" "UTF-16BE title" "UTF-16BE BOM honoured"

# <meta charset> honoured when the bytes are not UTF-8.
printf '<html><head><meta charset="gbk"><title>网页标题</title></head><body><p>正文内容在这里。</p></body></html>' |
    iconv -f UTF-8 -t GBK >"$S/gbk.html"
run "$SIFT" -d "$DB" import "$S/gbk.html"
is "$rc" 0 "a GBK page with <meta charset> imports without --encoding"
is "$(row "网页标题" | cut -f5)" "网页标题" "its title decoded"

# HTML: whole page, metadata, entities, h1 rule.
cat >"$S/page.html" <<'HTML'
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Hafenstreik legt Hamburg lahm &ndash; Nachrichten</title>
<meta property="article:published_time" content="2024-05-04T09:30:00+02:00">
<link rel="canonical" href="https://www.nachrichten.example/wirtschaft/streik">
<script>var x = "<p>not text</p>";</script><style>p { color: red }</style>
</head><body><nav><a href="/">Startseite</a></nav>
<h1>Hafenstreik legt Hamburg lahm</h1>
<p>Die Gewerkschaft hat am Samstag zu einem Warnstreik aufgerufen &amp; der Hafen steht still.</p>
<!-- a comment <p>hidden</p> -->
<p>Caf&eacute; &#8222;Zum Anker&#8220; blieb ge&shy;schlossen&nbsp;&#x1F6A2;.</p>
</body></html>
HTML
run "$SIFT" -d "$DB" import "$S/page.html"
is "$rc" 0 "a whole HTML page imports"
r=$(row "Hafenstreik legt Hamburg lahm")
is "$(echo "$r" | cut -f2)" 2024-05-04 "date from article:published_time, in UTC"
is "$(echo "$r" | cut -f3)" nachrichten.example "source from the canonical URL"
is "$(echo "$r" | cut -f4)" de "lang from <html lang>"
run "$SIFT" -d "$DB" list --search 'Zum Anker'
like "$T/out" Hafenstreik "entities decoded in the stored text"
run "$SIFT" -d "$DB" list --search 'not text'
is "$(wc -l <"$T/out")" 0 "script text not stored"
run "$SIFT" -d "$DB" list --search 'hidden'
is "$(wc -l <"$T/out")" 0 "comment text not stored"

# The RSS dump form.
cat >"$S/dump.txt" <<'RSS'
<!--1717200000000-->
[Port strike ends after three days](https://news.example/2024/06/01/port-strike?ref=rss)
------

<div>01/06/2024</div><p>Dock workers returned on Saturday.</p><div><div>Share :</div></div>
RSS
run "$SIFT" -d "$DB" import "$S/dump.txt"
is "$rc" 0 "an RSS dump imports"
r=$(row "Port strike ends after three days")
is "$(echo "$r" | cut -f2)" 2024-06-01 "date from the epoch milliseconds"
is "$(echo "$r" | cut -f3)" news.example "source from the URL"
run "$SIFT" -d "$DB" list --format jsonl --search 'Dock workers'
like "$T/out" '"url":"https://news.example/2024/06/01/port-strike\?ref=rss"' "url from the dump header"

# JSON Lines, from a file and from standard input.
cat >"$S/feed.jsonl" <<'JSON'
{"title": "Election results announced", "url": "https://vote.example/r", "date": "Tue, 04 Jun 2024 18:00:00 +0200", "text": "The commission announced the results.\nTurnout was 61%.", "source": "Vote Wire", "lang": "en"}
{"title": "選挙結果", "date": "2024-06-05", "html": "<p>選挙管理委員会は結果を発表した。</p><p>投票率は<a href=\"/t\">六一％</a>だった。</p>"}
JSON
run "$SIFT" -d "$DB" import "$S/feed.jsonl"
is "$rc" 0 "JSON Lines import"
like "$T/out" '^2 imported' "two records"
r=$(row "Election results announced")
is "$(echo "$r" | cut -f2,3,4)" "2024-06-04	Vote Wire	en" "date, source and lang from the record"
is "$(row "選挙結果" | cut -f4)" ja "lang guessed for a record without one"
run "$SIFT" -d "$DB" import - <<'JSON'
{"title": "From stdin", "text": "Standard input works for JSON Lines."}
JSON
is "$rc" 0 "JSON Lines on standard input"
is "$(row "From stdin" | cut -f5)" "From stdin" "stdin record stored"
printf 'Plain from stdin\nA body read from standard input.\n' |
    "$SIFT" -d "$DB" import --source wire - >"$T/out" 2>"$T/err"
is "$?" 0 "plain text on standard input"
is "$(row "Plain from stdin" | cut -f3)" wire "--source names the source"

# Plain text: blank-line paragraphs with wrapped lines are joined.
cat >"$S/wrapped.txt" <<'TXT'
Wrapped paragraphs

The first paragraph is wrapped
over three lines by a mail
client that likes short lines.

第二段落は折り返されて
いるが、日本語は空白なしで
つながる。

- a list item stays
- on its own line
TXT
run "$SIFT" -d "$DB" import "$S/wrapped.txt"
is "$rc" 0 "wrapped text imports"
if [ -n "${SQLITE3:-}" ]; then
	is "$("$SQLITE3" "$DB" "SELECT text FROM articles WHERE title = 'Wrapped paragraphs'")" \
"The first paragraph is wrapped over three lines by a mail client that likes short lines.
第二段落は折り返されているが、日本語は空白なしでつながる。
- a list item stays
- on its own line" "paragraph lines joined, CJK without spaces, list items kept apart"
	is "$("$SQLITE3" "$DB" "SELECT count(*) FROM links l JOIN articles a ON a.id = l.article_id WHERE a.title = '選挙結果'")" 1 "the link in the JSON HTML is recorded"
	is "$("$SQLITE3" "$DB" "SELECT substr(CAST(a.text AS BLOB), l.start + 1, l.len) FROM links l JOIN articles a ON a.id = l.article_id WHERE a.title = '選挙結果'")" \
	    "六一％" "its byte range is the link text"
	# NFC: a decomposed é is stored composed.
	printf 'Cafe\314\201 title\nThe cafe\314\201 opened.\n' >"$S/nfd.txt"
	"$SIFT" -d "$DB" import "$S/nfd.txt" >/dev/null
	is "$("$SQLITE3" "$DB" "SELECT hex(title) FROM articles WHERE title LIKE 'Caf%'")" \
	    "$(printf 'Caf\303\251 title' | od -An -tx1 | tr -d ' \n' | tr a-f A-F)" "text stored as NFC"
fi

# Directories recursively, with duplicates found by normalised text.
mkdir -p "$T/tree/a/b"
printf 'Deep one\nFound two levels down.\n' >"$T/tree/a/b/deep.txt"
printf 'Deep one\nFound   two levels\tdown.\n' >"$T/tree/a/same-text.txt"
printf 'Hidden\nDot files are skipped.\n' >"$T/tree/.hidden.txt"
run "$SIFT" -d "$DB" import "$T/tree"
is "$rc" 0 "a directory tree imports"
like "$T/out" '^1 imported, 1 already stored, 0 failed$' "the same text spaced differently is a duplicate"
is "$(row "Deep one" | cut -f3)" b "the folder names the source when nothing else does"
done_testing

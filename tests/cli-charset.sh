#!/bin/sh
# Legacy encodings without a declaration.  Each text in tests/encodings
# (written for sift, kept in UTF-8) is converted by iconv to the encoding
# it is named after, as a text file and as an HTML page that declares no
# charset, and must read back without --encoding exactly as the UTF-8
# original does: no U+FFFD, no warning.  Then pages whose declaration is
# wrong, the supersets the guesses widen to, 7-bit ISO-2022, text cut
# short, and inputs too short to tell.
. "${srcdir:-.}/tests/lib.sh"
command -v iconv >/dev/null || skip_all "no iconv to make the inputs"

E="$srcdir/tests/encodings"
S="$T/src"
DB="$T/charset.db"
mkdir -p "$S"
FFFD=$(printf '\357\277\275')

# page FILE [HEAD]: FILE as an HTML page, its first line the title and the
# h1, every other line a paragraph; HEAD goes into <head>
page() {
	printf '<!DOCTYPE html>\n<html><head>%s<title>' "${2:-}"
	head -n 1 "$1"
	printf '</title></head><body>\n<h1>'
	head -n 1 "$1"
	printf '</h1>\n'
	tail -n +2 "$1" | sed 's|^|<p>|; s|$|</p>|'
	printf '</body></html>\n'
}

# reads_as NAME INPUT REFERENCE: `sift clean --all` reads INPUT as it reads
# the UTF-8 REFERENCE (left in $T/want); the output is in $T/out
reads_as() {
	"$SIFT" clean --all "$3" >"$T/want" 2>/dev/null
	run "$SIFT" clean --all "$2"
	if cmp -s "$T/out" "$T/want"; then
		ok 0 "$1: the text of the UTF-8 original"
	else
		ok 1 "$1: the text of the UTF-8 original"
		diff "$T/want" "$T/out" | sed 's/^/#   /' | head -6
	fi
}

# quiet NAME: the last run exited 0 with nothing on standard error and no
# U+FFFD in its output
quiet() {
	is "$rc" 0 "$1: exit 0"
	is "$(cat "$T/err")" "" "$1: no warning"
	unlike "$T/out" "$FFFD" "$1: no U+FFFD"
}

# encoding NAME FILE WANT: the encoding --explain names for FILE (none
# for UTF-8)
encoding() {
	is "$("$SIFT" clean --explain "$2" 2>/dev/null |
	    sed -n 's/^\[encoding \([^];]*\).*/\1/p' | head -n 1)" "$3" \
	    "$1: read as ${3:-UTF-8}"
}

# The seven: text files, then pages without a charset.
for f in "$E"/*.txt; do
	enc=$(basename "$f" .txt)
	"$SIFT" clean --all "$f" >"$T/want"
	is "$(tail -n +2 "$T/want")" "$(tail -n +2 "$f")" \
	    "$enc: the UTF-8 original reads back as written"
	iconv -f UTF-8 -t "$enc" "$f" >"$S/$enc.txt"
	reads_as "$enc text" "$S/$enc.txt" "$f"
	quiet "$enc text"
	page "$f" >"$S/$enc-utf8.html"
	iconv -f UTF-8 -t "$enc" "$S/$enc-utf8.html" >"$S/$enc.html"
	reads_as "$enc page" "$S/$enc.html" "$S/$enc-utf8.html"
	quiet "$enc page"
done
encoding "GBK text" "$S/gb18030.txt" GB18030

# Big5 is read as browsers read it (WHATWG's big5 is Big5-HKSCS): A241 is
# the fullwidth solidus of a reporter's line, not a division slash.
printf '<html><head><meta charset="big5"><title>t</title></head><body><p>%s</p></body></html>' \
    '老街騎樓整平工程昨天完工，居民表示行走環境大幅改善，商家也期待人潮回流。（記者黃志明／報導）' |
    iconv -f UTF-8 -t BIG5-HKSCS >"$S/big5-slash.html"
"$SIFT" clean "$S/big5-slash.html" >"$T/out" 2>"$T/err"
like "$T/out" '黃志明／報導' "Big5 A241 reads as U+FF0F, as a browser shows it"
encoding "Big5 page" "$S/big5.html" BIG5
encoding "Shift_JIS text" "$S/shift_jis.txt" SHIFT_JIS
encoding "EUC-JP page" "$S/euc-jp.html" EUC-JP
encoding "EUC-KR text" "$S/euc-kr.txt" EUC-KR
encoding "windows-1251 page" "$S/windows-1251.html" WINDOWS-1251
encoding "KOI8-R text" "$S/koi8-r.txt" KOI8-R
encoding "UTF-8 text (none named)" "$E/koi8-r.txt" ""

# Stored, they are the articles the UTF-8 originals make.
i=0
for f in "$E"/*.txt; do
	enc=$(basename "$f" .txt)
	i=$((i + 1))
	"$SIFT" -d "$DB" import "$S/$enc.txt" >/dev/null 2>&1
	"$SIFT" clean --all "$f" >"$T/want"
	"$SIFT" -d "$DB" show --all "$i" >"$T/out" 2>&1
	cmp -s "$T/out" "$T/want"
	ok $? "$enc stored as article $i, as in UTF-8"
done
run "$SIFT" -d "$DB" import "$E"
like "$T/out" '^0 imported, 7 already stored, 0 failed$' \
    "the UTF-8 originals are duplicates of what was stored"

# Declarations that do not fit.  UTF-8 wins over a page's gbk.
page "$E/gb18030.txt" '<meta charset="gbk">' >"$S/says-gbk-is-utf8.html"
page "$E/gb18030.txt" >"$S/zh-utf8.html"
reads_as "UTF-8 page declaring gbk" "$S/says-gbk-is-utf8.html" "$S/zh-utf8.html"
quiet "UTF-8 page declaring gbk"
# windows-1251 that declares utf-8: detected, with a warning.
page "$E/windows-1251.txt" \
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' |
    iconv -f UTF-8 -t WINDOWS-1251 >"$S/says-utf8-is-1251.html"
reads_as "windows-1251 page declaring utf-8" "$S/says-utf8-is-1251.html" \
    "$S/windows-1251-utf8.html"
like "$T/err" "says-utf8-is-1251.html: declares charset 'utf-8' but is not valid in it; read as WINDOWS-1251 \(detected\)" \
    "windows-1251 page declaring utf-8: the warning says so"
unlike "$T/out" "$FFFD" "windows-1251 page declaring utf-8: no U+FFFD"
# Big5 that declares gbk converts as GBK, into nonsense: said, not hidden.
page "$E/big5.txt" '<meta charset="gbk">' |
    iconv -f UTF-8 -t BIG5 >"$S/says-gbk-is-big5.html"
run "$SIFT" clean --all "$S/says-gbk-is-big5.html"
like "$T/err" "declares charset 'gbk' but looks like BIG5; read as declared" \
    "Big5 page declaring gbk: the doubt is reported"
# A GB2312 label on text with a GBK character (喆) widens to GB18030.
page "$E/gb18030.txt" '<meta charset="gb2312">' >"$S/gb2312-utf8.html"
iconv -f UTF-8 -t GB18030 "$S/gb2312-utf8.html" >"$S/gb2312.html"
reads_as "GBK text labelled gb2312" "$S/gb2312.html" "$S/gb2312-utf8.html"
quiet "GBK text labelled gb2312"
# An XML declaration counts as one.
{ printf '<?xml version="1.0" encoding="Shift_JIS"?>\n'
  page "$E/shift_jis.txt"; } >"$S/xml-utf8.html"
iconv -f UTF-8 -t SHIFT_JIS "$S/xml-utf8.html" >"$S/xml.html"
reads_as "XHTML declaring Shift_JIS" "$S/xml.html" "$S/xml-utf8.html"
quiet "XHTML declaring Shift_JIS"

# The supersets real files are in: NEC symbols, Hong Kong characters,
# syllables outside KS X 1001.
widened() {
	# widened NAME TEXT ENCODING LINE WANT
	{ cat "$2"; printf '%s\n' "$4"; } >"$S/$3-utf8.txt"
	iconv -f UTF-8 -t "$3" "$S/$3-utf8.txt" >"$S/$3.txt"
	reads_as "$1" "$S/$3.txt" "$S/$3-utf8.txt"
	quiet "$1"
	encoding "$1" "$S/$3.txt" "$5"
}
widened "Shift_JIS with NEC symbols" "$E/shift_jis.txt" CP932 \
    "改修後は①閲覧室②展示室③学習室の三つに分かれ、運営は㈱北浜文化サービスが担う。" CP932
widened "EUC-JP with NEC symbols" "$E/euc-jp.txt" EUC-JP-MS \
    "種目は①徒競走②玉入れ③リレーの順で行われた。" EUC-JP-MS
widened "EUC-KR with a UHC syllable" "$E/euc-kr.txt" CP949 \
    "공원 입구에는 똠양꿍을 파는 식당도 문을 열었다." CP949
# A UHC syllable early (in the title) stops uchardet's EUC-KR prober.
{ printf '똠양꿍 라면 인기\n'; tail -n +2 "$E/euc-kr.txt"; } >"$S/uhc-first-utf8.txt"
iconv -f UTF-8 -t CP949 "$S/uhc-first-utf8.txt" >"$S/uhc-first.txt"
reads_as "CP949 with a UHC syllable in its first line" "$S/uhc-first.txt" \
    "$S/uhc-first-utf8.txt"
quiet "CP949 with a UHC syllable in its first line"
encoding "CP949 with a UHC syllable in its first line" "$S/uhc-first.txt" CP949
widened "Big5 with HKSCS characters" "$E/big5.txt" BIG5-HKSCS \
    "一名香港遊客說：「佢哋話呢度啲風景好靚。」" BIG5-HKSCS

# ISO-2022-JP is 7-bit: valid UTF-8 with escapes.
iconv -f UTF-8 -t ISO-2022-JP "$E/euc-jp.txt" >"$S/jis.txt"
reads_as "ISO-2022-JP text" "$S/jis.txt" "$E/euc-jp.txt"
quiet "ISO-2022-JP text"

# Cut short in the middle of a character, as scrapers cut pages.
iconv -f UTF-8 -t GB18030 "$E/gb18030.txt" | head -c 301 >"$S/cut-gb.txt"
run "$SIFT" clean --all "$S/cut-gb.txt"
like "$T/err" "cut-gb.txt: ends in the middle of a GB18030 character at byte 300, replaced with U\+FFFD" \
    "GB18030 cut short: read as GB18030, the last character replaced"
like "$T/out" "^本报讯 记者周晓岚" "GB18030 cut short: the text before is intact"
head -c 301 "$E/gb18030.txt" >"$S/cut-utf8.txt"
run "$SIFT" clean --all "$S/cut-utf8.txt"
like "$T/err" "cut-utf8.txt: invalid UTF-8 at byte 300; 1 bad sequence " \
    "UTF-8 cut short: repaired as UTF-8, not taken for a legacy encoding"
like "$T/out" "^本报讯 记者周晓岚" "UTF-8 cut short: the text before is intact"

# A few characters damaged, as a title cut in the middle of one leaves
# them: read in the declared or detected encoding, each bad sequence
# U+FFFD with a warning; not the whole page repaired as UTF-8.
damage() {
	# damage FILE [BYTE]: FILE with a lone lead byte (octal, 260 if not
	# given) at the end of its first line, or before its </title>: a
	# title cut in the middle of a character
	b=$(printf "\\${2:-260}")
	if grep -q '</title>' "$1"; then
		LC_ALL=C sed "s|</title>|$b </title>|" "$1"
	else
		LC_ALL=C sed "1s|\$|$b |" "$1"
	fi
}
iconv -f UTF-8 -t GB18030 "$E/gb18030.txt" >"$S/gb-whole.txt"
damage "$S/gb-whole.txt" >"$S/gb-damaged.txt"
run "$SIFT" clean --all "$S/gb-damaged.txt"
like "$T/err" "gb-damaged.txt: read as GB18030; 1 invalid sequence replaced with U\+FFFD" \
    "GBK text with a damaged character: read as GB18030, with a warning"
is "$(grep -c "$FFFD" "$T/out")" 1 "GBK text with a damaged character: one U+FFFD"
is "$(head -n 1 "$T/out")" "江城地铁五号线提前三个月通车$FFFD" \
    "GBK text with a damaged character: U+FFFD where it was"
like "$T/out" "^本报讯 记者周晓岚" "GBK text with a damaged character: the text after it is intact"
page "$E/gb18030.txt" '<meta charset="gb2312">' |
    iconv -f UTF-8 -t GB18030 >"$S/gb-page.html"
damage "$S/gb-page.html" >"$S/gb-damaged.html"
run "$SIFT" clean --all "$S/gb-damaged.html"
like "$T/err" "gb-damaged.html: read as GB18030; 1 invalid sequence replaced" \
    "a gb2312 page with a damaged character: read as declared, with a warning"
like "$T/out" "^本报讯 记者周晓岚" "a gb2312 page with a damaged character: the text is intact"
iconv -f UTF-8 -t SHIFT_JIS "$E/shift_jis.txt" >"$S/sj-whole.txt"
damage "$S/sj-whole.txt" 202 >"$S/sj-damaged.txt"
"$SIFT" clean --all "$S/sj-whole.txt" >"$T/want" 2>/dev/null
run "$SIFT" clean --all "$S/sj-damaged.txt"
like "$T/err" "sj-damaged.txt: read as (SHIFT_JIS|CP932); 1 invalid sequence" \
    "Shift_JIS text with a damaged character: detected, with a warning"
is "$(tail -n +2 "$T/out")" "$(tail -n +2 "$T/want")" \
    "Shift_JIS text with a damaged character: all but its first line intact"
# Many damaged: not a legacy encoding with a flaw, repaired as UTF-8.
{ cat "$S/gb-whole.txt"; for i in 1 2 3 4 5 6; do printf '\260 '; done; } \
    >"$S/gb-many.txt"
run "$SIFT" clean --all "$S/gb-many.txt"
like "$T/err" "gb-many.txt: invalid UTF-8" \
    "GBK text with six damaged characters in 750 bytes: not read as GBK"

# Short inputs are read right, or repaired with a warning, never garbled.
printf 'Caf\351 cr\350me br\373l\351e \340 la fran\347aise, s\373r.\n' >"$S/latin1.txt"
run "$SIFT" clean "$S/latin1.txt"
is "$(cat "$T/out")" "Café crème brûlée à la française, sûr." \
    "a 39-byte Latin-1 line is read as windows-1252"
quiet "a 39-byte Latin-1 line"
printf 'Gr\374\337e aus M\374nchen\n' >"$S/de.txt"
run "$SIFT" clean "$S/de.txt"
is "$(cat "$T/out")" "Grüße aus München" "a short German line"
printf '\351\n' >"$S/two.txt"
run "$SIFT" clean "$S/two.txt"
is "$(cat "$T/out")" "é" "a 2-byte file"
printf '\304\343' >"$S/gbk-two.txt"
run "$SIFT" clean "$S/gbk-two.txt"
is "$(cat "$T/out")" "$FFFD$FFFD" "one GBK character alone is too little to tell: U+FFFD"
like "$T/err" "gbk-two.txt: invalid UTF-8 at byte 0" "and a warning"
# One Russian word (отдел) converts as GBK too: refused, not guessed.
printf '\356\362\344\345\353' >"$S/ru-word.txt"
run "$SIFT" clean "$S/ru-word.txt"
case "$(cat "$T/out")" in
отдел)	ok 0 "a lone word in windows-1251: read right" ;;
"$FFFD$FFFD$FFFD$FFFD$FFFD")
	like "$T/err" "ru-word.txt: invalid UTF-8" \
	    "a lone word in windows-1251: U+FFFD with a warning" ;;
*)	ok 1 "a lone word in windows-1251: read right or with a warning"
	echo "#   got: $(cat "$T/out")" ;;
esac
done_testing

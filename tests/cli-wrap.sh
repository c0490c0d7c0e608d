#!/bin/sh
# Wrapping end to end: `sift clean --width N` on the texts in tests/wrap
# (Japanese, Chinese, Korean, mixed scripts with long URLs and words,
# emoji sequences, combining marks, full- and halfwidth forms, tabs,
# Russian) is checked line by line by tests/wrapcheck.py (UAX #14, #29
# and #11, kinsoku as "normal" Japanese breaking has it, no needless
# break, no text lost), which is
# tested first; terminal controls never reach the output; the options are
# validated.
. "${srcdir:-.}/tests/lib.sh"

W="$srcdir/tests/wrap"
CHECK="$srcdir/tests/wrapcheck.py"
WIDTHS="12 20 37 80 200"

# Cases known to fail, each reported to the owner of layout.c (or of
# wrapcheck.py): they are run and printed as TAP TODO until fixed
# (none at present).
todo_reason() {
	case "$1" in
	esac
}

# result STATUS NAME [TODO-REASON]: ok, or a TODO that does not fail
result() {
	if [ -z "${3:-}" ]; then
		ok "$1" "$2"
		return
	fi
	tap_n=$((tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $tap_n - $2 # TODO $3"
	else
		echo "not ok $tap_n - $2 # TODO $3"
	fi
}

# The checker itself: its UAX #14 and #29 pass Unicode's own tests (from
# unicode-data, which ./bootstrap installs), it reports a wrap broken in
# each way it checks, and it passes good wraps that look close to bad.
python3 "$CHECK" --selftest >"$T/check" 2>&1
ok $? "wrapcheck.py passes Unicode's LineBreakTest.txt and GraphemeBreakTest.txt"
sed 's/^/#   /' "$T/check" | tail -12

# wc_case RULE WIDTH SOURCE WRAPPED NAME: wrapcheck.py reports RULE (or,
# with RULE "", nothing) for the article titled T whose text is SOURCE,
# wrapped as WRAPPED (printf formats).
wc_case() {
	printf "T\n$3\n" >"$T/wc.src"
	printf "T\n\n$4\n" >"$T/wc.out"
	python3 "$CHECK" --source "$T/wc.src" "$2" "$T/wc.out" >"$T/check" 2>&1
	if [ -n "$1" ]; then
		grep -q "^line [0-9]*: $1: " "$T/check"
	else
		grep -q '^wrap-violations 0 ' "$T/check"
	fi
	st=$?
	ok $st "wrapcheck.py ${1:-passes}: $5"
	[ $st -eq 0 ] || sed 's/^/#   /' "$T/check" | head -5
}
zwj='\342\200\215'
wc_case width 10 '一二三四五六七' '一二三四五六七' "a line too wide"
wc_case control 12 'abcd' 'ab\033[2Jcd' "an escape sequence"
wc_case grapheme 12 'Cafe\314\201 au lait' 'Cafe\n\314\201 au lait' \
    "a line starting with a combining mark"
wc_case grapheme 12 'flags \360\237\207\257\360\237\207\265 here' \
    'flags \360\237\207\257\n\360\237\207\265 here' "a flag split"
wc_case grapheme 12 '\341\204\200\341\205\241\341\206\250 x' \
    '\341\204\200\n\341\205\241\341\206\250 x' "a Hangul syllable of jamo split"
wc_case grapheme 12 "👨${zwj}👩 x" "👨${zwj}\\n👩 x" "an emoji ZWJ sequence split"
wc_case kinsoku 10 '一二三四五。六七' '一二三四五\n。六七' "a line starting with 。"
wc_case kinsoku 10 '一二三四「五六」' '一二三四「\n五六」' "a line ending with 「"
wc_case kinsoku 10 'ABCDEFGHIJッと' 'ABCDEFGHIJ\nッと' "a line starting with a small kana after a letter"
wc_case kinsoku 10 'ABCDEFGHIJーと' 'ABCDEFGHIJ\nーと' "a line starting with ー after a letter"
wc_case "" 10 '一二三四ちょっと' '一二三四ち\nょっと' "a small kana after kana starts a line (normal breaking)"
wc_case underfull 12 'one two three' 'one\ntwo three' "a needless break between words"
wc_case underfull 12 '一二三四五六七' '一二三四五\n六七' "a needless break between ideographs"
wc_case underfull 12 'abc  de\tfg' 'abc\nde fg' "a word that fits after two spaces"
wc_case content 12 'one two three' 'one two' "a word lost"
wc_case content 12 'one two' 'one two two' "a word printed twice"
wc_case content 12 'one two three' 'one three two' "words reordered"
wc_case "" 12 'abcdefghijk l' 'abcdefghijk\nl' \
    "the space before the next word counts (11 + 1 + 1 > 12)"
wc_case "" 10 '一二三四五六。' '一二三四五\n六。' \
    "an ideograph moves down with the 。 after it"
wc_case "" 12 'Donaudampfschifffahrt ok' 'Donaudampfsc\nhifffahrt ok' \
    "a word wider than the line is cut where it must be"
wc_case "" 12 'the fastest-growing' 'the fastest-\ngrowing' "a break after a hyphen"
wc_case "" 12 "family 👨${zwj}👩${zwj}👧 x" 'family\n👨👩👧 x' \
    "an emoji sequence shown without its ZWJs moves as one"

# has FILE "XX XX": whether FILE holds these bytes (in hex) in a row
has() {
	case "$(od -An -v -tx1 "$1" | tr -s ' \n' '  ')" in
	*" $2 "*)	return 0 ;;
	esac
	return 1
}

# words FILE: the white-space separated words of FILE, one a line
words() {
	tr -s ' \t' '\n' <"$1" | grep -v '^$'
}

# The wrap matrix: every text wrapped at every width, then checked by
# one run of the checker (it reads the Unicode data once).
: >"$T/list"
for f in "$W"/*.txt; do
	b=${f##*/}
	for n in $WIDTHS; do
		"$SIFT" clean --width "$n" "$f" >"$T/out.$b.$n" 2>"$T/err.$b.$n"
		echo $? >"$T/rc.$b.$n"
		printf '%s\t%s\t%s\n' "$n" "$f" "$T/out.$b.$n" >>"$T/list"
	done
done
python3 "$CHECK" --batch "$T/list" >"$T/batch" 2>&1
for f in "$W"/*.txt; do
	b=${f##*/}
	for n in $WIDTHS; do
		rc=$(cat "$T/rc.$b.$n")
		last=$(tail -n 1 "$T/out.$b.$n.check" 2>/dev/null)
		case "$rc:$last" in
		"0:wrap-violations 0 lines "*)	st=0 ;;
		*)				st=1 ;;
		esac
		result "$st" "$b at $n: $last" "$(todo_reason "$b:$n")"
		if [ "$st" -ne 0 ]; then
			echo "#   sift clean --width $n exited $rc"
			sed 's/^/#   /' "$T/err.$b.$n" "$T/out.$b.$n.check" \
			    "$T/batch" 2>/dev/null | head -12
		fi
	done
done

# Degenerate widths: no hang, no crash, some output.
if command -v timeout >/dev/null; then
	TIMEOUT="timeout 10"
else
	TIMEOUT=""
fi
for f in "$W"/*.txt; do
	for n in 1 2; do
		$TIMEOUT "$SIFT" clean --width "$n" "$f" >"$T/out" 2>"$T/err"
		rc=$?
		[ "$rc" -eq 0 ] && [ -s "$T/out" ]
		ok $? "${f##*/} at $n: exits 0 within 10 s and prints something"
		[ "$rc" -eq 0 ] || echo "#   exit status $rc"
	done
done

# Terminal controls in the text: an OSC title, a clear screen, a raw
# 0x9b byte (invalid UTF-8, imported as U+FFFD) and a C1 CSI (C2 9B).
{
	printf 'Harbour reopens after the storm\n'
	printf 'The harbour reopened on Monday \033]0;pwned\007'
	printf 'after the storm, \033[2Jofficials said, and ships \233[31m '
	printf 'began \302\233[0m to dock again.\n'
} >"$T/esc.txt"
{
	printf 'Harbour reopens after the storm\n'
	printf 'The harbour reopened on Monday ]0;pwnedafter the storm, '
	printf '[2Jofficials said, and ships \357\277\275[31m began [0m '
	printf 'to dock again.\n'
} >"$T/esc.want"
for opt in "" " --width 40"; do
	# shellcheck disable=SC2086 # split into its words, or none
	run "$SIFT" clean$opt "$T/esc.txt"
	# 0: the raw 0x9b was repaired, with a warning; the article is out
	is "$rc" 0 "clean$opt of an article with controls exits 0"
	like "$T/err" "esc.txt: invalid UTF-8 at byte 120" \
	    "and reports the raw 0x9b"
	for bytes in 1b 07 00 "c2 9b"; do
		! has "$T/out" "$bytes"
		ok $? "clean$opt: no bytes $bytes in the output"
	done
	is "$(tr -d ' \n' <"$T/out")" "$(tr -d ' \n' <"$T/esc.want")" \
	    "clean$opt: the visible text is intact"
done
run "$SIFT" clean "$T/esc.txt"
is "$(cat "$T/out")" "$(cat "$T/esc.want")" \
    "clean: the controls are dropped, nothing else"
{
	printf 'Harbour reopens\nThe harbour \033]0;pwned\007reopened, '
	printf '\033[2Jofficials said, and ships \302\233[31mbegan to dock.\n'
} >"$T/esc2.txt"
run "$SIFT" clean "$T/esc2.txt"
is "$rc" 0 "clean of valid UTF-8 with controls exits 0"
! has "$T/out" 1b && ! has "$T/out" 07 && ! has "$T/out" "c2 9b"
ok $? "and prints no ESC, BEL or C1 CSI"

printf 'Harbour reopens\nThe harbour reopened on \000 Monday.\n' \
    >"$T/nul.txt"
run "$SIFT" clean "$T/nul.txt"
is "$rc" 1 "clean of a text with a NUL exits 1"
like "$T/err" "nul.txt: binary file \(NUL byte at offset [0-9]+\)" \
    "and says it is binary"
[ ! -s "$T/out" ]
ok $? "and prints nothing"

# Options.
for w in 0 x; do
	run "$SIFT" clean --width "$w" "$W/ja.txt"
	is "$rc" 2 "--width $w is a usage error"
	like "$T/err" "--width: '$w' is not a number of columns" "and says why"
done
{
	printf 'Family day\nA family '
	printf '\360\237\221\250\342\200\215\360\237\221\251\342\200\215'
	printf '\360\237\221\247 came to the park.\n'
} >"$T/family.txt"
run "$SIFT" clean --emoji full "$T/family.txt"
has "$T/out" "e2 80 8d"
ok $? "--emoji full keeps the ZWJ of a family"
run "$SIFT" clean --emoji full --width 12 "$T/family.txt"
has "$T/out" "e2 80 8d"
ok $? "--emoji full --width 12 keeps it too"
run "$SIFT" clean --emoji safe "$T/family.txt"
! has "$T/out" "e2 80 8d"
ok $? "--emoji safe drops it"
run "$SIFT" clean --width 40 "$T/family.txt"
! has "$T/out" "e2 80 8d"
ok $? "with a width the default is safe: it drops it"
run "$SIFT" clean "$T/family.txt"
has "$T/out" "e2 80 8d"
ok $? "into a file, without a width, the text is as it is: it keeps it"
run "$SIFT" clean --width 12 "$T/family.txt"
! has "$T/out" "e2 80 8d"
ok $? "and so does --width 12"

# Korean keep-all: every line is whole words of the source, in order.
words "$W/ko.txt" >"$T/ko.words"
run "$SIFT" clean --width 12 --korean-words "$W/ko.txt"
words "$T/out" >"$T/kw.words"
cmp -s "$T/ko.words" "$T/kw.words"
ok $? "--korean-words at 12: lines break only between words"
diff "$T/ko.words" "$T/kw.words" | head -6 | sed 's/^/#   /'
python3 "$CHECK" --keep-all --source "$W/ko.txt" 12 "$T/out" >"$T/check" 2>&1
like "$T/check" '^wrap-violations 0 ' \
    "--korean-words at 12 passes wrapcheck.py --keep-all"
run "$SIFT" clean --width 12 "$W/ko.txt"
words "$T/out" >"$T/k.words"
! cmp -s "$T/ko.words" "$T/k.words"
ok $? "without --korean-words Korean also breaks inside words"

done_testing

#!/bin/sh
# Hostile sizes (`make bench`): inputs that a scraper or an attacker may
# hand sift, made in a temporary folder, each given to `sift clean`, to
# `sift import` into a fresh store and to `sift show` of what was stored.
# Prints one row a run: input, command, seconds (wall clock, and CPU:
# user and system), peak RSS in MB, exit status and the first line sift
# wrote on stderr.
#
#   SIFT=PROG     the binary (default ./src/sift)
#   SCALE=N       divide every size by N (default 1: the sizes below)
#
# The inputs: 10 million one-letter lines (20 MB), a 200 MB text file of one line,
# a 100 MB JSON Lines line, a 1 MB title, 100,000 nested HTML elements
# (and as many in a skipped box),
# an entity bomb (an XML internal subset whose entities would expand
# to 10^9 bytes) in an XHTML page and in an RSS dump, and Markdown and
# lynx dumps whose lines are millions of unclosed brackets and marks.
set -eu
SIFT=${SIFT:-./src/sift}
SCALE=${SCALE:-1}
case $SIFT in /*) ;; *) SIFT=$(pwd)/$SIFT ;; esac
TIME=/usr/bin/time
if [ ! -x "$TIME" ]; then
	echo "bench: hostile skipped: no $TIME"
	exit 0
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/sift-hostile.XXXXXX")
trap 'rm -rf "$T"' EXIT
MB=$((1048576 / SCALE))

# words N: N bytes of "word word ...", no newline
words() {
	yes word | tr '\n' ' ' | head -c "$1"
}

awk -v n=$((10000000 / SCALE)) 'BEGIN { for (i = 0; i < n; i++) print (i % 2 ? "a" : "b") }' \
    >"$T/lines.txt"
words $((200 * MB)) >"$T/oneline.txt"
{ printf '{"title":"long line","text":"'; words $((100 * MB)); printf '"}\n'; } \
    >"$T/line.jsonl"
{ printf '{"title":"'; words "$MB"; printf '","text":"The text of the story.\\nIt has two sentences."}\n'; } \
    >"$T/title.jsonl"
# nest FILE TITLE TAG INNER BEFORE AFTER: 100,000 TAGs one in another,
# INNER at the bottom, BEFORE and AFTER around the nest
nest() {
	awk -v n=$((100000 / SCALE)) -v title="$2" -v tag="$3" \
	    -v inner="$4" -v before="$5" -v after="$6" 'BEGIN {
		printf "<html><head><title>%s</title></head><body>%s", title,
		    before
		for (i = 0; i < n; i++) printf "<%s>", tag
		printf "%s", inner
		for (i = 0; i < n; i++) printf "</%s>", tag
		print after "</body></html>"
	}' >"$T/$1"
}
nest nested.html nested div \
    "<p>The text at the bottom of the nest, a sentence of its own.</p>" "" ""
# the same nest of flow elements inside a skipped box (a <noscript>)
nest skipped.html skipped section x \
    "<p>The text before the box, a sentence of its own.</p><noscript>" \
    "</noscript><p>The text after the box, a sentence too.</p>"
bomb() {
	printf '<!DOCTYPE html [\n<!ENTITY a0 "lol lol lol lol lol">\n'
	i=1
	while [ $i -le 9 ]; do
		printf '<!ENTITY a%d "&a%d;&a%d;&a%d;&a%d;&a%d;&a%d;&a%d;&a%d;&a%d;&a%d;">\n' \
		    $i $((i - 1)) $((i - 1)) $((i - 1)) $((i - 1)) $((i - 1)) \
		    $((i - 1)) $((i - 1)) $((i - 1)) $((i - 1)) $((i - 1))
		i=$((i + 1))
	done
	printf ']>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>bomb</title></head>\n'
	printf '<body><p>Before the bomb, a sentence.</p><p>&a9;</p></body></html>\n'
}
# a Markdown dump (three links make one) whose lines open brackets and
# never close them, and a lynx dump of 200,000 link marks on a line
{ printf 'Marks\n[a](b) [c](d) [e](f)\n'
  for c in '[' '[a](' '](' '<http' '[[[[a]]]] ' '**_a'; do
	yes "$c" | head -n $((1000000 / SCALE)) | tr -d '\n'
	echo
  done; } >"$T/marks.md.txt"
{ printf 'Marks\n'; i=0
  while [ $i -lt 5 ]; do printf '   [%d]Menu\n' $i; i=$((i + 1)); done
  yes '[7]x ' | head -n $((200000 / SCALE)) | tr -d '\n'; echo; } \
    >"$T/marks.lynx.txt"
{ printf '<?xml version="1.0" encoding="UTF-8"?>\n'; bomb; } >"$T/bomb.xhtml"
{ printf '<!--1700000000000-->\n[bomb](https://example.org/bomb)\n------\n'; bomb; } \
    >"$T/bomb.rss"

# measure NAME CMD...: one row of the table
measure() {
	name=$1
	shift
	rc=0
	"$TIME" -f '%e %U %S %M' -o "$T/time" "$@" >/dev/null 2>"$T/err" ||
	    rc=$?
	set -- $(tail -n 1 "$T/time")
	msg=$(head -n 1 "$T/err" | sed "s|$T/||" | cut -c1-80)
	printf '%-13s %-8s %8s %8s %7s %4s  %s\n' "$input" "$name" "$1" \
	    "$(echo "$2 $3" | awk '{ printf "%.2f", $1 + $2 }')" \
	    "$(($4 / 1024))" "$rc" "$msg"
}

printf '%-13s %-8s %8s %8s %7s %4s  %s\n' input command seconds "CPU s" "RSS MB" \
    exit message
for f in lines.txt oneline.txt line.jsonl title.jsonl nested.html \
    skipped.html bomb.xhtml bomb.rss marks.md.txt marks.lynx.txt; do
	input=$f
	measure clean "$SIFT" clean "$T/$f"
	rm -f "$T/s.db" "$T/s.db-wal" "$T/s.db-shm"
	measure import "$SIFT" -d "$T/s.db" import "$T/$f"
	measure show "$SIFT" -d "$T/s.db" show 1
	rm -f "$T/s.db" "$T/s.db-wal" "$T/s.db-shm"
	case $f in
	oneline.txt|line.jsonl)
		# past the 32 MB default: what it costs when allowed
		measure clean+m "$SIFT" clean --max-size 256 "$T/$f"
		measure import+m "$SIFT" -d "$T/s.db" import --max-size 256 \
		    "$T/$f"
		measure show "$SIFT" -d "$T/s.db" show 1
		rm -f "$T/s.db" "$T/s.db-wal" "$T/s.db-shm"
		;;
	esac
done

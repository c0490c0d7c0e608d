#!/bin/sh
# Hostile sizes, smaller than bench/hostile.sh's so that make check stays
# fast, with bounds generous enough for a loaded machine that still catch
# an order of magnitude: many short blocks classify in linear time (the
# context pass was quadratic: 200,000 one-word lines took minutes), deep
# nesting and an entity bomb neither crash nor expand, and a file or a
# record over the size limit is named with the limit, the rest imported.
. "${srcdir:-.}/tests/lib.sh"

# within SECONDS CMD...: run CMD with a time limit, like run
within() {
	lim=$1
	shift
	if command -v timeout >/dev/null; then
		run timeout "$lim" "$@"
	else
		run "$@"
	fi
}

awk 'BEGIN { for (i = 0; i < 200000; i++) print "word" }' >"$T/lines.txt"
within 30 "$SIFT" clean "$T/lines.txt"
is "$rc" 0 "200,000 one-word lines clean in under 30 s"
is "$(grep -c . "$T/out")" 200000 "and every line is printed"

# 200,000 lines of a label and its figure (a box of facts' shape, which
# each line once started a scan of the rest from) and of bars.
awk 'BEGIN { print "Figures"; for (i = 0; i < 200000; i++)
    print "Key " i ": value " i }' >"$T/facts.txt"
within 30 "$SIFT" clean "$T/facts.txt"
is "$rc" 0 "200,000 lines of labels and figures clean in under 30 s"
awk 'BEGIN { print "Rows"; for (i = 0; i < 200000; i++)
    print "Town | " i " | " i * 2 }' >"$T/rows.txt"
within 30 "$SIFT" clean "$T/rows.txt"
is "$rc" 0 "and 200,000 rows split by bars"
awk 'BEGIN { print "Live"; print "The council met and said it would decide.";
    for (i = 0; i < 200000; i++) print "11:42" }' >"$T/stamps.txt"
within 30 "$SIFT" clean "$T/stamps.txt"
is "$rc" 0 "and 200,000 times of a live page"

# A stored article of 120,000 short lines (under the size import
# classifies at) is classified on every show.
awk 'BEGIN { for (i = 0; i < 120000; i++) print (i % 2 ? "a" : "b") }' \
    >"$T/short.txt"
run "$SIFT" -d "$T/s.db" import "$T/short.txt"
is "$rc" 0 "an article of 120,000 short lines imports"
within 30 "$SIFT" -d "$T/s.db" show 1
is "$rc" 0 "and shows in under 30 s"
# So many blocks are classified once, at import, not on every view.
if [ -n "${SQLITE3:-}" ]; then
	is "$("$SQLITE3" "$T/s.db" "SELECT count(*) FROM verdict_cache")" 1 \
	    "its verdicts are cached at import"
fi
"$SIFT" clean --explain "$T/short.txt" >"$T/fresh"
"$SIFT" -d "$T/s.db" show --explain 1 >"$T/cached"
cmp -s "$T/fresh" "$T/cached"
ok $? "and show the same from the cache as fresh"

awk 'BEGIN {
	printf "<html><head><title>Nested</title></head><body>"
	for (i = 0; i < 50000; i++) printf "<div>"
	printf "<p>The text at the bottom of the nest, a sentence.</p>"
	for (i = 0; i < 50000; i++) printf "</div>"
	print "</body></html>"
}' >"$T/nested.html"
within 60 "$SIFT" clean "$T/nested.html"
is "$rc" 0 "50,000 nested elements: no crash"
like "$T/out" "bottom of the nest" "the text at the bottom is read"

{
	printf '<?xml version="1.0" encoding="UTF-8"?>\n'
	printf '<!DOCTYPE html [\n<!ENTITY a0 "lol lol lol lol lol">\n'
	for i in 1 2 3 4 5 6 7 8 9; do
		e="&a$((i - 1));"
		printf '<!ENTITY a%d "%s%s%s%s%s%s%s%s%s%s">\n' "$i" "$e" "$e" \
		    "$e" "$e" "$e" "$e" "$e" "$e" "$e" "$e"
	done
	printf ']>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Bomb</title></head>\n'
	printf '<body><p>Before the bomb, a sentence of the story.</p><p>&a9;</p></body></html>\n'
} >"$T/bomb.xhtml"
{
	printf '<!--1700000000000-->\n[Bomb](https://example.org/bomb)\n------\n'
	sed 1d "$T/bomb.xhtml"
} >"$T/bomb.rss"
for f in bomb.xhtml bomb.rss; do
	within 60 "$SIFT" clean "$T/$f"
	is "$rc" 0 "$f: an entity bomb is read"
	like "$T/out" "Before the bomb" "$f: the story's text is kept"
	is "$(wc -c <"$T/out" | awk '$1 < 65536 { print "small" }')" small \
	    "$f: nothing expanded (output under 64 KB)"
	run "$SIFT" -d "$T/bomb.db" import "$T/$f"
	is "$rc" 0 "$f: imports"
	is "$("$SIFT" -d "$T/bomb.db" show 1 | wc -c |
	    awk '$1 < 65536 { print "small" }')" small \
	    "$f: stored without expansion"
	rm -f "$T/bomb.db" "$T/bomb.db-wal" "$T/bomb.db-shm"
done

# Over the limit: the file is named with the limit, the rest imported.
yes word | tr '\n' ' ' | head -c 2200000 >"$T/big.txt"
{
	printf '{"title":"small","text":"A small record, a sentence."}\n'
	printf '{"title":"big","text":"'
	yes word | tr '\n' ' ' | head -c 2200000
	printf '"}\n'
	printf '{"title":"after","text":"The record after the big one."}\n'
} >"$T/big.jsonl"
printf 'Fine\nA file that fits.\n' >"$T/fine.txt"
run "$SIFT" -d "$T/l.db" import --max-size 1 "$T/big.txt" "$T/big.jsonl" \
    "$T/fine.txt"
is "$rc" 1 "over the limit: exit 1"
like "$T/err" "big.txt: larger than the 1 MB limit for one article \(see --max-size\)" \
    "the file over the limit is named, with the limit"
like "$T/err" "big.jsonl.*record larger than the 1 MB limit" \
    "the record over the limit is named, with the limit"
like "$T/out" "^3 imported" "the other records and files are imported"
run "$SIFT" -d "$T/l.db" list
like "$T/out" "after" "the record after the big one is stored"
run "$SIFT" clean --max-size 1 "$T/big.txt" "$T/fine.txt"
is "$rc" 1 "clean over the limit: exit 1"
like "$T/err" "big.txt: larger than the 1 MB limit" "clean names the file"
like "$T/out" "A file that fits" "and prints the other file"

done_testing

#!/bin/sh
# Import indexes each batch of a thousand articles with the next one,
# classified meanwhile on a thread of its own (src/import-index.c;
# issue 13, item 3).  The entries are the ones import --replace, which
# indexes every batch itself before its commit, makes of the same
# articles: each classified with the block counts of its own batch.
# None is left to index at the end.  A store with articles left to
# index (an import killed between two batches) is searched in their
# text, and the next command that writes indexes them.
. "${srcdir:-.}/tests/lib.sh"
[ -n "${SQLITE3:-}" ] || skip_all "no sqlite3 shell"

# 2,500 articles of three sources, three batches.  A footer repeated
# in three articles of a source is hidden as repeated; the first
# batch's footers are in two articles of each source, and the second
# batch adds a third: hidden in the second batch's article, shown in the
# first batch's two, whose verdicts come from their batch's counts.
# The same between the second batch and the third, whose entries are
# made last, before its commit.
awk -v dir="$T" 'BEGIN {
	srand(7)
	n = split("harbour ship storm tanker quay crew port gale 普京 会面 ニュース 한국 普", w, " ")
	for (a = 1; a <= 2500; a++) {
		s = a % 3
		text = ""
		nb = 2 + int(rand() * 3)
		for (b = 0; b < nb; b++) {
			line = "Paragraph " b " of article " a ":"
			for (i = 0; i < 12; i++)
				line = line " " w[int(rand() * n) + 1]
			text = text line ".\\n\\n"
		}
		if (a <= 990)
			k = int(a / 6)
		else if (a > 1000 && a <= 1495)
			k = int((a - 1001) / 3)
		else if (a > 1500 && a <= 1800)
			k = "y" int((a - 1501) / 6)
		else if (a > 2000 && a <= 2150)
			k = "y" int((a - 2001) / 3)
		else
			k = "x" a
		text = text "The harbour office pinned notice number " k " on the board by the quay gate for all of the crews arriving this week, 民視影音."
		printf "{\"title\":\"Article %d\",\"url\":\"http://x/%d\",\"source\":\"src%d\",\"text\":\"%s\"}\n",
		    a, a, s, text >(dir "/all.jsonl")
	}
}'
A="$T/a.db" B="$T/b.db"
run "$SIFT" -d "$A" import "$T/all.jsonl"
is "$rc" 0 "import exits 0"
like "$T/out" '^2500 imported, 0 already stored, 0 failed$' "2,500 articles"
run "$SIFT" -d "$B" import --replace "$T/all.jsonl"
like "$T/out" '^2500 imported, 0 replaced, 0 already stored, 0 failed$' \
    "the same with --replace"

is "$("$SQLITE3" "$A" "SELECT count(*) FROM search_todo; SELECT complete FROM search_state")" "0
1" "none is left to index"
fts_check "$A"
ok $? "the index is intact"
is "$(fts_indexed "$A")" 2500 "every article is in it"
ROWS="SELECT article_id, title, hex(mask) FROM search_rows ORDER BY 1"
"$SQLITE3" "$A" "$ROWS" >"$T/rows-a"
"$SQLITE3" "$B" "$ROWS" >"$T/rows-b"
cmp -s "$T/rows-a" "$T/rows-b"
ok $? "each article indexed with the hidden blocks import --replace gives it"
hid=$(grep -c '|[0-9A-F][0-9A-F]*$' "$T/rows-a")
[ "$hid" -gt 500 ] && [ "$hid" -lt 1000 ]
ok $? "the second batch's repeated footers are hidden, not the others ($hid)"
is "$("$SQLITE3" "$A" "SELECT article_id, CAST(mask IS NULL AS int) FROM search_rows
    WHERE article_id IN (6, 1004, 1501, 2001)")" "6|1
1004|0
1501|1
2001|0" "(articles 6 and 1501 show their footers, 1004 and 2001 hide them)"
for t in '"notice number 1 "' 民視影音 tanker 普京 会面 普; do
	"$SIFT" -d "$A" list --search "$t" | cut -f1 >"$T/la"
	"$SIFT" -d "$B" list --search "$t" | cut -f1 >"$T/lb"
	cmp -s "$T/la" "$T/lb" || echo "# $t: $(wc -l <"$T/la") / $(wc -l <"$T/lb")"
done >"$T/diff"
is "$(cat "$T/diff")" "" "searches find the same articles in both"

# Articles left to index, as an import killed between two batches
# leaves them: a search reads their whole text (as an older store's
# until indexed); reading writes nothing; the next command that writes
# indexes them.
C="$T/c.db"
store_cp "$A" "$C"
"$SQLITE3" "$C" "$UNINDEX UPDATE search_state SET complete = 1;
    INSERT INTO search_todo SELECT id FROM articles"
want() {
	"$SQLITE3" "$C" "SELECT id FROM articles WHERE instr(lower(title
	    || char(10) || text), lower(trim('$1', '\"'))) > 0 ORDER BY id"
}
bad=""
for t in tanker '"NUMBER 2 "' 民視影音 普京 会面 普 ニュース; do
	"$SIFT" -d "$C" list --search "$t" | cut -f1 | sort -n >"$T/got"
	want "$t" >"$T/want"
	[ -s "$T/want" ] && cmp -s "$T/got" "$T/want" ||
	    bad="$bad $t($(wc -l <"$T/got")/$(wc -l <"$T/want"))"
done
is "$bad" "" "left to index: found in their whole text"
is "$("$SQLITE3" "$C" "SELECT count(*) FROM search_todo")" 2500 \
    "a search writes nothing"
run "$SIFT" -d "$C" mark 1 1 auto
is "$rc" 0 "a command that writes runs"
is "$("$SQLITE3" "$C" "SELECT count(*) FROM search_todo; SELECT complete FROM search_state")" "0
1" "and indexes them"
fts_check "$C"
ok $? "the index is intact"
is "$(fts_indexed "$C")" 2500 "every article is in it"
run "$SIFT" -d "$C" list --search 民視影音
is "$(wc -l <"$T/out")" "$("$SQLITE3" "$C" "SELECT count(*) FROM search_rows
    WHERE mask IS NULL")" "the hidden footers are no longer searched"

# Another command between two batches of an import (here sift rm of an
# article of the first batch, and a decision on another): it indexes
# what the import left, and the import does not write the entries made
# meanwhile over its work.  The import reads a file of a thousand, then
# a pipe, which it waits on.
D="$T/d.db"
head -n 1000 "$T/all.jsonl" >"$T/first.jsonl"
mkfifo "$T/fifo"
"$SIFT" -d "$D" import "$T/first.jsonl" "$T/fifo" >"$T/dout" 2>&1 &
importer=$!
i=0
while [ $i -lt 600 ] && [ "$("$SQLITE3" "$D" "SELECT count(*) FROM articles" 2>/dev/null)" != 1000 ]; do
	sleep 0.1
	i=$((i + 1))
done
is "$("$SQLITE3" "$D" "SELECT count(*) FROM articles")" 1000 "the first batch is in"
run "$SIFT" -d "$D" rm 5
is "$rc" 0 "sift rm runs meanwhile"
run "$SIFT" -d "$D" mark 7 1 boilerplate
is "$rc" 0 "and sift mark"
sed -n '1001,1010p' "$T/all.jsonl" >"$T/fifo"
wait $importer
is "$?" 0 "the import ends well"
is "$(grep imported "$T/dout")" "1010 imported, 0 already stored, 0 failed" \
    "having stored its 1010"
fts_check "$D"
ok $? "the index is intact: nothing indexed of the article removed"
is "$("$SQLITE3" "$D" "SELECT count(*) FROM search_todo; SELECT count(*) FROM search_rows; SELECT CAST(mask IS NULL AS int) FROM search_rows WHERE article_id = 7")" "0
1009
0" "every article but the one removed indexed, the decision in its entry"

# An article left to index and then removed leaves nothing behind.
store_cp "$A" "$C"
"$SQLITE3" "$C" "INSERT INTO search_todo VALUES (4000)"
run "$SIFT" -d "$C" mark 1 1 auto
is "$("$SQLITE3" "$C" "SELECT count(*) FROM search_todo")" 0 \
    "a row for no article is dropped"

done_testing

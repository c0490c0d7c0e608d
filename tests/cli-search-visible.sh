#!/bin/sh
# Search the article, not the boilerplate (issue 13, item 4, and the
# short CJK terms of item 3): sift list --search looks in the title and
# what the reader shows; --all and ~B look in the hidden blocks too; the
# index follows the reader's decisions, reclean, rm and import
# --replace; one and two CJK characters are found exactly where they
# occur, as a substring search finds them; a store of schema 8 gets its
# articles indexed.
. "${srcdir:-.}/tests/lib.sh"
[ -n "${SQLITE3:-}" ] || skip_all "no sqlite3 shell"

DB="$T/s.db"
ids() { cut -f1 "$T/out" | sort -n | tr '\n' ' '; }

# Four articles of one source share a footer, which is so hidden as
# repeated; only the first says "smoked bacon" where the reader sees it.
for i in 1 2 3 4; do
	{
		printf 'Harbour story %s\n\n' $i
		printf 'The harbour authority said that ship number %s docked safely after the storm.\n\n' $i
		[ $i = 1 ] && printf 'The cafe on the quay served smoked bacon to the crews all night.\n\n'
		printf 'Officials expect traffic at port %s to return to normal by the end of the week.\n\n' $i
		printf 'Follow the Gazette on 民視影音 for bacon recipes and more.\n'
	} >"$T/a$i.txt"
done
"$SIFT" -d "$DB" import --source wire "$T"/a?.txt >/dev/null 2>&1
"$SIFT" -d "$DB" show --explain 2 >"$T/out"
like "$T/out" '^\[3 boilerplate: repeated' "the shared footer is hidden"

run "$SIFT" -d "$DB" list --search 民視影音
is "$(ids)" "" "a term only in hidden blocks is not found"
run "$SIFT" -d "$DB" list --search 民視影音 --all
is "$(ids)" "1 2 3 4 " "--all finds it"
run "$SIFT" -d "$DB" list --search bacon
is "$(ids)" "1 " "a term also shown finds only the article that shows it"
run "$SIFT" -d "$DB" list --all --search bacon
is "$(ids)" "1 2 3 4 " "--all: every article"
run "$SIFT" -d "$DB" list --search 影音
is "$(ids)" "" "two CJK characters only in hidden blocks: not found"
run "$SIFT" -d "$DB" list --search 影音 --all
is "$(ids)" "1 2 3 4 " "--all finds them"
run "$SIFT" -d "$DB" list --search 視
is "$(ids)" "" "one CJK character only in hidden blocks: not found"
run "$SIFT" -d "$DB" list --search 視 --all
is "$(ids)" "1 2 3 4 " "--all finds it"
run "$SIFT" -d "$DB" list --where '~b bacon'
is "$(ids)" "1 " "~b: the body the reader shows"
run "$SIFT" -d "$DB" list --where '~B 民視影音'
is "$(ids)" "1 2 3 4 " "~B: hidden blocks too"
run "$SIFT" -d "$DB" list --where '~B 視'
is "$(ids)" "1 2 3 4 " "~B: one CJK character in hidden blocks"
run "$SIFT" -d "$DB" list --search 'Harbour story'
is "$(ids)" "1 2 3 4 " "the title is searched"
run "$SIFT" -d "$DB" list --where '~b "Harbour story"'
is "$(ids)" "" "~b: not the title"

# The reader's decision: the footer of article 2 marked content.
run "$SIFT" -d "$DB" mark 2 3 content
is "$rc" 0 "mark exits 0"
run "$SIFT" -d "$DB" list --search 民視影音
is "$(ids)" "2 " "a block marked content is searched"
run "$SIFT" -d "$DB" list --search 影
is "$(ids)" "2 " "its CJK characters too"
run "$SIFT" -d "$DB" mark 2 3 auto
run "$SIFT" -d "$DB" list --search 民視影音
is "$(ids)" "" "back to the classifier: hidden again"
fts_check "$DB"
ok $? "the index is intact"

# reclean re-indexes: a store whose index was lost is indexed again by
# it (and by any command that writes, below).
"$SQLITE3" "$DB" "$UNINDEX"
run "$SIFT" -d "$DB" reclean
is "$rc" 0 "reclean exits 0"
run "$SIFT" -d "$DB" list --search bacon
is "$(ids)" "1 " "after reclean the index holds what the reader shows"
is "$(fts_indexed "$DB")" 4 "every article is indexed once"

# rm and import --replace leave no stale entries.
run "$SIFT" -d "$DB" rm 1
run "$SIFT" -d "$DB" list --all --search smoked
is "$(ids)" "" "an article removed is not found"
printf 'Harbour story 3\n\nThe harbour master said that the tanker docked late after the gale.\n' >"$T/a3.txt"
run "$SIFT" -d "$DB" import --replace --source wire "$T/a3.txt"
run "$SIFT" -d "$DB" list --all --search 'ship number 3'
is "$(ids)" "" "a replaced article's old text is not found"
run "$SIFT" -d "$DB" list --search tanker
is "$(ids)" "3 " "its new text is"
fts_check "$DB"
ok $? "the index is intact after rm and replace"

# One and two CJK characters are found where they occur, as a substring
# search finds them.  Hundreds of articles of mixed scripts, drawn from
# a small alphabet so that every term occurs often, in three sources
# that share footers (hidden); the answer of the index for each term is
# compared with one computed here: sqlite3's instr over the whole text
# for --all, and for the visible text, the blocks sift show prints.
M="$T/m.db"
mkdir -p "$T/gen/s0" "$T/gen/s1" "$T/gen/s2"
awk -v dir="$T/gen" 'BEGIN {
	srand(13)
	n = split("普 京 金 正 恩 会 面 朝 鲜 俄 罗 斯 の は ニ ュ 한 국 語 的", cjk, " ")
	n2 = split("alpha beta gamma delta 2023 Kim Putin", lat, " ")
	for (s = 0; s < 3; s++)
		foot[s] = "Footer " s " 京正 ニュ 한국 alpha"
	for (a = 1; a <= 240; a++) {
		s = a % 3
		f = dir "/s" s "/a" a ".txt"
		title = ""
		for (k = 0; k < 3; k++)
			title = title cjk[int(rand() * n) + 1]
		print "Title " a " " title >f
		nb = 1 + int(rand() * 4)
		for (b = 0; b < nb; b++) {
			line = ""
			for (w = 0; w < 8; w++) {
				if (rand() < 0.5) {
					len = 1 + int(rand() * 4)
					for (k = 0; k < len; k++)
						line = line cjk[int(rand() * n) + 1]
				} else
					line = line " " lat[int(rand() * n2) + 1] " "
			}
			print "" >f
			print line >f
		}
		if (rand() < 0.8) {
			print "" >f
			print foot[s] >f
		}
		close(f)
	}
}'
for s in s0 s1 s2; do
	"$SIFT" -d "$M" import --source "$s" "$T/gen/$s" >/dev/null 2>&1
done
is "$("$SQLITE3" "$M" "SELECT count(*) FROM articles")" 240 "240 articles generated"
# what the reader shows of each: show's lines (title, visible blocks)
"$SQLITE3" "$M" "SELECT id FROM articles ORDER BY id" >"$T/all-ids"
mkdir -p "$T/shown"
while read -r id; do
	"$SIFT" -d "$M" show "$id" >"$T/shown/$id"
done <"$T/all-ids"
hidden_some=$("$SQLITE3" "$M" "SELECT count(*) FROM search_rows WHERE mask IS NOT NULL")
[ "$hidden_some" -gt 60 ]
ok $? "many articles have hidden blocks ($hidden_some)"
# terms T...: bad lists each term whose answer differs from one
# computed here: instr over the lowered title and text for --all, the
# files of show's output that hold it for the visible text.  Each term
# is searched as a phrase; the corpus has no cased letters but ASCII.
terms() {
	bad=""
	for t in "$@"; do
		"$SIFT" -d "$M" list --all --search "\"$t\"" | cut -f1 | sort -n >"$T/got"
		"$SQLITE3" "$M" "SELECT id FROM articles WHERE instr(lower(coalesce(title, '') || char(10) || text), lower('$t')) > 0 ORDER BY id" >"$T/want"
		cmp -s "$T/got" "$T/want" || bad="$bad all:$t($(wc -l <"$T/got")/$(wc -l <"$T/want"))"
		[ -s "$T/want" ] || bad="$bad none:$t"
		"$SIFT" -d "$M" list --search "\"$t\"" | cut -f1 | sort -n >"$T/got"
		(cd "$T/shown" && grep -liF -- "$t" * 2>/dev/null) | sort -n >"$T/want"
		cmp -s "$T/got" "$T/want" || bad="$bad shown:$t($(wc -l <"$T/got")/$(wc -l <"$T/want"))"
	done
}
terms 普 京 の ニ 한 語 的 斯 普京 京正 ニュ 한국 金正 会面 の は 俄罗 罗斯 朝鲜 正恩 語的
is "$bad" "" "1 and 2 CJK characters: the index finds exactly the articles that hold them"

# Terms of three characters or more: the trigram indexes name the
# articles that may hold one, and each is read for it in the scope asked
# (index.c).  Latin terms in any case find the same articles; terms only
# in the hidden footers are not found in the visible text.
terms 普京金 語罗京 ニ한국 "京正 ニュ" Putin putin PUTIN "Kim  Putin" alpha \
    "Footer 1" 2023 "a  gam" lpha Foo ter "r 1" "京正 "
is "$bad" "" "3 characters or more, any case: the articles that hold them, in scope"
# SQLite's own: its FTS5 index, and its stores of older schemas.
if [ -n "${SIFT_ON_PG:-}" ]; then
	done_testing
	exit
fi

# Four CJK characters whose two trigrams are both in an article, never
# together: the index names it, and reading it finds no match.
"$SQLITE3" "$M" "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, search, row);
  WITH t AS (SELECT term FROM temp.v WHERE length(term) = 3
    AND unicode(term) > 12288 AND unicode(substr(term, 3)) > 12288)
  SELECT a.term || substr(b.term, 3) FROM t a JOIN t b
    ON substr(a.term, 2) = substr(b.term, 1, 2)
  WHERE (SELECT count(*) FROM search WHERE search MATCH
      '\"' || a.term || '\" AND \"' || b.term || '\"') > 0
    AND NOT EXISTS (SELECT 1 FROM articles WHERE instr(coalesce(title, '')
      || char(10) || text, a.term || substr(b.term, 3)) > 0)
  LIMIT 1" >"$T/apart"
[ -s "$T/apart" ]
ok $? "a term whose trigrams are in an article apart ($(cat "$T/apart"))"
run "$SIFT" -d "$M" list --all --search "$(cat "$T/apart")"
is "$(wc -l <"$T/out")" 0 "it is found nowhere"

# A store of schema 8 (one index of the whole text, kept by triggers):
# read, it is upgraded and searched in the whole text of its articles,
# as before; the first command that writes indexes them.
O="$T/old.db"
"$SIFT" -d "$O" import --source wire "$T"/a1.txt "$T"/a2.txt "$T"/a4.txt "$T"/a3.txt >/dev/null 2>&1
for i in 1 2; do
	printf 'Harbour story %s\n\nThe harbour authority said that ship number %s docked safely.\n\nOfficials expect traffic to return to normal.\n\nFollow the Gazette on 民視影音 for bacon recipes and more.\n' 5$i 5$i >"$T/b$i.txt"
done
"$SIFT" -d "$O" import --source wire "$T"/b?.txt >/dev/null 2>&1
"$SQLITE3" "$O" "$SCHEMA8 PRAGMA user_version = 8"
run "$SIFT" -d "$O" list --search 民視影音
is "$(wc -l <"$T/out")" 5 "read after the upgrade: the whole text is searched until indexed"
run "$SIFT" -d "$O" list --search 影
is "$(wc -l <"$T/out")" 5 "one CJK character too"
is "$("$SQLITE3" "$O" "PRAGMA user_version; SELECT complete FROM search_state")" "14
0" "at schema 14, not yet indexed"
run "$SIFT" -d "$O" mark 1 1 content
is "$rc" 0 "a command that writes runs"
is "$("$SQLITE3" "$O" "SELECT complete FROM search_state")" 1 "and indexes every article"
run "$SIFT" -d "$O" list --search 民視影音
is "$(wc -l <"$T/out")" 0 "now the hidden footer is not searched"
run "$SIFT" -d "$O" list --search 'ship number 52'
is "$(ids)" "6 " "the articles are found by what they show"
fts_check "$O"
ok $? "the index is intact"

done_testing

#!/bin/sh
# Boilerplate hiding end to end: the labelled sets score above the bars,
# every hidden block says why, and a reader's decisions are stored and
# survive re-cleaning and re-import.
. "${srcdir:-.}/tests/lib.sh"
command -v python3 >/dev/null || skip_all "no python3 for the scorer"

python3 "$srcdir/tests/score-clean.py" "$SIFT" "$srcdir/tests/clean" 1 1 >"$T/score"
ok $? "tests/clean: every snippet right (kept and hidden 1.000)"
sed -n '/clean-score/p' "$T/score"
grep -v clean-score "$T/score" | head -20
python3 "$srcdir/tests/score-clean.py" "$SIFT" "$srcdir/samples" 1 1 >"$T/score"
ok $? "samples: every snippet right"
sed -n '/clean-score/p' "$T/score"
# Every hidden block is explained.
for f in "$srcdir"/tests/clean/*.txt "$srcdir"/tests/clean/*.html "$srcdir"/samples/*.txt; do
	"$SIFT" clean --explain "$f"
done >"$T/explain" 2>/dev/null
n=$(grep -c '^\[[0-9]* boilerplate: ' "$T/explain")
[ "$n" -gt 300 ]
ok $? "--explain lists the hidden blocks ($n)"
unlike "$T/explain" '^\[[0-9]+ (boilerplate|comment): *\]' "no hidden block without a reason"
for r in video-list teaser-list share-widget comment-form copyright bio promo \
    bot-footer link-dense cookie-banner breadcrumb related-heading; do
	grep -q "^\[[0-9]* boilerplate: $r" "$T/explain"
	ok $? "reason $r is used"
done

# clean reads standard input and prints the title first.
printf 'Harbour reopens\nThe harbour reopened on Monday after the storm, officials said.\nShare this article\n' |
    "$SIFT" clean >"$T/out"
is "$(cat "$T/out")" "Harbour reopens
The harbour reopened on Monday after the storm, officials said." "clean - hides the share line"
printf 'Harbour reopens\nThe harbour reopened on Monday after the storm, officials said.\nShare this article\n' |
    "$SIFT" clean --all >"$T/out"
like "$T/out" '^Share this article$' "--all prints hidden blocks"
run "$SIFT" clean "$T/missing.txt"
is "$rc" 1 "clean of a missing file exits 1"
like "$T/err" "missing.txt: cannot open" "and names it"

# Reader comments come after the article, under their own heading, with
# --comments; without it the article is printed alone.
"$SIFT" clean "$srcdir"/tests/clean/006_en_txt_reddit-probe-summary.txt >"$T/out"
unlike "$T/out" "Peanut-shaped comets seem weirdly common" \
    "without --comments, clean prints no comment"
unlike "$T/out" '^-- Comments --$' "nor their heading"
"$SIFT" clean --comments \
    "$srcdir"/tests/clean/006_en_txt_reddit-probe-summary.txt >"$T/out"
like "$T/out" '^-- Comments --$' "comments get their own heading"
tail -n +"$(grep -n '^-- Comments --$' "$T/out" | cut -d: -f1)" "$T/out" >"$T/tail"
like "$T/tail" "Peanut-shaped comets seem weirdly common" \
    "a comment is listed after the heading"
unlike "$T/out" "I'm a bot" "the bot footer is hidden"

# Repeated blocks across a source, overrides, reclean.
mkdir -p "$T/site"
for i in 1 2 3 4; do
	printf 'Story %s about the harbour\nThe harbour authority said on Monday that ship number %s had docked safely after the storm passed and the port reopened.\nDaily Harbour Gazette is published by the Harbour Media Group in Port Town every weekday\nOfficials expect traffic at the port to return to normal by the end of week %s, they said.\nDock workers were told to report for their usual shifts from Tuesday morning, gate %s.\n' \
	    "$i" "$i" "$i" "$i" >"$T/site/a$i.txt"
done
DB="$T/clean.db"
"$SIFT" -d "$DB" import "$T/site/a1.txt" "$T/site/a2.txt" >/dev/null
"$SIFT" -d "$DB" show 1 >"$T/out"
like "$T/out" "Daily Harbour Gazette" "a line in two articles of a source is shown"
"$SIFT" -d "$DB" import "$T/site/a3.txt" >/dev/null
"$SIFT" -d "$DB" show 1 >"$T/out"
unlike "$T/out" "Daily Harbour Gazette" "a third article hides it in the first"
like "$T/out" "ship number 1 had docked" "and still shows the story"
"$SIFT" -d "$DB" show --explain 3 >"$T/out"
like "$T/out" '^\[2 boilerplate: repeated: in 3 articles of this source\]' "and says why"

run "$SIFT" -d "$DB" mark 1 2 content
is "$rc" 0 "mark a block content"
like "$T/out" '^article 1 block 2: content$' "mark confirms"
"$SIFT" -d "$DB" show 1 >"$T/out"
like "$T/out" "Daily Harbour Gazette" "the override shows the block"
"$SIFT" -d "$DB" mark 1 3 boilerplate >/dev/null
"$SIFT" -d "$DB" show --explain 1 >"$T/out"
like "$T/out" '^\[3 boilerplate: override: marked boilerplate by the reader \(was content\)\]' \
    "an override explains itself"
"$SIFT" -d "$DB" reclean >"$T/out"
like "$T/out" '^3 articles cleaned again' "reclean reports"
"$SIFT" -d "$DB" import "$T/site/a1.txt" "$T/site/a4.txt" >/dev/null
"$SIFT" -d "$DB" show 1 >"$T/out"
like "$T/out" "Daily Harbour Gazette" "overrides survive reclean and re-import"
unlike "$T/out" "Officials expect traffic" "both of them"
"$SIFT" -d "$DB" mark 1 2 auto >/dev/null
"$SIFT" -d "$DB" show 1 >"$T/out"
unlike "$T/out" "Daily Harbour Gazette" "mark auto gives the block back to the classifier"
like "$T/out" "ship number 1 had docked" "which still shows the story"

run "$SIFT" -d "$DB" mark 1 99 content
is "$rc" 1 "marking a block that does not exist exits 1"
like "$T/err" "article 1 has [0-9]+ blocks, not 99" "and says how many there are"
run "$SIFT" -d "$DB" mark 1 2 maybe
is "$rc" 2 "an unknown verdict is a usage error"
run "$SIFT" -d "$DB" show 42
is "$rc" 1 "show of a missing article exits 1"
like "$T/err" "no article 42 in" "and says so"
run "$SIFT" -d "$DB" show x1
is "$rc" 2 "a bad article number is a usage error"

# A large article's verdicts are cached, and the cache follows its source.
mkdir -p "$T/big"
{
	echo "A long report"
	i=0
	while [ $i -lt 2600 ]; do
		echo "Paragraph $i of the long report says that the harbour authority counted $i ships, and that traffic rose."
		i=$((i + 1))
	done
	echo "Big Harbour Weekly is printed by the Big Harbour Press for its readers on the coast"
} >"$T/big/big.txt"
"$SIFT" -d "$T/big.db" import "$T/big/big.txt" >/dev/null
"$SIFT" clean --explain "$T/big/big.txt" >"$T/fresh"
"$SIFT" -d "$T/big.db" show --explain 1 >"$T/cached"
cmp -s "$T/fresh" "$T/cached"
ok $? "a large article shows the same verdicts from the cache as fresh"
if [ -n "${SQLITE3:-}" ]; then
	is "$("$SQLITE3" "$T/big.db" "SELECT count(*) FROM verdict_cache")" 1 "its verdicts are cached at import"
fi
for i in 1 2; do
	printf 'Small %s
A short story number %s about the harbour and its ships, told in full.
Big Harbour Weekly is printed by the Big Harbour Press for its readers on the coast
' \
	    "$i" "$i" >"$T/big/small$i.txt"
done
"$SIFT" -d "$T/big.db" import "$T/big/small1.txt" "$T/big/small2.txt" >/dev/null
"$SIFT" -d "$T/big.db" show --explain 1 | tail -1 >"$T/out"
like "$T/out" "^\[2601 boilerplate: repeated: in 3 articles of this source\]" \
    "new articles of the source make the cached verdicts stale"

# reclean re-reads raw input: a stored text that differs from what the
# importer now makes of the raw input is replaced, overrides follow.
if [ -n "${SQLITE3:-}" ]; then
	# (the index cannot follow a change by hand: UNINDEX, and the
	# next writing command, reclean 1, indexes every article again)
	"$SQLITE3" "$DB" "UPDATE articles SET text = 'stale text' || char(10) || text WHERE id = 2; $UNINDEX"
	"$SIFT" -d "$DB" reclean 1 >/dev/null
	is "$("$SIFT" -d "$DB" list --search stale | cut -f1)" 2 "the stale text is in the index"
	run "$SIFT" -d "$DB" reclean 2
	like "$T/out" '^1 article cleaned again, 1 with new text$' "reclean replaces stale text"
	is "$("$SQLITE3" "$DB" "SELECT instr(text, 'stale') FROM articles WHERE id = 2")" 0 "the stale text is gone"
	is "$("$SIFT" -d "$DB" list --all --search stale)" "" "and out of the index"
	fts_check "$DB"
	ok $? "and the index is intact"
fi
done_testing

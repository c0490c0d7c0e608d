#!/bin/sh
# sift rm: an article without claims goes entirely; one with claims is
# refused without --force (the claims are somebody's work) and, forced,
# loses its text while its claims stay, orphaned, with their quotes, in
# listings and exports; imported again, it takes its place back and its
# claims find their places.  The store stays sound throughout.
. "${srcdir:-.}/tests/lib.sh"
[ -n "${SQLITE3:-}" ] || skip_all "no sqlite3 shell"

DB="$T/rm.db"
printf 'Garbled one\nSome text that an import without --encoding garbled.\n' >"$T/a.txt"
printf 'Harbour talks\nNegotiators met again. The arms shipments were delayed.\n' >"$T/b.txt"
printf 'Third one\nA third article, to stay in the store.\n' >"$T/c.txt"
"$SIFT" -d "$DB" import "$T/a.txt" "$T/b.txt" "$T/c.txt" >/dev/null 2>&1
id_of() { "$SQLITE3" "$DB" "SELECT id FROM articles WHERE title = '$1'"; }
A=$(id_of "Garbled one")
B=$(id_of "Harbour talks")
C=$(id_of "Third one")
"$SIFT" -d "$DB" tag "$B" --quote "arms shipments" supply/alleged >/dev/null 2>&1
"$SIFT" -d "$DB" tag "$B" --quote "Negotiators met" talks/venue >/dev/null 2>&1

run "$SIFT" -d "$DB" rm "$A"
is "$rc" 0 "rm of an article without claims exits 0"
like "$T/out" "article $A removed" "and says so"
is "$("$SQLITE3" "$DB" "SELECT count(*) FROM articles WHERE id = $A")" 0 \
    "nothing of it is left"
run "$SIFT" -d "$DB" show "$A"
is "$rc" 1 "show of it: no such article"
run "$SIFT" -d "$DB" list --search garbled
is "$(grep -c . "$T/out")" 0 "and search no longer finds it"

run "$SIFT" -d "$DB" rm "$B"
is "$rc" 1 "rm of an article with claims, without --force, exits 1"
like "$T/err" "article $B has 2 claims: not removed \(--force" \
    "says why and what --force does"
run "$SIFT" -d "$DB" show "$B"
is "$rc" 0 "the article is still there"

run "$SIFT" -d "$DB" rm --force "$B"
is "$rc" 0 "rm --force exits 0"
like "$T/out" "its 2 claims are kept, orphaned, with their quotes" "and says the claims stay"
run "$SIFT" -d "$DB" list
is "$(cut -f1 "$T/out" | tr '\n' ' ')" "$C " "the list holds only the third article"
run "$SIFT" -d "$DB" claims
is "$(grep -c '	orphaned	' "$T/out")" 2 "both claims listed, orphaned"
like "$T/out" "arms shipments" "with their quotes"
run "$SIFT" -d "$DB" export --format jsonl
like "$T/out" '"title":"Harbour talks"' "the export names the article the claims were on"
is "$("$SQLITE3" "$DB" "SELECT length(text), length(raw), (SELECT count(*) FROM article_raw WHERE article_id = $B) FROM articles WHERE id = $B")" \
    "0|0|0" "its text and input are gone"

run "$SIFT" -d "$DB" rm 999 "$C"
is "$rc" 1 "rm of a missing article exits 1"
like "$T/err" "no article 999" "and names it"
like "$T/out" "article $C removed" "the other articles named are still removed"

# Imported again: back in its place, its claims found again.
run "$SIFT" -d "$DB" import "$T/b.txt"
is "$rc" 0 "the removed article imports again"
like "$T/out" "^1 imported" "as an import, not a duplicate"
is "$(id_of "Harbour talks")" "$B" "it takes its old id back"
run "$SIFT" -d "$DB" claims
is "$(grep -c '	orphaned	' "$T/out")" 0 "its claims are no longer orphaned"
is "$(grep -c "^[0-9]*	$B	" "$T/out")" 2 "both are on it again"

# The store is sound: pages, foreign keys, the index against its content.
is "$("$SQLITE3" "$DB" "$INTEGRITY $FK_CHECK
    $INDEX_CHECK" 2>&1)" \
    ok "integrity and index checks pass"

run "$SIFT" -d "$DB" rm
is "$rc" 2 "rm without an article is a usage error"
run "$SIFT" -d "$DB" rm x1
is "$rc" 2 "rm of a non-number is a usage error"

# The reader: d in the list asks first; n keeps the article, y removes it
# (its claims kept, orphaned), and the list shows the rest.
if tmux_setup rm; then
	D2="$T/d.db"
	"$SIFT" -d "$D2" import "$T/b.txt" "$T/c.txt" >/dev/null 2>&1
	"$SIFT" -d "$D2" tag "$("$SQLITE3" "$D2" "SELECT id FROM articles WHERE title = 'Harbour talks'")" \
	    --quote "arms shipments" supply/alleged >/dev/null 2>&1
	tm_new -s "$S" -x 100 -y 10 \
	    "env LC_ALL=C.UTF-8 NO_COLOR=1 '$SIFT' -d '$D2'; sleep 60"
	settle
	# the cursor to the row of the article with the claim
	row=$(grep -n "Harbour talks" "$T/screen" | cut -d: -f1)
	i=2
	while [ "$i" -lt "${row:-2}" ]; do
		tm send-keys -t "$S" j
		i=$((i + 1))
	done
	settle
	tm send-keys -t "$S" d
	settle
	like "$T/screen" "remove [0-9]+, keeping its claim\? y/N" \
	    "d asks first, and says the claim stays"
	tm send-keys -t "$S" n Enter
	settle
	like "$T/screen" "not removed" "n keeps it"
	is "$("$SQLITE3" "$D2" "SELECT count(*) FROM articles WHERE removed IS NULL")" 2 \
	    "both articles are still there"
	tm send-keys -t "$S" d
	settle
	tm send-keys -t "$S" y Enter
	settle
	like "$T/screen" "article [0-9]+ removed; its claim is kept, orphaned" "y removes it"
	unlike "$T/screen" "Harbour talks" "and the list no longer shows it"
	is "$("$SQLITE3" "$D2" "SELECT anchor FROM claims")" orphaned "its claim is kept, orphaned"
	tm kill-server 2>/dev/null
else
	for i in 1 2 3 4 5 6; do ok 0 "# SKIP no tmux"; done
fi

done_testing

#!/bin/sh
# sift import --replace: an article an earlier import garbled (no
# --encoding) is stored again in its place: the same id, the new text
# searchable, its claims re-anchored; without --replace the import adds
# a second copy; a record that is the same text is "already stored".
. "${srcdir:-.}/tests/lib.sh"
[ -n "${SQLITE3:-}" ] || skip_all "no sqlite3 shell"
command -v iconv >/dev/null || skip_all "no iconv"

DB="$T/g.db"
printf '台风登陆广东\n台风“岚鸥”于2024年9月14日在广东湛江登陆，沿海二十万人紧急转移。\n' |
    iconv -f UTF-8 -t GB18030 >"$T/gb.txt"
printf 'Other article\nSome text of another article, left alone.\n' >"$T/other.txt"
"$SIFT" -d "$DB" import --encoding windows-1252 "$T/gb.txt" "$T/other.txt" >/dev/null 2>&1
id=$("$SQLITE3" "$DB" "SELECT id FROM articles WHERE path LIKE '%gb.txt'")
other=$("$SQLITE3" "$DB" "SELECT id FROM articles WHERE path LIKE '%other.txt'")
run "$SIFT" -d "$DB" show "$id"
unlike "$T/out" "湛江" "the first import garbled the text"
"$SIFT" -d "$DB" tag "$id" --quote "2024" date/year >/dev/null 2>&1

run "$SIFT" -d "$DB" import --encoding GB18030 --replace "$T/gb.txt"
is "$rc" 0 "import --replace exits 0"
like "$T/out" "^0 imported, 1 replaced, 0 already stored, 0 failed$" "and counts one replaced"
is "$("$SQLITE3" "$DB" "SELECT count(*) FROM articles")" 2 "no copy was added"
run "$SIFT" -d "$DB" show "$id"
like "$T/out" "广东湛江登陆" "the same id holds the text read right"
run "$SIFT" -d "$DB" list --search 湛江
is "$(cut -f1 "$T/out")" "$id" "the index finds the new text"
like "$T/out" "zh-Hans" "with its language read again"
run "$SIFT" -d "$DB" claims
like "$T/out" "^1	$id	date/year	(exact|moved)	2024$" "the claim is re-anchored in the new text"
run "$SIFT" -d "$DB" show "$other"
like "$T/out" "left alone" "another article is untouched"

run "$SIFT" -d "$DB" import --encoding GB18030 --replace "$T/gb.txt"
like "$T/out" "^0 imported, 0 replaced, 1 already stored, 0 failed$" \
    "the same text again is already stored"

# Without --replace a re-import with another text adds a copy.
run "$SIFT" -d "$DB" import --encoding windows-1252 "$T/gb.txt"
like "$T/out" "^1 imported, 0 already stored" "without --replace: a second copy"
is "$("$SQLITE3" "$DB" "$INTEGRITY
    $INDEX_CHECK" 2>&1)" \
    ok "integrity and index checks pass"

done_testing

#!/bin/sh
# The shared dev corpus imports as the issue says: five articles, the
# titles and dates right, and a second import adds nothing.
. "${srcdir:-.}/tests/lib.sh"
[ -n "$DEV" ] || skip_all "no ../shared/corpus/dev beside this checkout"

DB="$T/dev.db"
run "$SIFT" -d "$DB" import "$DEV"/*.txt
is "$rc" 0 "import of the dev corpus succeeds"
like "$T/out" '^5 imported, 0 already stored, 0 failed$' "five articles stored"

run "$SIFT" -d "$DB" list
is "$rc" 0 "list succeeds"
is "$(wc -l <"$T/out")" 5 "list shows five rows"
like "$T/out" '	Kim invites Putin to North Korea$' "000's title from its first line"
like "$T/out" '^[0-9]+	2023-09-05	rfi.fr	zh-Hans	视频 金正恩或将与普京会面 讨论提供武器$' \
    "002's title, date, source and language from the RSS dump"
is "$(head -1 "$T/out" | cut -f3)" "rfi.fr" "the dated article comes first"
is "$(cut -f1 "$T/out" | sort -n | tr '\n' ' ')" "1 2 3 4 5 " "ids 1 to 5"
awk -F'\t' 'NF != 5 { exit 1 }' "$T/out"
ok $? "every row has five tab-separated fields"

run "$SIFT" -d "$DB" import "$DEV"/*.txt
is "$rc" 0 "second import succeeds"
like "$T/out" '^0 imported, 5 already stored, 0 failed$' "second import adds nothing"
run "$SIFT" -d "$DB" list
is "$(wc -l <"$T/out")" 5 "still five articles"

run "$SIFT" -d "$DB" list --search 金正恩
is "$(wc -l <"$T/out")" 1 "three-character CJK search finds 002"
run "$SIFT" -d "$DB" list --search 普京
is "$(wc -l <"$T/out")" 1 "two-character CJK search finds 002"
run "$SIFT" -d "$DB" list --search 視
like "$T/out" 'Kim invites Putin' "one-character search finds 000's video list"
run "$SIFT" -d "$DB" list --search "Shoigu"
is "$(wc -l <"$T/out")" 2 "Latin search finds the two Shoigu articles"
run "$SIFT" -d "$DB" list --search "shoigu pyongyang"
is "$(wc -l <"$T/out")" 2 "search is case-insensitive and ANDs words"
run "$SIFT" -d "$DB" list --search '"Sleeping Beauty"'
is "$(wc -l <"$T/out")" 1 "a quoted phrase"

run "$SIFT" -d "$DB" list --format jsonl
is "$rc" 0 "jsonl list succeeds"
python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == 5
assert any(r["title"] == "Kim invites Putin to North Korea" for r in rows)
assert all(set(r) >= {"id", "date", "source", "lang", "title", "url"} for r in rows)
' "$T/out"
ok $? "jsonl rows parse and carry every field"
done_testing

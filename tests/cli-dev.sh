#!/bin/sh
# The small corpus in tests/dev, in the shapes sift meets in the wild,
# imports as it should: five articles, the titles and dates right, CJK
# and Latin search, and a second import adds nothing.  Its articles:
# 000 plain text with a traditional Chinese video list after the story,
# 001 plain text whose first line is a long standfirst, followed by
# reader remarks, 002 an RSS dump (epoch, [title](url), rule, HTML) of a
# Chinese article with a share widget and a feed promo, 003 plain text in
# paragraphs separated by blank lines, 004 plain text of long paragraphs.
. "${srcdir:-.}/tests/lib.sh"

DEV="$srcdir/tests/dev"
DB="$T/dev.db"
run "$SIFT" -d "$DB" import "$DEV"/*.txt
is "$rc" 0 "import of the dev corpus succeeds"
like "$T/out" '^5 imported, 0 already stored, 0 failed$' "five articles stored"

run "$SIFT" -d "$DB" list
is "$rc" 0 "list succeeds"
is "$(wc -l <"$T/out")" 5 "list shows five rows"
like "$T/out" '	Island councils trade blame over ferry subsidy$' "000's title from its first line"
like "$T/out" '^[0-9]+	2024-06-10	example.org	zh-Hans	视频 滨海市将举办国际帆船赛 三十国选手报名参赛$' \
    "002's title, date, source and language from the RSS dump"
is "$(head -1 "$T/out" | cut -f3)" "example.org" "the dated article comes first"
is "$(cut -f1 "$T/out" | sort -n | tr '\n' ' ')" "1 2 3 4 5 " "ids 1 to 5"
awk -F'\t' 'NF != 5 { exit 1 }' "$T/out"
ok $? "every row has five tab-separated fields"

run "$SIFT" -d "$DB" import "$DEV"/*.txt
is "$rc" 0 "second import succeeds"
like "$T/out" '^0 imported, 5 already stored, 0 failed$' "second import adds nothing"
run "$SIFT" -d "$DB" list
is "$(wc -l <"$T/out")" 5 "still five articles"

run "$SIFT" -d "$DB" list --search 帆船赛
is "$(wc -l <"$T/out")" 1 "three-character CJK search finds 002"
run "$SIFT" -d "$DB" list --search 滨海
is "$(wc -l <"$T/out")" 1 "two-character CJK search finds 002"
run "$SIFT" -d "$DB" list --search 視
unlike "$T/out" 'Island councils trade blame' "one-character search leaves out 000's hidden video list"
run "$SIFT" -d "$DB" list --all --search 視
like "$T/out" 'Island councils trade blame' "--all finds it in 000's video list"
run "$SIFT" -d "$DB" list --search "Okonkwo"
is "$(wc -l <"$T/out")" 2 "Latin search finds the two Okonkwo articles"
run "$SIFT" -d "$DB" list --search "okonkwo harbour"
is "$(wc -l <"$T/out")" 2 "search is case-insensitive and ANDs words (harbour alone is in three)"
run "$SIFT" -d "$DB" list --search '"Swan Lake"'
is "$(wc -l <"$T/out")" 1 "a quoted phrase (both words are in two)"

run "$SIFT" -d "$DB" list --format jsonl
is "$rc" 0 "jsonl list succeeds"
python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == 5
assert any(r["title"] == "Island councils trade blame over ferry subsidy" for r in rows)
assert all(set(r) >= {"id", "date", "source", "lang", "title", "url"} for r in rows)
' "$T/out"
ok $? "jsonl rows parse and carry every field"
done_testing

#!/bin/sh
# One tagging rule for sift tag and the reader (src/tagging.c): tags on a
# range go on the annotator's claim with exactly that range, where a tag
# of an exclusive family replaces its sibling; only without one is a new
# claim made.  Before, sift tag made a second claim, so a sentence could
# be "arms-supply/denied" and "arms-supply/alleged" at once.
. "${srcdir:-.}/tests/lib.sh"

DB="$T/t.db"
printf 'Ministry denies arms deal\nThe ministry denied that any arms were sent. Officials said talks go on.\n' >"$T/a.txt"
"$SIFT" -d "$DB" import "$T/a.txt" >/dev/null
printf 'exclusive arms-supply/*\n1 arms-supply/alleged\n2 arms-supply/denied\n' >"$T/set.txt"
"$SIFT" -d "$DB" tagset "$T/set.txt" >/dev/null

Q="The ministry denied that any arms were sent."
export SIFT_ANNOTATOR=ana
run "$SIFT" -d "$DB" tag 1 --quote "$Q" arms-supply/denied
is "$rc" 0 "tag a sentence arms-supply/denied"
first=$(sed -n 's/^claim \([0-9]*\) .*/\1/p' "$T/out")
run "$SIFT" -d "$DB" tag 1 --quote "$Q" arms-supply/alleged
is "$rc" 0 "then arms-supply/alleged"
second=$(sed -n 's/^claim \([0-9]*\) .*/\1/p' "$T/out")
is "$second" "$first" "the second tag goes on the same claim"
run "$SIFT" -d "$DB" claims
is "$(grep -c . "$T/out")" 1 "one claim on the sentence"
like "$T/out" "	arms-supply/alleged	" "tagged alleged"
unlike "$T/out" "denied	" "and no longer denied: the family is exclusive"

run "$SIFT" -d "$DB" tag 1 --quote "$Q" source/official
like "$T/out" "^claim $first " "a tag of another family joins the same claim"
run "$SIFT" -d "$DB" claims
like "$T/out" "	arms-supply/alleged;source/official	" "beside the alleged"

# Another annotator's tag is theirs: a claim of their own.
run env SIFT_ANNOTATOR=ben "$SIFT" -d "$DB" tag 1 --quote "$Q" arms-supply/denied
other=$(sed -n 's/^claim \([0-9]*\) .*/\1/p' "$T/out")
[ -n "$other" ] && [ "$other" != "$first" ]
ok $? "another annotator's tag makes a claim of theirs"
run "$SIFT" -d "$DB" claims
is "$(grep -c . "$T/out")" 2 "two claims on the sentence, one each"
like "$T/out" "	arms-supply/alleged;source/official	" "the first annotator's claim is untouched"

# The same rule for claims that come in by import-claims: a claim naming
# two tags of an exclusive family keeps the last, as if tagged in turn;
# a tag name the rule refuses is named and left out; the rest is kept.
"$SIFT" -d "$DB" export --format jsonl -o "$T/out.jsonl" 2>/dev/null
python3 - "$T/out.jsonl" "$T/in.jsonl" <<'PY'
import json, sys
rec = json.loads(open(sys.argv[1], encoding="utf-8").readline())
rec["id"] = "urn:uuid:0b7e5d2a-1111-4222-8333-444455556666"
rec["annotator"] = "cy"
rec["tags"] = ["arms-supply/denied", "arms-supply/alleged", "bad\u202etag",
               "source/official"]
open(sys.argv[2], "w").write(json.dumps(rec) + "\n")
PY
run "$SIFT" -d "$DB" import-claims "$T/in.jsonl"
is "$rc" 0 "import-claims takes the claim"
like "$T/err" "not allowed" "and names the tag the rule refuses"
# its tags, as the export has them (any store)
"$SIFT" -d "$DB" export --format jsonl |
    grep '"urn:uuid:0b7e5d2a-1111-4222-8333-444455556666"' |
    sed 's/.*"tags":\(\[[^]]*\]\).*/\1/' >"$T/tags"
unlike "$T/tags" "denied" "the exclusive family keeps one tag, not both"
like "$T/tags" "arms-supply/alleged" "the last one named"
like "$T/tags" "source/official" "with the tag of another family"
unlike "$T/tags" "bad" "and without the refused name"

done_testing

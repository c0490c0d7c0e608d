#!/bin/sh
# No control character from a stored field reaches the terminal through
# sift list: the source (from JSON Lines or a folder's name), the
# language and the title pass through the reader's sanitiser in TSV (no
# ESC to set the window title, no BEL, no C1 CSI, no bidi override that
# turns "exe.png" round), while --format jsonl keeps the data exact.
# The same sanitiser guards every message (a date or a file name from the
# input, a tag import-claims refuses), the tag-set and tag listings; and
# tag names refuse bidi and other invisible format characters as they
# refuse C0 controls.
. "${srcdir:-.}/tests/lib.sh"

# rawctl FILE: the control, C1 and bidi control characters in FILE
rawctl() {
	python3 - "$1" <<'PY'
import sys
data = open(sys.argv[1], "rb").read().decode("utf-8", "replace")
bad = [hex(ord(c)) for c in data
       if (ord(c) < 0x20 and c not in "\t\n") or 0x7f <= ord(c) < 0xa0
       or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069]
print(" ".join(sorted(set(bad))))
PY
}

DB="$T/c.db"
printf '{"title":"Title \\u202egnp.exe \\u009b31m red","text":"Some body text of the article, long enough.","source":"src\\u001b]0;pwned\\u0007","lang":"en\\u001b[2J"}\n' >"$T/c.jsonl"
run "$SIFT" -d "$DB" import "$T/c.jsonl"
is "$rc" 0 "a record with control characters in its fields imports"

run "$SIFT" -d "$DB" list
is "$rc" 0 "sift list"
is "$(rawctl "$T/out")" "" "prints no control, C1 or bidi control character"
like "$T/out" "src ?\]0;pwned" "the source's printable text stays"
like "$T/out" "gnp\.exe" "and the title's"
is "$(awk -F '\t' '{ print NF }' "$T/out")" 5 "five fields a line still"

run "$SIFT" -d "$DB" list --format jsonl
python3 - "$T/out" <<'PY'
import json, sys
r = json.loads(open(sys.argv[1], encoding="utf-8").readline())
assert r["source"] == "src\x1b]0;pwned\x07", r
PY
ok $? "--format jsonl keeps the source exact, escaped"

# Messages quoting the input: a date from a record, a file's name.
printf '{"title":"Dated","text":"Some body text of the article, long enough.","date":"2020\\u001b]0;owned\\u0007\\u202e"}\n' >"$T/d.jsonl"
run "$SIFT" -d "$DB" import "$T/d.jsonl"
like "$T/err" "date '2020.?\]0;owned" "a bad date is named in the message"
is "$(rawctl "$T/err")" "" "with no control character in it"
bad="$T/$(printf 'name\033]0;owned\007\342\200\256lmth.html')"
printf 'bin\000ary' >"$bad"
run "$SIFT" -d "$DB" import "$bad"
like "$T/err" "name.?\]0;owned.*binary file" "a binary file is named"
is "$(rawctl "$T/err")" "" "with its name sanitised"
run "$SIFT" -d "$DB" show "$(printf '1\033[2J')"
is "$(rawctl "$T/err")" "" "a usage error quoting an argument is sanitised"

# Tag names: bidi controls and invisible format characters are refused.
for t in 'ok/\342\200\256gnp.exe' 'ok/a\342\200\213b' 'ok/\357\273\277x' \
    'ok/\342\201\246x'; do
	tag=$(printf "$t")
	run "$SIFT" -d "$DB" tag 1 --quote "Some body" "$tag"
	is "$rc" 2 "sift tag refuses $(printf '%s' "$t")"
	like "$T/err" "not allowed" "and says why"
	is "$(rawctl "$T/err")" "" "in a message with no raw control"
done
run "$SIFT" -d "$DB" tag 1 --quote "Some body" "ok/👩‍💻"
is "$rc" 0 "a joiner inside an emoji sequence is allowed"

# import-claims names the tags it refuses, sanitised.
"$SIFT" -d "$DB" export --format jsonl -o "$T/mine.jsonl" 2>/dev/null
python3 - "$T/mine.jsonl" "$T/claims.jsonl" <<'PY'
import json, sys
rec = json.loads(open(sys.argv[1], encoding="utf-8").readline())
rec["id"] = "urn:uuid:6f1c0a52-0000-4000-8000-000000000001"
rec["tags"] = ["ok/\u202egnp.exe", "ok/fine", "x\u001b[31m"]
open(sys.argv[2], "w").write(json.dumps(rec) + "\n")
PY
run "$SIFT" -d "$DB" import-claims "$T/claims.jsonl"
like "$T/err" "gnp\.exe.*not allowed" "import-claims names a refused tag"
is "$(rawctl "$T/err")" "" "without its raw bidi control or ESC"

# The tag set: descriptions with controls are listed sanitised.
printf '1\tok/desc\tA \033]0;owned\007 description\n' >"$T/set.txt"
run "$SIFT" -d "$DB" tagset "$T/set.txt"
run "$SIFT" -d "$DB" tagset
like "$T/out" "ok/desc" "the tag set lists the tag"
is "$(rawctl "$T/out")" "" "and its description without raw controls"
run "$SIFT" -d "$DB" tags
is "$(rawctl "$T/out")" "" "sift tags prints no raw control"
run "$SIFT" -d "$DB" claims
is "$(rawctl "$T/out")" "" "sift claims prints no raw control"

done_testing

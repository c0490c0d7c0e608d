#!/bin/sh
# No control character from a stored field reaches the terminal through
# sift list: the source (from JSON Lines or a folder's name), the
# language and the title pass through the reader's sanitiser in TSV (no
# ESC to set the window title, no BEL, no C1 CSI, no bidi override that
# turns "exe.png" round), while --format jsonl keeps the data exact.
. "${srcdir:-.}/tests/lib.sh"

DB="$T/c.db"
printf '{"title":"Title \\u202egnp.exe \\u009b31m red","text":"Some body text of the article, long enough.","source":"src\\u001b]0;pwned\\u0007","lang":"en\\u001b[2J"}\n' >"$T/c.jsonl"
run "$SIFT" -d "$DB" import "$T/c.jsonl"
is "$rc" 0 "a record with control characters in its fields imports"

run "$SIFT" -d "$DB" list
is "$rc" 0 "sift list"
bad=$(python3 - "$T/out" <<'PY'
import sys
data = open(sys.argv[1], "rb").read().decode("utf-8")
bad = [hex(ord(c)) for c in data
       if (ord(c) < 0x20 and c not in "\t\n") or 0x7f <= ord(c) < 0xa0
       or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069]
print(" ".join(sorted(set(bad))))
PY
)
is "$bad" "" "prints no control, C1 or bidi control character"
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

done_testing

#!/bin/sh
# The reader's rough edges a newcomer hits (issue 13), each driven for
# real in tmux or on the command line: the help scrolls with every
# movement key it lists and stops at its end; D marks read; the list's
# flags have a column of their own; counts are plural-aware; the
# article's percent is 100 when its last line shows; prompts edit at a
# cursor, by grapheme; the tag picker's notes line up with CJK tag names;
# an untitled article shows and sorts by its first line; --help names no
# made-up bug address.
. "${srcdir:-.}/tests/lib.sh"
TMUX_BIN=${TMUX_BIN:-$(command -v tmux)}
[ -n "$TMUX_BIN" ] || skip_all "no tmux"
unset TMUX
S="sift-edges-$$"
tm() { "$TMUX_BIN" -S "$T/tmux.sock" "$@"; }
trap 'tm kill-server 2>/dev/null; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT

# start ARGS...: the reader in a fresh 80x24 session
start() {
	tm kill-session -t "$S" 2>/dev/null
	tm_new -s "$S" -x 80 -y 24 \
	    "env LC_ALL=C.UTF-8 NO_COLOR=1 '$SIFT' $*; sleep 60"
	settle
}
keys() { tm send-keys -t "$S" "$@"; settle; }
row() { sed -n "$1p" "$T/screen"; }
cursor_x() { tm display-message -p -t "$S" '#{cursor_x}'; }

# --help: no placeholder address
run "$SIFT" --help
unlike "$T/out" 'example\.|\.invalid|@' "--help names no made-up bug address"
like "$T/out" "issue tracker" "--help says where bugs go"

DB="$T/e.db"
"$SIFT" -d "$DB" import "$srcdir/samples" >/dev/null 2>&1

# the help: Space, PgDn, G, End move it; it stops at its end
start -d "'$DB'"
wait_for 'sort: date'
keys '?'
cp "$T/screen" "$T/help-top"
keys Space
cmp -s "$T/screen" "$T/help-top"
ok $((!$?)) "Space pages the help"
keys g NPage
cmp -s "$T/screen" "$T/help-top"
ok $((!$?)) "PgDn pages the help"
keys G
cp "$T/screen" "$T/help-end"
like "$T/help-end" "'mouse off' in the config file *$" "G shows the help's last line"
is "$(row 23 | grep -c '[^ ]')" 1 "... on the last row, no blank rows after it"
like "$T/help-end" '\[~B TEXT\] +TEXT in the body or the hidden blocks' \
    "the help lists the patterns, ~B among them"
like "$T/help-end" '^Patterns \(l and / in the list, --where\)' "... under their own title"
keys j j j
cmp -s "$T/screen" "$T/help-end"
ok $? "j at the end scrolls no further"
keys g End
cmp -s "$T/screen" "$T/help-end"
ok $? "End goes to the same end"
keys PPage Home
cmp -s "$T/screen" "$T/help-top"
ok $? "Home back to the top"
keys q

# the list's flags: D on an unread article; a space before the date
keys D
like "$T/screen" '^ D [0-9]{4}-[0-9]{2}-[0-9]{2} ' "the flags have their own column"
run "$SIFT" -d "$DB" list --where '~D'
is "$(wc -l <"$T/out" | tr -d ' ')" 1 "D marked one article done"
unlike "$T/screen" '^ND' "done means read: the row's N (unread) is gone"
if [ -n "${SQLITE3:-}" ]; then
	is "$("$SQLITE3" "$DB" 'SELECT s.read FROM article_state s JOIN article_done d USING (article_id)')" 1 \
	    "... and the store has it read"
fi

# one match, not "1 matches"; 100% when G shows the last line
keys Enter
keys /
keys "원고 일부 승소" Enter
like "$T/screen" "^1 match *$" "one match is singular"
keys G
like "$T/screen" "[0-9]+/[0-9]+  100%  " "G: the last line shows, 100%"
keys g
unlike "$T/screen" "[0-9]+/[0-9]+  100%  " "... and not at the top"

# prompts: Left, Home, End, Delete at a cursor, by grapheme
keys /
keys "원고일부 승수X" Left DC BSpace "소" Home Right Right Space End
keys Enter
like "$T/screen" "^1 match *$" "a search edited at the cursor (Left, Delete, Backspace, Home, Right) finds it"
keys /
keys "ab"
# e and a combining acute: one cluster, one column
tm send-keys -t "$S" -l "$(printf 'e\314\201')"
keys Left
x0=$(cursor_x)
keys Right
is "$(($(cursor_x) - x0))" 1 "Right steps over a grapheme cluster, one column"
keys BSpace
keys "芒果季" Left
x1=$(cursor_x)
keys Left
is "$((x1 - $(cursor_x)))" 2 "Left steps over a CJK character, two columns"
keys Escape q

# the tag picker: the notes start in one column, CJK names or not
cat >"$T/tagset" <<'TS'
1 武器供应/否认 denied
2 arms/alleged alleged
- stance/a-rather-long-tag-name neutral
TS
"$SIFT" -d "$DB" tagset "$T/tagset" >/dev/null 2>&1
start -d "'$DB'" read 1
wait_for 'help *$'
keys ']' t
wait_for 'neutral'	# the picker's last row: settle may see it half drawn
python3 - "$T/screen" >"$T/cols" <<'PY'
import sys, unicodedata
def col(line, word):
    i = line.rfind(word)
    if i < 0:
        return -1
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in line[:i])
# the menu: the rows above the prompt
rows = open(sys.argv[1], encoding="utf-8").read().rstrip("\n").split("\n")[-4:]
for w in ("denied", "alleged", "neutral"):
    print(max(col(r, w) for r in rows))
PY
is "$(sort -u "$T/cols" | wc -l | tr -d ' ')" 1 "the picker's notes start in one column"
is "$(grep -c -- '-1' "$T/cols")" 0 "... all three shown"
keys Escape q

# an untitled article: its first line as title, and sorted by it
cat >"$T/u.jsonl" <<'JL'
{"url":"https://a.example/1","title":"Apple harvest","text":"Apples are in."}
{"url":"https://a.example/2","text":"Banana prices rise.\n\nMore about bananas."}
{"url":"https://a.example/3","title":"Mango season","text":"Mangoes are in."}
JL
DB2="$T/u.db"
"$SIFT" -d "$DB2" import "$T/u.jsonl" >/dev/null 2>&1
start -d "'$DB2'" read 2
wait_for '^\[Banana'
like "$T/screen" '^\[Banana prices rise\.\]' "an untitled article shows its first line as title"
keys q s s
like "$T/screen" "sort: title" "sorted by title"
titles=$(sed -n '2,4p' "$T/screen" | sed 's/.* \([A-Z][a-z]*\) [a-z].*/\1/' | tr '\n' ' ')
is "$titles" "Apple Banana Mango " "an untitled article sorts by its first line"

done_testing

#!/bin/sh
# The terminal resized while a prompt is open: the tag picker (t), the
# article search (/), the claimant (c) and the note (a) prompts and the
# list's search.  When the prompt is cancelled, the screen must be laid
# out for the new size, as if the reader had been opened at that size:
# the same screen as closing and reopening the article there, every line
# inside the new width.
. "${srcdir:-.}/tests/lib.sh"
TMUX_BIN=${TMUX_BIN:-$(command -v tmux)}
[ -n "$TMUX_BIN" ] || skip_all "no tmux"
unset TMUX
S="sift-resize-$$"
n=0
SOCK="$T/tmux0.sock"
tm() { "$TMUX_BIN" -S "$SOCK" "$@"; }
trap 'for s in "$T"/tmux*.sock; do "$TMUX_BIN" -S "$s" kill-server 2>/dev/null; done; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT

CHECK="$srcdir/tests/wrapcheck.py"
DB="$T/resize.db"
"$SIFT" -d "$DB" import "$srcdir/samples/01_en_trade-talks.txt" >/dev/null

# body FILE: the article's text rows (below the 3 header rows, above the
# status line), which the claim cursor and messages do not change
body() {
	sed -n '4,$p' "$1" | sed '$d'
}

# widest FILE: the widest line of FILE, in columns
widest() {
	python3 -c 'import sys, unicodedata
w = 0
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n").rstrip()
    w = max(w, sum(2 if unicodedata.east_asian_width(c) in "WF" else 1
                   for c in line))
print(w)' "$1"
}

# check NAME: the screen after the prompt was cancelled against the
# article reopened at the same size
check() {
	body "$T/screen" >"$T/after"
	tm send-keys -t "$S" q Enter
	settle
	body "$T/screen" >"$T/fresh"
	if cmp -s "$T/after" "$T/fresh"; then
		ok 0 "$1: laid out for the new width when the prompt closes"
	else
		ok 1 "$1: laid out for the new width when the prompt closes"
		diff "$T/fresh" "$T/after" | sed 's/^/#   /' | head -12
	fi
	w=$(widest "$T/after")
	[ "$w" -le "$2" ]
	ok $? "$1: no line wider than $2 columns (widest $w)"
	python3 "$CHECK" --screen "$2" "$T/screen" >"$T/check" 2>&1
	ok $? "$1: the screen passes wrapcheck.py at $2"
}

# start: a new tmux server (its own socket), the reader in it at 100x30,
# the article open
start() {
	n=$((n + 1))
	SOCK="$T/tmux$n.sock"
	tm_new -s "$S" -x 100 -y 30 \
	    "env LC_ALL=C.UTF-8 NO_COLOR=1 '$SIFT' -d '$DB'; sleep 30"
	settle
	tm send-keys -t "$S" Enter
	settle
}

# / in the article, resized narrower, Escape
start
tm send-keys -t "$S" /
settle
tm resize-window -t "$S" -x 50
settle
tm send-keys -t "$S" Escape
settle
check "/ (search)" 50
tm kill-server

# t (the tag picker, a menu over the article), resized wider, Escape
start
tm send-keys -t "$S" ']' t
settle
tm resize-window -t "$S" -x 72 -y 20
settle
tm send-keys -t "$S" Escape
settle
check "t (tag picker)" 72
tm kill-server

# c and a on a claim, resized both ways, Escape
start
tm send-keys -t "$S" ']' t
settle
tm send-keys -t "$S" "trade/talks" Enter
settle
tm send-keys -t "$S" c
settle
tm resize-window -t "$S" -x 61
settle
tm send-keys -t "$S" Escape
settle
check "c (claimant)" 61
tm send-keys -t "$S" ']' a
settle
tm resize-window -t "$S" -x 90 -y 25
settle
tm send-keys -t "$S" Escape
settle
check "a (note)" 90

# Enter after a resize: the prompt's answer is taken, at the new size
tm send-keys -t "$S" /
settle
tm resize-window -t "$S" -x 44
settle
tm send-keys -t "$S" "talks" Enter
settle
like "$T/screen" "matches" "a search typed across a resize still runs"
w=$(widest "$T/screen")
[ "$w" -le 44 ]
ok $? "and the screen is inside 44 columns (widest $w)"
tm kill-server

# The reader and `sift show --width` draw one page (page.c): the same
# rows, comments heading included, for the article that has comments.
n=$((n + 1))
SOCK="$T/tmux$n.sock"
tm_new -s "$S" -x 80 -y 150 \
    "env LC_ALL=C.UTF-8 NO_COLOR=1 '$SIFT' -d '$DB'; sleep 30"
settle
tm send-keys -t "$S" Enter
settle
body "$T/screen" | sed -e 's/ *$//' -e 's/[│|]$//' -e 's/ *$//' |
    sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$T/reader"
"$SIFT" -d "$DB" show --width 79 1 | sed '1,2d' | sed 's/ *$//' >"$T/show"
grep -q -- '-- Comments --' "$T/show"
ok $? "the article has comments under their heading"
if cmp -s "$T/reader" "$T/show"; then
	ok 0 "the reader's page is sift show --width's page, row for row"
else
	ok 1 "the reader's page is sift show --width's page, row for row"
	diff "$T/show" "$T/reader" | sed 's/^/#   /' | head -12
fi
tm kill-server

done_testing

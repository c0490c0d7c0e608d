#!/bin/sh
# A list longer than its first load: the reader paints the newest 500
# articles first, counting them all, then reads the rest on a thread of
# its own (src/ui-load.c), taking meanwhile the keys that move within
# the first 500; the end (G), the count and a search reach every article.
. "${srcdir:-.}/tests/lib.sh"
TMUX_BIN=${TMUX_BIN:-$(command -v tmux)}
[ -n "$TMUX_BIN" ] || skip_all "no tmux"

DB="$T/big.db"
# 1,234 articles, each a day older than the one before: the last is oldest
awk 'BEGIN {
	for (i = 1; i <= 1234; i++) {
		# 28 days a month, 12 months a year: every date valid
		k = i - 1
		d = sprintf("%04d-%02d-%02d", 2023 - int(k / 336),
		    12 - int((k % 336) / 28), 28 - k % 28)
		printf "{\"title\": \"Story %04d\", \"text\": \"Body of story %d.\", \"date\": \"%s\", \"source\": \"s\"}\n", i, i, d
	}
}' >"$T/big.jsonl"
run "$SIFT" -d "$DB" import "$T/big.jsonl"
is "$rc" 0 "1,234 articles imported"

unset TMUX
S="sift-big-$$"
tm() { "$TMUX_BIN" -S "$T/tmux.sock" "$@"; }
trap 'tm kill-server 2>/dev/null; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
tm_new -s "$S" -x 100 -y 12 \
    "LC_ALL=C.UTF-8 $SIFT -d $DB; sleep 60"
wait_for "1/1234  sort: date"
ok $? "the status line counts all 1,234 from the first paint"
like "$T/screen" "Story 0001" "the newest article is on top"
# keys sent at once, while the rest may still be loading
tm send-keys -t "$S" NPage NPage NPage j j k
settle
like "$T/screen" "32/1234" "three pages down (ten rows each), two down and one up"
like "$T/screen" "Story 0032" "the row is on the screen"
tm send-keys -t "$S" NPage G
settle
like "$T/screen" "1234/1234" "G reaches the last of them"
like "$T/screen" "Story 1234" "which is the oldest article"
tm send-keys -t "$S" g
settle
like "$T/screen" "1/1234" "g goes back to the first"
tm send-keys -t "$S" / "Story 0777" Enter
settle
like "$T/screen" "Story 0777" "a search finds an article past the first 500"
tm kill-server 2>/dev/null
done_testing

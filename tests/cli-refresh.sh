#!/bin/sh
# Live refresh: while the reader is open, a second process imports and
# tags into the same store; the reader, sent no key at all, shows the new
# article in the list, the new claim's count in its row and its margin
# mark in the open article, with the cursor left on the same article.
. "${srcdir:-.}/tests/lib.sh"
TMUX_BIN=${TMUX_BIN:-$(command -v tmux)}
[ -n "$TMUX_BIN" ] || skip_all "no tmux"
unset TMUX
S="sift-refresh-$$"
tm() { "$TMUX_BIN" -S "$T/tmux.sock" "$@"; }
trap 'tm kill-server 2>/dev/null; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT

DB="$T/r.db"
"$SIFT" -d "$DB" import "$srcdir/samples/01_en_trade-talks.txt" \
    "$srcdir/samples/04_ja_chipmaker.txt" >/dev/null 2>&1


tm_new -s "$S" -x 100 -y 14 \
    "env LC_ALL=C.UTF-8 NO_COLOR=1 '$SIFT' -d '$DB'; sleep 60"
wait_for "Chile, South Korea"
ok $? "the reader lists the store"
is "$(sed '1d;$d' "$T/screen" | grep -c '[^ ]')" 2 "two articles"
tm send-keys -t "$S" j
wait_for "^2/2"
ok $? "the cursor on the second row"
sel=$(sed -n 3p "$T/screen")

# Another process imports: the list grows, no key sent.
"$SIFT" -d "$DB" import "$srcdir/samples/06_ru_grain-harvest.txt" >/dev/null 2>&1
wait_for "Ставрополья"
ok $? "an article imported by another process appears without a key"
is "$(sed '1d;$d' "$T/screen" | grep -c '[^ ]')" 3 "three articles now"
like "$T/screen" "^[0-9]/3" "the status line counts three"
grep -qF "$(echo "$sel" | cut -c14-)" "$T/screen" &&
    tm capture-pane -p -t "$S" | grep -q '^[0-9]/3'
ok $? "the cursor stays on its article"

# Another process tags: the row's claim count changes, no key sent.
"$SIFT" -d "$DB" tag 1 --quote "Chile" trade/talks >/dev/null 2>&1
wait_for " 1 Chile, South Korea"
ok $? "a claim added by another process shows in its row's count"

# The open article: a claim from outside gets its margin mark.
tm send-keys -t "$S" G
wait_for "^3/3"
tm send-keys -t "$S" Enter
wait_for "Negotiators met"
ok $? "the article opens"
before=$(grep -c '│$' "$T/screen")
"$SIFT" -d "$DB" tag 1 --quote "Negotiators met for four days" trade/venue >/dev/null 2>&1
i=0
while [ $i -lt 50 ]; do
	tm capture-pane -p -t "$S" >"$T/screen"
	[ "$(grep -c '│$' "$T/screen")" -gt "$before" ] && break
	sleep 0.1
	i=$((i + 1))
done
[ "$(grep -c '│$' "$T/screen")" -gt "$before" ]
ok $? "the open article shows the new claim's margin mark without a key"
like "$T/screen" "Negotiators met" "and still shows the same text"

# Another annotator's claim: its own mark (':') in its own colour
# (claim-other), beside the reader's own ('│').
own=$(grep -c '│$' "$T/screen")
SIFT_ANNOTATOR=bob "$SIFT" -d "$DB" tag 1 --quote "two-decade-old free trade agreement" \
    trade/scope >/dev/null 2>&1
i=0
while [ $i -lt 50 ]; do
	tm capture-pane -p -t "$S" >"$T/screen"
	grep -q 'two-decade-old free trade agreement.*:$' "$T/screen" && break
	sleep 0.1
	i=$((i + 1))
done
like "$T/screen" 'two-decade-old free trade agreement.*:$' \
    "another annotator's claim gets its own margin mark"
is "$(grep -c '│$' "$T/screen")" "$own" "the reader's own marks stay as they were"
tm kill-server
tm_new -s "$S" -x 100 -y 14 \
    "env LC_ALL=C.UTF-8 SIFT_ANNOTATOR=bob NO_COLOR=1 '$SIFT' -d '$DB' read 1; sleep 60"
wait_for "Negotiators met"
like "$T/screen" 'two-decade-old free trade agreement.*│$' "to bob, that claim is his own"
like "$T/screen" 'Negotiators met.*:$' "and the others' are the others'"

done_testing

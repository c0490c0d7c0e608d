#!/bin/sh
# Without a UTF-8 locale the reader does not draw garbage (~F ~Q and qqqq
# for rules): it says in one line which locale to set and exits 1.  The
# command line keeps working there, printing the stored UTF-8 as it is.
. "${srcdir:-.}/tests/lib.sh"
TMUX_BIN=${TMUX_BIN:-$(command -v tmux)}
[ -n "$TMUX_BIN" ] || skip_all "no tmux"
unset TMUX
n=0
tm() { "$TMUX_BIN" -S "$T/tmux$n.sock" "$@"; }
trap 'for s in "$T"/tmux*.sock; do "$TMUX_BIN" -S "$s" kill-server 2>/dev/null; done; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT

DB="$T/l.db"
printf '台风登陆\n台风在广东登陆，沿海二十万人紧急转移。\n' >"$T/z.txt"
"$SIFT" -d "$DB" import "$T/z.txt" >/dev/null

# reader LOCALE: run the reader under LC_ALL=LOCALE; the pane as it
# first showed is $T/before, after q $T/screen
reader() {
	n=$((n + 1))
	tm_new -s l -x 120 -y 12 \
	    "env LC_ALL=$1 '$SIFT' -d '$DB'; echo exited-\$?; sleep 30"
	i=0
	while [ $i -lt 30 ]; do
		sleep 0.1
		tm capture-pane -p -t l >"$T/screen"
		grep -q 'exited-\|台风' "$T/screen" && break
		i=$((i + 1))
	done
	cp "$T/screen" "$T/before"
	tm send-keys -t l q
	sleep 0.3
	tm capture-pane -p -t l >"$T/screen"
	tm kill-server
}

for loc in C POSIX; do
	reader $loc
	like "$T/screen" "needs a UTF-8 locale, not ANSI_X3.4-1968: set LANG=C.UTF-8" \
	    "LC_ALL=$loc: the reader says which locale to set"
	like "$T/screen" "^exited-1" "and exits 1"
	unlike "$T/screen" "qqqq|~F" "and draws no garbage"
done

reader C.UTF-8
like "$T/before" "台风登陆" "LC_ALL=C.UTF-8: the reader shows the list"
like "$T/screen" "^exited-0" "and q quits with 0"

run env LC_ALL=C "$SIFT" -d "$DB" list
is "$rc" 0 "LC_ALL=C: sift list works"
like "$T/out" "台风登陆" "and prints the title's UTF-8 as stored"

done_testing

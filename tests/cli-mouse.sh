#!/bin/sh
# The mouse in the reader, driven in tmux: the wheel scrolls the list, an
# article, the help and the claims; a click selects a list row or puts
# the claim cursor on the clicked sentence (t then tags that sentence); a
# double click opens a list row's article or a claim's; "mouse off" in
# the config file turns it off.  tmux passes the xterm SGR mouse reports
# typed with send-keys -l to the reader (its own mouse off), which reads
# them as TERM=xterm-256color says.
. "${srcdir:-.}/tests/lib.sh"
TMUX_BIN=${TMUX_BIN:-$(command -v tmux)}
[ -n "$TMUX_BIN" ] || skip_all "no tmux"
infocmp xterm-256color >/dev/null 2>&1 || skip_all "no xterm-256color terminfo"
unset TMUX
S="sift-mouse-$$"
tm() { "$TMUX_BIN" -S "$T/tmux.sock" "$@"; }
trap 'tm kill-server 2>/dev/null; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT

# start LINES ARGS...: the reader in a fresh 80-column session
start() {
	tm kill-session -t "$S" 2>/dev/null
	h=$1
	shift
	tm_new -s "$S" -x 80 -y "$h" \
	    "env TERM=xterm-256color LC_ALL=C.UTF-8 NO_COLOR=1 '$SIFT' $*; echo sift-exited-\$?; sleep 60"
	tm set-option -g mouse off
	# up to 5 s for the reader (or its error) to show
	i=0
	while [ $i -lt 50 ]; do
		settle
		grep -Eq 'help *$|sift-exited' "$T/screen" && break
		i=$((i + 1))
	done
}
keys() { tm send-keys -t "$S" "$@"; settle; }
# SGR reports: column and row count from 1
sgr() { printf '\033[<%d;%d;%d%s' "$1" "$2" "$3" "$4"; }
click() { tm send-keys -t "$S" -l "$(sgr 0 "$1" "$2" M)$(sgr 0 "$1" "$2" m)"; settle; }
dclick() {
	tm send-keys -t "$S" -l "$(sgr 0 "$1" "$2" M)$(sgr 0 "$1" "$2" m)$(sgr 0 "$1" "$2" M)$(sgr 0 "$1" "$2" m)"
	settle
}
wheel() {	# wheel up|down COUNT
	b=64
	[ "$1" = down ] && b=65
	i=0
	while [ $i -lt "$2" ]; do
		tm send-keys -t "$S" -l "$(sgr $b 10 3 M)"
		i=$((i + 1))
	done
	settle
}
row() { sed -n "$1p" "$T/screen"; }

DB="$T/m.db"
"$SIFT" -d "$DB" import "$srcdir/samples" >/dev/null 2>&1
"$SIFT" -d "$DB" list >"$T/list"
n=$(wc -l <"$T/list" | tr -d ' ')

# the list, 6 rows of it: the wheel scrolls, the cursor stays in view
start 8 -d "'$DB'"
top=$(row 2)
like "$T/screen" "^1/$n " "the list opens on its first row"
wheel down 1
[ "$(row 2)" != "$top" ]
ok $? "the wheel scrolls the list down"
like "$T/screen" "^4/$n " "... the cursor on the first row still on the screen"
wheel up 1
is "$(row 2)" "$top" "and back up"
click 20 5
like "$T/screen" "^4/$n " "a click on the 4th row selects it"
click 20 3
like "$T/screen" "^2/$n " "a click on the 2nd row selects it"
title=$(sed -n 2p "$T/list" | cut -f5)
dclick 20 3
like "$T/screen" "^2/$n  [0-9]+%" "a double click opens the row's article"
case "$(row 1)" in
"$title") ok 0 "... that article" ;;
*) ok 1 "... that article"; echo "#   row: '$(row 1)' title: '$title'" ;;
esac

# an article: the wheel scrolls; a click puts the claim cursor on the
# sentence there, which t then tags
tm resize-window -t "$S" -x 80 -y 24
settle
first=$(row 4)
seventh=$(row 10)
wheel down 2
[ "$(row 4)" != "$first" ]
ok $? "the wheel scrolls an article"
is "$(row 4)" "$seventh" "... by 3 rows a turn"
wheel up 2
is "$(row 4)" "$first" "and back up"
line=$(row 6)
word=$(printf '%s\n' "$line" | cut -c1-12)
click 1 6
keys t
keys "mouse/click" Enter
run "$SIFT" -d "$DB" claims --tag mouse/click
is "$(grep -c . "$T/out")" 1 "t after a click tags one claim"
like "$T/out" "$word" "... the sentence clicked (row 6: $word...)"

# the help: the wheel scrolls it
keys '?'
cp "$T/screen" "$T/help-top"
wheel down 1
cmp -s "$T/screen" "$T/help-top"
ok $((!$?)) "the wheel scrolls the help"
wheel up 1
cmp -s "$T/screen" "$T/help-top"
ok $? "... and back"
keys q

# the claims view: a double click goes to the claim in its article
"$SIFT" -d "$DB" tag 1 --quote "Both countries have denied those claims." mouse/other >/dev/null 2>&1
keys q C
like "$T/screen" "mouse/click" "C lists the claims"
y=$(grep -n "mouse/click" "$T/screen" | head -1 | cut -d: -f1)
other=$((5 - y))	# the other claim's row: 2 or 3
click 30 "$other"
dclick 30 "$y"
case "$(row 1)" in
"$title") ok 0 "a double click on a claim opens its article" ;;
*) ok 1 "a double click on a claim opens its article"; echo "#   row: '$(row 1)'" ;;
esac
like "$T/screen" "tags: mouse/click" "... with the claim cursor on it"
keys q q q

# mouse off
mkdir -p "$HOME/.config/sift"
echo "mouse off" >"$HOME/.config/sift/config"
start 8 -d "'$DB'"
click 20 5
like "$T/screen" "^1/$n " "mouse off: a click selects nothing"
unlike "$T/screen" "sift-exited" "... and the reader is running"
keys q
echo "mouse maybe" >"$HOME/.config/sift/config"
start 8 -d "'$DB'"
like "$T/screen" "config:1: cannot read 'mouse'" "a bad mouse line is refused"
like "$T/screen" "mouse on\\|off or annotator NAME\\)" "... saying what is allowed"

done_testing

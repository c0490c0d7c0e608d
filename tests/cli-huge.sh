#!/bin/sh
# Huge articles in the reader (issue 13, item 3), driven for real in
# tmux: two articles of some 5 MB each, generated here in four scripts
# (Latin with accents, Chinese, Japanese, Korean, Cyrillic), opened, searched
# with / for a word near the end and for a CJK phrase, paged to the end
# with G, stepped between with J and K, and resized.  What the screen
# shows is compared with what `sift show --width` prints for the same
# article at the same width: the rows on the screen must be a run of
# show's lines.  A search must not take memory in proportion to the text
# (the reader folded the whole text, with a map of 8 bytes a byte); the
# time bounds are generous, only to catch a slowdown of an order of
# magnitude (bench/reader.sh measures).
. "${srcdir:-.}/tests/lib.sh"
TMUX_BIN=${TMUX_BIN:-$(command -v tmux)}
[ -n "$TMUX_BIN" ] || skip_all "no tmux"
unset TMUX
S="sift-huge-$$"
tm() { "$TMUX_BIN" -S "$T/tmux.sock" "$@"; }
trap 'tm kill-server 2>/dev/null; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT

# gen FILE WORD PARAGRAPHS: an article whose first line names WORD
gen() {
	awk -v word="$2" -v n="$3" 'BEGIN {
		print "Huge article " word " begins here."
		print ""
		for (i = 1; i <= n; i++) {
			printf "Paragraph %d of the long report: the committee " \
			    "met again on the budget, and the minister said " \
			    "the figures were final. ", i
			printf "会议于第%d天继续举行，部长表示数字是最终的。", i
			printf "委員会は%d日目も予算を審議した。", i
			printf "위원회는 %d일째 예산을 심의했다. ", i
			printf "Комитет собрался снова, день %d. " \
			    "Café naïve résumé.\n", i
		}
		print ""
		print "The Zanzibarquux ending paragraph closes article " word "."
		print "THE LAST LINE OF ARTICLE " word "."
	}' >"$1"
}

DB="$T/h.db"
gen "$T/a.txt" AAAA 14000
gen "$T/b.txt" BBBB 13000
[ "$(wc -c <"$T/a.txt")" -gt 5000000 ]
ok $? "a 5 MB article made"
"$SIFT" -d "$DB" import "$T/a.txt" "$T/b.txt" >/dev/null 2>&1
ok $? "imported"
ida=$("$SIFT" -d "$DB" list --search AAAA --format tsv | cut -f1)
idb=$("$SIFT" -d "$DB" list --search BBBB --format tsv | cut -f1)

now_ms() { echo $(($(date +%s%N) / 1000000)); }
# within MS NAME: the time since $t0 is under MS
within() {
	ms=$(($(now_ms) - t0))
	[ "$ms" -lt "$1" ]
	ok $? "$2 (${ms} ms)"
}
keys() { tm send-keys -t "$S" "$@"; settle; }
# body ROWS: the article's rows on the screen (under the 3 header rows,
# above the status line), trailing blanks cut, and the empty rows after
# the article's end
body() {
	sed -n "4,$(($1 - 1))p" "$T/screen" | sed 's/ *$//' |
	    awk '{ row[NR] = $0 } $0 != "" { last = NR }
		END { for (i = 1; i <= last; i++) print row[i] }' >"$T/body"
}
# shows ID WIDTH NAME: the screen's rows are a run of show's lines
shows() {
	"$SIFT" -d "$DB" show --width "$2" "$1" | sed 's/ *$//' >"$T/show"
	if awk -v n="$(wc -l <"$T/body")" '
	    NR == FNR { want[NR] = $0; next }
	    { got[FNR] = $0 }
	    END {
		for (s = 0; s + n <= FNR; s++) {
			for (i = 1; i <= n && got[s + i] == want[i]; i++)
				;
			if (i > n)
				exit 0
		}
		exit 1
	    }' "$T/body" "$T/show"; then
		ok 0 "$3"
	else
		ok 1 "$3"
		sed 's/^/#   | /' "$T/body"
	fi
}
# hwm: the reader's peak resident memory, in kB
hwm() {
	awk '/^VmHWM/ { print $2 }' /proc/"$pid"/status 2>/dev/null || echo 0
}

tm_new -s "$S" -x 80 -y 24 \
    "env LC_ALL=C.UTF-8 NO_COLOR=1 '$SIFT' -d '$DB'; sleep 60"
wait_for 'sort: '
ok $? "the list shows"
pid=$(ps -o pid= --ppid "$(tm display-message -p -t "$S" '#{pane_pid}')" |
    tr -d ' ')

# open the first row (the article imported last: B)
t0=$(now_ms)
tm send-keys -t "$S" Enter
wait_for 'hidden  clean'
within 2000 "a 5 MB article opens within 2 s"
settle
like "$T/screen" "^\[Huge article BBBB begins here\.\]" "the article is B"
body 24
shows "$idb" 79 "its first page is show's at 79 columns"

# / for a word of the last paragraph, in another case
h0=$(hwm)
tm send-keys -t "$S" / zanzibarquux
settle
t0=$(now_ms)
tm send-keys -t "$S" Enter
wait_for '^1 match'
within 2000 "/ finds a word at the end of 5 MB within 2 s"
settle
like "$T/screen" "^The Zanzibarquux ending paragraph closes article BBBB" \
    "the match is on the screen"
body 24
shows "$idb" 79 "around the match the screen is show's"
h1=$(hwm)
if [ "$h0" -gt 0 ]; then
	[ $((h1 - h0)) -lt 5000 ]
	ok $? "the search takes less memory than the text (peak +$((h1 - h0)) kB)"
fi

# a CJK phrase in the middle, then N to none above
keys / 第6500天继续 Enter
like "$T/screen" "^1 match" "/ finds a CJK phrase"
like "$T/screen" "第6500天继续" "the CJK match is on the screen"
body 24
shows "$idb" 79 "around the CJK match the screen is show's"
keys N
like "$T/screen" "no match above" "N before the first match says so"

# G: the last line, at the bottom, 100%
keys G
body 24
like "$T/body" "^THE LAST LINE OF ARTICLE BBBB\.$" "G shows the last line"
is "$(tail -1 "$T/body")" "THE LAST LINE OF ARTICLE BBBB." \
    "... on the last row"
shows "$idb" 79 "the end is show's"
tail -20 "$T/show" >"$T/tail"
cmp -s "$T/body" "$T/tail"
ok $? "the screen is show's last 20 lines"
like "$T/screen" "  100%  " "the percent is 100"

# J to A, K back to B; each opens at its top
t0=$(now_ms)
tm send-keys -t "$S" J
wait_for "^\[Huge article AAAA begins here\.\]"
within 2000 "J to the next 5 MB article within 2 s"
settle
body 24
shows "$ida" 79 "J: the next article's first page is show's"
t0=$(now_ms)
tm send-keys -t "$S" K
wait_for "^\[Huge article BBBB begins here\.\]"
within 2000 "K back within 2 s"
settle
like "$T/screen" "^Huge article BBBB begins here\.$" "K: back at B's top"

# resize: 60 columns, a search, the end
tm resize-window -t "$S" -x 60 -y 20
settle
body 20
shows "$idb" 59 "after a resize the first page is show's at 59 columns"
# the search lays the text out anew at 59 columns first: wait for its
# answer, not for a still screen (a busy reader's screen is still too)
tm send-keys -t "$S" / "paragraph 12999 of" Enter
wait_for '^1 match' 200
ok $? "a search after the resize"
settle
body 20
shows "$idb" 59 "around it the screen is show's at 59 columns"
tm send-keys -t "$S" G
wait_for '^THE LAST LINE OF ARTICLE BBBB' 200
settle
body 20
is "$(tail -1 "$T/body")" "THE LAST LINE OF ARTICLE BBBB." \
    "G after the resize shows the last line"
shows "$idb" 59 "the end is show's at 59 columns"
keys q q
done_testing

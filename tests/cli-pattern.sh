#!/bin/sh
# The pattern language (src/pattern.c, src/store-pattern.c): sift list,
# claims and export --where, each ~ pattern, !, |, parentheses and side
# by side; strings match only themselves (quotes, %, FTS5 syntax); a bad
# pattern says which column is wrong.  The reader's l and / take the same
# patterns and colour rules in the configuration file use them.
. "${srcdir:-.}/tests/lib.sh"
[ -n "${SQLITE3:-}" ] || skip_all "no sqlite3 shell"

DB="$T/p.db"
today=$(date -u +%Y-%m-%d)
python3 - "$T/in.jsonl" "$today" <<'PY'
import json, sys
today = sys.argv[2]
recs = [
    ("Harbour talks resume", "Meridian Wire", "en", "2023-09-05",
     "Negotiators met again on Monday. Officials said the arms shipments had been delayed."),
    ("台风登陆广东", "南海晨报网", "zh-Hans", "2023-09-20",
     "台风在广东登陆，沿海二十万人紧急转移。官员说武器运输被推迟。"),
    ("半導体の新工場", "kitaguni-keizai.jp", "ja", "2023-10-02",
     "熊本に新工場を建設する計画が発表された。"),
    ("Fresh report today", "Meridian Wire", "en", today,
     "A report published today says 50% of the bacon was sold."),
    ("Undated note", "Blog [old]", "en-GB", None,
     "No date on this one; it quotes \"AND\" OR NEAR(x y) and 'single' quotes."),
]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for t, s, l, d, x in recs:
        r = {"title": t, "source": s, "lang": l, "text": x}
        if d:
            r["date"] = d
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
"$SIFT" -d "$DB" import "$T/in.jsonl" >/dev/null 2>&1
id_of() { "$SQLITE3" "$DB" "SELECT id FROM articles WHERE title = '$1'"; }
EN=$(id_of "Harbour talks resume")
ZH=$(id_of "台风登陆广东")
JA=$(id_of "半導体の新工場")
NEW=$(id_of "Fresh report today")
OLD=$(id_of "Undated note")
SIFT_ANNOTATOR=ana "$SIFT" -d "$DB" tag "$EN" --quote "arms shipments" \
    --claimant "Officials" arms-supply/alleged >/dev/null 2>&1
SIFT_ANNOTATOR=ben "$SIFT" -d "$DB" tag "$ZH" --quote "武器运输" \
    arms-supply/denied >/dev/null 2>&1
SIFT_ANNOTATOR=ana "$SIFT" -d "$DB" tag "$OLD" --quote "single" \
    'odd[1]/x' >/dev/null 2>&1
"$SQLITE3" "$DB" "INSERT INTO article_state(article_id, read)
    VALUES ($EN, 1), ($JA, 1);
    INSERT INTO article_done(article_id, annotator, at)
    VALUES ($JA, '', '2023-10-02T00:00:00Z');
    UPDATE claims SET anchor = 'orphaned', start = NULL, \"end\" = NULL
    WHERE article_id = $OLD"

# ids PATTERN: the ids sift list --where PATTERN prints, sorted, one line
ids() {
	"$SIFT" -d "$DB" list --where "$1" 2>"$T/err" | cut -f1 | sort -n |
	    tr '\n' ' ' | sed 's/ $//'
}
sorted() { printf '%s\n' "$@" | sort -n | tr '\n' ' ' | sed 's/ $//'; }

is "$(ids '~t arms-supply/alleged')" "$EN" "~t a tag"
is "$(ids '~t arms-supply/*')" "$(sorted "$EN" "$ZH")" "~t a glob"
is "$(ids '~t arms')" "" "~t without a wildcard is the whole name"
is "$(ids '~t odd[1]/x')" "$OLD" "~t: brackets in a name are themselves"
is "$(ids '~C')" "$(sorted "$EN" "$ZH" "$OLD")" "~C: articles with claims"
is "$(ids '!~C')" "$(sorted "$JA" "$NEW")" "!~C: none yet"
is "$(ids '~s meridian')" "$(sorted "$EN" "$NEW")" "~s: a source, any case"
is "$(ids '~s "blog [old]"')" "$OLD" "~s: quoted, brackets literal"
is "$(ids '~s *.jp')" "$JA" "~s: a glob"
is "$(ids '~l zh')" "$ZH" "~l zh matches zh-Hans"
is "$(ids '~l en')" "$(sorted "$EN" "$NEW" "$OLD")" "~l en matches en and en-GB"
is "$(ids '~d 2023-09')" "$(sorted "$EN" "$ZH")" "~d a month"
is "$(ids '~d 2023-09-10..2023-10-31')" "$(sorted "$ZH" "$JA")" "~d a range"
is "$(ids '~d ..2023-09-05')" "$EN" "~d open at the start"
is "$(ids '~d 2023-10..')" "$(sorted "$JA" "$NEW")" "~d open at the end"
is "$(ids '~d <1w')" "$NEW" "~d <1w: this week"
is "$(ids '~d >1y')" "$(sorted "$EN" "$ZH" "$JA")" "~d >1y: older than a year"
is "$(ids '~b shipments')" "$EN" "~b: the body, through the index"
is "$(ids '~b 台风')" "$ZH" "~b: two CJK characters"
is "$(ids '~b "50%"')" "$NEW" "~b: % is itself"
is "$(ids '~b "\"AND\" OR NEAR(x y)"')" "$OLD" "~b: FTS5 syntax is text"
is "$(ids '~h harbour')" "$EN" "~h: the title"
is "$(ids '~h shipments')" "" "~h is not the body"
is "$(ids 'bacon')" "$NEW" "a bare word: title or body"
is "$(ids '~U')" "$(sorted "$ZH" "$NEW" "$OLD")" "~U: unread (done counts as read)"
is "$(ids '~D')" "$JA" "~D: done"
is "$(ids '~c officials')" "$EN" "~c: a claimant"
is "$(ids '~a ben')" "$ZH" "~a: an annotator"
is "$(ids '~o')" "$OLD" "~o: orphaned claims"
is "$(ids '~l en ~C')" "$(sorted "$EN" "$OLD")" "side by side: and"
is "$(ids '~l ja | ~t arms-supply/denied')" "$(sorted "$ZH" "$JA")" "|: or"
is "$(ids '!(~l en | ~l ja)')" "$ZH" "! and parentheses"
is "$(ids '(~s meridian|~l ja) !~U')" "$(sorted "$EN" "$JA")" "no spaces needed around ( | )"

# claims and export take --where too.
run "$SIFT" -d "$DB" claims --where '~l zh'
is "$rc" 0 "claims --where"
is "$(cut -f2 "$T/out" | tr '\n' ' ')" "$ZH " "lists only that article's claims"
run "$SIFT" -d "$DB" export --format csv --where '~a ana ~l en'
is "$(tail -n +2 "$T/out" | grep -c .)" 2 "export --where: two claims of ana's in English articles"
run "$SIFT" -d "$DB" export --format jsonl --where '!~C'
is "$(grep -c '"quote"' "$T/out")" 0 "export --where matching no claim: no claim"
is "$(grep -c '^{"type":"done","article":{"id":'"$JA"',' "$T/out")" 1 \
    "but the done mark of the article read without one"

# Bad patterns: exit 2, the column named, nothing listed.
bad() {
	run "$SIFT" -d "$DB" list --where "$1"
	is "$rc" 2 "bad pattern '$1' exits 2"
	like "$T/err" "column $2: $3" "and names column $2"
	is "$(grep -c . "$T/out")" 0 "and lists nothing"
}
bad '~y' 1 "no pattern ~y"
bad '~l zh (' 8 "a pattern expected"
bad '(~l zh' 1 "this '\(' is not closed"
bad '~l zh )' 7 "this '\)' closes nothing"
bad '~t "arms' 4 "this quote \(\"\) is not closed"
bad '~d 2023-13-99x' 4 "'2023-13-99x' is not a date range"
bad '台风 ~q' 4 "no pattern ~q"
bad '~' 1 "a letter expected after ~"
bad '!' 2 "a pattern expected"
bad '~l zh |' 8 "a pattern expected"
bad "$(printf '(%.0s' $(seq 1 40))~C" 17 "nested more than 16 deep"
bad "$(printf '!%.0s' $(seq 1 2000))~C" 17 "nested more than 16 deep"
bad "$(printf '~C %.0s' $(seq 1 70))" 193 "more than 64 terms"
bad "$(printf 'x%.0s' $(seq 1 5000))" 1 "longer than 4096 bytes"
# the deepest pattern allowed, alternating | and side by side (each level
# a parenthesis in the SQL): SQLite must still parse it
deep='~C'
for i in 1 2 3 4 5 6 7; do deep="(~l zh | (~t x $deep))"; done
run "$SIFT" -d "$DB" list --where "!!$deep"
is "$rc" 0 "a pattern 16 deep runs (no 'parser stack overflow')"
is "$(cut -f1 "$T/out" | sort -n | tr '\n' ' ')" "$ZH " "and matches what it says"

# The reader: l limits the list by a pattern (shown in the header), l
# then Enter clears it, a bad one is refused with its column; / takes a
# pattern too; a colour rule colours the rows it matches.
TMUX_BIN=${TMUX_BIN:-$(command -v tmux)}
if [ -n "$TMUX_BIN" ]; then
	unset TMUX
	S="sift-pat-$$"
	sock="$T/tmux.sock"
	tm() { "$TMUX_BIN" -S "$sock" "$@"; }
	trap 'for s in "$T"/tmux*.sock; do "$TMUX_BIN" -S "$s" kill-server 2>/dev/null; done; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
	# rows: the list's rows on the screen (between header and status)
	rows() { sed '1d;$d' "$T/screen" | grep -c '[^ ]'; }
	mkdir -p "$T/cfg/sift"
	printf 'color list "~l ja | ~t arms-supply/denied" red default\n' >"$T/cfg/sift/config"
	printf 'colour list ~s meridian ~d 2023 blue yellow # Meridian, 2023\n' >>"$T/cfg/sift/config"
	tm_new -s "$S" -x 100 -y 12 \
	    "XDG_CONFIG_HOME=$T/cfg TERM=screen LC_ALL=C.UTF-8 $SIFT -d $DB; sleep 60"
	settle
	is "$(rows)" 5 "the reader lists five articles"
	tm send-keys -t "$S" l
	settle
	tm send-keys -t "$S" '~t arms-supply/* | ~l ja' Enter
	settle
	like "$T/screen" "^sift: limit ~t arms-supply/\* \| ~l ja" "l: the limit is in the header"
	is "$(rows)" 3 "and the list holds the three it matches"
	like "$T/screen" "3 articles match" "the status line counts them"
	tm send-keys -t "$S" l
	settle
	tm send-keys -t "$S" '~l zh (' Enter
	settle
	like "$T/screen" "column 8: a pattern expected" "a bad limit names its column"
	is "$(rows)" 3 "and keeps the limit there was"
	tm send-keys -t "$S" l
	settle
	tm send-keys -t "$S" Enter
	settle
	like "$T/screen" "^sift: all articles" "l then Enter clears the limit"
	is "$(rows)" 5 "every article again"
	tm send-keys -t "$S" / '~U ~l en' Enter
	settle
	is "$(rows)" 2 "/ takes a pattern: unread English articles"
	like "$T/screen" "2 articles match" "and counts them"
	tm send-keys -t "$S" q
	settle
	tm capture-pane -e -p -t "$S" >"$T/colour"
	grep '半導体の新工場' "$T/colour" | grep -q "$(printf '\033\\[31m')"
	ok $? "colour list: the Japanese article's row is red"
	grep 'Harbour talks resume' "$T/colour" | grep -q "$(printf '\033\\[34m')"
	ok $? "colour list with an unquoted pattern and a comment: blue"
	! grep 'Fresh report today' "$T/colour" | grep -q "$(printf '\033\\[3[14]m')"
	ok $? "a row no rule matches is neither red nor blue"
	tm kill-server 2>/dev/null
	# a bad rule stops the reader before the screen, naming the line
	printf '# rules\ncolour list "~l zh ~y" red\n' >"$T/cfg/sift/config"
	sock="$T/tmux2.sock"
	tm_new -s "$S" -x 100 -y 12 \
	    "XDG_CONFIG_HOME=$T/cfg LC_ALL=C.UTF-8 $SIFT -d $DB; echo exited-\$?; sleep 60"
	settle
	like "$T/screen" "config:2: pattern '~l zh ~y', column 7: no pattern ~y" \
	    "a bad colour rule is named by file, line and column"
	like "$T/screen" "exited-1" "and the reader does not start"
	tm kill-server 2>/dev/null
else
	for i in $(seq 1 15); do ok 0 "# SKIP no tmux"; done
fi

done_testing

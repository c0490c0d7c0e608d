#!/bin/sh
# The reader, driven for real in tmux: the list, an article, search,
# hidden blocks, resizing 80 -> 41 -> 120 -> 15 columns, help, quitting.
# Every screen is compared with tests/screens/NAME.txt (GENERATE=1 writes
# them) and passes tests/wrapcheck.py at its width.
. "${srcdir:-.}/tests/lib.sh"
TMUX_BIN=${TMUX_BIN:-$(command -v tmux)}
[ -n "$TMUX_BIN" ] || skip_all "no tmux"
unset TMUX
S="sift-test-$$"
SOCK="$T/tmux.sock"
tm() { "$TMUX_BIN" -S "$SOCK" "$@"; }
trap 'tm kill-server 2>/dev/null; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT

CHECK="$srcdir/tests/wrapcheck.py"
DEV="$srcdir/tests/dev"

DB="$T/tui.db"
"$SIFT" -d "$DB" import "$srcdir/samples" >/dev/null

# screen NAME WIDTH: compare with the expected screen; check the wrap
# prompt KEY TEXT: press KEY, answer its prompt with TEXT and Enter.
prompt() {
	tm send-keys -t "$S" "$1"
	settle
	tm send-keys -t "$S" "$2" Enter
	settle
}

screen() {
	settle
	exp="$srcdir/tests/screens/$1.txt"
	if [ -n "${GENERATE:-}" ]; then
		cp "$T/screen" "$exp"
	fi
	if cmp -s "$T/screen" "$exp"; then
		ok 0 "screen $1"
	else
		ok 1 "screen $1"
		diff "$exp" "$T/screen" | sed 's/^/#   /' | head -20
	fi
	python3 "$CHECK" --screen "$2" "$T/screen" >"$T/check" 2>&1
	ok $? "screen $1 passes wrapcheck.py at $2"
	grep -v '^wrap-violations 0' "$T/check" | sed 's/^/#   /' | head -5
}

tm_new -s "$S" -x 80 -y 24 \
    "env LC_ALL=C.UTF-8 NO_COLOR=1 '$SIFT' -d '$DB'; echo sift-exited-\$?; sleep 30"
screen list-80 80

tm send-keys -t "$S" G k k Enter
screen article-80 80

tm send-keys -t "$S" /
settle
tm send-keys -t "$S" "ПШЕНИЦ" Enter
screen search-80 80
like "$T/screen" "matches$" "a case-folded search in the article finds matches"
tm send-keys -t "$S" n
screen search-next-80 80

tm send-keys -t "$S" G
screen end-80 80
tm send-keys -t "$S" H G
screen hidden-end-80 80
like "$T/screen" '^\[[0-9]+ boilerplate: ' "H shows hidden blocks under their reason"
tm send-keys -t "$S" H g
screen clean-again-80 80

tm resize-window -t "$S" -x 41
screen article-41 41
tm resize-window -t "$S" -x 120
screen article-120 120
tm resize-window -t "$S" -x 15
screen too-small-15 15
tm resize-window -t "$S" -x 80
screen back-80 80

tm send-keys -t "$S" '?'
screen help-80 80
tm send-keys -t "$S" q q
screen list-again-80 80

# Searching the store from the list, with one CJK character.
prompt / "岚"
like "$T/screen" "岚鸥" "a one-character CJK search finds the article"
unlike "$T/screen" "Harbor Semiconductor" "and only that one"
tm send-keys -t "$S" q q
settle
like "$T/screen" "^sift-exited-0" "q quits with status 0"
tm kill-session -t "$S"

# ^L redraws; ^Z suspends to the shell and fg brings the screen back.
tm_new -s "$S" -x 80 -y 24 "env PS1='$ ' bash --norc --noprofile -i"
settle
tm send-keys -t "$S" "env LC_ALL=C.UTF-8 NO_COLOR=1 '$SIFT' -d '$DB'" Enter
steady
cp "$T/screen" "$T/before"
# Scribble on the terminal behind sift's back, so that only a real
# repaint can bring the screen back.
tty=$(tm display-message -p -t "$S" '#{pane_tty}')
printf '\033[5;3HSCRIBBLED OVER\033[12;40HSCRIBBLED' >"$tty"
settle
like "$T/screen" "SCRIBBLED" "the screen is dirtied behind sift's back"
tm send-keys -t "$S" C-l
steady
cmp -s "$T/screen" "$T/before"
ok $? "^L repaints the whole screen"
unlike "$T/screen" "SCRIBBLED" "and nothing of the scribble is left"
tm send-keys -t "$S" C-z
settle
like "$T/screen" "Stopped" "^Z suspends sift to the shell"
tm send-keys -t "$S" "fg" Enter
settle
like "$T/screen" "^sift: all articles" "fg brings the list back"
tm send-keys -t "$S" q
settle
tm kill-session -t "$S"

# Claims show in the list, and l limits it by a pattern (~t: a tag).
SIFT_ANNOTATOR=test "$SIFT" -d "$DB" tag 1 --quote "Chile" trade/talks >/dev/null 2>&1
tm_new -s "$S" -x 80 -y 24 \
    "env LC_ALL=C.UTF-8 NO_COLOR=1 '$SIFT' -d '$DB'; echo sift-exited-\$?; sleep 30"
settle
like "$T/screen" "  1 Chile, South Korea edge closer" "the list shows an article's claim count"
tm send-keys -t "$S" l
settle
tm send-keys -t "$S" "~t trade/talks" Enter
screen limited-80 80
like "$T/screen" "^sift: limit ~t trade/talks" "l limits the list to a tag"
is "$(grep -c '^N \|^  ' "$T/screen")" 1 "to the one article with such a claim"
tm send-keys -t "$S" q
settle
like "$T/screen" "Norway edge Japan" "q leaves the limit"
tm send-keys -t "$S" q
settle
tm kill-session -t "$S"

# The configuration file: colours and keys; a bad line is an error.
mkdir -p "$T/cfg/sift"
printf '# my settings\ncolour title red default bold\nbind list x quit\nbind article ^T hidden\n' \
    >"$T/cfg/sift/config"
tm_new -s "$S" -x 80 -y 24 \
    "env LC_ALL=C.UTF-8 XDG_CONFIG_HOME='$T/cfg' '$SIFT' -d '$DB'; echo sift-exited-\$?; sleep 30"
settle
tm send-keys -t "$S" '?'
settle
like "$T/screen" '^  \[x\] +quit' "a bound key is in the help"
tm send-keys -t "$S" q x
settle
like "$T/screen" "^sift-exited-0" "a key bound in the configuration works"
tm kill-session -t "$S"
printf 'colour title red\nbind list x frobnicate\n' >"$T/cfg/sift/config"
tm_new -s "$S" -x 80 -y 24 \
    "env LC_ALL=C.UTF-8 XDG_CONFIG_HOME='$T/cfg' '$SIFT' -d '$DB'; echo sift-exited-\$?; sleep 30"
settle
like "$T/screen" "sift/config:2: unknown action 'frobnicate'" "a bad configuration line is named"
like "$T/screen" "^sift-exited-1" "and sift exits 1"
tm kill-session -t "$S"

# Tagging from the keyboard: search places the claim cursor on the
# sentence, t tags it; ] and [ move the cursor; claims are stored at once.
TAGDB="$T/tag.db"
"$SIFT" -d "$TAGDB" import "$DEV"/000_*.txt >/dev/null
tm_new -s "$S" -x 80 -y 24 \
    "env LC_ALL=C.UTF-8 NO_COLOR=1 SIFT_ANNOTATOR=tester '$SIFT' -d '$TAGDB' read 1; echo sift-exited-\$?; sleep 30"
settle
prompt / "Both councils"
prompt t "subsidy/denied"
like "$T/screen" "claim 1: subsidy/denied" "t tags the sentence of the match"
prompt / "accused Keld Island"
prompt t "subsidy/alleged"
like "$T/screen" "claim 2: subsidy/alleged" "a second claim"
tm send-keys -t "$S" ] [
settle
like "$T/screen" "tags: subsidy/alleged" "the status line names the tags under the cursor"
prompt a "the Marrow view"
like "$T/screen" "note saved" "a adds a note to the claim under the cursor"
prompt c "Marrow"
like "$T/screen" "claimant saved" "c sets who makes the claim"
prompt / "accused Keld Island"
tm send-keys -t "$S" v ]
settle
prompt t "to-delete"
like "$T/screen" "claim 3: to-delete" "v and ] select two sentences, a new claim"
tm send-keys -t "$S" d
settle
like "$T/screen" "claim 3 deleted" "d deletes the newest claim under the cursor"
tm send-keys -t "$S" q q
settle
like "$T/screen" "^sift-exited-0" "quit"
tm kill-session -t "$S"
run "$SIFT" -d "$TAGDB" claims
like "$T/out" "subsidy/denied	exact	Both councils have denied those claims\." "sift claims lists the first quote with its tag"
like "$T/out" "subsidy/alleged	exact	.*accused Keld Island of spending its share" "and the second"
run "$SIFT" -d "$TAGDB" tags
is "$(grep -v '	0$' "$T/out")" "subsidy/alleged	1
subsidy/denied	1" "sift tags counts each once"
"$SIFT" -d "$TAGDB" export --format jsonl >"$T/notes.jsonl"
like "$T/notes.jsonl" '"note":"the Marrow view","claimant":"Marrow"' "the note and the claimant are stored"
for f in csv jsonl w3c; do
	"$SIFT" -d "$TAGDB" export --format $f >"$T/tagged.$f"
done
python3 - "$T" <<'PY'
import csv, json, sys
t = sys.argv[1]
quotes = lambda qs: any("Both councils" in q for q in qs) and any("accused Keld Island" in q for q in qs)
rows = list(csv.DictReader(open(t + "/tagged.csv", encoding="utf-8", newline="")))
assert len(rows) == 2 and quotes([r["quote"] for r in rows])
rows = [json.loads(l) for l in open(t + "/tagged.jsonl", encoding="utf-8")]
dead = [r for r in rows if r["deleted"] is not None]
rows = [r for r in rows if r["deleted"] is None]
assert len(rows) == 2 and quotes([r["quote"] for r in rows])
assert len(dead) == 1 and dead[0]["tags"] == [] and dead[0]["start"] is None, dead
d = json.load(open(t + "/tagged.w3c", encoding="utf-8"))
assert quotes([i["target"]["selector"][0]["exact"] for i in d["first"]["items"]])
PY
ok $? "every export format parses and holds both claims (JSON Lines the deleted one as a tombstone)"

# Tag sets, the picker, exclusive families, undo and redo, selections,
# done, the claims views and claimant completion, on a store of its own.
KDB="$T/keys.db"
printf 'Summit in Vladivostok\nWashington says Pyongyang sent shells to Moscow. The Kremlin denied it. Pyongyang said nothing.\n\nThe leaders met on a train. Officials confirmed the meeting later.\n' >"$T/summit.txt"
printf 'Second article\nNothing to tag here, said the editor.\n' >"$T/second.txt"
"$SIFT" -d "$KDB" import "$T/summit.txt" "$T/second.txt" >/dev/null
printf '# stance on arms supply\n1 arms-supply/alleged  a source says so\n2 arms-supply/denied   a party denies it\n3 meeting/confirmed\nexclusive arms-supply/*\n' >"$T/tags.txt"
run "$SIFT" -d "$KDB" tagset "$T/tags.txt"
like "$T/out" "3 tags and 1 exclusive families loaded" "sift tagset loads keys and families"
run "$SIFT" -d "$KDB" tagset
like "$T/out" "^1	arms-supply/alleged	a source says so" "sift tagset prints the set back"
like "$T/out" "^exclusive	arms-supply/\*" "with its exclusive family"
kid=$("$SIFT" -d "$KDB" list --search Vladivostok --format tsv | cut -f1)
tm_new -s "$S" -x 80 -y 24 \
    "env LC_ALL=C.UTF-8 NO_COLOR=1 SIFT_ANNOTATOR=tester '$SIFT' -d '$KDB' read $kid; echo sift-exited-\$?; sleep 30"
settle
kclaims() { "$SIFT" -d "$KDB" claims | cut -f3,5 | sort; }
tm send-keys -t "$S" ] 1
settle
like "$T/screen" "claim 1: arms-supply/alleged" "1 applies the first quick tag to the sentence"
like "$T/screen" "^Washington says Pyongyang.* +│$" "a claimed line has a mark in the margin"
unlike "$T/screen" "^The leaders met.*│$" "an unclaimed one has none"
is "$(kclaims)" "arms-supply/alleged	Washington says Pyongyang sent shells to Moscow." "and the claim is stored at once"
tm send-keys -t "$S" 3
settle
is "$(kclaims)" "arms-supply/alleged;meeting/confirmed	Washington says Pyongyang sent shells to Moscow." \
    "3 adds a second tag to the same claim"
tm send-keys -t "$S" 2
settle
is "$(kclaims)" "arms-supply/denied;meeting/confirmed	Washington says Pyongyang sent shells to Moscow." \
    "2 replaces its exclusive sibling"
tm send-keys -t "$S" u
settle
like "$T/screen" "undone: tag arms-supply/denied" "u undoes the last tagging action"
is "$(kclaims)" "arms-supply/alleged;meeting/confirmed	Washington says Pyongyang sent shells to Moscow." \
    "and the store has the claim as it was"
tm send-keys -t "$S" u u
settle
is "$(kclaims)" "" "u again undoes the one before, down to no claim"
tm send-keys -t "$S" u
settle
like "$T/screen" "nothing to undo" "and then says there is nothing to undo"
tm send-keys -t "$S" C-r C-r
settle
like "$T/screen" "redone: tag meeting/confirmed" "^R redoes"
is "$(kclaims)" "arms-supply/alleged;meeting/confirmed	Washington says Pyongyang sent shells to Moscow." \
    "and the claim is back with both tags"
tm send-keys -t "$S" ] t
settle
tm send-keys -t "$S" DEN
settle
like "$T/screen" "^ arms-supply/denied +\[2\] a party denies it" "the picker filters the tags, case-folded, with keys and descriptions"
unlike "$T/screen" "arms-supply/alleged" "and shows only those that match"
tm send-keys -t "$S" Enter
settle
like "$T/screen" "claim [0-9]+: arms-supply/denied" "Enter applies the highlighted tag"
tm send-keys -t "$S" t
settle
tm send-keys -t "$S" "stance/new" Enter
settle
like "$T/screen" "stance/new added" "Enter on a name no tag has creates it"
prompt c "Kremlin"
tm send-keys -t "$S" ] v ]
settle
like "$T/screen" "selecting" "v starts a selection"
tm send-keys -t "$S" t
settle
tm send-keys -t "$S" "meet" Enter
settle
like "$T/screen" "claim [0-9]+: meeting/confirmed" "t tags the selection"
kclaims >"$T/kc"
like "$T/kc" "meeting/confirmed	Pyongyang said nothing\. The leaders met on a train\." "whose quote spans both sentences"
tm send-keys -t "$S" c
settle
tm send-keys -t "$S" kr
settle
like "$T/screen" "^ Kremlin" "c offers the claimants named before"
tm send-keys -t "$S" Tab Enter
settle
is "$("$SIFT" -d "$KDB" export --format jsonl | grep -c '"claimant":"Kremlin"')" 2 \
    "Tab completes the claimant"
tm send-keys -t "$S" D
settle
like "$T/screen" "article done" "D marks the article done"
is "$(SIFT_ANNOTATOR=tester "$SIFT" -d "$KDB" list -w '~D' | cut -f1 |
    grep -cx "$kid")" 1 \
    "at once, in the store"
tm send-keys -t "$S" T
settle
like "$T/screen" "^claims of this article" "T lists the article's claims"
is "$(grep -c 'Kremlin: ' "$T/screen")" 2 "with their claimants"
tm send-keys -t "$S" g Enter
settle
like "$T/screen" "tags: arms-supply/alleged;meeting/confirmed" "Enter puts the cursor on the claim"
tm send-keys -t "$S" q
settle
like "$T/screen" "^ ?D.*Summit in Vladivostok" "the list marks the article done"
tm send-keys -t "$S" C
settle
like "$T/screen" "^all claims" "C lists every claim in the store"
tm send-keys -t "$S" l
settle
tm send-keys -t "$S" "stance" Enter
settle
like "$T/screen" "^all claims, tagged stance/new" "l limits it to a tag"
is "$(grep -c 'Kremlin denied it' "$T/screen")" 1 "to the one claim so tagged"
tm send-keys -t "$S" Enter
settle
like "$T/screen" "tags: .*stance/new" "Enter opens the claim in its article"
tm send-keys -t "$S" q q
settle
like "$T/screen" "^sift-exited-0" "quit"
tm kill-session -t "$S"

# Tagging a Japanese article from the keyboard: the quote is the sentence
# (it ends at 。), prefix and suffix are whole grapheme clusters.
printf '首脳会談\n両国は武器の供与を否定した。北朝鮮は砲弾を送ったとされる👨‍👩‍👧‍👦。ロシアは「根拠がない」と述べた。\n' >"$T/ja.txt"
"$SIFT" -d "$KDB" import "$T/ja.txt" >/dev/null
jid=$("$SIFT" -d "$KDB" list --search 首脳会談 --format tsv | cut -f1)
tm_new -s "$S" -x 80 -y 24 \
    "env LC_ALL=C.UTF-8 NO_COLOR=1 SIFT_ANNOTATOR=tester '$SIFT' -d '$KDB' read $jid; echo sift-exited-\$?; sleep 30"
settle
tm send-keys -t "$S" ] ] 2
settle
like "$T/screen" "claim [0-9]+: arms-supply/denied" "2 tags a Japanese sentence"
tm send-keys -t "$S" q q
settle
tm kill-session -t "$S"
"$SIFT" -d "$KDB" export --format jsonl --article "$jid" >"$T/ja.jsonl"
python3 - "$T/ja.jsonl" "$T/ja.txt" <<'PY'
import json, sys, unicodedata
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
text = open(sys.argv[2], encoding="utf-8").read().split("\n", 1)[1]
assert len(rows) == 1, rows
r = rows[0]
assert r["quote"] == "北朝鮮は砲弾を送ったとされる👨‍👩‍👧‍👦。", r["quote"]
assert r["prefix"].endswith("否定した。") and r["suffix"].startswith("ロシアは"), r
assert (r["prefix"] + r["quote"] + r["suffix"]) in text
assert r["end"] - r["start"] == len(r["quote"])          # code points
assert r["byte_end"] - r["byte_start"] == len(r["quote"].encode())
PY
ok $? "the Japanese claim's quote, prefix and suffix fit the text, in code points and bytes"

# The dev corpus's RSS dump at 80 and 41 columns: the Chinese body, and
# no markup, share widget or RSS promo until H.
"$SIFT" -d "$T/dev.db" import "$DEV"/002_*.txt >/dev/null
for w in 80 41; do
	tm_new -s "$S" -x $w -y 30 \
	    "env LC_ALL=C.UTF-8 NO_COLOR=1 '$SIFT' -d '$T/dev.db' read 1; sleep 30"
	settle
	like "$T/screen" "滨海市政府宣布" "002 at $w: the Chinese body shows"
	unlike "$T/screen" "分享|RSS|feedx|<div|href=|&amp;" "002 at $w: no share widget, RSS promo or markup"
	python3 "$CHECK" --screen $w "$T/screen" >"$T/check" 2>&1
	ok $? "002 at $w passes wrapcheck.py"
	grep -v '^wrap-violations 0' "$T/check" | sed 's/^/#   /' | head -5
	tm send-keys -t "$S" H G
	settle
	like "$T/screen" "feedx" "002 at $w: H shows the hidden blocks"
	like "$T/screen" "boilerplate: " "with their reason"
	tm kill-session -t "$S"
done
done_testing

#!/bin/sh
# Who tags (issue 14, item 2): $SIFT_ANNOTATOR, else the configuration
# file's "annotator NAME", else the login name; on the command line and
# in the reader.  A bad name is refused with the file and the line,
# never echoed raw.
. "${srcdir:-.}/tests/lib.sh"
[ -n "${SQLITE3:-}" ] || skip_all "no sqlite3 shell"
unset SIFT_ANNOTATOR
export XDG_CONFIG_HOME="$T/cfg"
mkdir -p "$T/cfg/sift"
DB="$T/a.db"
"$SIFT" -d "$DB" import "$srcdir/samples/01_en_trade-talks.txt" >/dev/null 2>&1
who() { "$SQLITE3" "$DB" "SELECT annotator FROM claims ORDER BY id DESC LIMIT 1"; }

run "$SIFT" -d "$DB" tag 1 --quote "SANTIAGO, March 3" t/a
is "$rc" 0 "without a configuration file, tag runs"
is "$(who)" "$(id -un)" "the annotator is the login name"

printf '# the desk\nannotator ana   # the first shift\n' >"$T/cfg/sift/config"
run "$SIFT" -d "$DB" tag 1 --quote "four days" t/a
is "$(who)" ana "the configuration file names the annotator"
SIFT_ANNOTATOR=ben "$SIFT" -d "$DB" tag 1 --quote "seventh round" t/a >/dev/null 2>&1
is "$(who)" ben "\$SIFT_ANNOTATOR comes first"
printf 'annotator ana\nannotator 王芳\n' >"$T/cfg/sift/config"
run "$SIFT" -d "$DB" tag 1 --quote "Santiago" t/a
is "$(who)" 王芳 "the last line wins; a CJK name"

for bad in "$(printf 'an\001a')" "two words" "" \
    "$(printf '%070d' 0)" "$(printf 'x\302\205y')" "$(printf 'bad\377')"; do
	printf 'colour title red\nannotator %s\n' "$bad" >"$T/cfg/sift/config"
	run "$SIFT" -d "$DB" list
	printf '%s|' "$rc"
	grep -c 'config:2: an annotator is a name of 1 to 64 bytes' "$T/err" |
	    tr '\n' '|'
	grep -c "$(printf '[\001\205\377]')" "$T/err"
done >"$T/bad"
is "$(sort -u "$T/bad")" "1|1|0" \
    "a control character, two words, none, 70 bytes, C1, bad UTF-8: refused at its line, nothing raw"
is "$("$SQLITE3" "$DB" "SELECT count(*) FROM claims")" 4 "and nothing was tagged"
rm -f "$T/cfg/sift/config"
run env SIFT_ANNOTATOR="$(printf 'a\033[31mb')" "$SIFT" -d "$DB" tag 1 --quote "Santiago" t/a
is "$rc" 1 "\$SIFT_ANNOTATOR with a control character: refused"
like "$T/err" "SIFT_ANNOTATOR: an annotator is a name of 1 to 64 bytes" "and the message names it"
if grep -q "$(printf '\033')" "$T/err"; then r=1; else r=0; fi
is "$r" 0 "without echoing it"
is "$("$SQLITE3" "$DB" "SELECT count(*) FROM claims")" 4 "and nothing was tagged"

# One's own claims, or anybody's for an editor the store names.
rm -f "$T/cfg/sift/config"
mine=$("$SQLITE3" "$DB" "SELECT id FROM claims WHERE annotator = 'ana'")
run env SIFT_ANNOTATOR=ben "$SIFT" -d "$DB" untag "$mine"
is "$rc" 1 "ben cannot delete ana's claim"
like "$T/err" "claim $mine is ana's: only ana, or an editor \(sift editors --add NAME\), may change it" \
    "the message says whose it is and who may"
is "$("$SQLITE3" "$DB" "SELECT count(*) FROM claims WHERE deleted IS NULL")" 4 "and it is still there"
run "$SIFT" -d "$DB" editors --add ben --add 王芳
is "$rc" 0 "editors --add"
is "$("$SIFT" -d "$DB" editors | tr '\n' ' ')" "ben 王芳 " "editors lists them"
run env SIFT_ANNOTATOR=ben "$SIFT" -d "$DB" untag "$mine"
is "$rc" 0 "an editor may delete another's claim"
SIFT_ANNOTATOR=ben "$SIFT" -d "$DB" editors --remove ben >/dev/null 2>&1
is "$("$SIFT" -d "$DB" editors | tr '\n' ' ')" "王芳 " "editors --remove"
run "$SIFT" -d "$DB" editors --add "$(printf 'x\033y')"
is "$rc" 2 "a name with a control character is refused"
if grep -q "$(printf '\033')" "$T/err"; then r=1; else r=0; fi
is "$r" 0 "and not echoed raw"
run env SIFT_ANNOTATOR=ana "$SIFT" -d "$DB" tag 1 --quote "four days" t/a

# The reader reads the same line with the rest of the file.
if tmux_setup annot; then
	printf 'mouse off\nannotator 王芳\n' >"$T/cfg/sift/config"
	tm_new -s "$S" -x 100 -y 14 \
	    "env LC_ALL=C.UTF-8 NO_COLOR=1 XDG_CONFIG_HOME='$T/cfg' '$SIFT' -d '$DB' read 1; sleep 60"
	wait_for "Negotiators met"
	ok $? "the reader takes a configuration file with an annotator"
	like "$T/screen" 'Negotiators met.*│$' "and marks 王芳's claims as the reader's own"
	like "$T/screen" 'SANTIAGO.*:$' "and others' (the login name's) as others'"
	# The claims view: others' claims named, a limits to one annotator.
	tm send-keys -t "$S" T
	wait_for "claims of this article"
	like "$T/screen" '\[ben\] seventh round' "T: another annotator's claim shows the name"
	unlike "$T/screen" '\[王芳\]' "the reader's own claims show none"
	tm send-keys -t "$S" a
	wait_for "limit to the annotator"
	like "$T/screen" "ana" "a offers the annotators with claims here"
	tm send-keys -t "$S" -l be
	tm send-keys -t "$S" Enter
	wait_for "claims of this article, by ben"
	ok $? "a ben Enter: the header says whose"
	is "$(sed '1d;$d' "$T/screen" | grep -c '[^ ]')" 1 "and only ben's claim is listed"
	tm send-keys -t "$S" a
	wait_for "limit to the annotator"
	tm send-keys -t "$S" Enter
	wait_for "^4 claims"
	ok $? "a Enter: all four again"
	# d on another's claim: refused, 王芳 not an editor any more.
	"$SIFT" -d "$DB" editors --remove 王芳 >/dev/null 2>&1
	tm send-keys -t "$S" q
	wait_for "Negotiators met"
	tm send-keys -t "$S" ']'
	tm send-keys -t "$S" d
	wait_for "is [^ ]*'s: only"
	ok $? "the reader's d on another's claim says whose it is"
	is "$("$SQLITE3" "$DB" "SELECT count(*) FROM claims WHERE deleted IS NULL")" 4 \
	    "and deletes nothing"
	tm kill-server
else
	for i in 1 2 3 4 5 6 7 8 9 10 11; do ok 0 "# SKIP no tmux"; done
fi
done_testing

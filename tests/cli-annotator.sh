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

# The reader reads the same line with the rest of the file.
if tmux_setup annot; then
	printf 'mouse off\nannotator 王芳\n' >"$T/cfg/sift/config"
	tm_new -s "$S" -x 100 -y 14 \
	    "env LC_ALL=C.UTF-8 NO_COLOR=1 XDG_CONFIG_HOME='$T/cfg' '$SIFT' -d '$DB' read 1; sleep 60"
	wait_for "Negotiators met"
	ok $? "the reader takes a configuration file with an annotator"
	like "$T/screen" 'Negotiators met.*│$' "and marks 王芳's claims as the reader's own"
	like "$T/screen" 'SANTIAGO.*:$' "and others' (the login name's) as others'"
	tm kill-server
else
	ok 0 "# SKIP no tmux"
	ok 0 "# SKIP no tmux"
	ok 0 "# SKIP no tmux"
fi
done_testing

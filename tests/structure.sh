#!/bin/sh
# The shape of the source, checked with the project's own tools: only the
# reader's files include curses; no cycle among the files of src/ (from
# what each object defines and uses, by nm: tests/callgraph.py); no file
# over $MAX_LINES lines but data tables; no function over $MAX_FUNC
# lines but switch dispatchers.  Each check is one TAP line; what breaks
# it is listed under it.

# Checks that fail today and are being mended: each is reported as a TAP
# TODO (an expected failure) until its name is taken out of this list.
# When a listed check passes, the TAP driver reports an unexpected pass
# (XPASS, which fails `make check`): that is the signal to drop it here.
TODO=""
TODO_WHY="issue 11: being split"

MAX_LINES=900
MAX_FUNC=80

# Files exempt from MAX_LINES, each with its reason.
#   lexicon.c  the classifier's word and phrase lists: data, with a few
#              small lookup functions
BIG_FILES="lexicon.c"

# Functions exempt from MAX_FUNC, each with its reason (switch
# dispatchers: one case per reader action, each a line or a call).
#   ui_article_key  the article view's switch over the reader's actions
LONG_FUNCS="ui_article_key"

. "${srcdir:-.}/tests/lib.sh"
SRC="$srcdir/src"
OBJ=${builddir:-.}/src

# check NAME DESCRIPTION STATUS: one TAP line, a TODO when NAME is listed
check() {
	tap_n=$((tap_n + 1))
	todo=""
	case " $TODO " in *" $1 "*) todo=" # TODO $TODO_WHY";; esac
	if [ "$3" -eq 0 ]; then
		echo "ok $tap_n - $2$todo"
	else
		echo "not ok $tap_n - $2$todo"
		[ -n "$todo" ] || tap_fail=$((tap_fail + 1))
	fi
	sed 's/^/#   /' "$T/why"
}

# 1. Curses stays in the reader: an #include of a curses header, in a
# file or in a header of src/ it includes, only in ui*.c and keys.c.
incl='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"][^>"]*curses[^>"]*[>"]'
: >"$T/why"
hdrs=""
for h in "$SRC"/*.h; do
	grep -q "$incl" "$h" && hdrs="$hdrs ${h##*/}"
done
for f in "$SRC"/*.c; do
	name=${f##*/}
	case $name in ui*.c|keys.c) continue;; esac
	if grep -q "$incl" "$f"; then
		echo "$name includes curses" >>"$T/why"
	fi
	for h in $hdrs; do
		grep -q "^[[:space:]]*#[[:space:]]*include[[:space:]]*\"$h\"" "$f" &&
		    echo "$name includes $h, which includes curses" >>"$T/why"
	done
done
[ -s "$T/why" ]; check curses "only src/ui*.c and src/keys.c include curses" $((1 - $?))

# 2. No cycle among the files of src/.
: >"$T/why"
set --
for f in "$SRC"/*.c; do
	name=${f##*/}
	base=${name%.c}
	o=""
	for c in "$OBJ/$base.o" "$OBJ/sift-$base.o" "$OBJ/libsift_a-$base.o" \
	    "$OBJ/src_sift-$base.o" "$OBJ/src_libsift_a-$base.o"; do
		[ -f "$c" ] && { o=$c; break; }
	done
	if [ -z "$o" ]; then
		echo "$name: no object in $OBJ (build first)" >>"$T/why"
		continue
	fi
	set -- "$@" "$name=$o"
done
if command -v python3 >/dev/null; then
	python3 "$srcdir/tests/callgraph.py" "$@" >>"$T/why" 2>&1
	rc=$?
	[ -s "$T/why" ] && [ $rc -eq 0 ] && rc=1
	check cycles "no cycle among the files of src/ (calls and data, by nm)" $rc
else
	tap_n=$((tap_n + 1))
	echo "ok $tap_n - # SKIP no python3 for tests/callgraph.py"
fi

# 3. No file over MAX_LINES lines, but the data files listed above.
: >"$T/why"
for f in "$SRC"/*.c "$SRC"/*.h; do
	name=${f##*/}
	case " $BIG_FILES " in *" $name "*) continue;; esac
	n=$(wc -l <"$f")
	[ "$n" -gt "$MAX_LINES" ] && echo "src/$name: $n lines" >>"$T/why"
done
[ -s "$T/why" ]; check files "no file of src/ over $MAX_LINES lines" $((1 - $?))

# 4. No function over MAX_FUNC lines, but the dispatchers listed above.
# A function is a line at column 0 naming it with its "(", then a "{" at
# column 0; its length counts the lines from that "{" to its "}".
: >"$T/why"
awk -v lim="$MAX_FUNC" -v allow=" $LONG_FUNCS " '
/^[A-Za-z_].*\(/ { sig = $0; sline = FNR }
/^\{/ { start = FNR; name = sig; sub(/\(.*/, "", name); sub(/.*[ *]/, "", name) }
/^\}/ && start {
	len = FNR - start
	if (len > lim && index(allow, " " name " ") == 0) {
		f = FILENAME; sub(/.*\//, "", f)
		printf "src/%s:%d: %s, %d lines\n", f, sline, name, len
	}
	start = 0
}' "$SRC"/*.c >>"$T/why"
[ -s "$T/why" ]; check functions "no function over $MAX_FUNC lines" $((1 - $?))

done_testing

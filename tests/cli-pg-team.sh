#!/bin/sh
# A team on one PostgreSQL store (issue 14): eight processes tag at once
# for a minute, each as its own role: five annotators from the command
# line, a sixth whose tag commands are killed with kill -9 as they run,
# and two readers in tmux tagging sentence after sentence with a quick
# key.  Half way the server is restarted under them.  Every acknowledged
# claim is stored, once, and in the export; a claim stored but not
# acknowledged comes only from a command the restart cut off.
. "${srcdir:-.}/tests/lib.sh"
pg_setup || skip_all "PostgreSQL is not installed (./bootstrap installs it)"
unset SIFT_ANNOTATOR
export XDG_CONFIG_HOME="$T/cfg"
SECS=${TEAM_SECONDS:-60}
psql_do postgres "CREATE DATABASE team" || skip_all "cannot create a database"
DB=$(pg_uri team)
awk -v dir="$T" 'BEGIN {
	for (a = 1; a <= 12; a++) {
		f = sprintf("%s/a%02d.txt", dir, a)
		printf "Team article %02d\n\n", a >f
		for (i = 1; i <= 30; i++)
			printf "Point %d of article %d was discussed at length by the committee.\n\n", i, a >f
		close(f)
	}
}'
"$SIFT" -d "$DB" import "$T"/a*.txt >/dev/null 2>&1
echo "1 f/r" | "$SIFT" -d "$DB" tagset - >/dev/null
is "$("$SIFT" -d "$DB" list | wc -l | tr -d ' ')" 12 "twelve articles"
roles="w1 w2 w3 w4 w5 k r1 r2"
for r in $roles; do
	psql_do team "CREATE ROLE $r LOGIN;
	    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public
	    TO $r"
done

if tmux_setup pgteam; then
	trap 'pg_stop; tm kill-server 2>/dev/null; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
	for r in r1 r2; do
		tm_new -s "$r" -x 100 -y 16 \
		    "env LC_ALL=C.UTF-8 NO_COLOR=1 '$SIFT' -d '$(pg_uri team $r)'; sleep 600"
	done
	S=r1
	wait_for "Team article 01"
	ok $? "two readers are open on the store"
	tm send-keys -t r1 Enter
	tm send-keys -t r2 j j j Enter
else
	ok 0 "# SKIP no tmux"
fi

# tagger W: tags for $SECS seconds as role W, writing each acknowledged tag
tagger() {
	n=0
	end=$(($(date +%s) + SECS))
	while [ "$(date +%s)" -lt $end ]; do
		n=$((n + 1))
		a=$(((n * 7 + $2) % 12 + 1))
		i=$(((n * 3 + $2) % 30 + 1))
		if "$SIFT" -d "$(pg_uri team "$1")" tag $a \
		    --quote "Point $i of article $a was" "f/v$2" >/dev/null \
		    2>>"$T/err.$1"; then
			echo "$1 $a Point $i of article $a was" >>"$T/ack.$1"
		fi
	done
}
# killed: tag commands each killed with kill -9 after a moment
killed() {
	n=0
	end=$(($(date +%s) + SECS))
	while [ "$(date +%s)" -lt $end ]; do
		n=$((n + 1))
		"$SIFT" -d "$(pg_uri team k)" tag $((n % 12 + 1)) \
		    --quote "Point $((n % 30 + 1)) of article" f/k >/dev/null 2>&1 &
		p=$!
		sleep "0.0$((n % 5))"
		kill -9 $p 2>/dev/null
		wait $p 2>/dev/null
	done
}
# reader R: the next sentence and the quick tag, again and again
reader() {
	end=$(($(date +%s) + SECS))
	while [ "$(date +%s)" -lt $end ]; do
		tm send-keys -t "$1" ']' '1'
		sleep 0.2
	done
}
for w in 1 2 3 4 5; do
	tagger w$w $w &
done
killed &
if [ -n "${TMUX_BIN:-}" ]; then
	reader r1 &
	reader r2 &
fi
sleep $((SECS / 2))
pg_stop fast
sleep 1
pg_start
echo "# the server was restarted at $((SECS / 2)) s"
wait

cat "$T"/ack.w? | sort -u >"$T/acked"
acks=$(wc -l <"$T/acked" | tr -d ' ')
[ "$acks" -gt 50 ]
ok $? "the five annotators' tag commands were acknowledged ($acks)"
cut=$(cat "$T"/err.w? 2>/dev/null | grep -c 'connect\|connection' || true)
others=$(cat "$T"/err.w? 2>/dev/null | grep -vc 'connect\|connection' || true)
echo "# $cut tag commands were refused or cut off while the server restarted"
is "$others" 0 "no tag command failed for any other reason"
"$PGBIN/psql" -X -A -t -F ' ' "$(pg_uri team)" -c "SELECT annotator,
    article_id, quote FROM claims WHERE deleted IS NULL AND annotator
    LIKE 'w%'" | sort >"$T/stored"
is "$(comm -23 "$T/acked" "$T/stored" | wc -l | tr -d ' ')" 0 \
    "every acknowledged claim is stored"
is "$(uniq -d "$T/stored" | wc -l | tr -d ' ')" 0 "none twice"
extra=$(comm -13 "$T/acked" "$T/stored" | wc -l | tr -d ' ')
[ "$extra" -le "$cut" ]
ok $? "stored but not acknowledged: $extra, from the $cut cut off"
all=$("$PGBIN/psql" -X -A -t "$(pg_uri team)" -c "SELECT count(*) FROM claims")
is "$("$SIFT" -d "$DB" export --format jsonl | grep -c '"quote"')" "$all" \
    "the export has every claim ($all)"
fk=$("$PGBIN/psql" -X -A -t "$(pg_uri team)" -c "SELECT count(*) FROM
    claim_tags x LEFT JOIN claims c ON c.id = x.claim_id WHERE c.id IS NULL")
is "$fk" 0 "no tag of a claim that is not there"

if [ -n "${TMUX_BIN:-}" ]; then
	for r in r1 r2; do
		n=$("$PGBIN/psql" -X -A -t "$(pg_uri team)" -c "SELECT count(*)
		    FROM claims WHERE annotator = '$r'")
		[ "$n" -gt 10 ]
		ok $? "reader $r tagged with its quick key ($n claims)"
	done
	n=$("$PGBIN/psql" -X -A -t "$(pg_uri team)" -c "SELECT count(*) FROM
	    claims WHERE article_id = 2 AND deleted IS NULL")
	S=r1
	tm send-keys -t r1 q
	wait_for "[^0-9]$n Team article 02"
	like "$T/screen" "[^0-9]$n Team article 02" \
	    "r1's list counts article 2's $n claims, the others' too"
	tm kill-server
else
	ok 0 "# SKIP no tmux"
	ok 0 "# SKIP no tmux"
	ok 0 "# SKIP no tmux"
fi
done_testing

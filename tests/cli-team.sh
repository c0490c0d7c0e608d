#!/bin/sh
# A team on one store (issue 14): six annotators tag at once from the
# command line for a few seconds while two readers are open in tmux, and
# a seventh's tag commands are killed with kill -9 as they run.  Nothing
# acknowledged is lost, none is stored twice, the store stays sound, and
# the readers show every claim without a key.
. "${srcdir:-.}/tests/lib.sh"
[ -n "${SQLITE3:-}" ] || skip_all "no sqlite3 shell"
unset SIFT_ANNOTATOR
export XDG_CONFIG_HOME="$T/cfg"
DB="$T/team.db"
SECS=${TEAM_SECONDS:-6}
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
is "$("$SIFT" -d "$DB" list | wc -l | tr -d ' ')" 12 "twelve articles"

if tmux_setup team; then
	for r in ann ben; do
		tm_new -s "$r" -x 100 -y 16 \
		    "env LC_ALL=C.UTF-8 NO_COLOR=1 SIFT_ANNOTATOR=$r '$SIFT' -d '$DB'; sleep 120"
	done
	S=ann
	wait_for "Team article 01"
	ok $? "two readers are open on the store"
else
	ok 0 "# SKIP no tmux"
fi

# tagger W: tags for $SECS seconds, writing each acknowledged tag
tagger() {
	n=0
	end=$(($(date +%s) + SECS))
	while [ "$(date +%s)" -lt $end ]; do
		n=$((n + 1))
		a=$(((n * 7 + $1) % 12 + 1))
		i=$(((n * 3 + $1) % 30 + 1))
		if SIFT_ANNOTATOR=w$1 "$SIFT" -d "$DB" tag $a \
		    --quote "Point $i of article $a was" "f/v$1" >/dev/null \
		    2>>"$T/err$1"; then
			echo "w$1 $a Point $i of article $a was" >>"$T/ack$1"
		fi
	done
}
# killed: tag commands each killed with kill -9 after a moment
killed() {
	n=0
	end=$(($(date +%s) + SECS))
	while [ "$(date +%s)" -lt $end ]; do
		n=$((n + 1))
		SIFT_ANNOTATOR=k "$SIFT" -d "$DB" tag $((n % 12 + 1)) \
		    --quote "Point $((n % 30 + 1)) of article" f/k >/dev/null 2>&1 &
		p=$!
		sleep "0.0$((n % 5))"
		kill -9 $p 2>/dev/null
		wait $p 2>/dev/null
	done
}
for w in 1 2 3 4 5 6; do
	tagger $w &
done
killed &
wait

cat "$T"/ack? | sort -u >"$T/acked"
acks=$(cat "$T"/ack? | wc -l | tr -d ' ')
[ "$acks" -gt 30 ]
ok $? "the six annotators' tag commands were acknowledged ($acks)"
is "$(cat "$T"/err? | grep -c .)" 0 "none of them failed"
"$SQLITE3" "$DB" "SELECT annotator, article_id, quote FROM claims
    WHERE deleted IS NULL AND annotator != 'k'" | tr '|' ' ' | sort >"$T/stored"
is "$(comm -3 "$T/acked" "$T/stored" | wc -l | tr -d ' ')" 0 \
    "every acknowledged claim is stored, once, and nothing else"
is "$("$SQLITE3" "$DB" "$INTEGRITY $FK_CHECK")" ok \
    "the store is sound after the kills"
is "$("$SIFT" -d "$DB" export --format jsonl | grep -c '"quote"')" \
    "$("$SQLITE3" "$DB" "SELECT count(*) FROM claims")" "the export has every claim"

if [ -n "${TMUX_BIN:-}" ]; then
	n=$("$SQLITE3" "$DB" "SELECT count(*) FROM claims WHERE article_id = 1 AND deleted IS NULL")
	for r in ann ben; do
		S=$r
		wait_for "[^0-9]$n Team article 01"
		like "$T/screen" "[^0-9]$n Team article 01" \
		    "$r's reader counts article 1's $n claims without a key"
	done
	tm kill-server
else
	ok 0 "# SKIP no tmux"
	ok 0 "# SKIP no tmux"
fi
done_testing

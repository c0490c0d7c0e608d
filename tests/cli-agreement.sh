#!/bin/sh
# sift agreement (issue 14, item 5): how far annotators agree on the
# sentences of the articles each of them marked done.  Checked on two
# textbook examples (Cohen's 50 items, kappa 0.4; Krippendorff's 2011
# nominal example, alpha 0.743) and on generated two- and three-annotator
# sets against an oracle here (the coincidence matrix, worked in awk),
# with the disagreements listed, ~x, sift done and the reader's limit.
. "${srcdir:-.}/tests/lib.sh"
[ -n "${SQLITE3:-}" ] || skip_all "no sqlite3 shell"
unset SIFT_ANNOTATOR
export XDG_CONFIG_HOME="$T/cfg"

# art N FIRST: an article of N sentences numbered from FIRST, five to a
# paragraph; sentence i is found by the quote "Point i on the".
art() {
	awk -v n="$1" -v f="${2:-1}" 'BEGIN {
		split("harbour,tariff,border,grain,pipeline,ferry,railway,customs,fishery,quota", w, ",")
		split("Monday,Tuesday,Wednesday,Thursday,Friday", d, ",")
		printf "Title: Negotiators weigh point %d\n\n", f
		line = ""
		for (i = f; i < f + n; i++) {
			s = sprintf("Point %d on the %s question was raised " \
			    "by the delegation on %s.", i, w[(i % 10) + 1],
			    d[(i % 5) + 1])
			line = line (line == "" ? "" : " ") s
			if ((i - f + 1) % 5 == 0 || i == f + n - 1) {
				print line
				print ""
				line = ""
			}
		}
	}'
}
# tag WHO ID I TAG: WHO tags sentence I of article ID
tag() {
	SIFT_ANNOTATOR=$1 "$SIFT" -d "$DB" tag "$2" --quote "Point $3 on the" \
	    "$4" >/dev/null 2>"$T/tagerr" || cat "$T/tagerr" >&2
}
done_by() { who=$1; shift; SIFT_ANNOTATOR=$who "$SIFT" -d "$DB" done "$@"; }
# field FAMILY COLUMN: a figure of sift agreement --format csv
field() {
	tr -d '\r' <"$T/csv" | awk -F, -v f="$1" -v c="$2" 'NR == 1 { for (i = 1; i <= NF; i++)
	    col[$i] = i } $1 == f { print $(col[c]) }'
}

# Cohen's example: 50 items, both yes 20, both no 15, A yes B no 5,
# A no B yes 10: p_o 0.70, p_e 0.50, kappa 0.40 (and alpha 0.40).
DB="$T/cohen.db"
art 50 >"$T/cohen.txt"
"$SIFT" -d "$DB" import "$T/cohen.txt" >/dev/null 2>&1
is "$("$SIFT" -d "$DB" show 1 | grep -o 'Point [0-9]* on' | wc -l | tr -d ' ')" 50 \
    "the article shows its 50 sentences"
i=1
while [ $i -le 35 ]; do
	[ $i -le 25 ] && tag ann 1 $i vote/yes
	[ $i -le 20 ] || [ $i -ge 26 ] && tag ben 1 $i vote/yes
	i=$((i + 1))
done
run "$SIFT" -d "$DB" agreement
like "$T/out" "no article was marked done by two annotators or more" "nobody marked it done: it says so"
done_by ann 1
done_by ben 1
"$SIFT" -d "$DB" agreement --format csv >"$T/csv"
is "$(head -1 "$T/csv" | tr -d '\r')" "family,annotators,units,values,observed,expected,alpha,kappa" \
    "CSV: a header"
is "$(field vote units) $(field vote values) $(field vote observed)" "50 100 0.700" \
    "Cohen's example: 50 units, 100 values, observed 0.700"
is "$(field vote kappa | tr -d '\r')" 0.400 "kappa 0.400, as the textbook has it"
is "$(field vote alpha)" 0.400 "alpha 0.400 (expected disagreement 0.5, observed 0.3)"
run "$SIFT" -d "$DB" agreement
like "$T/out" "annotators: ann, ben" "text: the annotators"
like "$T/out" "^vote +50 +100 +0\.700 +0\.500 +0\.400 +0\.400$" "text: a row a family"
run "$SIFT" -d "$DB" agreement --format jsonl
like "$T/out" '^\{"family":"vote","annotators":2,"units":50,"values":100,"observed":0.700,"expected":0.500,"alpha":0.400,"kappa":0.400\}$' \
    "JSON Lines: an object a family"
run "$SIFT" -d "$DB" agreement --disagreements
is "$(wc -l <"$T/out" | tr -d ' ')" 15 "15 sentences disagree (5 + 10)"
like "$T/out" "^1	[0-9]+	[0-9]+	vote	ann=yes ben=-	Point 21 on the" \
    "each: article, place, family, who tagged what, the sentence"
run "$SIFT" -d "$DB" agreement --disagreements --format csv
is "$(head -1 "$T/out" | tr -d '\r')" "article,start,end,family,ann,ben,sentence" \
    "CSV: a column an annotator"
like "$T/out" '^1,[0-9]+,[0-9]+,vote,-,yes,Point 26 on the' "CSV: - is no tag of the family"
run "$SIFT" -d "$DB" agreement --disagreements --format jsonl
like "$T/out" '"values":\{"ann":"","ben":"yes"\},"sentence":"Point 30 on the' \
    "JSON Lines: the values by annotator"
"$SIFT" -d "$DB" agreement -D | awk -F'\t' 'NR == 1 { print $2, $3 }' >"$T/place"
"$SIFT" -d "$DB" claims | awk -F'\t' '$5 ~ /^Point 21 on the/ { n++ } END { print n }' >"$T/n21"
is "$(cat "$T/n21")" 1 "(one claim on sentence 21)"
"$SIFT" -d "$DB" export --format jsonl | grep '"quote":"Point 21 on the"' |
    sed 's/.*"start":\([0-9]*\).*/\1/' >"$T/cp"
is "$(cut -d' ' -f1 "$T/place")" "$(cat "$T/cp")" \
    "the place is in code points, where the export puts the claim that starts it"

# Krippendorff (2011), the nominal example: 4 observers, 12 units,
# missing values; alpha 0.743.  A unit an article of one sentence, a
# value a tag k/N, a missing value an observer who did not mark it done.
DB="$T/kripp.db"
i=1
while [ $i -le 12 ]; do
	art 1 $i >"$T/k$i.txt"
	i=$((i + 1))
done
i=1
while [ $i -le 12 ]; do
	"$SIFT" -d "$DB" import "$T/k$i.txt" >/dev/null 2>&1
	i=$((i + 1))
done
# unit: A B C D (. missing)
cat >"$T/kripp" <<'EOF'
1 1 . 1
2 2 3 2
3 3 3 3
3 3 3 3
2 2 2 2
1 2 3 4
4 4 4 4
1 1 2 1
2 2 2 2
. 5 5 5
. . 1 1
. 3 . .
EOF
u=1
while read a b c d; do
	n=0
	for who in A B C D; do
		n=$((n + 1))
		v=$(echo "$a $b $c $d" | cut -d' ' -f$n)
		[ "$v" = . ] && continue
		tag "$who" $u $u "k/$v"
		done_by "$who" $u
	done
	u=$((u + 1))
done <"$T/kripp"
"$SIFT" -d "$DB" agreement --format csv >"$T/csv"
is "$(field k units) $(field k values)" "11 40" \
    "Krippendorff's example: 11 pairable units, 40 values (unit 12 has one)"
is "$(field k alpha)" 0.743 "alpha 0.743, as the paper has it"
is "$(field k annotators)" 4 "four annotators"
is "$(field k kappa | tr -d '\r')" "" "kappa only for two"
"$SIFT" -d "$DB" agreement --annotators A,B --format csv >"$T/csv"
is "$(field k annotators) $(field k units)" "2 9" "--annotators A,B: the units both read"

# Generated sets: two and three annotators, two families, tags drawn at
# random (some sentences two tags of a family), one article not read by
# the third.  The oracle works alpha from the coincidence matrix and
# kappa from the two margins; sift from agree.c's sums.
gen_oracle() {
	# stdin: "unit coder value" for every reader's value (- for none)
	awk -v two="$1" '
	{ v[$1, $2] = $3; units[$1] = 1; coders[$2] = 1; m[$1]++ }
	END {
		for (u in units) {
			if (m[u] < 2) continue
			for (a in coders) for (b in coders) {
				if (a == b || !((u, a) in v) || !((u, b) in v)) continue
				o[v[u, a], v[u, b]] += 1 / (m[u] - 1)
				cats[v[u, a]] = 1
			}
		}
		for (c in cats) for (k in cats) { nc[c] += o[c, k]; n += o[c, k] }
		for (c in cats) for (k in cats) if (c != k) {
			dobs += o[c, k]; dexp += nc[c] * nc[k]
		}
		dobs /= n; dexp /= n * (n - 1)
		printf "%.3f", 1 - dobs / dexp
		if (two != "") {
			split(two, ab, ",")
			for (u in units) if ((u, ab[1]) in v && (u, ab[2]) in v) {
				nn++; same += v[u, ab[1]] == v[u, ab[2]]
				pa[v[u, ab[1]]]++; pb[v[u, ab[2]]]++
			}
			for (c in pa) pe += (pa[c] / nn) * ((c in pb ? pb[c] : 0) / nn)
			printf " %.3f", (same / nn - pe) / (1 - pe)
		}
		printf "\n"
	}'
}
for set in 2 3; do
	DB="$T/gen$set.db"
	art 20 1 >"$T/g1.txt"; art 20 21 >"$T/g2.txt"; art 20 41 >"$T/g3.txt"
	"$SIFT" -d "$DB" import "$T/g1.txt" "$T/g2.txt" "$T/g3.txt" >/dev/null 2>&1
	coders="ann ben"
	[ $set = 3 ] && coders="ann ben cy"
	# the draw: coder article sentence claim-tags topic-tag
	awk -v seed=$set -v coders="$coders" 'BEGIN {
		srand(seed); nc = split(coders, c, " ")
		for (a = 1; a <= 3; a++) for (s = 1; s <= 20; s++) {
			truth = int(rand() * 3)
			for (k = 1; k <= nc; k++) {
				if (c[k] == "cy" && a == 3) continue
				v = rand() < 0.75 ? truth : int(rand() * 3)
				cl = v == 0 ? "-" : v == 1 ? "claim/alleged" : "claim/denied"
				if (v == 2 && rand() < 0.2) cl = "claim/alleged;claim/denied"
				tp = rand() < 0.3 ? "topic/trade" : "-"
				print c[k], a, (a - 1) * 20 + s, cl, tp
			}
		}
	}' >"$T/draw$set"
	while read who a s cl tp; do
		for t in $(echo "$cl" | tr ';' ' ') $tp; do
			[ "$t" = - ] || tag "$who" "$a" "$s" "$t"
		done
	done <"$T/draw$set"
	for who in $coders; do
		if [ "$who" = cy ]; then done_by cy 1 2; else done_by "$who" 1 2 3; fi
	done
	two=""
	[ $set = 2 ] && two="ann,ben"
	awk '{ v = $4; gsub(/claim\//, "", v); sub(/;/, "+", v); print $3, $1, v }' \
	    "$T/draw$set" | gen_oracle "$two" >"$T/want-claim"
	awk '{ v = $5; sub(/topic\//, "", v); print $3, $1, v }' \
	    "$T/draw$set" | gen_oracle "$two" >"$T/want-topic"
	"$SIFT" -d "$DB" agreement --format csv >"$T/csv"
	got_claim=$(field claim alpha)
	got_topic=$(field topic alpha)
	if [ $set = 2 ]; then
		got_claim="$got_claim $(field claim kappa | tr -d '\r')"
		got_topic="$got_topic $(field topic kappa | tr -d '\r')"
	fi
	is "$got_claim" "$(cat "$T/want-claim")" \
	    "$set annotators, family claim: alpha${two:+ and kappa} as the oracle's"
	is "$got_topic" "$(cat "$T/want-topic")" \
	    "$set annotators, family topic: alpha${two:+ and kappa} as the oracle's"
	is "$(field claim units)" 60 "$set annotators: 60 sentences"
	awk '{ v = $4; gsub(/claim\//, "", v); sub(/;/, "+", v); print $3, $1, v }' \
	    "$T/draw$set" | awk '{ if (($1) in v && v[$1] != $3) d[$1] = 1; v[$1] = $3 }
	    END { n = 0; for (u in d) n++; print n }' >"$T/want-d"
	"$SIFT" -d "$DB" agreement -D --tags 'claim/*' | wc -l | tr -d ' ' >"$T/got-d"
	is "$(cat "$T/got-d")" "$(cat "$T/want-d")" \
	    "$set annotators: --tags 'claim/*' lists the oracle's disagreements"
done
"$SIFT" -d "$DB" agreement -D | grep -c '	claim	.*alleged+denied' >"$T/both"
[ "$(cat "$T/both")" -gt 0 ]
ok $? "two tags of a family on one sentence are one value, joined by +"
"$SIFT" -d "$DB" agreement --tags topic --format csv >"$T/csv"
is "$(awk -F, 'NR > 1 { print $1 }' "$T/csv")" topic "--tags FAMILY: that family alone"

# ~x: the articles the annotators who read them disagree on.
DB="$T/x.db"
art 5 1 >"$T/x1.txt"; art 5 6 >"$T/x2.txt"; art 5 11 >"$T/x3.txt"
"$SIFT" -d "$DB" import "$T/x1.txt" "$T/x2.txt" "$T/x3.txt" >/dev/null 2>&1
tag ann 1 2 c/alleged; tag ben 1 2 c/alleged
tag ann 2 7 c/alleged; tag ben 2 7 c/denied
tag ann 3 12 c/alleged
done_by ann 1 2 3; done_by ben 1 2
is "$("$SIFT" -d "$DB" list --where '~x' | cut -f1 | tr '\n' ' ')" "2 " \
    "~x: the article they disagree on, not the one they agree on nor one only ann read"
is "$("$SIFT" -d "$DB" list --where '!~x ~C' | cut -f1 | sort | tr '\n' ' ')" "1 3 " \
    "!~x ~C: the others with claims"
done_by ben 3
is "$("$SIFT" -d "$DB" list --where '~x' | cut -f1 | sort | tr '\n' ' ')" "2 3 " \
    "ben marks 3 done without tagging sentence 12: now they disagree on it"
is "$(SIFT_ANNOTATOR=ben "$SIFT" -d "$DB" list --where '~D' | cut -f1 | sort | tr '\n' ' ')" "1 2 3 " \
    "~D: the articles ben marked done"
done_by ben --undo 3
is "$(SIFT_ANNOTATOR=ben "$SIFT" -d "$DB" list --where '~D' | cut -f1 | sort | tr '\n' ' ')" "1 2 " \
    "done --undo takes ben's mark back"
is "$(SIFT_ANNOTATOR=ann "$SIFT" -d "$DB" list --where '~D' | cut -f1 | sort | tr '\n' ' ')" "1 2 3 " \
    "and leaves ann's"
run "$SIFT" -d "$DB" claims --where '~x'
is "$(cut -f2 "$T/out" | sort -u | tr '\n' ' ')" "2 " "claims --where '~x'"

# Two stores, as a team without a shared one: each annotator tags and
# marks done in their own; ben's JSON Lines export carries his done
# marks with his claims, and ann's store, merging it, agrees as the
# shared store above does.
"$SIFT" -d "$DB" agreement --format csv >"$T/shared.csv"
for who in ann ben; do
	DB="$T/$who.db"
	"$SIFT" -d "$DB" import "$T/x1.txt" "$T/x2.txt" "$T/x3.txt" >/dev/null 2>&1
done
DB="$T/ann.db"
tag ann 1 2 c/alleged; tag ann 2 7 c/alleged; tag ann 3 12 c/alleged
done_by ann 1 2 3
DB="$T/ben.db"
tag ben 1 2 c/alleged; tag ben 2 7 c/denied
done_by ben 1 2
"$SIFT" -d "$DB" export --format jsonl >"$T/ben.jsonl"
is "$(grep -c '^{"type":"done","article":{"id":[0-9]*,.*"sha256":"[0-9a-f]*"},"annotator":"ben","at":"' "$T/ben.jsonl")" 2 \
    "export --format jsonl: a line a done mark, after the claims"
run "$SIFT" -d "$T/ann.db" import-claims "$T/ben.jsonl"
like "$T/out" "^2 done marks added, 0 known, 0 of articles not here$" "import-claims merges them"
DB="$T/ann.db"
"$SIFT" -d "$DB" agreement --format csv >"$T/merged.csv"
is "$(cat "$T/merged.csv")" "$(cat "$T/shared.csv")" \
    "the merged store's agreement is the shared store's"
run "$SIFT" -d "$T/ann.db" import-claims "$T/ben.jsonl"
like "$T/out" "^0 done marks added, 2 known" "merging again adds none"
is "$("$SIFT" -d "$T/ann.db" claims --annotator ben | cut -f3 | tr '\n' ' ')" \
    "c/alleged c/denied " "claims --annotator: one annotator's claims"
"$SIFT" -d "$T/ann.db" export --format jsonl -A ann >"$T/ann.jsonl"
is "$(grep -c '"annotator":"ann"' "$T/ann.jsonl") $(grep -vc '"annotator":"ann"' "$T/ann.jsonl")" \
    "6 0" "export -A: one annotator's claims and done marks, nobody else's"
"$SIFT" -d "$T/ben.db" export --format csv >"$T/ben.csv"
if grep -q 'done' "$T/ben.csv"; then r=1; else r=0; fi
is "$r" 0 "CSV carries no done marks"
cat >"$T/bad.jsonl" <<'EOF'
{"type":"done","article":{"sha256":"00"},"annotator":"x\u001b[31my","at":"2026"}
EOF
run "$SIFT" -d "$T/ann.db" import-claims "$T/bad.jsonl"
like "$T/err" "a done mark without its annotator or time, skipped" \
    "a done mark with a bad annotator is skipped, said"
DB="$T/x.db"

# Errors: said, nothing changed.
run "$SIFT" -d "$DB" done 99
is "$rc" 1 "done: no such article, exit 1"
like "$T/err" "no article 99 in .*(x\.db|postgresql:)" "and the message names it and the store"
run "$SIFT" -d "$DB" done
is "$rc" 2 "done without an article: a usage error"
run "$SIFT" -d "$DB" agreement --annotators ann
is "$rc" 2 "--annotators with one name: a usage error"
like "$T/err" "name two or more" "that says why"
run "$SIFT" -d "$DB" agreement --format xml
like "$T/err" "--format must be text, csv or jsonl, not 'xml'" "a bad format is named"
run "$SIFT" -d "$DB" agreement --annotators 'ann,,ben'
like "$T/err" "an empty name in the list" "an empty name is refused"
"$SQLITE3" "$DB" "UPDATE claims SET annotator = 'b' || char(27) || '[31mx' WHERE annotator = 'ben'" 2>/dev/null
SIFT_ANNOTATOR='b' "$SIFT" -d "$DB" done 1 2 >/dev/null 2>&1
"$SQLITE3" "$DB" "UPDATE article_done SET annotator = 'b' || char(27) || '[31mx' WHERE annotator = 'b'" 2>/dev/null
"$SIFT" -d "$DB" agreement >"$T/out" 2>&1
"$SIFT" -d "$DB" agreement -D >>"$T/out" 2>&1
if grep -q "$(printf '\033')" "$T/out"; then r=1; else r=0; fi
is "$r" 0 "an annotator's name with an escape never reaches the terminal raw"

# The reader: l ~x limits the list (its ids read on a connection of
# their own).
DB="$T/x.db"
if tmux_setup agree; then
	tm_new -s "$S" -x 100 -y 12 \
	    "env LC_ALL=C.UTF-8 NO_COLOR=1 SIFT_ANNOTATOR=ann '$SIFT' -d '$DB'; sleep 60"
	wait_for "point 11"
	tm send-keys -t "$S" l
	tm send-keys -t "$S" -l '~x'
	tm send-keys -t "$S" Enter
	i=0
	while [ $i -lt 50 ]; do
		tm capture-pane -p -t "$S" >"$T/screen"
		grep -q '~x' "$T/screen" && ! grep -q 'point 11' "$T/screen" && break
		sleep 0.1
		i=$((i + 1))
	done
	like "$T/screen" "point 6" "l ~x: the article they disagree on"
	unlike "$T/screen" "point 11" "and not the others"
	# X in an article: the next sentence they disagree on, and who
	# tagged what there.
	DB="$T/adj.db"
	"$SIFT" -d "$DB" import "$T/x2.txt" >/dev/null 2>&1
	tag ann 1 7 c/alleged; tag ben 1 7 c/denied; tag ben 1 9 c/alleged
	tag ann 1 10 c/alleged; tag ben 1 10 c/alleged
	done_by ann 1; done_by ben 1
	tm_new -s adj -x 100 -y 12 \
	    "env LC_ALL=C.UTF-8 NO_COLOR=1 SIFT_ANNOTATOR=ann '$SIFT' -d '$DB' read 1; sleep 60"
	S=adj
	wait_for "Point 6 on"
	tm send-keys -t "$S" X
	wait_for "c: ann=alleged ben=denied"
	ok $? "X: the first sentence they disagree on, who tagged what"
	tm send-keys -t "$S" X
	wait_for "c: ann=- ben=alleged"
	ok $? "X again: the next (the one they agree on is passed)"
	tm send-keys -t "$S" X
	wait_for "from the top: c: ann=alleged ben=denied"
	ok $? "X at the last: from the top"
	tm send-keys -t "$S" t
	wait_for "tag: "
	tm send-keys -t "$S" -l c/denied
	tm send-keys -t "$S" Enter
	sleep 0.5
	is "$("$SIFT" -d "$DB" claims | sort -n | tail -n 1 | cut -f3,5)" \
	    "c/denied	Point 7 on the customs question was raised by the delegation on Wednesday." \
	    "and t tags the sentence X put the cursor on"
	tm kill-server
else
	for i in 1 2 3 4 5 6; do ok 0 "# SKIP no tmux"; done
fi
done_testing

#!/bin/sh
# cli-html.sh: whole web pages end to end.  The labelled pages of
# tests/pages score above their bars; their metadata reaches `sift list`;
# --explain names the DOM evidence; reader comments go to the comments
# section; a store from before the page's shape was kept is brought up to
# date by `sift reclean` without losing a claim; hostile pages (deep
# nesting, raw text holding markup, broken markup, a huge page) give a
# result or a clear error.

. "${srcdir:-.}/tests/lib.sh"

P="$srcdir/tests/pages"

python3 "$srcdir/tests/score-clean.py" "$SIFT" "$P" 1 1 >"$T/score"
ok $? "tests/pages: every snippet right (kept and hidden 1.000)"
sed -n '/clean-score/p' "$T/score"
grep -v clean-score "$T/score" | head -20

# Metadata: date, source and author from JSON-LD and Open Graph.
DB="$T/pages.db"
run "$SIFT" -d "$DB" import "$P"
is "$rc" 0 "the pages import"
n=$(ls "$P"/*.html | wc -l)
like "$T/out" "^$n imported" "every page is an article"
f="$P/001_en_page_ferry-contract.html"
date=$(sed -n 's/.*"datePublished":"\([0-9-]*\)T.*/\1/p' "$f" | head -1)
site=$(sed -n 's/.*property="og:site_name" content="\([^"]*\)".*/\1/p' "$f" | head -1)
run "$SIFT" -d "$DB" list --format tsv
like "$T/out" "	$date[^	]*	$site	en	County picks Bayline" \
    "list shows the page's date and site"
id=$(grep "County picks Bayline" "$T/out" | cut -f1)
run "$SIFT" -d "$DB" show --explain "$id"
like "$T/out" "^\[author Marjorie Keane; main subtree: " \
    "explain names the author and the main subtree"
like "$T/out" "outside the main subtree" "explain says what is outside it"
grep -q "dom: in \(<nav>\|<header>\|<footer>\|<aside>\|class '\|id '\)" "$T/out"
ok $? "explain names a landmark or a class"

# Comments go after the article, under their heading.
for lab in "$P"/*.labels; do
	c=$(sed -n 's/^c //p' "$lab" | head -1)
	[ -n "$c" ] || continue
	page=${lab%.labels}
	"$SIFT" clean --comments "$page" >"$T/out" 2>"$T/err"
	sed -n '1,/^-- Comments --$/p' "$T/out" >"$T/article"
	sed -n '/^-- Comments --$/,$p' "$T/out" >"$T/comments"
	base=$(basename "$page")
	if grep -qF -- "$c" "$T/article"; then
		ok 1 "$base: a comment is not in the article"
	else
		ok 0 "$base: a comment is not in the article"
	fi
done
"$SIFT" clean -c "$P/003_en_page_bridge-closure-thread.html" >"$T/out"
like "$T/out" "^-- Comments --$" "a thread's comments have their section"
# a blog's name in the <h1>, the shorter piece of the <title>, is no title
"$SIFT" clean --title "$P/076_ja_page_blog-title.html" >"$T/out"
is "$(head -1 "$T/out")" "商店街の古本屋が閉店した" \
    "the longer piece of the <title> is the title, not the blog's <h1>"
# by default a page's title, from its head and <h1>, is left out
"$SIFT" clean "$P/076_ja_page_blog-title.html" >"$T/out"
if grep -q "商店街の古本屋が閉店した" "$T/out"; then
	ok 1 "clean leaves a page's title out without --title"
else
	ok 0 "clean leaves a page's title out without --title"
fi
"$SIFT" clean --width 60 "$P/076_ja_page_blog-title.html" >"$T/out"
is "$(head -1 "$T/out")" "商店街の古本屋が閉店した" \
    "with --width, clean shows the title first, as the reader does"
"$SIFT" clean --explain "$P/076_ja_page_blog-title.html" >"$T/out"
is "$(head -1 "$T/out")" "商店街の古本屋が閉店した" \
    "with --explain, clean shows the title its block's reason points to"
printf 'Talks collapse\n\nThe talks failed on Tuesday, the minister said.\n' |
    "$SIFT" clean - >"$T/out"
is "$(head -1 "$T/out")" "Talks collapse" \
    "a text dump's first line, its title, is its text and stays"
# code repeats its lines: a line in a second block of code is no repeat
cat >"$T/code.html" <<'EOF'
<html><head><title>Timeouts behind a proxy</title></head><body><article>
<h1>Timeouts behind a proxy</h1>
<p>Long-lived connections were cut after sixty seconds, because the proxy closes idle ones by default and nobody had changed it.</p>
<pre><code>location /ws/ {
    proxy_read_timeout 300s;
}</code></pre>
<p>Then reload the server and test again, as the manual says for every change to the file.</p>
<pre><code>location /api/ {
    proxy_read_timeout 300s;
}</code></pre>
</article></body></html>
EOF
"$SIFT" clean "$T/code.html" >"$T/out"
is "$(grep -c 'proxy_read_timeout 300s;' "$T/out")" 2 \
    "a line that two blocks of code share shows in both"
# subtitles under the title stay, over a byline's box with its dates,
# and a dek the page names so though a phrase rule caught a word of it
cat >"$T/sub.html" <<'EOF'
<html><head><title>Battery makers' profits fall by half</title></head><body>
<header><nav><a href=/>Home</a> <a href=/b>Business</a></nav></header>
<main><div><h2 class=news_ttl>Battery makers' profits fall by half</h2>
<div><h3 class=sub_ttl>Combined operating profit of the three makers down
more than 60 percent</h3><h3 class=sub_ttl>Storage orders from data centres
in North America raise hopes of a rebound</h3></div>
<div class=author><p>Lee Jun, staff reporter</p><p>lee@example.com</p>
<p>Published:</p><p>2025-07-28 16:42</p></div></div>
<div itemprop=articleBody><p>The three makers reported a combined operating
profit for the quarter that was less than half of last year's, as sales of
electric cars slowed in Europe and in North America.</p><p>Orders for energy
storage systems from data centres grew, and the makers said they expect a
rebound in the second half of the year, though analysts were more careful.
</p><p>None of the three would say when their new plants would open.</p>
</div></main></body></html>
EOF
"$SIFT" clean "$T/sub.html" >"$T/out"
like "$T/out" "^Combined operating profit of the three" "a subtitle stays"
like "$T/out" "^Storage orders from data centres in" "and the one under it"
unlike "$T/out" "2025-07-28" "the byline's date does not"
cat >"$T/dek.html" <<'EOF'
<html><head><title>School board approves a smaller budget</title></head>
<body><article><div class=asset-header><h1>School board approves a smaller
budget</h1><h2 class=subhead>Board members split 4-3 after hours of public
comment from teachers and parents</h2></div><div class=article-body><p>The
school board approved a budget of $112 million on Tuesday, cutting 46
positions as the number of pupils in the district keeps falling.</p><p>The
vote came after four hours of comment from teachers and parents, most of
whom asked the board to keep the music programme.</p></div></article>
</body></html>
EOF
"$SIFT" clean "$T/dek.html" >"$T/out"
like "$T/out" "^Board members split 4-3" \
    "a named dek stays though a phrase rule caught a word of it"

# under a heading alone, outside the story's element
"$SIFT" clean --comments "$P/071_de_page_signup-box.html" >"$T/out"
sed -n '/^-- Comments --$/,$p' "$T/out" >"$T/comments"
like "$T/comments" "^Der Fonds kommt zu sp" \
    "comments under a heading beside the story have their section"

# A store from before the upgrade: no shapes kept.  reclean brings them
# back, every claim stays where it was.  (The old store is made by
# hand in SQLite: only there.)
if [ -n "${SQLITE3:-}" ]; then
	"$SIFT" -d "$DB" show "$id" >"$T/fresh"
	q=$(sed -n 's/^+ //p' "$f.labels" | sed -n 3p)
	run "$SIFT" -d "$DB" tag "$id" --quote "$q" ferry/claim
	is "$rc" 0 "a claim is tagged"
	"$SQLITE3" "$DB" "DELETE FROM article_dom; UPDATE articles SET author = NULL"
	"$SIFT" -d "$DB" show "$id" >"$T/old"
	run cmp -s "$T/fresh" "$T/old"
	is "$rc" 1 "without its shape the page reads otherwise"
	run "$SIFT" -d "$DB" reclean
	is "$rc" 0 "reclean runs"
	is "$("$SQLITE3" "$DB" "SELECT count(*) FROM article_dom")" "$n" \
	    "reclean stores every page's shape again"
	"$SIFT" -d "$DB" show "$id" >"$T/again"
	run cmp "$T/fresh" "$T/again"
	is "$rc" 0 "and the page reads as when it was imported"
	run "$SIFT" -d "$DB" claims --article "$id"
	like "$T/out" "ferry/claim" "the claim is kept"
	is "$("$SQLITE3" "$DB" "SELECT anchor FROM claims")" exact \
	    "and still anchored exactly"
fi

# Hostile pages: a result or a clear error, never a crash or a hang.
python3 - "$T" <<'PY'
import sys
t = sys.argv[1]
n = 100000
open(t + "/deep.html", "w").write("<html><body>" + "<div>" * n +
    "<p>The deepest paragraph of the page says something.</p>" +
    "</div>" * n + "<p>And a paragraph after all that nesting.</p></body></html>")
open(t + "/script.html", "w").write("<html><head><title>s</title></head><body>"
    "<p>Before the script.</p><script>var s = '</p><p>not text</p>';"
    "</script><p>After the script.</p></body></html>")
open(t + "/broken.html", "w").write("<html><body><div><p>One <b>two <i>three"
    "</b> four</i><table><tr><td>cell<p>para</table></span></div></div>"
    "<a href='x>unterminated")
page = ("<div class='x'><p>Filler paragraph of a very large page, written "
        "to be long enough.</p></div>\n") * 1
with open(t + "/huge.html", "w") as f:
    f.write("<html><body>")
    size = 0
    while size < 40 * 1024 * 1024:
        f.write(page * 1000)
        size += len(page) * 1000
    f.write("</body></html>")
PY
run timeout 120 "$SIFT" clean --all "$T/deep.html"
is "$rc" 0 "100,000 nested divs: clean exits 0"
like "$T/out" "The deepest paragraph" "the deepest text is read"
like "$T/out" "And a paragraph after" "and the text after it"
run "$SIFT" clean --all "$T/script.html"
like "$T/out" "After the script" "a script holding </p> is raw text"
if grep -q "not text" "$T/out"; then ok 1 "its markup is not text"; else
	ok 0 "its markup is not text"; fi
run "$SIFT" clean --all "$T/broken.html"
is "$rc" 0 "broken markup: clean exits 0"
like "$T/out" "One two three four" "and reads its text"
run timeout 300 "$SIFT" clean "$T/huge.html"
is "$rc" 1 "a 40 MB page over the limit exits 1"
like "$T/err" "huge.html: larger than the 32 MB limit" "with a clear error"

done_testing

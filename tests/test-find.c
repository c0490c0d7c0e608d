/*
 * test-find.c: find.c's search in an article finds what a search of
 * text_fold's fold of the whole text finds (the reader's search before
 * find.c, kept here as the oracle): the same matches at the same byte
 * ranges, for texts of ASCII, of other scripts, of clusters of several
 * code points (combining marks, Hangul jamo, emoji sequences, flags) and
 * of folds that change the length (ß, ligatures, fullwidth forms).
 */

#include "config.h"

#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "tap.h"

/* The oracle: fold all, search the fold, map back. */
static void
oracle(const char *text, const char *query, struct find *f)
{
	char	*ft, *fq;
	size_t	 ftlen, fqlen, *map, *qmap, at;
	const char *p, *h;

	memset(f, 0, sizeof *f);
	ft = text_fold(text, strlen(text), &ftlen, &map);
	fq = text_fold(query, strlen(query), &fqlen, &qmap);
	for (p = ft; fqlen > 0 && (h = memmem(p, ftlen - (p - ft), fq,
	    fqlen)) != NULL; p = h + fqlen) {
		f->start = xreallocarray(f->start, f->n + 1, sizeof *f->start);
		f->len = xreallocarray(f->len, f->n + 1, sizeof *f->len);
		at = map[h - ft];
		f->start[f->n] = at;
		f->len[f->n] = map[h - ft + fqlen] - at > 0 ?
		    map[h - ft + fqlen] - at : 1;
		f->n++;
	}
	free(ft);
	free(fq);
	free(map);
	free(qmap);
}

static int
same(const struct find *a, const struct find *b)
{
	size_t	i;

	if (a->n != b->n)
		return (0);
	for (i = 0; i < a->n; i++)
		if (a->start[i] != b->start[i] || a->len[i] != b->len[i])
			return (0);
	return (1);
}

static void
check(const char *text, const char *query, size_t want, const char *name)
{
	struct find	got, exp;

	memset(&got, 0, sizeof got);
	find_text(&got, text, strlen(text), query);
	oracle(text, query, &exp);
	/* SIZE_MAX: as many as the fold finds, and some */
	if (!ok(same(&got, &exp) && (want == SIZE_MAX ? got.n > 0 :
	    got.n == want), "%s", name))
		printf("#   got %zu matches (first at %zu), the fold %zu\n",
		    got.n, got.n > 0 ? got.start[0] : 0, exp.n);
	find_free(&got);
	find_free(&exp);
}

static const struct {
	const char	*text;
	const char	*query;
	size_t		 n;
	const char	*name;
} cases[] = {
	{ "The Senate voted.\nthe senate VOTED again.", "senate", 2,
	  "ASCII, case folded, in two blocks" },
	{ "Apples and ＡＰＰＬＥＳ", "apples", 2,
	  "fullwidth letters fold to ASCII" },
	{ "Die STRASSE, die Straße.", "straße", 2, "ß is ss" },
	{ "an oﬃce, an office", "office", 2, "a ligature folds to letters" },
	{ "cafe\xcc\x81 and café", "café", 2,
	  "a combining accent makes one cluster with its letter" },
	{ "cafe\xcc\x81 is not cafe", "cafe", 1,
	  "a letter with a combining accent is not the bare letter" },
	{ "“Quoted” text … and “more”", "more", 1,
	  "ASCII among curly quotes" },
	{ "한국어 텍스트와 한국", "한국", 2, "Hangul syllables" },
	{ "\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab and 한", "한", 2,
	  "Hangul jamo make one cluster, as the syllable" },
	{ "ｶﾀｶﾅ and カタカナ", "カタカナ", 2, "halfwidth kana" },
	{ "会談が行われた。首脳会談", "会談", 2, "CJK" },
	{ "a 👩‍💻 coder, a 👩 woman", "👩", 2,
	  "an emoji in a sequence of one cluster, as the fold finds it" },
	{ "flags 🇯🇵🇫🇷 and 🇫🇷", "🇫🇷", 2, "regional indicators pair" },
	{ "x\xd8\x80" "1 and 1", "1", 2,
	  "a digit after a prepended mark, in one cluster" },
	{ "x\xd8\x80" "1 and 1", "\xd8\x80", 1,
	  "the prepended mark, its match the whole cluster" },
	{ "nothing here", "absent", 0, "no match" },
	{ "aaaa", "aa", 2, "matches do not overlap" },
	{ "", "x", 0, "an empty text" },
	{ "text", "", 0, "an empty query" },
};

/* Skip the blocks whose bit is set in *arg. */
static int
skip_mask(size_t block, void *arg)
{
	return (block < 32 && (*(unsigned *)arg & (1u << block)) != 0);
}

/*
 * A finder used for many texts (the list search's sift_found): the same
 * matches as find_text, blocks skipped, the first block with a match.
 */
static void
finder_cases(void)
{
	const char	*text = "Straße one\nno match\nSTRASSE two\nstrasse";
	struct finder	*x;
	struct find	 f, g;
	unsigned	 mask;

	memset(&f, 0, sizeof f);
	memset(&g, 0, sizeof g);
	x = finder_new("straße");
	finder_run(x, &f, text, strlen(text), NULL, NULL, 0);
	find_text(&g, text, strlen(text), "straße");
	ok(same(&f, &g) && f.n == 3, "a finder finds what find_text finds");
	finder_run(x, &f, "no straße here, nor STRASSE",
	    strlen("no straße here, nor STRASSE"), NULL, NULL, 0);
	ok(f.n == 2, "the same finder, another text: 2 matches");
	mask = 1u << 0 | 1u << 2;
	finder_run(x, &f, text, strlen(text), skip_mask, &mask, 0);
	ok(f.n == 1 && f.start[0] == strlen(text) - 7,
	    "blocks 0 and 2 skipped: only the last line's match");
	finder_run(x, &f, text, strlen(text), NULL, NULL, 1);
	ok(f.n == 1 && f.start[0] == 0, "first: the first block's match alone");
	mask = 1u << 0;
	finder_run(x, &f, text, strlen(text), skip_mask, &mask, 1);
	ok(f.n == 1 && f.start[0] == 21, "first, block 0 skipped: block 2's");
	mask = 0xf;
	finder_run(x, &f, text, strlen(text), skip_mask, &mask, 0);
	ok(f.n == 0, "every block skipped: no match");
	finder_free(x);
	x = finder_new("");
	finder_run(x, &f, text, strlen(text), NULL, NULL, 0);
	ok(f.n == 0, "an empty query finds nothing");
	finder_free(x);
	find_free(&f);
	find_free(&g);
}

int
main(void)
{
	struct buf	 b;
	size_t		 i;

	setlocale(LC_ALL, "C.UTF-8");
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		check(cases[i].text, cases[i].query, cases[i].n,
		    cases[i].name);

	/* every case's text in one, many times over, as blocks */
	buf_init(&b);
	for (i = 0; i < 200; i++) {
		buf_adds(&b, cases[i % (sizeof cases / sizeof cases[0])].text);
		buf_addc(&b, i % 3 == 0 ? '\n' : ' ');
	}
	check(b.data, "straße", SIZE_MAX, "a long text of every script: straße");
	check(b.data, "café", SIZE_MAX, "a long text of every script: café");
	check(b.data, "🇫🇷", SIZE_MAX, "a long text of every script: a flag");
	check(b.data, "e", SIZE_MAX, "a long text of every script: one letter");
	buf_free(&b);
	finder_cases();
	return (tap_done());
}

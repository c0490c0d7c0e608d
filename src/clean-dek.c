/*
 * clean-dek.c: the story's standfirst under its title, for the DOM pass
 * (clean-dom.c): a subtitle of a line or a few, a deck over the story's
 * body, the key points listed under the title, the lines the page names
 * its standfirst or gives as its description.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "clean-int.h"

static int	cd_meta_run(const struct cd *, size_t, size_t);
static int	cd_date_label(const struct cd *, size_t, size_t);
static int	cd_subline(const struct cd *, size_t, int);
static int	cd_over_date(const struct cd *, size_t);
static int	cd_points_word(const struct clean_feat *);
static int	cd_standfirst_named(const struct cd *, uint32_t);

/*
 * Is block i, just under the title, its subtitle: words without a link
 * (not figures, not the title again, not cut short) just over the
 * story, or over the byline and date lines above it?  Outside the main
 * subtree only a heading is.
 */
int
clean_story_subtitle(const struct cd *cd, size_t i, int heading)
{
	size_t	j, r;

	if (cd->under == cd->n || i < cd->under || i >= cd->first)
		return (0);
	/* one the page names so ("subtitle", "standfirst", "dek"), or
	 * gives as its description (og:description), past the byline's
	 * and the tools' lines under the title */
	if (cd_standfirst_named(cd, cd->d->blocks[i].node) ||
	    (cd->d->blocks[i].flags & DOM_B_DESC))
		return (i <= cd->under + 16 && cd_subline(cd, i, 0));
	if (i > cd->under + 2)
		return (0);
	/* a second or third line stands under subtitles (a Korean
	 * paper's 부제 lines, a tabloid's points under its headline) */
	for (j = cd->under; j <= i; j++)
		if (!cd_subline(cd, j, heading))
			return (0);
	for (r = i; r + 1 < cd->first && r + 1 <= cd->under + 2 &&
	    cd_subline(cd, r + 1, heading); r++)
		/* nothing */;
	return (cd->first - r <= 4 || cd_meta_run(cd, r + 1, cd->first));
}

/*
 * Outside the main subtree, is block i a line of the standfirst that the
 * title's rule did not reach: the next line of one kept, after its <br>;
 * or a subhead (<h2> to <h4>) under the title and its byline, just over
 * the story's body ("9월 출생아 2만1342명 …" over a Korean paper's story)?
 */
int
clean_story_deck(const struct cd *cd, size_t i)
{
	const struct dom	*d = cd->d;
	const struct clean_feat	*f = &cd->fs[i];
	uint32_t		 k = d->blocks[i].node;

	if (i == 0 || i >= cd->first || k == DOM_NONE ||
	    f->kind != KIND_QUALITY || f->linkchars != 0)
		return (0);
	if (d->blocks[i - 1].node == k && cd->fs[i - 1].kind == KIND_KEPT)
		return (1);
	return (i > cd->title && cd->title < cd->n && cd->first - i <= 2 &&
	    i - cd->title <= 8 && d->nodes[k].tag >= DOM_H2 &&
	    d->nodes[k].tag <= DOM_H4 && d->blocks[cd->first - 1].node == k &&
	    !f->terminal && f->wlen >= 20);
}

/*
 * Is block i the next of the standfirst's points: an item of the list
 * that the block before it, kept as the standfirst or as its point,
 * stands in, still over the story and like it a line of words without
 * a link (a live page's "Summary" of key points)?  Or the first item of
 * such a list just under the title, all of whose items are such lines
 * (a tabloid's bullets over its byline), or under a heading that names
 * the story's points ("Highlights"), and that heading?
 */
int
clean_story_point(const struct cd *cd, size_t i)
{
	const struct dom	*d = cd->d;
	uint32_t		 k = d->blocks[i].node, h;
	size_t			 j, n;

	if (i > 0 && i == cd->under && i < cd->first && k != DOM_NONE &&
	    d->nodes[k].tag == DOM_LI) {
		/* (past an item that a phrase of its own claims: "Do you
		 * have a story? Email tips@…") */
		for (j = i, n = 0; j < cd->first && (h = d->blocks[j].node) !=
		    DOM_NONE && d->nodes[h].tag == DOM_LI &&
		    d->nodes[h].parent == d->nodes[k].parent; j++) {
			if (cd_subline(cd, j, 1))
				n++;
			else if (j == i || !clean_phrase_kind(cd->fs[j].kind))
				return (0);
		}
		return (n >= 2);
	}
	/* a heading that names the points ("Highlights"), over them */
	if (i < cd->first && k != DOM_NONE && d->nodes[k].tag != DOM_LI &&
	    i + 1 < cd->n && cd_points_word(&cd->fs[i]) &&
	    (h = d->blocks[i + 1].node) != DOM_NONE &&
	    d->nodes[h].tag == DOM_LI && cd_subline(cd, i + 1, 1))
		return (1);
	if (i == 0 || i >= cd->first || k == DOM_NONE ||
	    d->nodes[k].tag != DOM_LI || cd->fs[i - 1].verdict !=
	    VERDICT_CONTENT || (h = d->blocks[i - 1].node) == DOM_NONE ||
	    (d->nodes[h].tag != DOM_LI && !cd_points_word(&cd->fs[i - 1])) ||
	    (d->nodes[h].tag == DOM_LI &&
	    d->nodes[h].parent != d->nodes[k].parent))
		return (0);
	return (cd_subline(cd, i, 1));
}

/* Does a line name the story's key points ("Highlights", "要点")? */
static int
cd_points_word(const struct clean_feat *f)
{
	static const char *const words[] = { "highlights", "key points",
	    "key takeaways", "at a glance", "要点", "划重点", "劃重點",
	    "핵심 요약", "ポイント", "das wichtigste in kürze", "en bref",
	    "in sintesi", NULL };
	size_t	i, n = f->lowern;

	while (n > 0 && (f->lower[n - 1] == ':' || f->lower[n - 1] == ' '))
		n--;
	for (i = 0; words[i] != NULL; i++)
		if (strlen(words[i]) == n && memcmp(f->lower, words[i], n) == 0)
			return (1);
	return (0);
}

/* Is node k, or one of the two above it, named a standfirst? */
static int
cd_standfirst_named(const struct cd *cd, uint32_t k)
{
	int	j;

	for (j = 0; j < 3 && k != DOM_NONE; j++, k = cd->d->nodes[k].parent)
		if (cd->d->nodes[k].family == DOM_FAM_STANDFIRST)
			return (1);
	return (0);
}

/* Does the page name block i's element its standfirst ("dek")? */
int
clean_story_named(const struct cd *cd, size_t i)
{
	return (cd_standfirst_named(cd, cd->d->blocks[i].node));
}

/*
 * Is node k a cell or a box like the title's, beside it in one table or
 * box (an e-paper's "<td class=font01>" title over its "<td
 * class=font02>" subtitle)?
 */
static int
cd_title_row(const struct cd *cd, uint32_t k)
{
	const struct dom	*d = cd->d;
	uint32_t		 t, pk, pt;

	if (cd->title >= cd->n || (t = d->blocks[cd->title].node) ==
	    DOM_NONE || t == k || d->nodes[t].tag != d->nodes[k].tag ||
	    (pk = d->nodes[k].parent) == DOM_NONE ||
	    (pt = d->nodes[t].parent) == DOM_NONE)
		return (0);
	return (pk == pt || (d->nodes[pk].parent != DOM_NONE &&
	    d->nodes[pk].parent == d->nodes[pt].parent));
}

/*
 * Is block i, right under the title in the title's box, right over the
 * date line ("自動化碼頭作業效率提升約三成，…" between the <h2> title and
 * "2024-06-27 18:05 來源：南方網")?  A line so placed is a subtitle
 * whatever its tag.
 */
static int
cd_over_date(const struct cd *cd, size_t i)
{
	const struct dom	*d = cd->d;
	const struct clean_feat	*f, *g;
	uint32_t		 k = d->blocks[i].node, t;

	if (cd->title >= cd->n || i + 1 >= cd->n ||
	    (t = d->blocks[cd->title].node) == DOM_NONE || k == DOM_NONE ||
	    d->nodes[k].parent != d->nodes[t].parent ||
	    d->nodes[k].parent == DOM_NONE)
		return (0);
	f = &cd->fs[i];
	g = &cd->fs[i + 1];
	if (f->wlen < 30 || (f->clauses == 0 && !f->sentence &&
	    (f->script != 'L' || f->sw < 0.2)))
		return (0);	/* words, not labels ("IT・デジタル") */
	return (g->digits >= 4 && !g->terminal && g->wlen < 120 &&
	    g->linkchars * 2 < g->chars);
}

/* Could block i be a line of a subtitle: words, no link, no title? */
static int
cd_subline(const struct cd *cd, size_t i, int heading)
{
	const struct clean_feat	*f = &cd->fs[i], *t;
	uint32_t		 k = cd->d->blocks[i].node;
	int			 tag;

	t = cd->title < cd->n ? &cd->fs[cd->title] : NULL;
	tag = k != DOM_NONE ? cd->d->nodes[k].tag : DOM_OTHER;
	return (k != DOM_NONE && (!heading || (tag >= DOM_H1 &&
	    tag <= DOM_H6) || tag == DOM_LI || cd_standfirst_named(cd, k) ||
	    (i == cd->under && (cd_title_row(cd, k) ||
	    cd_over_date(cd, i)))) &&
	    (!cd->nodes[k].meta || f->digits < 4 ||
	    cd_standfirst_named(cd, k)) &&	/* no byline's date */
	    f->linkchars == 0 && (f->kind == KIND_QUALITY ||
	    f->kind == KIND_CONTEXT || f->kind == KIND_KEPT ||
	    (clean_phrase_kind(f->kind) && !f->anchored &&
	    (cd_standfirst_named(cd, k) ||
	    (cd->d->blocks[i].flags & DOM_B_DESC)))) &&
	    (f->wlen >= 40 || ((f->cjk > 0 || (i == cd->under &&
	    tag >= DOM_H2 && tag <= DOM_H4)) && f->wlen >= 20)) &&
	    f->wlen < 300 && !f->ellipsis &&
	    f->digits * 2 < f->chars &&
	    (t == NULL || memmem(f->s, f->n, t->s, t->n) == NULL));
}

/* Is block a the label of the date under it ("입력 :", "Updated:")? */
static int
cd_date_label(const struct cd *cd, size_t a, size_t b)
{
	const struct clean_feat	*f = &cd->fs[a];

	return (a + 1 < b && f->wlen < 20 && f->linkchars == 0 &&
	    f->lowern > 0 && (f->lower[f->lowern - 1] == ':' ||
	    (f->lowern >= 3 && memcmp(f->lower + f->lowern - 3, "\xef\xbc\x9a",
	    3) == 0)) && cd->fs[a + 1].kind == KIND_NUMERIC);
}

/*
 * Are blocks a to b (exclusive) few, and each a line the strong rules
 * read as the page's (a byline, a date), in a share bar or a byline's
 * box, or the caption of the story's photo, but for the story's own
 * short heading last?  Then a subtitle above them stands just over the
 * story.
 */
static int
cd_meta_run(const struct cd *cd, size_t a, size_t b)
{
	uint32_t	k;

	if (b < a || b - a > 8)
		return (0);
	for (; a < b; a++) {
		k = cd->d->blocks[a].node;
		if (cd->figure[a] || (k != DOM_NONE && cd->nodes[k].meta) ||
		    clean_runs_reporter(&cd->fs[a]) || cd_date_label(cd, a, b))
			continue;	/* a photo's, a byline box's, a byline */
		if (a + 1 == b && cd->fs[a].wlen < 40 && !cd->fs[a].terminal)
			continue;	/* the story's own heading ("核心阅读") */
		if ((cd->fs[a].kind == KIND_NONE || cd->fs[a].kind ==
		    KIND_QUALITY || cd->fs[a].kind == KIND_CONTEXT) &&
		    (k == DOM_NONE || cd->nodes[k].zkind == CD_ZONE_NONE ||
		    cd->d->nodes[cd->nodes[k].zone].family != DOM_FAM_SHARE))
			return (0);
	}
	return (1);
}

/*
 * clean-media.c: a photo's and a video's boxes in a page, which the DOM
 * part of the classifier (clean-dom.c) reads before its verdicts: a
 * caption's lines under an image, named or not, and a player's title,
 * length and label around it.  Like clean-box.c's regions, each is a run
 * of blocks below one element, found by walking up a few levels, so the
 * cost stays linear in the page's blocks.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "clean-int.h"

/*
 * Is block f a caption's line: at most max characters, not mostly a
 * link, and no more than ends sentences ended before its last ("Haze
 * over the bay on Tuesday. The PSI entered the unhealthy range.")?
 */
static int
clean_media_phrase(const struct clean_feat *f, uint32_t max, int ends)
{
	const char	*s = f->s;
	size_t		 i;

	if (f->chars > max || f->linkchars * 2 > f->chars)
		return (0);
	for (i = 0; i + 3 < f->n; i++)
		if (((strchr(".!?", s[i]) != NULL && s[i + 1] == ' ') ||
		    memcmp(s + i, "\xe3\x80\x82", 3) == 0) && ends-- == 0)
			return (0);
	return (1);
}

/*
 * Where block i is the first line after an image, the image's box: the
 * element the <img> stands in (or in a child of it that holds no text),
 * a few levels above the line, holding that line (a phrase or two
 * sentences) and at most two more, short, and nothing before them: a
 * photo, its caption and credit.  Not
 * a paragraph, list item, table or row the image stands in, the story's
 * element, the title's, or one that holds the story's.  Returns the
 * box's last block + 1, or 0.
 */
static size_t
clean_media_figure(const struct cd *cd, size_t i)
{
	const struct dom	*d = cd->d;
	const struct cd_node	*c;
	size_t			 j;
	uint32_t		 k, a;
	int			 level;

	if (!(d->blocks[i].flags & DOM_B_AFTERIMG) ||
	    (k = d->blocks[i].node) == DOM_NONE ||
	    !clean_media_phrase(&cd->fs[i], 250, 1))
		return (0);
	for (a = k, level = 0; a != DOM_NONE && level < 3 &&
	    !(d->nodes[a].flags & DOM_N_IMG); level++)
		a = d->nodes[a].parent;
	if (a == DOM_NONE || !(d->nodes[a].flags & DOM_N_IMG))
		return (0);
	switch (d->nodes[a].tag) {
	case DOM_P: case DOM_LI: case DOM_DD: case DOM_DT: case DOM_TD:
	case DOM_TH: case DOM_TR: case DOM_TABLE: case DOM_BODY:
	case DOM_HTML:
		return (0);
	}
	c = &cd->nodes[a];
	if (c->blocks > 3 || c->title || (cd->main != DOM_NONE &&
	    clean_tree_below(cd, cd->main, a)) || (i > 0 &&
	    d->blocks[i - 1].node != DOM_NONE &&
	    clean_tree_below(cd, d->blocks[i - 1].node, a)))
		return (0);
	for (j = i + 1; j < cd->n && d->blocks[j].node != DOM_NONE &&
	    clean_tree_below(cd, d->blocks[j].node, a); j++)
		if (!clean_media_phrase(&cd->fs[j], 120, 0))
			return (0);	/* more in the box than a caption */
	return (j);
}

/*
 * Images' boxes no class names (clean_media_figure) hold captions, but
 * for three or more whose lines are a quarter of the page's prose or
 * more: a how-to's steps, a photo story's text.
 */
void
clean_media_figures(struct cd *cd)
{
	size_t	 i, j, boxes = 0;
	double	 chars = 0, story;

	cd->figure = xcalloc(cd->n + 1, 1);
	for (i = 0; i < cd->n; i++) {
		if ((j = clean_media_figure(cd, i)) == 0)
			continue;
		boxes++;
		for (; i < j; i++) {
			cd->figure[i] = 1;
			chars += cd->fs[i].wlen;
		}
		i--;
	}
	story = cd->main != DOM_NONE ? cd->nodes[cd->main].prose : cd->prose;
	if (boxes >= 3 && chars * 4 >= story)
		memset(cd->figure, 0, cd->n);
}

/*
 * Is block f a video's length: 1 with its unit or label ("02:14 min",
 * "Video 1:12", "3:05 分"), 2 a bare time ("1:48", "0:42", "01:48"), or
 * 0?
 */
static int
clean_media_length(const struct clean_feat *f)
{
	static const char *const labels[] = {
		"video ", "duration ", "dauer ", "durée ", "duración ",
		"\xd0\xb2\xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbe "	/* видео */
	};
	static const char *const units[] = {
		"", " min", " min.", " mins", " minutes", " minuten",
		" \xd0\xbc\xd0\xb8\xd0\xbd", " \xd0\xbc\xd0\xb8\xd0\xbd.",	/* мин */
		"\xe5\x88\x86", " \xe5\x88\x86",				/* 分 */
		"\xeb\xb6\x84", " \xeb\xb6\x84"				/* 분 */
	};
	const char	*p = f->lower, *e = f->lower + f->lowern, *t;
	size_t		 i, n;
	int		 digits, labelled = 0;

	if (f->lowern > 32)
		return (0);
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		n = strlen(labels[i]) - 1;	/* glued to it, or not */
		if ((size_t)(e - p) > n && memcmp(p, labels[i], n) == 0) {
			p += n + (p[n] == ' ');
			labelled = 1;
			break;
		}
	}
	for (t = p, digits = 0; t < e && *t >= '0' && *t <= '9'; t++)
		digits++;
	if (digits == 0 || digits > 2 || t + 3 > e || *t != ':' ||
	    t[1] < '0' || t[1] > '5' || t[2] < '0' || t[2] > '9')
		return (0);
	t += 3;
	for (i = 0; i < sizeof units / sizeof units[0]; i++) {
		n = strlen(units[i]);
		if ((size_t)(e - t) == n && memcmp(t, units[i], n) == 0)
			break;
	}
	if (i == sizeof units / sizeof units[0])
		return (0);
	if (labelled || i > 0)
		return (1);
	/* a bare time: a length, not a clock's "19:30" */
	return (digits == 1 || *p == '0' ? 2 : 0);
}

/*
 * Can node a be the box of a video's length at block i: not the page,
 * the story's element, the title's, a table's or a list's, and holding
 * at most four blocks, each a short line with no sentence, one of them
 * words (a title)?
 */
static int
clean_media_player(const struct cd *cd, size_t i, uint32_t a)
{
	const struct dom	*d = cd->d;
	size_t			 j, first, last, titled;

	switch (d->nodes[a].tag) {
	case DOM_BODY: case DOM_HTML: case DOM_TABLE: case DOM_TR:
	case DOM_TD: case DOM_TH: case DOM_UL: case DOM_OL:
		return (0);
	}
	if (cd->nodes[a].blocks > 4 || cd->nodes[a].title ||
	    (cd->main != DOM_NONE && clean_tree_below(cd, cd->main, a)))
		return (0);
	for (first = i; first > 0 && d->blocks[first - 1].node != DOM_NONE &&
	    clean_tree_below(cd, d->blocks[first - 1].node, a); first--)
		/* nothing */;
	for (last = i; last + 1 < cd->n &&
	    d->blocks[last + 1].node != DOM_NONE &&
	    clean_tree_below(cd, d->blocks[last + 1].node, a); last++)
		/* nothing */;
	for (j = first, titled = 0; j <= last; j++) {
		if (cd->fs[j].terminal || cd->fs[j].chars > 120)
			return (0);
		titled += j != i && cd->fs[j].chars >= 8 &&
		    cd->fs[j].digits * 2 < cd->fs[j].chars;
	}
	return (titled > 0);
}

/*
 * A subhead of the story over a video's box a..b-1 in the story, the
 * story going on under it ("Tariffs add to the bill" over a player's
 * "3:12"): the text rules took it for the video's heading.
 */
static void
clean_media_subhead(struct cd *cd, size_t a, size_t b)
{
	const struct dom	*d = cd->d;
	uint32_t		 h, k;

	if (a == 0 || b >= cd->n || cd->fs[a - 1].kind != KIND_VIDEO ||
	    (h = d->blocks[a - 1].node) == DOM_NONE || d->nodes[h].tag <
	    DOM_H2 || d->nodes[h].tag > DOM_H6 || !cd->nodes[h].inmain ||
	    (k = d->blocks[b].node) == DOM_NONE || !cd->nodes[k].inmain ||
	    cd->fs[b].cls != CLS_GOOD || cd->fs[b].kind != KIND_QUALITY)
		return;
	clean_set(&cd->fs[a - 1], KIND_QUALITY, VERDICT_CONTENT,
	    "content: the story's subhead over a video");
	cd->fs[a - 1].cls = CLS_GOOD;
}

/*
 * A video's box no class names: the nearest element, up to three levels
 * above a video's length, that holds it and a title or a label ("Video",
 * "02:14 min", "Milliardenschaden durch Metalldiebe"), short lines all
 * (clean_media_player).  A bare time ("1:48") may be a live blog's clock
 * instead: three boxes or more found by bare times are its entries'
 * heads, not videos.
 */
void
clean_media_players(struct cd *cd)
{
	const struct dom	*d = cd->d;
	size_t			 i, j, clocks = 0;
	uint32_t		 a;
	int			 level, how;

	cd->player = xcalloc(cd->n + 1, 1);
	for (i = 0; i < cd->n; i++) {
		if (cd->player[i] || !clean_media_length(&cd->fs[i]) ||
		    (a = d->blocks[i].node) == DOM_NONE)
			continue;
		for (level = 0; a != DOM_NONE && level < 4 &&
		    !clean_media_player(cd, i, a); level++)
			a = d->nodes[a].parent;
		if (a == DOM_NONE || level == 4)
			continue;
		how = clean_media_length(&cd->fs[i]);
		clocks += how == 2;
		for (; i > 0 && d->blocks[i - 1].node != DOM_NONE &&
		    clean_tree_below(cd, d->blocks[i - 1].node, a); i--)
			/* nothing */;
		for (j = i; i < cd->n && d->blocks[i].node != DOM_NONE &&
		    clean_tree_below(cd, d->blocks[i].node, a); i++)
			cd->player[i] = how;
		clean_media_subhead(cd, j, i);
		i--;
	}
	for (i = 0; clocks >= 3 && i < cd->n; i++)
		if (cd->player[i] == 2)
			cd->player[i] = 0;
	/* a player the page names ("c-video-player") under the subhead */
	for (i = 1; i < cd->n; i++) {
		if (cd->fs[i - 1].kind != KIND_VIDEO ||
		    (a = d->blocks[i].node) == DOM_NONE ||
		    cd->nodes[a].zkind == CD_ZONE_NONE ||
		    d->nodes[cd->nodes[a].zone].family != DOM_FAM_PLAYER)
			continue;
		for (j = i; j < cd->n && d->blocks[j].node != DOM_NONE &&
		    cd->nodes[d->blocks[j].node].zone == cd->nodes[a].zone;
		    j++)
			/* nothing */;
		clean_media_subhead(cd, i, j);
	}
}

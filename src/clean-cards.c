/*
 * clean-cards.c: cards of other stories that no heading names, which
 * the DOM part of the classifier (clean-dom.c) reads: a run of sibling
 * elements each holding one linked headline and a line or two beside
 * it.  The pass sums the blocks up the tree once, so the cost stays
 * linear in the page's nodes.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "clean-int.h"

/*
 * Is block f a card's headline: a link of a line, no sentence, of three
 * words or more (or six CJK characters), not an address?
 */
static int
clean_cards_head(const struct clean_feat *f)
{
	const char	*p, *e = f->lower + f->lowern;
	int		 spaces = 0;

	if (f->wlen < 15 || f->wlen >= 200 || f->terminal ||
	    clean_ld(f) < 0.8)
		return (0);
	if (f->cjk >= 6)
		return (1);
	for (p = f->lower; p < e && spaces < 2; p++)
		spaces += *p == ' ';
	return (spaces >= 2);
}

/*
 * Do blocks a..b repeat a short line of no link from card to card, a
 * kicker or a label ("On-Demand Training", "Sponsored")?  Other
 * stories' and offers' cards have them; a roundup's items do not.
 */
static int
clean_cards_kicked(const struct cd *cd, size_t a, size_t b)
{
	const struct clean_feat	*f, *g;
	size_t			 i, j;

	for (i = a; i < b; i++) {
		f = &cd->fs[i];
		if (f->linkchars > 0 || f->wlen >= 40 || f->lowern == 0)
			continue;
		for (j = i + 1; j < b && j <= i + 8; j++) {
			g = &cd->fs[j];
			if (g->lowern == f->lowern &&
			    memcmp(g->lower, f->lower, f->lowern) == 0)
				return (1);
		}
	}
	return (0);
}

/*
 * Do the story's sentences go on around the items of node p, blocks
 * a..b: the story's heading or a sentence just above them, and a
 * paragraph of the main subtree soon under them?  A roundup's items
 * ("Brother GX37 Sewing Machine Review", its line, "Read more") stand
 * in the story's run; other stories' cards follow its end.
 */
static int
clean_cards_go_on(const struct cd *cd, uint32_t p, size_t a, size_t b)
{
	const struct clean_feat	*f;
	size_t			 j, prose = 0;
	uint32_t		 k;

	if (a == 0 || a >= cd->n || b > cd->n || clean_cards_kicked(cd, a, b))
		return (0);
	f = &cd->fs[a - 1];
	if ((f->kind != KIND_QUALITY && f->kind != KIND_NONE) ||
	    f->linkchars > 0 ||
	    (!clean_is_prose(f) && ((k = cd->d->blocks[a - 1].node) ==
	    DOM_NONE || cd->d->nodes[k].tag < DOM_H2 ||
	    cd->d->nodes[k].tag > DOM_H4)))
		return (0);
	for (j = b; j < cd->n && j < b + 6 && prose < 1; j++) {
		f = &cd->fs[j];
		k = cd->d->blocks[j].node;
		if (k == DOM_NONE || !cd->nodes[k].inmain ||
		    clean_tree_below(cd, k, p))
			break;
		if (clean_is_prose(f) && f->wlen >= 80 && f->linkchars == 0 &&
		    (f->kind == KIND_QUALITY || f->kind == KIND_NONE))
			prose++;
	}
	return (prose >= 1);
}

/* What the pass sums for each node. */
struct card_sum {
	uint32_t	 heads, plain, cards, kids, head, sentence, dated;
	uint32_t	 first, last;		/* its blocks, last + 1 */
	float		 maxw, prose, cardw;
	uint8_t		 card, in, items;
	uint8_t		 goon;		/* CARDS_GOON_*: asked once */
};

#define CARDS_GOON_ASK	0
#define CARDS_GOON_NO	1
#define CARDS_GOON_YES	2

/* Sum each node's blocks, then each node's below it. */
static struct card_sum *
clean_cards_sum(const struct cd *cd)
{
	const struct dom	*d = cd->d;
	const struct clean_feat	*f;
	struct card_sum		*t;
	size_t			 i;
	uint32_t		 k, p;

	t = xcalloc(d->nnodes, sizeof *t);
	for (k = 0; k < d->nnodes; k++)
		t[k].head = t[k].sentence = UINT32_MAX;	/* none */
	for (i = 0; i < cd->n; i++) {
		if ((k = d->blocks[i].node) == DOM_NONE)
			continue;
		f = &cd->fs[i];
		if (t[k].last == 0)
			t[k].first = (uint32_t)i;
		t[k].last = (uint32_t)i + 1;
		if (clean_cards_head(f)) {
			t[k].heads++;
			if (t[k].head == UINT32_MAX)
				t[k].head = (uint32_t)i;
		}
		if (f->terminal && t[k].sentence == UINT32_MAX)
			t[k].sentence = (uint32_t)i;
		t[k].plain += f->linkchars == 0 && f->wlen > 0;
		t[k].dated += f->linkchars == 0 && clean_stamp(f);
		if (f->wlen > t[k].maxw)
			t[k].maxw = f->wlen;
		if (clean_is_prose(f))
			t[k].prose += f->wlen;
	}
	for (k = d->nnodes; k-- > 0;) {		/* children after parents */
		if ((p = d->nodes[k].parent) == DOM_NONE)
			continue;
		t[p].heads += t[k].heads;
		t[p].plain += t[k].plain;
		t[p].dated += t[k].dated;
		t[p].prose += t[k].prose;
		if (t[k].maxw > t[p].maxw)
			t[p].maxw = t[k].maxw;
		if (t[k].head < t[p].head)
			t[p].head = t[k].head;
		if (t[k].sentence < t[p].sentence)
			t[p].sentence = t[k].sentence;
		if (t[k].last > 0 && (t[p].last == 0 ||
		    t[k].first < t[p].first))
			t[p].first = t[k].first;
		if (t[k].last > t[p].last)
			t[p].last = t[k].last;
	}
	return (t);
}

/*
 * Is block i a roundup's item's heading: a short heading (<h2> to <h4>)
 * in the main subtree, with a link (the product's or the place's page),
 * over two blocks or more of its own (a card's headline has a blurb
 * alone), one of them a paragraph, soon after it in the element that
 * holds it and before the next heading?  1 for a paragraph's words, 2
 * for two paragraphs that say more than a card's blurb does.
 */
static int
clean_cards_item(const struct cd *cd, size_t i)
{
	const struct dom	*d = cd->d;
	const struct clean_feat	*f = &cd->fs[i], *g;
	size_t			 j, paras = 0, words = 0, after = 0;
	uint32_t		 k = d->blocks[i].node, p;

	if (k == DOM_NONE || d->nodes[k].tag < DOM_H2 ||
	    d->nodes[k].tag > DOM_H4 || !cd->nodes[k].inmain ||
	    f->linkchars == 0 || f->wlen >= 100 || f->terminal ||
	    (p = d->nodes[k].parent) == DOM_NONE)
		return (0);
	for (j = i + 1; j < cd->n && j <= i + 6; j++) {
		g = &cd->fs[j];
		if ((k = d->blocks[j].node) == DOM_NONE ||
		    !clean_tree_below(cd, k, p) || (d->nodes[k].tag >= DOM_H1 &&
		    d->nodes[k].tag <= DOM_H6))
			break;	/* out of its element, or the next item */
		after++;
		if ((clean_is_prose(g) || g->terminal) && g->wlen >= 30 &&
		    clean_ld(g) < 0.2) {
			paras++;
			words += g->wlen;
		}
	}
	/* a card's headline and blurb is no item */
	if (after < 2)
		return (0);
	return (paras >= 2 && words >= 150 ? 2 : words >= 80);
}

/*
 * A roundup's items (a review's products, a gallery's places): three
 * headings or more of one tag that clean_cards_item reads so, not as
 * cards of other stories unless they say more than a blurb.  Their
 * headings are the story's, whatever their links.
 */
static void
clean_cards_roundup(struct cd *cd)
{
	const struct dom	*d = cd->d;
	size_t			 i, count[DOM_H4 - DOM_H2 + 1] = { 0 };
	char			*item;
	int			 r;

	item = xcalloc(cd->n + 1, 1);
	for (i = 0; i < cd->n; i++)
		if ((r = clean_cards_item(cd, i)) == 2 || (r == 1 &&
		    cd->card[i] == 0)) {
			item[i] = 1;
			count[d->nodes[d->blocks[i].node].tag - DOM_H2]++;
		}
	for (i = 0; i < cd->n; i++)
		if (item[i] && count[d->nodes[d->blocks[i].node].tag -
		    DOM_H2] >= 3)
			cd->card[i] = CD_CARD_ITEM;
	free(item);
}

/*
 * Cards of other stories no heading names: an element whose children,
 * three or more and two thirds of those with words, are each a card: one
 * linked headline before any sentence, and a line or two beside it (a
 * date, a blurb), short, nothing of a paragraph (a longer blurb under
 * a date).  A story's own list of links with a word on each is one
 * block an item, not a card; an exercise ends with its link to the
 * answer; a table's rows are its data.  Their blocks are marked, unless
 * the element holds the page's title or the cards' prose outweighs the
 * rest of the story; a roundup's items, the story going on around them,
 * have their linked headings marked as the story's.
 */
void
clean_cards(struct cd *cd)
{
	const struct dom	*d = cd->d;
	struct card_sum		*t;
	size_t			 i;
	uint32_t		 k, p;
	double			 story;

	cd->card = xcalloc(cd->n + 1, 1);
	t = clean_cards_sum(cd);
	for (k = 0; k < d->nnodes; k++) {
		if ((p = d->nodes[k].parent) == DOM_NONE ||
		    cd->nodes[k].text == 0)
			continue;
		t[p].kids++;
		t[k].card = t[k].heads == 1 && t[k].plain >= 1 &&
		    t[k].head < t[k].sentence && cd->nodes[k].blocks <= 6 &&
		    ((t[k].maxw < 250 && cd->nodes[k].text < 500) ||
		    (t[k].dated == 1 && t[k].plain <= 3 &&
		    t[k].maxw < 800 && cd->nodes[k].text < 1200)) &&
		    !cd->nodes[k].title && d->nodes[k].tag != DOM_TR &&
		    d->nodes[k].tag != DOM_TD && d->nodes[k].tag != DOM_TH;
		if (t[k].card) {
			t[p].cards++;
			t[p].cardw += t[k].prose;
		}
	}
	story = cd->main != DOM_NONE ? cd->nodes[cd->main].prose : cd->prose;
	for (k = 0; k < d->nnodes; k++) {
		if ((p = d->nodes[k].parent) == DOM_NONE)
			continue;
		t[k].in = t[p].in || (t[k].card && t[p].cards >= 3 &&
		    t[p].cards * 3 >= t[p].kids * 2 && !cd->nodes[p].title &&
		    t[p].cardw <= story - t[p].cardw);
		t[k].items = t[p].items;
		if (t[k].in && !t[p].in && t[p].goon == CARDS_GOON_ASK)
			t[p].goon = t[p].cardw >= 50 * t[p].cards &&
			    clean_cards_go_on(cd, p, t[p].first, t[p].last) ?
			    CARDS_GOON_YES : CARDS_GOON_NO;
		if (t[k].in && !t[p].in && t[p].goon == CARDS_GOON_YES) {
			t[k].in = 0;	/* a roundup's item */
			t[k].items = 1;
		}
	}
	for (i = 0; i < cd->n; i++) {
		if ((k = d->blocks[i].node) == DOM_NONE)
			continue;
		if (t[k].in)
			cd->card[i] = CD_CARD_OTHER;
		else if (t[k].items && cd->fs[i].kind == KIND_LINKS &&
		    d->nodes[k].tag >= DOM_H2 && d->nodes[k].tag <= DOM_H6)
			cd->card[i] = CD_CARD_ITEM;
	}
	free(t);
	clean_cards_roundup(cd);
}

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
 * Cards of other stories no heading names: an element whose children,
 * three or more and two thirds of those with words, are each a card: one
 * linked headline before any sentence, and a line or two beside it (a
 * date, a blurb), short, nothing of a paragraph.  A story's own list of
 * links with a word on each is one block an item, not a card; a
 * roundup's items hold paragraphs; an exercise ends with its link to
 * the answer; a table's rows are its data.  Their blocks are marked,
 * unless the element holds the page's title or the cards' prose
 * outweighs the rest of the story.
 */
void
clean_cards(struct cd *cd)
{
	const struct dom	*d = cd->d;
	struct { uint32_t heads, plain, cards, kids, head, sentence;
		    float maxw, prose, cardw; uint8_t card, in; } *t;
	const struct clean_feat	*f;
	size_t			 i;
	uint32_t		 k, p;
	double			 story;

	cd->card = xcalloc(cd->n + 1, 1);
	t = xcalloc(d->nnodes, sizeof *t);
	for (k = 0; k < d->nnodes; k++)
		t[k].head = t[k].sentence = UINT32_MAX;	/* none */
	for (i = 0; i < cd->n; i++) {
		if ((k = d->blocks[i].node) == DOM_NONE)
			continue;
		f = &cd->fs[i];
		if (clean_cards_head(f)) {
			t[k].heads++;
			if (t[k].head == UINT32_MAX)
				t[k].head = (uint32_t)i;
		}
		if (f->terminal && t[k].sentence == UINT32_MAX)
			t[k].sentence = (uint32_t)i;
		t[k].plain += f->linkchars == 0 && f->wlen > 0;
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
		t[p].prose += t[k].prose;
		if (t[k].maxw > t[p].maxw)
			t[p].maxw = t[k].maxw;
		if (t[k].head < t[p].head)
			t[p].head = t[k].head;
		if (t[k].sentence < t[p].sentence)
			t[p].sentence = t[k].sentence;
	}
	for (k = 0; k < d->nnodes; k++) {
		if ((p = d->nodes[k].parent) == DOM_NONE ||
		    cd->nodes[k].text == 0)
			continue;
		t[p].kids++;
		t[k].card = t[k].heads == 1 && t[k].plain >= 1 &&
		    t[k].head < t[k].sentence && cd->nodes[k].blocks <= 6 &&
		    t[k].maxw < 250 && cd->nodes[k].text < 500 &&
		    !cd->nodes[k].title && d->nodes[k].tag != DOM_TR &&
		    d->nodes[k].tag != DOM_TD && d->nodes[k].tag != DOM_TH;
		if (t[k].card) {
			t[p].cards++;
			t[p].cardw += t[k].prose;
		}
	}
	story = cd->main != DOM_NONE ? cd->nodes[cd->main].prose : cd->prose;
	for (k = 0; k < d->nnodes; k++) {
		p = d->nodes[k].parent;
		t[k].in = p != DOM_NONE && (t[p].in || (t[k].card &&
		    t[p].cards >= 3 && t[p].cards * 3 >= t[p].kids * 2 &&
		    !cd->nodes[p].title && t[p].cardw <= story - t[p].cardw));
	}
	for (i = 0; i < cd->n; i++) {
		if ((k = d->blocks[i].node) != DOM_NONE && t[k].in)
			cd->card[i] = 1;
	}
	free(t);
}

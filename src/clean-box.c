/*
 * clean-box.c: the boxes that a page's headings and widgets make inside
 * or beside its story, which the DOM part of the classifier (clean-dom.c)
 * reads before its verdicts: a comment section named only by its heading
 * ("Kommentare", "网友评论"), cards of other stories under a heading
 * ("More from The Nation"), the comment that holds a bot's summary of the
 * story, an ad's lines under its label, and a plain <aside> that is a
 * fact box of the story (its tables are clean-table.c's).  Each region
 * is a run of blocks below one element, found from one block by walking
 * up a few levels; a page gets a few tries of each, so the cost stays
 * linear in its blocks.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "clean-int.h"
#include "lexicon.h"

static void	clean_box_pasted(struct cd *);
static void	clean_box_span(const struct cd *, size_t, uint32_t, size_t *,
		    size_t *);

/*
 * Is block i a heading of this kind (short, no sentence, no link) that
 * heads a box: its parent element, when that is not the whole page?
 */
static uint32_t
clean_box_heading(const struct cd *cd, size_t i, enum clean_kind kind)
{
	const struct clean_feat	*f = &cd->fs[i];
	uint32_t		 k, p;

	/* a heading of other stories may have been taken for a video
	 * list's, when their cards show view counts */
	if ((f->kind != kind && !(kind == KIND_RELATED &&
	    f->kind == KIND_VIDEO && f->digits == 0)) || f->wlen >= 60 ||
	    f->terminal ||
	    f->linkchars != 0 || (k = cd->d->blocks[i].node) == DOM_NONE ||
	    (p = cd->d->nodes[k].parent) == DOM_NONE ||
	    cd->d->nodes[p].tag == DOM_BODY || cd->d->nodes[p].tag == DOM_HTML)
		return (DOM_NONE);
	return (p);
}

/*
 * Is block i, under element p in the main subtree, among the story's
 * paragraphs: 200 of prose over it in p?
 */
static int
clean_box_among(const struct cd *cd, size_t i, uint32_t p)
{
	double	prose = 0;
	size_t	j;

	if (cd->main == DOM_NONE || !clean_tree_below(cd, p, cd->main))
		return (0);
	for (j = i; j-- > 0 && cd->d->blocks[j].node != DOM_NONE &&
	    clean_tree_below(cd, cd->d->blocks[j].node, p);)
		if (clean_is_prose(&cd->fs[j]))
			prose += cd->fs[j].wlen;
	return (prose >= 200);
}

/*
 * Does a block of a comment section speak of the comments (its rules,
 * its login, its count) rather than being one?  Readers' comments
 * seldom say "comment".
 */
static int
clean_box_about_comments(const struct clean_feat *f)
{
	struct lexicon_block	lx;

	if (f->wlen >= 300)
		return (0);
	lexicon_prepare(&lx, f->lower, f->lowern);
	return (lexicon_match(LEXICON_COMMENT_WORDS, &lx) != NULL);
}

/*
 * Is a block of a comment section a reader's words: no phrase of its
 * own, few links, not about the comments, and a sentence or more, or a
 * CJK one's clauses without a full stop ("这才是真正的保护，给默默付出的
 * 志愿者点赞", "終於要開了！砂卡礑的水…"), not a name or a time?
 */
int
clean_box_comment_text(const struct clean_feat *f)
{
	return (f->kind == KIND_QUALITY && f->cls != CLS_BAD &&
	    clean_ld(f) < 0.5 && (f->cls != CLS_SHORT || f->terminal ||
	    (f->cjk * 2 > f->chars && f->chars >= 8 && (memmem(f->s, f->n,
	    "\357\274\214", 3) != NULL || memmem(f->s, f->n,
	    "\357\274\201", 3) != NULL || memmem(f->s, f->n,
	    "\357\274\237", 3) != NULL))) && !clean_box_about_comments(f));
}

/*
 * The element a comment section's heading p heads: p, or when p is a
 * title bar (the heading and a count or two of its comments, "1873人参与
 * | 64条评论") or holds the heading alone (a table's row, "網友留言（共 214
 * 則）", its comments in the rows under it), the element around it, not
 * the whole page.
 */
static uint32_t
clean_box_thread(const struct cd *cd, size_t i, uint32_t p)
{
	const struct dom	*d = cd->d;
	uint32_t		 up;
	size_t			 j;

	if (cd->nodes[p].blocks > 3 || (up = d->nodes[p].parent) ==
	    DOM_NONE || d->nodes[up].tag == DOM_BODY ||
	    d->nodes[up].tag == DOM_HTML)
		return (p);
	for (j = i + 1; j < cd->n && d->blocks[j].node != DOM_NONE &&
	    clean_tree_below(cd, d->blocks[j].node, p); j++)
		if (cd->fs[j].kind != KIND_COMMENT_FORM || cd->fs[j].wlen >= 60)
			return (p);
	return (up);
}

/*
 * A comment section no class names: a heading that says "Comments"
 * ("Kommentare", "网友评论", "12 comments"), without a link, after the
 * story's first sentence in the main subtree, in it or not, and what
 * follows it in its parent element (or the one above a title bar),
 * unless that would be more than half of the story's prose and could
 * hold the story: outside the story's element, a thread may outweigh
 * it.
 */
void
clean_box_comments(struct cd *cd)
{
	const struct dom	*d = cd->d;
	size_t			 i, j, begun;
	uint32_t		 k, p;
	double			 prose, story;
	int			 tries;

	cd->incom = xcalloc(cd->n + 1, sizeof *cd->incom);
	story = cd->main != DOM_NONE ? cd->nodes[cd->main].prose : cd->prose;
	/* the story's first sentence in the main subtree */
	for (begun = 0; cd->main != DOM_NONE && begun < cd->n &&
	    ((k = d->blocks[begun].node) == DOM_NONE ||
	    !cd->nodes[k].inmain || !clean_is_prose(&cd->fs[begun]));
	    begun++)
		/* nothing */;
	for (i = begun, tries = 0; i < cd->n && tries < 16; i++) {
		if (cd->incom[i] != 0 ||
		    (p = clean_box_heading(cd, i, KIND_COMMENT_FORM)) == DOM_NONE)
			continue;
		tries++;	/* each try reads its region: a few at most */
		/* a subhead among the story's paragraphs in its element
		 * ("评论区成了第二个产品") heads no thread */
		if (clean_box_among(cd, i, p))
			continue;
		p = clean_box_thread(cd, i, p);
		for (j = i + 1, prose = 0; j < cd->n &&
		    d->blocks[j].node != DOM_NONE &&
		    clean_tree_below(cd, d->blocks[j].node, p); j++) {
			if (clean_is_prose(&cd->fs[j]))
				prose += cd->fs[j].wlen;
		}
		/* a thread outside the story's element may outweigh it */
		k = d->blocks[i].node;
		if (j == i + 1 || (prose * 2 > story && (cd->main == DOM_NONE ||
		    cd->nodes[k].inmain || clean_tree_below(cd, cd->main, p))))
			continue;
		for (; j-- > i + 1;)
			cd->incom[j] = i + 1;
	}
}

/*
 * The element that holds a heading's cards: its parent, or when that
 * holds the heading alone (a header bar in a box of its own), the first
 * of two more levels up that holds more, and not the whole page.
 */
static uint32_t
clean_box_up(const struct cd *cd, size_t i, uint32_t p)
{
	const struct dom	*d = cd->d;
	uint32_t		 up;
	int			 level;

	for (level = 0; level < 2; level++) {
		if (i + 1 < cd->n && d->blocks[i + 1].node != DOM_NONE &&
		    clean_tree_below(cd, d->blocks[i + 1].node, p))
			return (p);	/* the next block is in it */
		if ((up = d->nodes[p].parent) == DOM_NONE ||
		    d->nodes[up].tag == DOM_BODY ||
		    d->nodes[up].tag == DOM_HTML)
			return (p);
		p = up;
	}
	return (p);
}

/*
 * A list of other stories no class names: a heading that says so
 * ("More from The Nation", "Read next", "相关阅读") and the cards that
 * follow it in its parent element (or a level or two up, when that
 * holds the heading alone).  The cards must have links (or
 * counts of their views), short blurbs, and less prose than the rest of
 * the story; the parent must hold nothing of the story above the
 * heading: a heading standing in the story's own element ("Auch
 * interessant", "Related: ...") heads nothing.
 */
void
clean_box_related(struct cd *cd)
{
	const struct dom	*d = cd->d;
	size_t			 i, j, first, linked, longest, heads;
	uint32_t		 p;
	double			 prose, story;
	int			 tries;

	cd->inrel = xcalloc(cd->n + 1, sizeof *cd->inrel);
	story = cd->main != DOM_NONE ? cd->nodes[cd->main].prose : cd->prose;
	for (i = 0, tries = 0; i < cd->n && tries < 16; i++) {
		if (cd->inrel[i] != 0 || cd->incom[i] != 0 ||
		    (p = clean_box_heading(cd, i, KIND_RELATED)) == DOM_NONE)
			continue;
		p = clean_box_up(cd, i, p);
		if (cd->nodes[p].title ||
		    (cd->main != DOM_NONE && clean_tree_below(cd, cd->main, p)))
			continue;
		/* the story's own element holds its paragraphs above */
		for (j = i; j > 0 && d->blocks[j - 1].node != DOM_NONE &&
		    clean_tree_below(cd, d->blocks[j - 1].node, p) &&
		    !clean_is_prose(&cd->fs[j - 1]) && i - j < 64; j--)
			/* nothing */;
		if (j > 0 && d->blocks[j - 1].node != DOM_NONE &&
		    clean_tree_below(cd, d->blocks[j - 1].node, p))
			continue;
		tries++;	/* each try reads its region: a few at most */
		prose = 0;
		linked = longest = heads = 0;
		for (j = i + 1; j < cd->n && d->blocks[j].node != DOM_NONE &&
		    clean_tree_below(cd, d->blocks[j].node, p); j++) {
			if (clean_is_prose(&cd->fs[j]))
				prose += cd->fs[j].wlen;
			if (cd->fs[j].wlen > longest)
				longest = cd->fs[j].wlen;
			/* a card's headline: a link of a line, no sentence */
			heads += cd->fs[j].wlen >= 20 && !cd->fs[j].terminal &&
			    clean_ld(&cd->fs[j]) >= 0.8;
			/* a card has a link, or a count of its views */
			linked += cd->fs[j].linkchars > 0 ||
			    cd->fs[j].kind == KIND_VIDEO ||
			    cd->fs[j].kind == KIND_NUMERIC;
		}
		/* cards: headlines with links, a line or two of blurb; the
		 * blurbs of a stream of them may outweigh the story; or one
		 * card, its headline over its blurb */
		if (j < i + 3 || (linked < 2 && !(j == i + 3 && heads == 1 &&
		    cd->fs[i + 1].linkchars > 0)) || linked * 4 < j - i - 1 ||
		    longest >= 320 || (prose > story - prose && heads < 5))
			continue;
		/* a sentence or two introducing the cards is the story's */
		for (first = i + 1; first < j && first < i + 3 &&
		    cd->fs[first].linkchars == 0 &&
		    (clean_is_prose(&cd->fs[first]) ||
		    cd->fs[first].wlen >= 80); first++)
			/* nothing */;
		for (; j-- > first;)
			cd->inrel[j] = i + 1;
	}
}

/* Is node k in comment item's own text, not in a reply nested in it? */
static int
clean_box_own(const struct cd *cd, uint32_t k, uint32_t item)
{
	const struct dom_node	*nd;
	int			 n;

	for (n = 0; k != DOM_NONE && k != item && n < 64; k = nd->parent, n++) {
		nd = &cd->d->nodes[k];
		if (nd->family == DOM_FAM_COMMENTS ||
		    (nd->flags & DOM_N_COMMENT))
			return (0);
	}
	return (1);
}

/* The comment item block i stands in: the nearest element named a
 * comment below its section's own, or its parent. */
static uint32_t
clean_box_item(const struct cd *cd, size_t i)
{
	const struct dom_node	*nd;
	uint32_t		 k = cd->d->blocks[i].node, item;
	int			 n;

	item = cd->d->nodes[k].parent;
	for (n = 0; k != DOM_NONE && k != cd->nodes[k].zone && n < 64;
	    k = nd->parent, n++) {
		nd = &cd->d->nodes[k];
		if (nd->family == DOM_FAM_COMMENTS ||
		    (nd->flags & DOM_N_COMMENT))
			return (k);
	}
	return (item);
}

/*
 * In a thread, a bot's comment ("I'm a bot") often holds a summary of
 * the story the thread is about: that is the article, its neighbours the
 * comments.  Mark the blocks of the comment that holds a bot's footer:
 * the nearest element named a comment below the section's own, or the
 * footer's parent, when its sentences make a summary, not a bot's
 * thanks for a vote; unless a post outside them holds the article.
 */
#define CLEAN_BOT_SAID	300	/* the summary's weighted length, at least */
#define CLEAN_POST_SAID	1200	/* a post's own prose that is an article */
void
clean_box_bots(struct cd *cd)
{
	const struct dom	*d = cd->d;
	size_t			 i, j, a, b, said;
	uint32_t		 k, item;
	int			 tries;

	cd->bot = xcalloc(cd->n + 1, 1);
	if (cd->free >= CLEAN_POST_SAID)	/* a post that holds it */
		return;
	for (i = 0, tries = 0; i < cd->n && tries < 16; i++) {
		k = d->blocks[i].node;
		if (cd->fs[i].kind != KIND_BOT || k == DOM_NONE ||
		    cd->nodes[k].zkind != CD_ZONE_COMMENTS || cd->bot[i])
			continue;
		tries++;	/* each try reads its comment: a few at most */
		if ((item = clean_box_item(cd, i)) == DOM_NONE)
			continue;
		clean_box_span(cd, i, item, &a, &b);
		/* a summary: a few sentences, not a bot's thanks; the
		 * replies nested in its element are not its */
		for (j = a, said = 0; j < b; j++)
			if (cd->fs[j].kind != KIND_BOT &&
			    clean_is_prose(&cd->fs[j]) &&
			    clean_box_own(cd, d->blocks[j].node, item))
				said += cd->fs[j].wlen;
		for (j = a; said >= CLEAN_BOT_SAID && j < b; j++)
			cd->bot[j] = clean_box_own(cd, d->blocks[j].node, item);
	}
	if (tries == 0)
		clean_box_pasted(cd);
}

/*
 * A thread about a story the page does not show, whose first comments
 * paste it in ("Archive link … text below"): when the page has no prose
 * outside its comments, a comment among the first three that holds
 * CLEAN_PASTED_SAID of prose, three times the most any other does, is
 * the story.  Its blocks are marked as a bot's summary's are, with 2.
 */
#define CLEAN_PASTED_SAID	1200
static void
clean_box_pasted(struct cd *cd)
{
	size_t		 i, j, a, b, said, best = 0, next = 0, ba = 0, bb = 0;
	uint32_t	 item, bestitem = DOM_NONE;
	int		 items = 0;

	if (cd->main != DOM_NONE || cd->free >= CLEAN_BOT_SAID)
		return;
	for (i = 0; i < cd->n; i++) {
		if (cd->d->blocks[i].node == DOM_NONE ||
		    cd->nodes[cd->d->blocks[i].node].zkind !=
		    CD_ZONE_COMMENTS || !clean_is_prose(&cd->fs[i]) ||
		    (item = clean_box_item(cd, i)) == DOM_NONE)
			continue;
		clean_box_span(cd, i, item, &a, &b);
		for (j = a, said = 0; j < b; j++)
			if (clean_is_prose(&cd->fs[j]) &&
			    clean_box_own(cd, cd->d->blocks[j].node, item))
				said += cd->fs[j].wlen;
		if (said > best) {
			next = best;
			best = said;
			if (items >= 3)
				return;	/* the story comes first */
			bestitem = item;
			ba = a;
			bb = b;
		} else if (said > next)
			next = said;
		items++;
		i = b > i ? b - 1 : i;
	}
	if (bestitem == DOM_NONE || best < CLEAN_PASTED_SAID ||
	    best < 3 * next)
		return;
	for (j = ba; j < bb; j++)
		cd->bot[j] = clean_box_own(cd, cd->d->blocks[j].node,
		    bestitem) ? 2 : 0;
}

/*
 * Can a signup box at node box (around the marked node k) take in its
 * parent up?  Not the page, the comments, the title's element or the
 * story's; and what up adds must be a few short lines, with no prose
 * but the blurb beside a form that has no prose of its own.
 */
static int
clean_box_signup_up(const struct cd *cd, uint32_t k, uint32_t box,
    uint32_t up)
{
	const struct dom_node	*nd = &cd->d->nodes[up];
	const struct cd_node	*c = &cd->nodes[up];

	if (nd->tag == DOM_BODY || nd->tag == DOM_HTML ||
	    (nd->flags & DOM_N_COMMENT) || nd->family == DOM_FAM_COMMENTS ||
	    c->zkind == CD_ZONE_COMMENTS || c->title ||
	    (cd->main != DOM_NONE && clean_tree_below(cd, cd->main, up)))
		return (0);
	if (up == box)
		return (1);
	return (c->text - cd->nodes[box].text <= 400 &&
	    c->blocks - cd->nodes[box].blocks <= 5 &&
	    (c->prose == cd->nodes[box].prose || (box == k &&
	    cd->d->nodes[k].tag == DOM_FORM && cd->nodes[k].prose == 0)));
}

/*
 * A signup box no class names: the element around a form that asks for
 * an e-mail address (the newsletter's name, its blurb, the fine print
 * under the button), up to three levels above it while each adds a few
 * short lines (clean_box_signup_up).  Boxes are marked on the nodes,
 * parents first, so the cost stays linear however many forms a page
 * has.
 */
void
clean_box_signup(struct cd *cd)
{
	const struct dom	*d = cd->d;
	char			*in;
	size_t			 i;
	uint32_t		 k, box, up;
	int			 level;

	cd->signup = xcalloc(cd->n + 1, 1);
	in = xcalloc(d->nnodes, 1);
	for (k = 0; k < d->nnodes; k++) {
		if (!(d->nodes[k].flags & DOM_N_SIGNUP) ||
		    cd->nodes[k].text > 1500 ||
		    !clean_box_signup_up(cd, k, k, k))
			continue;
		for (box = k, level = 0; level < 3 &&
		    (up = d->nodes[box].parent) != DOM_NONE &&
		    clean_box_signup_up(cd, k, box, up); level++)
			box = up;
		in[box] = 1;
	}
	for (k = 0; k < d->nnodes; k++)		/* parents first */
		if (d->nodes[k].parent != DOM_NONE && in[d->nodes[k].parent])
			in[k] = 1;
	for (i = 0; i < cd->n; i++)
		if ((k = d->blocks[i].node) != DOM_NONE && in[k])
			cd->signup[i] = CD_SIGNUP_FORM;
	free(in);
}

/* The run of blocks a..b (exclusive) around block i below node k. */
static void
clean_box_span(const struct cd *cd, size_t i, uint32_t k, size_t *a,
    size_t *b)
{
	const struct dom	*d = cd->d;

	for (*a = i; *a > 0 && d->blocks[*a - 1].node != DOM_NONE &&
	    clean_tree_below(cd, d->blocks[*a - 1].node, k); (*a)--)
		/* nothing */;
	for (*b = i + 1; *b < cd->n && d->blocks[*b].node != DOM_NONE &&
	    clean_tree_below(cd, d->blocks[*b].node, k); (*b)++)
		/* nothing */;
}

/* Is block f an offer's button: a short call that is a link? */
static int
clean_box_button(const struct clean_feat *f)
{
	return ((f->kind == KIND_PROMO || f->kind == KIND_LINKS) &&
	    f->wlen < 60 && clean_ld(f) >= 0.8);
}

/*
 * Is there a box like the one of heading a and button btn from block j
 * on: a heading of a's tag, and btn's words again as far below it?
 */
static int
clean_box_twin(const struct cd *cd, size_t a, size_t btn, size_t j)
{
	const struct clean_feat	*f = &cd->fs[btn], *g;
	uint32_t		 k, h = cd->d->blocks[a].node;
	size_t			 l;

	if (j >= cd->n || (k = cd->d->blocks[j].node) == DOM_NONE ||
	    h == DOM_NONE || cd->d->nodes[k].tag != cd->d->nodes[h].tag)
		return (0);
	for (l = j + 1; l < cd->n && l <= j + (btn - a) + 1; l++) {
		g = &cd->fs[l];
		if (l != btn && g->lowern == f->lowern &&
		    memcmp(g->lower, f->lower, f->lowern) == 0)
			return (1);
	}
	return (0);
}

/*
 * Is the box of blocks a..b, a heading over its button, one of a list's
 * items: a box like it just under it or just above it?  Items of a
 * roundup ("Janome New Home Review" / its line / "Read more") come in
 * a row; an appeal comes alone.
 */
static int
clean_box_listed(const struct cd *cd, size_t a, size_t b)
{
	size_t	w = b - a;

	return (clean_box_twin(cd, a, b - 1, b) ||
	    (a >= w && clean_box_twin(cd, a, b - 1, a - w)) ||
	    (a > w && clean_box_twin(cd, a, b - 1, a - w - 1)));
}

/*
 * Is blocks a..b an appeal's box: a heading, a line or two of its
 * text, and the appeal's button last ("Support public radio", "Your
 * gift helps…", "Donate now")?
 */
static int
clean_box_callout(const struct cd *cd, size_t a, size_t b)
{
	uint32_t	k = cd->d->blocks[a].node;

	return (b - a >= 2 && b - a <= 3 && k != DOM_NONE &&
	    cd->d->nodes[k].tag >= DOM_H2 && cd->d->nodes[k].tag <= DOM_H6 &&
	    cd->fs[b - 1].kind == KIND_PROMO &&
	    clean_box_button(&cd->fs[b - 1]) &&
	    !clean_box_listed(cd, a, b));
}

/*
 * Is blocks a..b a sign-up's box whose button has no words of its own
 * (a <button> beside them in up): the call as a heading and a line or
 * two of its blurb ("Stay informed with our Daily Briefing newsletter"
 * / "Get the day's top local stories every weekday morning.")?
 */
static int
clean_box_buttoned(const struct cd *cd, size_t a, size_t b, uint32_t up)
{
	uint32_t	k = cd->d->blocks[a].node;
	size_t		j;

	if (b - a < 2 || b - a > 3 || !(cd->d->nodes[up].flags &
	    DOM_N_BUTTON) || k == DOM_NONE || cd->d->nodes[k].tag <
	    DOM_H2 || cd->d->nodes[k].tag > DOM_H6 ||
	    cd->fs[a].kind != KIND_PROMO)
		return (0);
	for (j = a + 1; j < b; j++)
		if (cd->fs[j].wlen >= 150 || cd->fs[j].linkchars > 0)
			return (0);
	return (1);
}

/*
 * Is node up, above a block of a publication's offer, the offer's box:
 * not the page, the comments, the title's element or one holding the
 * story's, nor a list or a table (steps of a how-to may each say "click
 * here"); a dozen short blocks at most, half of them its calls (a
 * third when the box opens with one): the offer and a button or a
 * login link, or three offers; the rest lines of the offer, no
 * paragraph among them.  Or an appeal's heading, text and button, or
 * a sign-up's heading and blurb beside a button of no words.
 */
static int
clean_box_offer_up(const struct cd *cd, size_t i, uint32_t up)
{
	const struct dom_node	*nd = &cd->d->nodes[up];
	const struct cd_node	*c = &cd->nodes[up];
	const struct clean_feat	*f, *first = NULL;
	size_t			 a, b, j, calls = 0, promos = 0, same = 0;
	int			 linked = 0;

	if (nd->tag == DOM_BODY || nd->tag == DOM_HTML || nd->tag == DOM_OL ||
	    nd->tag == DOM_UL || nd->tag == DOM_LI || nd->tag == DOM_TABLE ||
	    (nd->flags & DOM_N_COMMENT) || nd->family == DOM_FAM_COMMENTS ||
	    c->title || c->blocks > 12 || c->text > 1500 ||
	    (cd->main != DOM_NONE && clean_tree_below(cd, cd->main, up)))
		return (0);
	clean_box_span(cd, i, up, &a, &b);
	for (j = a; j < b; j++) {
		f = &cd->fs[j];
		/* a paragraph, whatever it says, but the offer's own
		 * over its button */
		if ((f->wlen >= 150 && (f->kind != KIND_PROMO ||
		    j + 1 >= b || !clean_box_button(&cd->fs[j + 1]))) ||
		    cd->incom[j] != 0)
			return (0);
		if (f->kind == KIND_PROMO || f->kind == KIND_LINKS) {
			if (calls++ == 0)
				first = f;
			else if (f->lowern == first->lowern &&
			    memcmp(f->lower, first->lower, f->lowern) == 0)
				same++;
			promos += f->kind == KIND_PROMO;
			linked |= f->linkchars > 0;
		}
	}
	if (calls >= 2 && (same + 1 == calls || (b - a <= 4 &&
	    clean_box_button(&cd->fs[b - 1]) && clean_box_listed(cd, a, b))))
		return (0);	/* a list's "Read more" under each item */
	return ((calls >= 2 && promos > 0 && (linked || calls >= 3) &&
	    (calls * 2 >= b - a || (calls * 3 >= b - a &&
	    (cd->fs[a].kind == KIND_PROMO || cd->fs[a].kind == KIND_LINKS)))) ||
	    (calls == 1 && (clean_box_callout(cd, a, b) ||
	    clean_box_buttoned(cd, a, b, up))));
}

/*
 * The box of a publication's offer no class names: the element around
 * a call to subscribe ("Lesen Sie jetzt weiter mit SPIEGEL+"), up to
 * three levels above it while clean_box_offer_up holds, with the
 * offer's question, its list of what one gets and its price, and the
 * heading over it in the element above.  Its blocks are marked as a
 * signup box's.
 */
void
clean_box_offer(struct cd *cd)
{
	const struct dom	*d = cd->d;
	size_t			 i, j, a, b;
	uint32_t		 k, box, up;
	int			 level;

	for (i = 0; i < cd->n; i++) {
		if (cd->fs[i].kind != KIND_PROMO || cd->signup[i] ||
		    (k = d->blocks[i].node) == DOM_NONE)
			continue;
		box = DOM_NONE;
		for (level = 0; level < 3 && (up = d->nodes[k].parent) !=
		    DOM_NONE && clean_box_offer_up(cd, i, up); level++)
			box = k = up;
		if (box == DOM_NONE)
			continue;
		clean_box_span(cd, i, box, &a, &b);
		/* and its heading, alone with it in the box above
		 * ("Support HuffPost" over "Our mission is …") */
		if (a > 0 && (up = d->nodes[box].parent) != DOM_NONE &&
		    cd->nodes[up].blocks == b - a + 1 &&
		    (k = d->blocks[a - 1].node) != DOM_NONE &&
		    d->nodes[k].tag >= DOM_H2 && d->nodes[k].tag <= DOM_H6 &&
		    clean_tree_below(cd, k, up) && cd->fs[a - 1].wlen < 60)
			a--;
		for (j = a; j < b; j++)
			cd->signup[j] = CD_SIGNUP_OFFER;
	}
}

/*
 * Does an ad's label say that what it heads is paid for ("Paid
 * Content", "Sponsor Content", "Contenido patrocinado"): a paragraph or
 * two of prose under it are the advertiser's?
 */
static int
clean_box_paid(const struct clean_feat *f)
{
	static const char *const words[] = { "sponsor", "paid", "partner",
	    "patrocin", "advertorial", "publireportage", "gesponsert",
	    "赞助", "贊助", NULL };

	return (clean_holds(f, words));
}

/*
 * An ad's box no class names: a label that says so ("广告",
 * "Advertisement", "Anzeige") opening its element (or written straight
 * into it), and in it a line or three of the advertiser's, no sentence
 * of a paragraph among them, or a paragraph or three under a label of
 * paid content.  They are marked as an ad's.
 */
void
clean_box_ads(struct cd *cd)
{
	const struct clean_feat	*f;
	size_t			 i, j, a, b;
	uint32_t		 p, k;
	int			 paid;

	for (i = 0; i < cd->n; i++) {
		if (cd->signup[i] ||
		    (p = clean_box_heading(cd, i, KIND_AD)) == DOM_NONE)
			continue;
		/* a label written straight into its box, over the rest */
		k = cd->d->blocks[i].node;
		if (cd->nodes[k].blocks >= 2 && cd->nodes[k].blocks <= 4)
			p = k;
		if (cd->nodes[p].title || (cd->main != DOM_NONE &&
		    clean_tree_below(cd, cd->main, p)))
			continue;
		clean_box_span(cd, i, p, &a, &b);
		if (a != i || b < i + 2 || b > i + 4)
			continue;
		paid = clean_box_paid(&cd->fs[i]);
		for (j = i + 1; j < b; j++) {
			f = &cd->fs[j];
			if ((!paid && (f->wlen >= 80 || clean_is_prose(f))) ||
			    (paid && f->wlen >= 400) || cd->incom[j] != 0)
				break;
		}
		if (j < b)
			continue;
		for (j = i + 1; j < b; j++)
			cd->signup[j] = CD_SIGNUP_AD;
	}
}

/*
 * Is zone z a box that stands inside the story: a plain <aside> or
 * role=complementary (a fact box, a glossary, a pull quote), or one
 * named only for content ("article-box") or for the story's key points
 * (those may open it), in the main subtree, with story before and after
 * it (or prose enough of its own: a method's note closes a story), and
 * few links?  Readers keep
 * its words; a box of links, or one named for what it is (related, ad,
 * share), is the page's, and so is a photo's caption or a player in it
 * (block i's own).
 */
int
clean_box_aside(struct cd *cd, uint32_t z, size_t i)
{
	const struct dom	*d = cd->d;
	const struct dom_node	*nd = &d->nodes[z];
	const struct cd_node	*c = &cd->nodes[z];
	size_t			 j;
	uint32_t		 k;
	int			 points = nd->family == DOM_FAM_STANDFIRST;

	/* (a box of the story's key points may open it; a "sidebar"
	 * among its paragraphs with no link is its fact box) */
	if ((nd->tag != DOM_ASIDE && !(nd->flags & DOM_N_ASIDE)) ||
	    (nd->family != DOM_FAM_NONE && nd->family != DOM_FAM_CONTENT &&
	    !points && !(nd->family == DOM_FAM_SIDEBAR &&
	    c->linkw == 0)) || (nd->flags & (DOM_N_NAV | DOM_N_FOOTER |
	    DOM_N_DIALOG | DOM_N_SEARCH | DOM_N_HIDDEN)) || !c->inmain ||
	    (i <= cd->first && !points) || (i >= cd->lastprose &&
	    c->prose < 300) || c->linkw > 0.2 * c->text)
		return (0);
	/* a photo's caption in the box is the photo's */
	for (k = d->blocks[i].node; k != DOM_NONE && k != z;
	    k = d->nodes[k].parent)
		if (d->nodes[k].tag == DOM_FIGCAPTION ||
		    d->nodes[k].family == DOM_FAM_CAPTION ||
		    d->nodes[k].family == DOM_FAM_PLAYER)
			return (0);
	/* a box with a promo, a form, a widget or a video in it is the
	 * page's:
	 * read each box once (its blocks come one after another) */
	if (cd->boxzone != z) {
		cd->boxzone = z;
		cd->boxok = 1;
		for (j = i; j > 0 && d->blocks[j - 1].node != DOM_NONE &&
		    clean_tree_below(cd, d->blocks[j - 1].node, z); j--)
			/* nothing */;
		for (; j < cd->n && d->blocks[j].node != DOM_NONE &&
		    clean_tree_below(cd, d->blocks[j].node, z) && cd->boxok; j++)
			if ((clean_phrase_kind(cd->fs[j].kind) &&
			    cd->fs[j].kind != KIND_LINKS) || cd->player[j])
				cd->boxok = 0;
	}
	return (cd->boxok);
}

/* A comment's reply button, or its votes ("찬성 41 댓글달기", linked). */
static int
clean_box_votes(const struct clean_feat *f)
{
	return (f->kind == KIND_COMMENT_FORM || (f->wlen < 40 &&
	    f->digits > 0 && (f->kind == KIND_LINKS ||
	    f->kind == KIND_SHARE)));
}

/*
 * Is block i a comment under its writer's line ("등록금반대 2009.12.05
 * 11:02", a name and a date and time), with its votes or its reply
 * button just around it ("찬성 41 댓글달기", "공감 33 비공감 2 | 답글")?
 * A live page's entries have their time but no votes.
 */
static int
clean_box_stamped(const struct cd *cd, size_t i)
{
	const struct clean_feat	*s, *f = &cd->fs[i];
	size_t			 j, v;

	if (i < 1 || f->wlen >= 400 || !clean_box_comment_text(f))
		return (0);
	for (j = i - 1, v = 0; j > 0 && j + 2 >= i &&
	    cd->fs[j].kind != KIND_NUMERIC; j--)
		v += clean_box_votes(&cd->fs[j]);
	s = &cd->fs[j];
	if (j + 2 < i || !clean_writer_stamp(s))
		return (0);
	return (v > 0 || (i + 1 < cd->n && clean_box_votes(&cd->fs[i + 1])));
}

/*
 * A thread's comments (2), each under its writer's line with its votes;
 * a forum's replies (1): the prose of a box named as the main subtree,
 * after it and not joined to it (each a "postbody" as the first post
 * is), a reply's button ("Quote", "回复", "Reply") within six blocks, not
 * in a comment section's own box.  Read before the verdicts, which take
 * the buttons for boilerplate.
 */
void
clean_box_replies(struct cd *cd)
{
	const struct dom	*d = cd->d;
	size_t			 i, j, lo, stamped = 0;
	uint32_t		 k, b;

	cd->reply = xcalloc(cd->n + 1, 1);
	/* comments under their writers' lines, two or more, past the
	 * story's first sentence */
	for (i = cd->first + 1; i < cd->n && stamped < 2; i++)
		stamped += clean_box_stamped(cd, i);
	for (i = cd->first + 1; stamped >= 2 && i < cd->n; i++)
		if (clean_box_stamped(cd, i))
			cd->reply[i] = 2;
	for (i = 0; cd->main != DOM_NONE && i < cd->n; i++) {
		if ((k = d->blocks[i].node) == DOM_NONE || cd->reply[i] ||
		    !cd->nodes[k].alike || cd->nodes[k].zkind != CD_ZONE_NONE ||
		    !clean_box_comment_text(&cd->fs[i]))
			continue;
		lo = i > 6 ? i - 6 : 0;
		for (j = lo; j < cd->n && j <= i + 6; j++)
			if (cd->fs[j].kind == KIND_COMMENT_FORM &&
			    cd->fs[j].wlen < 20 && (b = d->blocks[j].node) !=
			    DOM_NONE && cd->nodes[b].zkind == CD_ZONE_NONE)
				break;
		cd->reply[i] = j < cd->n && j <= i + 6;
	}
}

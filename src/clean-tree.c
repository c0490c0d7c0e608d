/*
 * clean-tree.c: what a web page's tree says before any block gets its
 * verdict (clean-dom.c gives them).  It
 *
 *  1. sums the blocks' text up the tree: characters, link characters,
 *     prose (the blocks the text rules rate as sentences), and a score
 *     for each container the way Readability scores its candidates;
 *  2. finds the zones the page marks as not article (clean-zone.c):
 *     landmarks, hidden elements and elements named for navigation,
 *     sidebars, comments, adverts and the like;
 *  3. chooses the main subtree: itemprop=articleBody, a class naming the
 *     story's body, <article>, <main> or role=main, in that order, when
 *     it holds enough of the page's prose (the innermost of nested ones,
 *     the common ancestor of a story's parts marked alike); else
 *     Readability's top candidate, on a whole page; and the siblings
 *     that share its name (a story split around an advertisement), or,
 *     for a main of no name, that are no column of teasers.
 *     A main that misses most of the page's JSON-LD articleBody gives
 *     way to the subtree that holds it (clean-table.c finds the lists
 *     and tables whose items are mostly links).
 *
 * Sums go up the tree once (nodes come parents first), zones and the
 * main subtree come down once; the few walks up the tree stop after 64
 * steps.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "clean-int.h"

#define CD_MAIN_SHARE	0.4	/* of the page's free prose */
#define CD_JOIN_SHARE	0.5	/* the same, for parts joined */

/* A block that is a time alone marks the list item it opens or ends. */
static void
cd_stamped(struct cd *cd, uint32_t k, const struct clean_feat *f)
{
	int	up;

	if (f->kind != KIND_NUMERIC || f->wlen > 20 || !clean_stamp(f))
		return;
	for (up = 0; k != DOM_NONE && up < 3; up++, k = cd->d->nodes[k].parent)
		if (cd->d->nodes[k].tag == DOM_LI) {
			cd->nodes[k].stamped = 1;
			return;
		}
}

/*
 * Sum the blocks up the tree: each node gets its own blocks' figures,
 * then (nodes come parents first) each node, from the last, adds its
 * figures to its parent.
 */
static void
cd_sum(struct cd *cd)
{
	const struct dom	*d = cd->d;
	const struct clean_feat	*f;
	struct cd_node		*c;
	size_t			 i;
	uint32_t		 k, p;

	for (i = 0; i < cd->n; i++) {
		if ((k = d->blocks[i].node) == DOM_NONE)
			continue;
		f = &cd->fs[i];
		c = &cd->nodes[k];
		c->text += f->wlen;
		c->linkw += f->wlen * clean_ld(f);
		if (clean_is_prose(f)) {
			c->prose += f->wlen;
			c->ownprose = 1;
		}
		c->blocks++;
		if (d->blocks[i].flags & DOM_B_TITLE)
			c->title = 1;
		if (d->blocks[i].flags & DOM_B_LDBODY) {
			c->body += f->wlen;
			cd->body += f->wlen;
		}
		cd_stamped(cd, k, f);
	}
	for (k = d->nnodes; k-- > 0;) {
		if (d->nodes[k].tag == DOM_H1)
			cd->nodes[k].h1 = 1;
		if ((p = d->nodes[k].parent) == DOM_NONE)
			continue;
		if (d->nodes[k].tag == DOM_LI && cd->nodes[p].items < 0xffff) {
			cd->nodes[p].items++;
			cd->nodes[p].timed += cd->nodes[k].stamped;
		}
		cd->nodes[p].h1 |= cd->nodes[k].h1;
		cd->nodes[p].text += cd->nodes[k].text;
		cd->nodes[p].linkw += cd->nodes[k].linkw;
		cd->nodes[p].prose += cd->nodes[k].prose;
		cd->nodes[p].blocks += cd->nodes[k].blocks;
		cd->nodes[p].title |= cd->nodes[k].title;
		cd->nodes[p].body += cd->nodes[k].body;
	}
	for (k = 0; k < d->nnodes; k++) {
		if (d->nodes[k].parent == DOM_NONE)
			cd->prose += cd->nodes[k].prose;
	}
}

/*
 * Readability's scores: a block of 25 characters or more scores
 * 1 + its clauses + a point a hundred characters (three at most) for
 * the element holding it, half for the next one up, and a third of the
 * level for three more; a container starts with a bonus for its tag and
 * its name, and ends multiplied by the share of its text outside links.
 */
static void
cd_score(struct cd *cd)
{
	const struct dom	*d = cd->d;
	const struct clean_feat	*f;
	const struct dom_node	*nd;
	struct cd_node		*c;
	size_t			 i;
	uint32_t		 k;
	double			 s, div;
	int			 level;

	for (i = 0; i < cd->n; i++) {
		f = &cd->fs[i];
		k = d->blocks[i].node;
		if (k == DOM_NONE || cd->nodes[k].zkind != CD_ZONE_NONE ||
		    f->chars < 25 || f->cls == CLS_BAD)
			continue;
		s = 1 + f->clauses + (f->wlen / 100 < 3 ? f->wlen / 100 : 3);
		for (level = 0; (k = d->nodes[k].parent) != DOM_NONE &&
		    level < 5; level++) {
			c = &cd->nodes[k];
			if (!c->scored) {
				nd = &d->nodes[k];
				c->scored = 1;
				switch (nd->tag) {
				case DOM_DIV:
					c->score = 5;
					break;
				case DOM_PRE:
				case DOM_TD:
				case DOM_BLOCKQUOTE:
					c->score = 3;
					break;
				case DOM_ADDRESS:
				case DOM_OL:
				case DOM_UL:
				case DOM_DL:
				case DOM_DD:
				case DOM_DT:
				case DOM_LI:
				case DOM_FORM:
					c->score = -3;
					break;
				case DOM_H1: case DOM_H2: case DOM_H3:
				case DOM_H4: case DOM_H5: case DOM_H6:
				case DOM_TH:
					c->score = -5;
					break;
				}
				if (nd->flags & (DOM_N_BODY | DOM_N_ARTBODY))
					c->score += 50;
				else if (nd->flags & DOM_N_CONTENT)
					c->score += 25;
				if (clean_zone_negative(nd->family))
					c->score -= 25;
			}
			div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
			c->score += s / div;
		}
	}
}

/* The free prose of a subtree: not in a zone. */
static void
cd_free(struct cd *cd)
{
	const struct dom	*d = cd->d;
	size_t			 i;
	uint32_t		 k, p;

	for (i = 0; i < cd->n; i++) {
		k = d->blocks[i].node;
		if (k == DOM_NONE || cd->nodes[k].zkind != CD_ZONE_NONE ||
		    !clean_is_prose(&cd->fs[i]))
			continue;
		cd->nodes[k].free += cd->fs[i].wlen;
		cd->free += cd->fs[i].wlen;
	}
	for (k = d->nnodes; k-- > 0;) {
		if ((p = d->nodes[k].parent) != DOM_NONE)
			cd->nodes[p].free += cd->nodes[k].free;
	}
}

/* Can node k be the main subtree: enough prose, not mostly links? */
static int
cd_qualifies(const struct cd *cd, uint32_t k)
{
	const struct cd_node	*c = &cd->nodes[k];

	return (c->zkind == CD_ZONE_NONE && c->free >= CD_MIN_PROSE &&
	    c->free >= CD_MAIN_SHARE * (cd->free - cd->others) && c->text > 0 &&
	    c->linkw < 0.5 * c->text);
}

/* Is node k a main marker of the given kind (0 the strongest)? */
static int
cd_marker(const struct cd *cd, uint32_t k, int kind)
{
	const struct dom_node	*nd = &cd->d->nodes[k];

	switch (kind) {
	case 0:
		return ((nd->flags & DOM_N_ARTBODY) != 0);
	case 1:
		return ((nd->flags & DOM_N_BODY) != 0);
	case 2:
		return (nd->tag == DOM_ARTICLE ||
		    (nd->flags & DOM_N_ARTICLE) != 0);
	default:
		return (nd->tag == DOM_MAIN || (nd->flags & DOM_N_MAIN) != 0);
	}
}

/*
 * Of markers of one kind nested in each other (a "main-content" around
 * an "artibody"), the innermost that still holds nine tenths of the
 * outer one's prose: what lies between them (a quote table, a byline
 * box) is not the story.  Nodes below best follow it without a gap.
 */
static uint32_t
cd_tighten(const struct cd *cd, int kind, uint32_t best)
{
	const struct dom	*d = cd->d;
	uint32_t		 k, in = best;

	for (k = best + 1; k < d->nnodes && cd->nodes[k].depth >
	    cd->nodes[best].depth; k++) {
		if (cd_marker(cd, k, kind) && cd->nodes[k].free >= 0.9 *
		    cd->nodes[best].free && cd->nodes[k].depth >
		    cd->nodes[in].depth && cd->nodes[k].zkind == CD_ZONE_NONE)
			in = k;
	}
	return (in);
}

/*
 * A box the page's class names as its content ("main-content") around
 * the <article> that holds the title (an <h1>, when the title's block
 * was taken out) and two thirds of its prose: the story is the
 * <article>; the rest of the box (cards of other stories with their
 * blurbs, a "most read" list) is not.
 */
static uint32_t
cd_article_in(const struct cd *cd, uint32_t best)
{
	const struct dom	*d = cd->d;
	uint32_t		 k;

	for (k = best + 1; k < d->nnodes && cd->nodes[k].depth >
	    cd->nodes[best].depth; k++) {
		if (d->nodes[k].tag == DOM_ARTICLE && (cd->nodes[k].title ||
		    ((d->flags & DOM_P_TITLED) && cd->nodes[k].h1)) &&
		    cd->nodes[k].zkind == CD_ZONE_NONE &&
		    cd->nodes[k].free * 3 >= cd->nodes[best].free * 2 &&
		    cd->nodes[k].prose * 3 >= cd->nodes[best].prose * 2)
			return (k);
	}
	return (best);
}

/* The nearest common ancestor of two nodes. */
static uint32_t
cd_common(const struct cd *cd, uint32_t a, uint32_t b)
{
	const struct dom	*d = cd->d;

	while (a != DOM_NONE && b != DOM_NONE && a != b) {
		if (cd->nodes[a].depth >= cd->nodes[b].depth)
			a = d->nodes[a].parent;
		else
			b = d->nodes[b].parent;
	}
	return (a == b ? a : DOM_NONE);
}

/* The node below top on the way up from k (DOM_NONE: too far). */
static uint32_t
cd_below(const struct cd *cd, uint32_t k, uint32_t top)
{
	const struct dom	*d = cd->d;
	int			 up;

	for (up = 0; k != DOM_NONE && d->nodes[k].parent != top && up < 64;
	    up++)
		k = d->nodes[k].parent;
	return (k != DOM_NONE && d->nodes[k].parent == top ? k : DOM_NONE);
}

/*
 * Is marker k, of less prose than a third of best's, a part of the same
 * story still: before it, named as best is, prose of its own, and its
 * branch and best's meeting a few levels up (the first paragraphs of a
 * story cut into sections by an advert)?
 */
static int
cd_join_near(const struct cd *cd, uint32_t best, uint32_t k)
{
	const struct dom	*d = cd->d;
	uint32_t		 p;

	/* before it: a part after it may be the next story's */
	if (k > best || d->nodes[k].token == 0 || d->nodes[k].token !=
	    d->nodes[best].token || cd->nodes[k].free < CD_MIN_PROSE ||
	    cd->nodes[k].h1 || (p = cd_common(cd, best, k)) == DOM_NONE)
		return (0);
	return (cd->nodes[best].depth <= cd->nodes[p].depth + 6 &&
	    cd->nodes[k].depth <= cd->nodes[p].depth + 6);
}

/*
 * A story in several parts, each marked alike (an <article> a section,
 * a body class on each part between advertisements): when markers of
 * the kind of best other than those inside it hold a third of its prose
 * or more, the main subtree is their common ancestor, if that adds
 * little prose of its own.  Parts below headlines of their own (<h1>)
 * are other stories (the next one a page loads below the first): the
 * story is the one under the page's title.
 */
static uint32_t
cd_join(struct cd *cd, int kind, uint32_t best)
{
	const struct dom	*d = cd->d;
	uint32_t		 k, top = best, p, ka, kb, seen[8];
	double			 sum = cd->nodes[best].free;
	int			 n = 1, up, nseen = 0, j;

	cd->others = 0;
	for (k = 0; k < d->nnodes && n < 64; k++) {
		if (k == best || !cd_marker(cd, k, kind) ||
		    (cd->nodes[k].free < cd->nodes[best].free / 3 &&
		    !cd_join_near(cd, best, k)) ||
		    cd->nodes[k].zkind != CD_ZONE_NONE)
			continue;
		/* not one inside another counted already */
		for (p = d->nodes[k].parent, up = 0; p != DOM_NONE && up < 64 &&
		    !cd_marker(cd, p, kind) && cd->nodes[p].depth >=
		    cd->nodes[top].depth; p = d->nodes[p].parent, up++)
			/* nothing */;
		if (p != DOM_NONE && cd_marker(cd, p, kind) &&
		    cd->nodes[p].free >= cd->nodes[best].free / 3)
			continue;
		if ((p = cd_common(cd, top, k)) == DOM_NONE)
			return (best);
		ka = cd_below(cd, k, p);
		kb = cd_below(cd, best, p);
		if (ka != DOM_NONE && kb != DOM_NONE && cd->nodes[ka].h1 &&
		    cd->nodes[kb].h1) {
			/* the story is the one under the page's title */
			if (cd->nodes[ka].title && !cd->nodes[kb].title)
				return (cd_join(cd, kind, k));
			/* its prose is not the page's share to hold */
			for (j = 0; j < nseen && seen[j] != ka; j++)
				/* nothing */;
			if (j == nseen && nseen < 8) {
				seen[nseen++] = ka;
				cd->others += cd->nodes[ka].free;
			}
			continue;
		}
		top = p;
		sum += cd->nodes[k].free;
		n++;
	}
	if (n < 2 || d->nodes[top].tag == DOM_BODY ||
	    d->nodes[top].tag == DOM_HTML || cd->nodes[top].free > 1.3 * sum)
		return (best);
	return (top);
}

/* Readability's five best candidates, best first: how many there are. */
static int
cd_top(const struct cd *cd, uint32_t topnode[5], double topscore[5])
{
	uint32_t	k;
	double		s;
	int		j, ntop = 0;

	for (k = 0; k < cd->d->nnodes; k++) {
		if (!cd->nodes[k].scored || cd->nodes[k].zkind != CD_ZONE_NONE)
			continue;
		s = cd->nodes[k].score;
		if (cd->nodes[k].text > 0)
			s *= 1 - cd->nodes[k].linkw / cd->nodes[k].text;
		for (j = ntop; j > 0 && topscore[j - 1] < s; j--) {
			if (j < 5) {
				topnode[j] = topnode[j - 1];
				topscore[j] = topscore[j - 1];
			}
		}
		if (j < 5) {
			topnode[j] = k;
			topscore[j] = s;
			if (ntop < 5)
				ntop++;
		}
	}
	return (ntop);
}

/* How the main subtree was found, by its marker's kind (4: inside one) */
static const char *const cd_hows[] = {
	"itemprop articleBody", "its class", "<article>", "<main>",
	"its class, then the <article> with the title"
};

/*
 * Choose the main subtree: the marker of the strongest kind that holds
 * most free prose and qualifies, else Readability's top candidate.
 */
static void
cd_choose(struct cd *cd)
{
	const struct dom	*d = cd->d;
	uint32_t		 k, best, one, topnode[5], named = DOM_NONE;
	int			 kind, j, n, ntop, inner;
	double			 topscore[5];

	cd->main = DOM_NONE;
	if (cd->free < CD_MIN_PROSE)
		return;
	for (kind = 0; kind < 4 && cd->main == DOM_NONE; kind++) {
		best = DOM_NONE;
		for (k = 0; k < d->nnodes; k++) {
			if (cd_marker(cd, k, kind) && (best == DOM_NONE ||
			    cd->nodes[k].free > cd->nodes[best].free))
				best = k;
		}
		if (best == DOM_NONE)
			continue;
		best = cd_tighten(cd, kind, best);
		one = best;
		best = cd_join(cd, kind, best);
		inner = kind == 1 && (k = cd_article_in(cd, best)) != best;
		if (inner)
			best = one = k;
		/* parts joined (a live page's entries) hold the most of
		 * the page's prose, not a thread's comments beside it */
		if (cd_qualifies(cd, best) && (best == one ||
		    cd->nodes[best].free >= CD_JOIN_SHARE * (cd->free -
		    cd->others))) {
			cd->main = cd->core = best;
			cd->how = cd_hows[inner ? 4 : kind];
		}
	}
	if (cd->main != DOM_NONE)
		return;
	cd->others = 0;
	ntop = cd_top(cd, topnode, topscore);
	if (ntop == 0 || !(d->flags & DOM_P_PAGE))
		return;	/* a fragment (a feed's body) is the story already */
	/*
	 * As Readability: when two more of the five best score within a
	 * quarter of the top, the story is their common ancestor (a live
	 * blog's entries, a story cut into boxes); and a top that holds too
	 * little of the page's prose gives way to its parent, a few levels
	 * up at most.
	 */
	best = topnode[0];
	for (j = 1, n = 0, k = best; j < ntop; j++) {
		if (topscore[j] >= 0.75 * topscore[0] && (k = cd_common(cd, k,
		    topnode[j])) != DOM_NONE)
			n++;
	}
	if (n >= 2 && k != DOM_NONE && d->nodes[k].tag != DOM_BODY &&
	    d->nodes[k].tag != DOM_HTML)
		best = k;
	for (j = 0; j < 5 && !cd_qualifies(cd, best); j++) {
		k = d->nodes[best].parent;
		if (k == DOM_NONE || d->nodes[k].tag == DOM_BODY ||
		    d->nodes[k].tag == DOM_HTML)
			break;
		best = k;
	}
	if (!cd_qualifies(cd, best))
		return;
	/* as Readability, a top that is all its parent holds gives way
	 * to it: here to the outermost such box the page names, so that
	 * its siblings named alike (the story's other boxes) join */
	for (j = 0, k = best; j < 8 && (k = d->nodes[k].parent) !=
	    DOM_NONE && d->nodes[k].tag != DOM_BODY && d->nodes[k].tag !=
	    DOM_HTML && cd->nodes[k].text == cd->nodes[best].text &&
	    cd->nodes[k].zkind == CD_ZONE_NONE; j++) {
		if (d->nodes[k].family != DOM_FAM_NONE)
			named = k;
	}
	cd->main = named != DOM_NONE ? named : best;
	cd->core = best;
	cd->how = "the densest text";
}

/*
 * Check the main subtree against the page's JSON-LD articleBody, when it
 * gives one: a main that misses most of it gives way to the smallest
 * subtree that holds four fifths of it (or, for a body cut short, the
 * nearest one above with prose enough).
 */
static void
cd_check_body(struct cd *cd)
{
	const struct dom	*d = cd->d;
	uint32_t		 k, top = DOM_NONE;

	if (cd->body < CD_MIN_PROSE || (cd->main != DOM_NONE &&
	    cd->nodes[cd->main].body >= 0.5 * cd->body))
		return;
	for (k = 0; k < d->nnodes; k++) {
		if (d->nodes[k].parent == DOM_NONE &&
		    cd->nodes[k].body >= 0.8 * cd->body)
			top = k;
	}
	/* children follow their parent: one pass finds the way down */
	for (k = top + 1; top != DOM_NONE && k < d->nnodes; k++) {
		if (d->nodes[k].parent == top &&
		    cd->nodes[k].body >= 0.8 * cd->body)
			top = k;
	}
	while (top != DOM_NONE && cd->nodes[top].free < CD_MAIN_SHARE *
	    cd->free)
		top = d->nodes[top].parent;
	if (top == DOM_NONE || cd->nodes[top].zkind != CD_ZONE_NONE ||
	    d->nodes[top].tag == DOM_BODY || d->nodes[top].tag == DOM_HTML)
		return;
	cd->main = cd->core = top;
	cd->how = "JSON-LD articleBody";
}

/*
 * Is node k a column of a page laid out in a table, a cell beside the
 * story's that holds little prose (an advert, a sign-up, "most read")?
 */
static int
cd_column(const struct cd *cd, uint32_t k)
{
	return ((cd->d->nodes[k].tag == DOM_TD ||
	    cd->d->nodes[k].tag == DOM_TH) &&
	    cd->nodes[k].free < 0.5 * cd->nodes[k].text);
}

/* Is a node's text links and prose as teasers are (a column of them)? */
static int
cd_teasers(const struct cd_node *c)
{
	return (c->linkw >= 0.25 * c->text && c->prose >= 0.4 * c->text);
}

/*
 * Mark the main subtree, its siblings of the same name (a story split by
 * an advertisement), and the nodes beside it: below its parent or
 * grandparent, when that is not the whole page, but for another story
 * there, one with a headline (<h1>) of its own beside the main's.
 */
static void
cd_mark(struct cd *cd)
{
	const struct dom	*d = cd->d;
	const struct dom_node	*m, *nd;
	uint32_t		 k, near = DOM_NONE, p, path = DOM_NONE;
	int			 other;

	if (cd->main == DOM_NONE)
		return;
	m = &d->nodes[cd->main];
	/* beside: near where the story was found, not the box named
	 * around it */
	for (p = d->nodes[cd->core].parent, k = 0; p != DOM_NONE && k < 2; p =
	    d->nodes[p].parent, k++) {
		if (k > 0 && (d->nodes[p].tag == DOM_BODY ||
		    d->nodes[p].tag == DOM_HTML))
			break;
		near = p;
	}
	if (near != DOM_NONE)
		path = cd_below(cd, cd->core, near);
	for (k = 0; k < d->nnodes; k++) {
		nd = &d->nodes[k];
		p = nd->parent;
		if (k == cd->main || (p != DOM_NONE && cd->nodes[p].inmain))
			cd->nodes[k].inmain = 1;
		else if (p != DOM_NONE && p == m->parent && nd->tag == m->tag &&
		    nd->family == m->family && nd->token == m->token &&
		    ((nd->flags & (DOM_N_ARTBODY | DOM_N_BODY)) ==
		    (m->flags & (DOM_N_ARTBODY | DOM_N_BODY)) ||
		    (m->token != 0 && (m->family == DOM_FAM_BODY ||
		    m->family == DOM_FAM_CONTENT) &&
		    !(nd->flags & DOM_N_ARTBODY)) || (m->token != 0 &&
		    m->family == DOM_FAM_BODY)) &&
		    cd->nodes[k].zkind == CD_ZONE_NONE && (m->token != 0 ||
		    (!cd_teasers(&cd->nodes[k]) && !cd_column(cd, k))))
			cd->nodes[k].inmain = 1;
		/* a later box named as the main one, not joined to it
		 * (a forum's replies, each a "postbody" as the first post) */
		if (!cd->nodes[k].inmain && k > cd->main && ((p != DOM_NONE &&
		    cd->nodes[p].alike) || (nd->token != 0 &&
		    nd->token == m->token && nd->tag == m->tag &&
		    nd->family == m->family)))
			cd->nodes[k].alike = 1;
		other = p == near && k != path && path != DOM_NONE &&
		    cd->nodes[k].h1 && cd->nodes[path].h1;
		if (k == near || (p != DOM_NONE && cd->nodes[p].beside &&
		    !other))
			cd->nodes[k].beside = 1;
	}
}

/*
 * The page's title block, and the block under it: the one that says
 * the title, else the first <h1>, unless the page's first block was the
 * title (import took it out).
 */
static void
cd_title(struct cd *cd)
{
	const struct dom	*d = cd->d;
	size_t			 i;
	uint32_t		 k;

	for (cd->title = 0; cd->title < cd->n &&
	    !(d->blocks[cd->title].flags & DOM_B_TITLE); cd->title++)
		/* nothing */;
	for (i = 0; cd->title == cd->n && !(d->flags & DOM_P_TITLED) &&
	    i < cd->n; i++) {
		k = d->blocks[i].node;
		if (k != DOM_NONE && d->nodes[k].tag == DOM_H1)
			cd->title = i;
	}
	cd->under = cd->title < cd->n ? cd->title + 1 :
	    (d->flags & DOM_P_TITLED) ? 0 : cd->n;
}

/*
 * Does box a open with the headline at block h: a label or a date
 * before it at most, no sentence?
 */
static int
cd_opens(const struct cd *cd, uint32_t a, size_t h)
{
	size_t		 i;
	uint32_t	 k;

	for (i = h; i-- > 0;) {
		if ((k = cd->d->blocks[i].node) == DOM_NONE ||
		    !clean_tree_below(cd, k, a))
			return (1);
		if (h - i > 3 || clean_is_prose(&cd->fs[i]))
			return (0);
	}
	return (1);
}

/*
 * Is box a, which opens with the headline at block h, another story:
 * three paragraphs of its own soon after it?
 */
static int
cd_is_appended(const struct cd *cd, uint32_t a, size_t h)
{
	size_t		 i, in = 0;
	uint32_t	 k;

	for (i = h + 1; i < cd->n && i <= h + 24 && in < 3; i++) {
		if ((k = cd->d->blocks[i].node) == DOM_NONE ||
		    !clean_tree_below(cd, k, a))
			break;
		in += clean_is_prose(&cd->fs[i]);
	}
	return (in >= 3);
}

/*
 * Another story after this one, as a page that loads the next story as
 * the reader scrolls holds it, in the main subtree or beside it as its
 * twin: the largest box that opens with a headline (<h1>) other than
 * the title and does not hold the title, on a page of four <h1>s at
 * most.  Its nodes are a zone of their own.
 */
static void
cd_appended(struct cd *cd)
{
	const struct dom	*d = cd->d;
	const struct clean_feat	*ft, *fh;
	size_t			 t, h, before = 0;
	uint32_t		 k, a, p, tn;
	int			 up, h1s;

	if (cd->main == DOM_NONE || (t = cd->title) >= cd->n ||
	    (tn = d->blocks[t].node) == DOM_NONE)
		return;
	/* a page that heads its sections with <h1>s is one text */
	for (k = 0, h1s = 0; k < d->nnodes && h1s <= 4; k++)
		h1s += d->nodes[k].tag == DOM_H1 && cd->nodes[k].blocks > 0;
	if (h1s > 4)
		return;
	ft = &cd->fs[t];
	for (h = t + 1; h < cd->n; h++) {
		k = d->blocks[h].node;
		fh = &cd->fs[h];
		if (k != DOM_NONE && cd->nodes[k].inmain &&
		    clean_is_prose(fh))
			before++;	/* the story's paragraphs so far */
		if (before < 2 || k == DOM_NONE || d->nodes[k].tag != DOM_H1 ||
		    !cd->nodes[k].inmain || cd->nodes[k].zkind !=
		    CD_ZONE_NONE || (d->blocks[h].flags & DOM_B_TITLE) ||
		    (fh->lowern == ft->lowern && memcmp(fh->lower, ft->lower,
		    ft->lowern) == 0))
			continue;
		for (a = k, up = 0; up < 32 && (p = d->nodes[a].parent) !=
		    DOM_NONE && !clean_tree_below(cd, tn, p) &&
		    cd_opens(cd, p, h); a = p, up++)
			/* nothing */;
		if (!cd_is_appended(cd, a, h))
			continue;
		cd->nodes[a].zkind = CD_ZONE_STORY;
		cd->nodes[a].zone = a;
		cd->nodes[a].inmain = 0;
		for (k = a + 1; k < d->nnodes; k++)
			if ((p = d->nodes[k].parent) != DOM_NONE &&
			    cd->nodes[p].zkind == CD_ZONE_STORY &&
			    cd->nodes[p].zone == a) {
				cd->nodes[k].zkind = CD_ZONE_STORY;
				cd->nodes[k].zone = a;
				cd->nodes[k].inmain = 0;
			}
	}
}

/*
 * Read the page's tree: sum the blocks up it, find its zones and its
 * free prose, score its containers, then choose, check against the
 * JSON-LD articleBody and mark the main subtree; find the title's block
 * and another story after the one it heads.
 */
void
clean_tree_read(struct cd *cd)
{
	cd_sum(cd);
	clean_zones(cd);
	cd_free(cd);
	cd_score(cd);
	cd_choose(cd);
	cd_check_body(cd);
	cd_mark(cd);
	cd_title(cd);
	cd_appended(cd);
}

/* Is node k below node p (or p itself), looking up a few levels? */
int
clean_tree_below(const struct cd *cd, uint32_t k, uint32_t p)
{
	int	n;

	for (n = 0; k != DOM_NONE && n < 64; n++, k = cd->d->nodes[k].parent)
		if (k == p)
			return (1);
	return (0);
}

/*
 * clean-zone.c: the zones a web page marks as not article, which the
 * tree's reading (clean-tree.c) finds before it chooses the main
 * subtree: hidden elements, landmarks (<nav>, <aside>, <footer>,
 * <menu>, <dialog>, <form>, a <header> outside the story, ARIA roles),
 * feeds of timed flashes, and elements whose class, id, role or
 * itemprop name a family (navigation, sidebar, related, comments,
 * share, ad, subscribe, ticker, popup, footer).  A zone is not trusted
 * when it holds the page's title, or when the zones named alike hold
 * half the page's prose together (a layout's name), unless the page
 * marks its story outside them.  Zones come down the tree once.
 */

#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "clean-int.h"

#define CD_LAYOUT_SHARE	0.5	/* of the prose, a name is a layout's */
#define CD_LAYOUT_AD	0.33	/* the same, for an advert's name */
#define CD_WIDGET_MAX	150	/* weighted characters a control may hold */
#define CD_ELSEWHERE	0.15	/* of the prose, a story marked elsewhere */

static int	clean_zone_said(const struct clean_feat *);
static int	clean_zone_within(const struct cd *, size_t, uint32_t);

/* Does a family mark a zone that is not article? */
int
clean_zone_negative(int family)
{
	switch (family) {
	case DOM_FAM_NAV:
	case DOM_FAM_SIDEBAR:
	case DOM_FAM_RELATED:
	case DOM_FAM_COMMENTS:
	case DOM_FAM_SHARE:
	case DOM_FAM_AD:
	case DOM_FAM_FOOTER:
	case DOM_FAM_SUBSCRIBE:
	case DOM_FAM_TICKER:
	case DOM_FAM_HIDDEN:
	case DOM_FAM_POPUP:
	case DOM_FAM_CAPTION:
	case DOM_FAM_PLAYER:
		return (1);
	}
	return (0);
}

/*
 * Is node k a feed of news flashes beside the story ("图文直播间", "7x24",
 * "Latest"): a list of three or more items, nearly all with a time alone
 * in them, each a line or two, and far less than the page's prose (a
 * live blog's entries are the story)?
 */
static int
cd_feed(const struct cd *cd, uint32_t k)
{
	const struct cd_node	*c = &cd->nodes[k];

	return ((cd->d->nodes[k].tag == DOM_UL ||
	    cd->d->nodes[k].tag == DOM_OL) && c->timed >= 3 &&
	    c->timed * 5 >= c->items * 4 && c->text <= 150.0 * c->items &&
	    c->prose < 0.34 * cd->prose && !c->title && !c->h1);
}

/* The zone a node makes by itself, before trust: CD_ZONE_*. */
static int
cd_own_zone(const struct cd *cd, uint32_t i)
{
	const struct dom_node	*nd = &cd->d->nodes[i];

	if (nd->flags & DOM_N_HIDDEN || nd->family == DOM_FAM_HIDDEN)
		return (CD_ZONE_HIDDEN);
	if ((nd->flags & DOM_N_COMMENT) || nd->family == DOM_FAM_COMMENTS)
		return (CD_ZONE_COMMENTS);
	switch (nd->tag) {
	case DOM_FOOTER:
		/* a quotation's <footer> names who said it */
		if (nd->parent != DOM_NONE &&
		    cd->d->nodes[nd->parent].tag == DOM_BLOCKQUOTE)
			break;
		return (CD_ZONE_OTHER);
	case DOM_NAV:
	case DOM_ASIDE:
	case DOM_MENU:
	case DOM_DIALOG:
	case DOM_FORM:
	case DOM_SEARCH:
	case DOM_FIGCAPTION:
		return (CD_ZONE_OTHER);
	case DOM_HEADER:
		if (!cd->nodes[i].article)
			return (CD_ZONE_OTHER);
		break;
	}
	if (nd->flags & (DOM_N_NAV | DOM_N_ASIDE | DOM_N_FOOTER |
	    DOM_N_DIALOG | DOM_N_SEARCH))
		return (CD_ZONE_OTHER);
	if ((nd->flags & DOM_N_BANNER) && !cd->nodes[i].article)
		return (CD_ZONE_OTHER);
	/* a control's words are its labels; one that holds a paragraph
	 * is something else made clickable */
	if ((nd->flags & DOM_N_WIDGET) && cd->nodes[i].text < CD_WIDGET_MAX)
		return (CD_ZONE_OTHER);
	/* a player's box: its labels ("Now playing", "Up next"), not a
	 * sentence */
	if ((nd->flags & DOM_N_MEDIA) && cd->nodes[i].text < CD_WIDGET_MAX &&
	    cd->nodes[i].prose == 0)
		return (CD_ZONE_OTHER);
	/* the rest of a story behind a "read more" button: a box of
	 * other stories by its name, in the article, but nearly all its
	 * text sentences, not links */
	if (nd->family == DOM_FAM_RELATED && cd->nodes[i].article &&
	    cd->nodes[i].prose >= CD_MIN_PROSE * 2 &&
	    cd->nodes[i].prose >= 0.8 * cd->nodes[i].text &&
	    cd->nodes[i].linkw <= 0.05 * cd->nodes[i].text)
		return (CD_ZONE_NONE);
	/* the story opened over a list of stories: a modal that holds
	 * the page's title and paragraphs under it */
	if (nd->family == DOM_FAM_POPUP && cd->nodes[i].title &&
	    cd->nodes[i].prose >= CD_MIN_PROSE * 2)
		return (CD_ZONE_NONE);
	/* a table named for a photo's caption that holds no photo is
	 * the story's data ("tplCaption" for both, as VnExpress has it) */
	if (nd->family == DOM_FAM_CAPTION && nd->tag == DOM_TABLE &&
	    !(nd->flags & (DOM_N_IMG | DOM_N_MEDIA)))
		return (CD_ZONE_NONE);
	if (clean_zone_negative(nd->family))
		return (CD_ZONE_OTHER);
	if (cd_feed(cd, i))
		return (CD_ZONE_OTHER);
	return (CD_ZONE_NONE);
}

/*
 * The key that groups the zones a page names alike: all its hidden
 * elements; its elements of one family and token ("class 'sidebar'"); of
 * one landmark tag; of one role.  0 for a node that makes no zone.
 */
static uint32_t
cd_key(const struct cd *cd, uint32_t k, int z)
{
	const struct dom_node	*nd = &cd->d->nodes[k];

	if (z == CD_ZONE_NONE)
		return (0);
	if (z == CD_ZONE_HIDDEN)
		return (1U << 24);
	if (nd->family != DOM_FAM_NONE && (clean_zone_negative(nd->family) ||
	    z == CD_ZONE_COMMENTS))
		return ((2U << 24) | ((uint32_t)nd->family << 16) | nd->token);
	if (nd->tag != DOM_OTHER && nd->tag != DOM_DIV)
		return ((3U << 24) | nd->tag);
	return ((4U << 24) | nd->flags);
}

/* A group of zones, found or added. */
static struct cd_group *
cd_group(struct cd *cd, uint32_t key)
{
	size_t	i;

	for (i = 0; i < cd->ngroups; i++) {
		if (cd->groups[i].key == key)
			return (&cd->groups[i]);
	}
	if (cd->ngroups == cd->groupsize) {
		cd->groupsize = cd->groupsize == 0 ? 16 : cd->groupsize * 2;
		cd->groups = xreallocarray(cd->groups, cd->groupsize,
		    sizeof *cd->groups);
	}
	cd->groups[cd->ngroups].key = key;
	cd->groups[cd->ngroups].prose = 0;
	cd->groups[cd->ngroups].elsewhere = 0;
	return (&cd->groups[cd->ngroups++]);
}

/*
 * The share of the page's prose that makes a name a layout's: half; a
 * third for an advert's, as a script's hook for the story's own box
 * ("js-dynamic-advertorial", where adverts go between its paragraphs):
 * a page's adverts seldom hold that much of its prose.  (Pop-ups, login
 * boxes and sidebars do hold a third of a short page's.)
 */
static double
cd_layout_share(int family)
{
	return (family == DOM_FAM_AD ? CD_LAYOUT_AD : CD_LAYOUT_SHARE);
}

/*
 * Is key a group of sidebars or menus: by name, by <aside> or <nav>, by
 * role?
 */
static int
cd_aside_key(uint32_t key)
{
	switch (key >> 24) {
	case 2:
		return (((key >> 16) & 0xff) == DOM_FAM_SIDEBAR ||
		    ((key >> 16) & 0xff) == DOM_FAM_NAV);
	case 3:
		return ((key & 0xffffff) == DOM_ASIDE ||
		    (key & 0xffffff) == DOM_NAV);
	case 4:
		return ((key & (DOM_N_ASIDE | DOM_N_NAV)) != 0);
	}
	return (0);
}

/*
 * Does the page mark its story outside the zones of group key: a node
 * marked as the story (articleBody, a body class, <article>) in none of
 * them that holds prose enough of its own, not theirs?  Then their name
 * is not the layout's however much they hold (a sidebar's live feed).
 * gp is scratch, a float a node.
 */
static int
cd_elsewhere(const struct cd *cd, uint32_t key, float *gp)
{
	const struct dom	*d = cd->d;
	const struct dom_node	*nd;
	const struct cd_node	*c;
	uint32_t		 k, p;

	for (k = 0; k < d->nnodes; k++)
		gp[k] = 0;
	/* the group's prose in each subtree, children first */
	for (k = d->nnodes; k-- > 0;) {
		if (cd->nodes[k].key == key)
			gp[k] = cd->nodes[k].prose;
		if ((p = d->nodes[k].parent) != DOM_NONE)
			gp[p] += gp[k];
	}
	for (k = 0; k < d->nnodes; k++) {
		nd = &d->nodes[k];
		c = &cd->nodes[k];
		/* gp marks a node in the group: -1, its children too */
		if (c->key == key || (nd->parent != DOM_NONE &&
		    gp[nd->parent] < 0)) {
			gp[k] = -1;
			continue;
		}
		if ((nd->tag == DOM_ARTICLE || (nd->flags & (DOM_N_ARTICLE |
		    DOM_N_ARTBODY | DOM_N_BODY))) &&
		    c->prose - gp[k] >= CD_MIN_PROSE &&
		    c->prose - gp[k] >= CD_ELSEWHERE * cd->prose)
			return (1);
	}
	return (0);
}

/*
 * The zones.  First what each node would make on its own, and the prose
 * of each group of zones the page names alike (an element nested in one
 * of its own group counts once).  A zone is trusted unless it holds the
 * page's title, or its group holds half the page's prose: then the name
 * is the layout's ("sidebar-grid", a story split into several
 * "paywall" boxes, a script that reveals hidden text), comments excepted,
 * since a long thread is still comments, and sidebars and menus (by
 * name, <aside> or <nav>, role) when the page marks its story outside
 * them (a live feed, a menu's teasers over a short story).  A node is
 * then in the zone of the nearest trusted ancestor-or-self.
 */
void
clean_zones(struct cd *cd)
{
	const struct dom	*d = cd->d;
	const struct dom_node	*nd;
	struct cd_node		*c, *pc;
	uint32_t		 k;
	struct cd_group		*grp;
	float			*gp = NULL;
	size_t			 g;
	int			 z;

	for (k = 0; k < d->nnodes; k++) {
		nd = &d->nodes[k];
		c = &cd->nodes[k];
		pc = nd->parent != DOM_NONE ? &cd->nodes[nd->parent] : NULL;
		c->article = (pc != NULL && pc->article) || nd->tag ==
		    DOM_ARTICLE || nd->tag == DOM_MAIN || (nd->flags &
		    (DOM_N_ARTICLE | DOM_N_ARTBODY | DOM_N_MAIN | DOM_N_BODY));
		c->depth = pc != NULL ? pc->depth + 1 : 0;
		/* (the story's body in a box named for its topics is no
		 * box of tags: cnblogs' #topics > .postBody) */
		c->meta = ((pc != NULL && pc->meta) || nd->family ==
		    DOM_FAM_META || nd->family == DOM_FAM_TAGS) &&
		    nd->family != DOM_FAM_BODY &&
		    !(nd->flags & (DOM_N_BODY | DOM_N_ARTBODY));
		c->metanode = pc != NULL && pc->meta ? pc->metanode : k;
		c->own = nd->tag == DOM_BODY || nd->tag == DOM_HTML ?
		    CD_ZONE_NONE : cd_own_zone(cd, k);
		c->key = cd_key(cd, k, c->own);
		c->outer = pc == NULL ? 0 : pc->key != 0 ? pc->key : pc->outer;
		if (c->key != 0 && c->key != c->outer)
			cd_group(cd, c->key)->prose += c->prose;
	}
	for (g = 0; g < cd->ngroups; g++) {
		if (cd->groups[g].prose < CD_LAYOUT_SHARE * cd->prose ||
		    !cd_aside_key(cd->groups[g].key))
			continue;
		if (gp == NULL)
			gp = xreallocarray(NULL, d->nnodes, sizeof *gp);
		cd->groups[g].elsewhere = cd_elsewhere(cd, cd->groups[g].key,
		    gp);
	}
	free(gp);
	for (k = 0; k < d->nnodes; k++) {
		nd = &d->nodes[k];
		c = &cd->nodes[k];
		pc = nd->parent != DOM_NONE ? &cd->nodes[nd->parent] : NULL;
		c->zone = DOM_NONE;
		c->zkind = CD_ZONE_NONE;
		if (pc != NULL && pc->zkind != CD_ZONE_NONE) {
			c->zone = pc->zone;
			c->zkind = pc->zkind;
			continue;
		}
		if ((z = c->own) == CD_ZONE_NONE)
			continue;
		grp = cd_group(cd, c->key);
		if (c->title || (z != CD_ZONE_COMMENTS && cd->prose > 0 &&
		    grp->prose >= cd_layout_share(nd->family) * cd->prose &&
		    !grp->elsewhere))
			continue;
		c->zone = k;
		c->zkind = z;
	}
}

/*
 * Is block i, in an advert's zone in the main subtree, a paragraph of
 * the story the advert's box left open holds ("<div class=\"inline-ad\">
 * <span>Publicidad</span>…</div>" closed only after the two paragraphs
 * that follow it)?  A sentence without a link, under a label (a short
 * line, no sentence) in its zone, with a sentence of the story's just
 * over the zone, and two sentences or more in the zone that say 200
 * (weighted) or more: no advert's line of copy.
 */
int
clean_zone_story_in_ad(const struct cd *cd, size_t i)
{
	const struct clean_feat	*f = &cd->fs[i], *g;
	uint32_t		 z = cd->nodes[cd->d->blocks[i].node].zone;
	size_t			 a, b, j, label = 0, said = 0, sentences = 0;

	if (z == DOM_NONE || cd->d->nodes[z].family != DOM_FAM_AD ||
	    !clean_zone_said(f))
		return (0);
	for (a = i; a > 0 && clean_zone_within(cd, a - 1, z); a--)
		/* nothing */;
	for (b = i + 1; b < cd->n && clean_zone_within(cd, b, z); b++)
		/* nothing */;
	for (j = a; j < b; j++) {
		g = &cd->fs[j];
		label += j < i && !g->terminal && g->wlen < 40;
		sentences += clean_zone_said(g);
		said += clean_zone_said(g) ? g->wlen : 0;
	}
	return (label > 0 && sentences >= 2 && said >= 200 && a > 0 &&
	    clean_zone_said(&cd->fs[a - 1]) &&
	    cd->fs[a - 1].cls >= CLS_NEARGOOD &&
	    cd->nodes[cd->d->blocks[a - 1].node].inmain);
}

/* Is node k in a figure (its photo or caption) below zone node z? */
static int
clean_zone_figure(const struct cd *cd, uint32_t k, uint32_t z)
{
	for (; k != z && k != DOM_NONE; k = cd->d->nodes[k].parent)
		if (cd->d->nodes[k].tag == DOM_FIGURE ||
		    cd->d->nodes[k].tag == DOM_FIGCAPTION)
			return (1);
	return (0);
}

/*
 * Is block i, in a gallery's zone in the main subtree, a paragraph of the
 * story set between its slides ("<p class=\"gallery-interlude\">Trainer
 * … wurde von seinen Spielern mit Bier übergossen.</p>")?  A <p> right in
 * the gallery's element, a figure's caption both before and after it
 * (within eight blocks), a sentence without a link, neither numbered as
 * a slide ("3/8 – …") nor closed by a photo's credit ("© …").
 */
int
clean_zone_story_in_gallery(const struct cd *cd, size_t i)
{
	const struct clean_feat	*f = &cd->fs[i];
	uint32_t		 k = cd->d->blocks[i].node, z;
	size_t			 j;
	int			 before = 0, after = 0;

	if (k == DOM_NONE || (z = cd->nodes[k].zone) == DOM_NONE ||
	    cd->d->nodes[z].family != DOM_FAM_CAPTION ||
	    cd->d->nodes[k].tag != DOM_P || cd->d->nodes[k].parent != z ||
	    !clean_zone_said(f) || f->wlen < 60 || f->cjkcred ||
	    clean_latin_credit(f) ||
	    memmem(f->lower, f->lowern, "\xc2\xa9", 2) != NULL ||
	    (f->lowern > 3 && isdigit((unsigned char)f->lower[0]) &&
	    memchr(f->lower, '/', 3) != NULL))
		return (0);
	for (j = i; j-- > 0 && j + 8 >= i && !before &&
	    clean_zone_within(cd, j, z); )
		before = clean_zone_figure(cd, cd->d->blocks[j].node, z);
	for (j = i + 1; j < cd->n && j <= i + 8 && !after &&
	    clean_zone_within(cd, j, z); j++)
		after = clean_zone_figure(cd, cd->d->blocks[j].node, z);
	return (before && after);
}

/*
 * Is block f a sentence of prose, whole, without a link (its verdict
 * given or not)?
 */
static int
clean_zone_said(const struct clean_feat *f)
{
	return ((f->kind == KIND_QUALITY || f->kind == KIND_KEPT) &&
	    f->terminal && !f->ellipsis && f->linkchars == 0 &&
	    f->cls != CLS_BAD);
}

/* Is block i in zone z, or in a zone inside it (the advert's label)? */
static int
clean_zone_within(const struct cd *cd, size_t i, uint32_t z)
{
	uint32_t	k = cd->d->blocks[i].node;

	if (k == DOM_NONE)
		return (0);
	for (k = cd->nodes[k].zone; k != DOM_NONE; k = cd->d->nodes[k].parent)
		if (k == z)
			return (1);
	return (0);
}

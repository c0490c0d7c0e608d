/*
 * clean-dom.c: what a web page's structure says of its blocks, joined to
 * what their text says: each block's verdict.  clean.c computes each
 * block's text features and jusText class; for a page with a dom
 * (html.c) this pass then reads the tree (clean-tree.c: sums, zones in
 * clean-zone.c, the main subtree), finds what no class names
 * (clean-box.c: a comment section under a "Comments" heading, cards of
 * other stories under a "More from ..." heading, a bot's summary of the
 * story in a thread's comments, a table of share prices; clean-cards.c:
 * cards of other stories under no heading), finds the
 * story's run of prose in main (clean-story.c), and gives each block its
 * verdict: a block in a zone is boilerplate (in comments, prose is a
 * reader comment); outside the main subtree, boilerplate, unless it is
 * good prose beside it or the standfirst under the title; a plain
 * <aside> between the story's paragraphs is a fact box and stays;
 * inside, the text rules decide, but a paragraph is not hidden for a
 * phrase or its links, and a short sentence without a link, a reporter's
 * line, a short line that opens or closes the story and the table of
 * data lines that ends it stay: no context vote hides the story's last
 * sentence.  The verdict rules are tried in the order of their table.
 *
 * Everything is linear in nodes and blocks; the regions read after a
 * heading or a bot's footer are few.  SIFT_DOM_DEBUG in the environment
 * prints each block's chain of nodes to standard error.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "clean-int.h"

/* One block before the verdict rules, and what each rule may read. */
struct cd_at {
	size_t			 i;
	struct clean_feat	*f;		/* cd->fs + i */
	uint32_t		 k;		/* its node */
	struct cd_node		*c;		/* cd->nodes + k */
	const char		*mainwhat;	/* the main subtree, described */
};

static int	cd_verdict_title(struct cd *, struct cd_at *);
static int	cd_verdict_bot(struct cd *, struct cd_at *);
static int	cd_verdict_aside(struct cd *, struct cd_at *);
static int	cd_verdict_zone(struct cd *, struct cd_at *);
static int	cd_verdict_quote(struct cd *, struct cd_at *);
static int	cd_verdict_incom(struct cd *, struct cd_at *);
static int	cd_verdict_inrel(struct cd *, struct cd_at *);
static int	cd_verdict_outside(struct cd *, struct cd_at *);
static int	cd_verdict_links(struct cd *, struct cd_at *);
static int	cd_verdict_inmain(struct cd *, struct cd_at *);
static int	cd_verdict_toc(struct cd *, struct cd_at *);
static int	cd_verdict_ldbody(struct cd *, struct cd_at *);
static int	cd_verdict_cell(struct cd *, struct cd_at *);
static int	cd_verdict_linked(struct cd *, struct cd_at *);
static int	cd_verdict_paragraph(struct cd *, struct cd_at *);
static int	cd_verdict_subtitle(struct cd *, struct cd_at *);
static int	cd_verdict_signoff(struct cd *, struct cd_at *);
static int	cd_verdict_meta(struct cd *, struct cd_at *);
static int	cd_verdict_story(struct cd *, struct cd_at *);

/* The page's title, shown above the text. */
static int
cd_verdict_title(struct cd *cd, struct cd_at *at)
{
	const struct dom	*d = cd->d;
	struct clean_feat	*f = at->f;
	size_t			 i = at->i;

	if (d->blocks[i].flags & DOM_B_TITLE) {
		clean_set(f, KIND_DOM, VERDICT_BOILERPLATE,
		    "title: the page's title, shown above");
		f->cls = CLS_BAD;
		return (1);
	}
	return (0);
}

/* In the comments, the one that holds a bot's summary or the story. */
static int
cd_verdict_bot(struct cd *cd, struct cd_at *at)
{
	struct clean_feat	*f = at->f;
	struct cd_node		*c = at->c;
	size_t			 i = at->i;

	if (c->zkind == CD_ZONE_COMMENTS && cd->bot[i] &&
	    f->kind == KIND_QUALITY && f->cls != CLS_BAD) {
		clean_set(f, KIND_KEPT, VERDICT_CONTENT, "content: %s",
		    cd->bot[i] == 2 ? "the story, pasted in a comment" :
		    "a bot's summary of the story, in the comments");
		f->cls = CLS_GOOD;
		f->inmain = 1;		/* the story the page has */
		return (1);
	}
	return (0);
}

/* A plain <aside> inside the story: a fact box. */
static int
cd_verdict_aside(struct cd *cd, struct cd_at *at)
{
	struct clean_feat	*f = at->f;
	struct cd_node		*c = at->c;
	size_t			 i = at->i;

	if (c->zkind == CD_ZONE_OTHER && clean_box_aside(cd, c->zone, i) &&
	    f->kind == KIND_QUALITY && f->linkchars == 0 &&
	    f->tcls >= CLS_SHORT) {
		clean_set(f, KIND_KEPT, VERDICT_CONTENT, "content: a box "
		    "inside the story (<aside>)");
		f->cls = CLS_GOOD;
		return (1);
	}
	return (0);
}

/* A photo story's caption that is a sentence: the story's. */
static int
cd_verdict_photo(struct cd *cd, struct cd_at *at)
{
	if (!cd->photos || !clean_story_caption(cd, at->i))
		return (0);
	clean_set(at->f, KIND_KEPT, VERDICT_CONTENT, "content: a caption of "
	    "a photo story");
	at->f->cls = CLS_GOOD;
	return (1);
}

/* In a zone: boilerplate, or in comments a reader's comment. */
static int
cd_verdict_zone(struct cd *cd, struct cd_at *at)
{
	struct clean_feat	*f = at->f;
	struct cd_node		*c = at->c;
	char			 what[96];

	/* the story's sign-off in the footer of its element ("(jsv)") */
	if (c->zkind == CD_ZONE_OTHER && c->inmain &&
	    cd->d->nodes[c->zone].family == DOM_FAM_FOOTER &&
	    cd_verdict_signoff(cd, at))
		return (1);
	/* a page's "footer" over the story's first paragraph is no
	 * footer: the subtitles under its title (elDiario's), in the main
	 * subtree or the page's description */
	if (c->zkind == CD_ZONE_OTHER && (c->inmain ||
	    (cd->d->blocks[at->i].flags & DOM_B_DESC)) && at->i < cd->first &&
	    cd->d->nodes[c->zone].family == DOM_FAM_FOOTER &&
	    clean_story_subtitle(cd, at->i, 1))
		return (0);
	/* the story's paragraphs an advert's open box or a gallery
	 * holds */
	if (c->zkind == CD_ZONE_OTHER && c->inmain &&
	    (clean_zone_story_in_ad(cd, at->i) ||
	    clean_zone_story_in_gallery(cd, at->i)))
		return (0);
	/* a thread under a heading of comments, each comment timed, is
	 * no feed of news flashes */
	if (c->zkind == CD_ZONE_OTHER && cd->incom[at->i] != 0 &&
	    cd->nodes[c->zone].timed >= 3)
		return (0);
	/* the title of a table of the story's data is the story's */
	if (c->zkind != CD_ZONE_NONE && !(cd->datatab[at->i] &&
	    cd->d->nodes[at->k].tag == DOM_CAPTION && c->zone == at->k &&
	    f->linkchars == 0)) {
		clean_describe(cd, c->zone, what, sizeof what);
		if (c->zkind == CD_ZONE_COMMENTS && clean_box_comment_text(f))
			clean_set(f, KIND_COMMENT, VERDICT_COMMENT,
			    "comment: in %s", what);
		else {
			/* an advert's label in its box is a slot in the
			 * story's run, as it is out of one */
			if (f->kind == KIND_AD && f->wlen < 40)
				f->slot = 1;
			clean_set(f, KIND_DOM, VERDICT_BOILERPLATE,
			    c->zkind == CD_ZONE_STORY ? "dom: another story, "
			    "after this one, in %s" : "dom: in %s", what);
		}
		f->cls = CLS_BAD;
		return (1);
	}
	return (0);
}

/* In a table of share prices, a signup box, an image's or a player's. */
static int
cd_verdict_quote(struct cd *cd, struct cd_at *at)
{
	struct clean_feat	*f = at->f;
	size_t			 i = at->i;

	if (cd->quote[i] || cd->signup[i] || cd->figure[i] ||
	    cd->player[i]) {
		clean_set(f, KIND_DOM, VERDICT_BOILERPLATE, "dom: %s",
		    cd->quote[i] ? "a table of share prices" :
		    cd->signup[i] == CD_SIGNUP_FORM ? "in a signup box (a "
		    "form for an e-mail address)" : cd->signup[i] ==
		    CD_SIGNUP_AD ? "in an ad's box (under its label)" :
		    cd->signup[i] ? "in the box of an offer to subscribe" :
		    cd->figure[i] ?
		    "an image's caption (a line under it in its box)" :
		    "in a video's "
		    "box (its length, title and label)");
		f->cls = CLS_BAD;
		return (1);
	}
	return (0);
}

/* Under a heading of comments. */
static int
cd_verdict_incom(struct cd *cd, struct cd_at *at)
{
	struct clean_feat	*f = at->f;
	size_t			 i = at->i;

	if (cd->reply[i] == 2) {
		clean_set(f, KIND_COMMENT, VERDICT_COMMENT,
		    "comment: under its writer's name and time");
		f->cls = CLS_BAD;
		return (1);
	}
	if (cd->incom[i] != 0) {
		if (clean_box_comment_text(f))
			clean_set(f, KIND_COMMENT, VERDICT_COMMENT,
			    "comment: under the heading of block %zu",
			    cd->incom[i]);
		else if (f->kind != KIND_COMMENT_FORM)
			clean_set(f, KIND_DOM, VERDICT_BOILERPLATE,
			    "dom: in the comments under block %zu",
			    cd->incom[i]);
		f->cls = CLS_BAD;
		return (1);
	}
	return (0);
}

/* Under a heading of other stories. */
static int
cd_verdict_inrel(struct cd *cd, struct cd_at *at)
{
	struct clean_feat	*f = at->f;
	size_t			 i = at->i;

	if (cd->inrel[i] != 0) {
		clean_set(f, KIND_DOM, VERDICT_BOILERPLATE,
		    "dom: in the other stories under block %zu",
		    cd->inrel[i]);
		f->cls = CLS_BAD;
		return (1);
	}
	if (cd->card[i] == CD_CARD_OTHER) {
		clean_set(f, KIND_DOM, VERDICT_BOILERPLATE,
		    "dom: in cards of other stories");
		f->cls = CLS_BAD;
		return (1);
	}
	return (0);
}

/*
 * Is block i beside the main subtree the story's (its prose, or a
 * fact-check's claim or sources set apart in their boxes), or a
 * forum's reply (clean_box_replies)?
 */
static int
cd_keep_beside(struct cd *cd, struct cd_at *at)
{
	struct clean_feat	*f = at->f;

	if (clean_story_beside(cd, at->i)) {
		clean_set(f, KIND_KEPT, VERDICT_CONTENT,
		    "content: prose beside the main subtree");
		return (1);
	}
	if (at->c->beside && clean_factpart(cd->fs, cd->n, at->i)) {
		clean_set(f, KIND_KEPT, VERDICT_CONTENT,
		    "content: a fact-check's claim or sources");
		f->cls = CLS_GOOD;	/* no vote of the boxes around */
		return (1);
	}
	if (cd->reply[at->i] == 1) {
		clean_set(f, KIND_COMMENT, VERDICT_COMMENT,
		    "comment: a reply, named as the main subtree");
		f->cls = CLS_BAD;	/* no vote of the blocks around */
		return (1);
	}
	return (0);
}

/*
 * Outside the main subtree: boilerplate, but for prose beside it
 * and the standfirst under the title.
 */
static int
cd_verdict_outside(struct cd *cd, struct cd_at *at)
{
	const struct dom	*d = cd->d;
	struct clean_feat	*f = at->f;
	struct cd_node		*c = at->c;
	size_t			 i = at->i;
	uint32_t		 k = at->k;

	if (cd->main != DOM_NONE && !c->inmain) {
		if (cd_keep_beside(cd, at))
			return (1);
		/* its heading over the story ("最新进展" over a live
		 * page's summary, "Key takeaways" over its points), or a
		 * subhead that opens the story's next part past an advert
		 * ("让古籍“活”在当下") */
		if (c->beside && ((i < cd->first && ((d->nodes[k].tag >=
		    DOM_H1 && d->nodes[k].tag <= DOM_H6) ||
		    clean_story_heads_points(cd, i)) &&
		    clean_story_heads_box(cd, i)) || (i > cd->first &&
		    !f->ellipsis && clean_story_joined(cd, i))) &&
		    f->kind == KIND_QUALITY &&
		    f->wlen < 60 && f->linkchars == 0 && !f->terminal &&
		    i + 1 < cd->n && clean_story_beside(cd, i + 1)) {
			clean_set(f, KIND_KEPT, VERDICT_CONTENT,
			    "content: the heading of prose beside the main "
			    "subtree");
			f->cls = CLS_GOOD;
			return (1);
		}
		/* the story's table, led in to, in a box beside it */
		if (c->beside && clean_box_after_story(cd, i)) {
			clean_set(f, KIND_KEPT, VERDICT_CONTENT,
			    "content: the story's table beside the main "
			    "subtree");
			f->cls = CLS_GOOD;
			return (1);
		}
		/* who helped report it ("Tom Reyes contributed."), when it
		 * was updated ("Материал дополнен после 10:15 мск") */
		if (c->beside && f->wlen < 200 && f->linkchars == 0 &&
		    (clean_contributors(f) || clean_story_updated(f))) {
			clean_set(f, KIND_KEPT, VERDICT_CONTENT,
			    "content: a reporter's line beside the story");
			f->cls = CLS_GOOD;
			return (1);
		}
		/* a standfirst: what the page says between its
		 * title and the story's first sentence, not in its
		 * byline's box ("I write about …"); a heading of
		 * words just under the title is its subtitle */
		if (cd->under != cd->n && i >= cd->under && i < cd->first &&
		    (!c->meta || clean_story_named(cd, i)) &&
		    f->linkchars == 0 && ((f->kind == KIND_QUALITY &&
		    f->tcls >= CLS_NEARGOOD && i - cd->under <= 3) ||
		    clean_story_subtitle(cd, i, 1))) {
			clean_set(f, KIND_KEPT, VERDICT_CONTENT,
			    "content: the standfirst, under the title");
			if (f->tcls < CLS_NEARGOOD)
				f->cls = CLS_GOOD;	/* a subtitle */
			return (1);
		}
		if (!c->meta && clean_story_deck(cd, i)) {
			clean_set(f, KIND_KEPT, VERDICT_CONTENT,
			    "content: the standfirst, under the title");
			f->cls = CLS_GOOD;
			return (1);
		}
		if (!c->meta && clean_story_point(cd, i)) {
			clean_set(f, KIND_KEPT, VERDICT_CONTENT,
			    "content: a point of the standfirst");
			f->cls = CLS_GOOD;
			return (1);
		}
		clean_set(f, KIND_DOM, VERDICT_BOILERPLATE,
		    "dom: outside the main subtree (%s)", at->mainwhat);
		f->cls = CLS_BAD;
		return (1);
	}
	return (0);
}

/* In a list of links. */
static int
cd_verdict_links(struct cd *cd, struct cd_at *at)
{
	struct clean_feat	*f = at->f;
	struct cd_node		*c = at->c;
	uint32_t		 k = at->k;
	int			 ld;

	if (c->links && f->kind != KIND_DOM) {
		k = c->list;
		ld = (int)(100 * cd->nodes[k].linkw /
		    cd->nodes[k].text + 0.5);
		clean_set(f, KIND_DOM, VERDICT_BOILERPLATE,
		    "dom: a list of links, link density %d.%02d",
		    ld / 100, ld % 100);
		f->cls = CLS_BAD;
		return (1);
	}
	return (0);
}

/* The rest is for the blocks in main: none when there is no main. */
static int
cd_verdict_inmain(struct cd *cd, struct cd_at *at)
{
	if (cd->main == DOM_NONE)
		return (1);
	at->f->inmain = 1;
	return (0);
}

/* A line of the story's code (its <pre>) that a phrase took ("@lru_cache"). */
static int
cd_verdict_code(struct cd *cd, struct cd_at *at)
{
	struct clean_feat	*f = at->f;

	(void)cd;
	if (!f->code || f->verdict != VERDICT_BOILERPLATE ||
	    !clean_phrase_kind(f->kind))
		return (0);
	clean_set(f, KIND_KEPT, VERDICT_CONTENT,
	    "content: a line of the story's code");
	f->cls = CLS_GOOD;
	return (1);
}

/*
 * A heading of the story that its table of contents (a nav, a list of
 * links above it, in the story's element or not) gave first.
 */
static int
cd_verdict_toc(struct cd *cd, struct cd_at *at)
{
	const struct dom	*d = cd->d;
	struct clean_feat	*f = at->f;
	const struct clean_feat	*g;
	size_t			 i = at->i;
	uint32_t		 k = at->k;

	if (f->kind != KIND_DUPLICATE || f->dupof == 0)
		return (0);
	/* not the title again; over the story, a link to it may be the
	 * title's own */
	g = &cd->fs[f->dupof - 1];
	if (!(d->blocks[f->dupof - 1].flags & DOM_B_TITLE) &&
	    !clean_story_retitle(cd, i) &&
	    ((g->kind == KIND_DOM && (i > cd->first || (at->c->inmain &&
	    cd->first - i <= 2))) || (g->linkchars > 0 && i > cd->first)) &&
	    i < cd->lastprose &&
	    d->nodes[k].tag >= DOM_H2 && d->nodes[k].tag <= DOM_H6) {
		clean_set(f, KIND_KEPT, VERDICT_CONTENT,
		    "content: a heading of the story, also in its "
		    "table of contents");
		f->cls = CLS_GOOD;
		return (1);
	}
	return (0);
}

/* In the page's JSON-LD articleBody. */
static int
cd_verdict_ldbody(struct cd *cd, struct cd_at *at)
{
	const struct dom	*d = cd->d;
	struct clean_feat	*f = at->f;
	size_t			 i = at->i;

	if ((d->blocks[i].flags & DOM_B_LDBODY) && f->verdict !=
	    VERDICT_CONTENT && f->kind != KIND_DUPLICATE &&
	    f->wlen >= 40 && !(f->anchored &&
	    clean_phrase_kind(f->kind))) {
		clean_set(f, KIND_KEPT, VERDICT_CONTENT,
		    "content: in the page's JSON-LD articleBody");
		f->cls = CLS_GOOD;
		return (1);
	}
	return (0);
}

/*
 * A cell of a table in the story, not a page laid out in one: a number,
 * a cell of a table the story leads in to (a link only as the row's
 * head: a player's name before his figures), or a word a phrase rule took
 * for a label ("広告", "Download") or another cell's repeat ("Extremely
 * heavy") in a row of three cells or more in the main subtree.
 */
static int
cd_verdict_cell(struct cd *cd, struct cd_at *at)
{
	const struct dom	*d = cd->d;
	struct clean_feat	*f = at->f;
	struct cd_node		*c = at->c;
	uint32_t		 k = at->k, row;

	if ((d->nodes[k].tag == DOM_TD || d->nodes[k].tag == DOM_TH) &&
	    !c->meta && c->blocks == 1 && f->normlen > 0 &&	/* not "·" */
	    (f->kind == KIND_NUMERIC ||
	    (cd->datatab[at->i] && (f->linkchars == 0 ||
	    cd->datatab[at->i] == 2)) ||
	    ((clean_phrase_kind(f->kind) || f->kind == KIND_DUPLICATE) &&
	    f->wlen < 20 && c->inmain &&
	    f->linkchars == 0 && (row = d->nodes[k].parent) != DOM_NONE &&
	    d->nodes[row].tag == DOM_TR && cd->nodes[row].blocks >= 3 &&
	    cd->nodes[row].blocks <= 12)) &&
	    !clean_table_row_shares(cd, d->nodes[k].parent, at->i) &&
	    !(f->kind == KIND_SHARE && f->anchored && f->wlen >= 20)) {
		clean_set(f, KIND_KEPT, VERDICT_CONTENT,
		    "content: a cell of a table in the story");
		f->cls = CLS_GOOD;
		f->dupof = 0;
		return (1);
	}
	return (0);
}

/*
 * A sentence of the story with its links, one that leads in, or a line
 * inside the story's run whose words run on around a link ("Tom fixed
 * <a>a crash</a> and added a test"), not under a heading of others.
 */
static int
cd_verdict_linked(struct cd *cd, struct cd_at *at)
{
	struct clean_feat	*f = at->f;
	struct cd_node		*c = at->c;

	if (clean_story_listhead(cd, at->i) || clean_story_led(cd, at->i))
		return (1);
	if (cd->card[at->i] == CD_CARD_ITEM) {
		clean_set(f, KIND_KEPT, VERDICT_CONTENT,
		    "content: the heading of an item of the story's list");
		f->cls = CLS_GOOD;
		return (1);
	}
	if (f->kind == KIND_LINKS && !c->links &&
	    clean_story_data(cd, f, at->i)) {
		clean_set(f, KIND_KEPT, VERDICT_CONTENT,
		    "content: a line of data in the story, with its links");
		f->cls = CLS_GOOD;
		return (1);
	}
	if (f->kind == KIND_LINKS && clean_ld(f) <= 0.7 && !c->links &&
	    ((f->tcls >= CLS_NEARGOOD && (f->terminal || f->wlen >= 100)) ||
	    (c->inmain && at->i > cd->first && at->i < cd->lastprose &&
	    cd->inrel[at->i] == 0 && at->i > 0 &&
	    cd->fs[at->i - 1].kind != KIND_RELATED &&
	    f->tcls >= CLS_NEARGOOD && clean_ld(f) <= 0.6 && f->sw >= 0.2 &&
	    (1 - clean_ld(f)) * f->wlen >= 24) ||
	    (clean_colon_end(f) && f->sw >= 0.15 && f->wlen >= 30 &&
	    at->i + 1 < cd->n && clean_ld(&cd->fs[at->i + 1]) < 0.5 &&
	    !clean_story_heads_links(cd, at->i)))) {
		clean_set(f, KIND_KEPT, VERDICT_CONTENT,
		    "content: a sentence of the story with its links");
		f->cls = CLS_GOOD;
		return (1);
	}
	return (0);
}

/*
 * A paragraph of the story that a phrase rule hid, not under a bio's
 * heading; a sentence a bio's words hid ("Корреспондент ТАСС … побывал
 * на заводе") with the story going on after it, shorter too.  A notice
 * of rights is the story's only with the story going on after it; so
 * is an item of its list among items no phrase hid, or its last item
 * with the story going on after the list.
 */
static int
cd_verdict_paragraph(struct cd *cd, struct cd_at *at)
{
	struct clean_feat	*f = at->f;
	size_t			 i = at->i;

	if ((clean_phrase_kind(f->kind) && !f->anchored &&
	    !f->inbio && !(i > 0 && cd->fs[i - 1].biohead) &&
	    ((((f->tcls == CLS_GOOD && f->wlen >= 150) || (f->kind ==
	    KIND_BIO && f->tcls >= CLS_NEARGOOD && f->wlen >= 60 &&
	    i > cd->first && cd->fs[i - 1].kind != KIND_BIO &&
	    clean_story_prose_soon(cd, i))) &&
	    ((f->terminal && clean_ld(f) <= 0.5) ||
	    (f->kind == KIND_TEASER && f->linkchars == 0)) &&
	    ((f->kind != KIND_BIO && f->kind != KIND_COPYRIGHT) ||
	    i < cd->lastprose)) || (f->kind != KIND_BIO && at->c->inmain &&
	    f->linkchars == 0 && clean_story_item(cd, i)))) ||
	    ((f->kind == KIND_VIDEO || (clean_phrase_kind(f->kind) &&
	    f->kind != KIND_BIO && f->kind != KIND_PROMO && f->wlen >= 40 &&
	    !clean_colon_end(f) && i < cd->lastprose)) &&
	    at->c->inmain && f->linkchars == 0 &&
	    clean_story_last_item(cd, i)) || (f->kind == KIND_BREADCRUMB &&
	    at->c->inmain && f->linkchars == 0 && clean_story_listed(cd, i))) {
		/* a bio's was its subhead, no writer's name ("Counties
		 * Renew Anyway") */
		if (f->kind == KIND_BIO && i > 0 && cd->fs[i - 1].kind ==
		    KIND_BIO && !cd->fs[i - 1].byline &&
		    !cd->fs[i - 1].terminal && cd->fs[i - 1].wlen < 80 &&
		    cd->fs[i - 1].linkchars == 0) {
			clean_set(&cd->fs[i - 1], KIND_KEPT, VERDICT_CONTENT,
			    "content: the subhead of a paragraph of the story");
			cd->fs[i - 1].cls = CLS_GOOD;
		}
		clean_set(f, KIND_KEPT, VERDICT_CONTENT,
		    "content: %s", clean_story_item(cd, i) ||
		    f->kind == KIND_VIDEO || f->kind == KIND_BREADCRUMB ?
		    "an item of the story's list" :
		    "a paragraph of the story");
		f->cls = CLS_GOOD;
		return (1);
	}
	return (0);
}

/* A slot of a schedule in the story, that the rules took for a video. */
static int
cd_verdict_schedule(struct cd *cd, struct cd_at *at)
{
	if (!at->c->inmain || !clean_story_schedule(cd, at->i))
		return (0);
	clean_set(at->f, KIND_KEPT, VERDICT_CONTENT,
	    "content: a slot of the story's schedule, no video");
	at->f->cls = CLS_GOOD;
	return (1);
}

/* The standfirst under the title. */
static int
cd_verdict_subtitle(struct cd *cd, struct cd_at *at)
{
	struct clean_feat	*f = at->f;
	size_t			 i = at->i;

	/* (a phrase's words in the page's own description of itself
	 * are its standfirst's: "… left newsrooms for paid email
	 * newsletters") */
	if ((f->kind == KIND_QUALITY || (clean_phrase_kind(f->kind) &&
	    !f->anchored && (cd->d->blocks[i].flags & DOM_B_DESC))) &&
	    f->cls != CLS_GOOD && clean_story_subtitle(cd, i, 0)) {
		clean_set(f, KIND_KEPT, VERDICT_CONTENT,
		    "content: the standfirst, under the title");
		f->cls = CLS_GOOD;
		return (1);
	}
	return (0);
}

/* A byline box, a dateline, tags above the story. */
static int
cd_verdict_meta(struct cd *cd, struct cd_at *at)
{
	struct clean_feat	*f = at->f;
	struct cd_node		*c = at->c;
	char			 what[96];
	size_t			 i = at->i;

	/* (a reporter's line in the story's text is the story's: inside
	 * a main subtree that leaves the title, its <h1> and its byline
	 * box out) */
	if (c->meta && i < cd->first && !(c->inmain && f->byline &&
	    !cd->nodes[cd->main].title && !cd->nodes[cd->main].h1)) {
		/* a byline box, a dateline, tags: the page's, not
		 * the story's, unless they make a sentence under the
		 * title (above it, a sentence there is its author's) */
		if (f->verdict != VERDICT_BOILERPLATE && f->verdict !=
		    VERDICT_COMMENT && (!f->terminal || (i < cd->title &&
		    cd->under != 0)) &&
		    f->wlen < 200 &&
		    f->kind != KIND_KEPT && i < cd->first) {
			clean_describe(cd, c->metanode, what, sizeof what);
			clean_set(f, KIND_DOM, VERDICT_BOILERPLATE,
			    "dom: in %s", what);
			f->cls = CLS_BAD;
		}
		return (1);
	}
	/* after the story, a box of its author's: a bio, not the story */
	if (c->meta && cd->metaskip && cd->first < cd->n &&
	    i > cd->lastprose && f->verdict == VERDICT_CONTENT &&
	    !f->byline && !clean_contributors(f) && f->kind != KIND_KEPT) {
		clean_describe(cd, c->metanode, what, sizeof what);
		clean_set(f, KIND_DOM, VERDICT_BOILERPLATE,
		    "dom: in %s, after the story", what);
		f->cls = CLS_BAD;
		return (1);
	}
	return (0);
}

/*
 * The story's sign-off just after its last paragraph (past an offer's
 * box): its reporter's address, a name in brackets, who helped report
 * it; a bio's "@" or the byline the name repeats does not make it the
 * page's, but a notice of rights or an app's call in brackets is.
 */
static int
cd_verdict_signoff(struct cd *cd, struct cd_at *at)
{
	struct clean_feat	*f = at->f;
	size_t			 i = at->i, j, gap = 0;

	if (!at->c->inmain || cd->first >= cd->n || i <= cd->lastprose ||
	    cd->incom[i] != 0 || f->kind == KIND_COPYRIGHT ||
	    f->kind == KIND_RELATED || f->kind == KIND_SHARE ||
	    f->kind == KIND_PROMO || (!clean_signoff(f) && !(f->linkchars == 0 &&
	    clean_contributors(f)) && !clean_story_signature(cd, at->i)))
		return (0);
	/* past the boxes between (an offer to subscribe, a photo) */
	for (j = cd->lastprose + 1; j < i && gap < 2; j++)
		if (!cd->signup[j] && !cd->figure[j] && !cd->player[j])
			gap++;
	if (gap >= 2)
		return (0);
	clean_set(f, KIND_KEPT, VERDICT_CONTENT,
	    "content: a reporter's line in the story");
	f->cls = CLS_GOOD;
	f->dupof = 0;
	return (1);
}

/*
 * In the story, a reporter's line, a sentence without a
 * link, and a short block that opens or closes the story's
 * run are the story's, whatever their neighbours.
 */
static int
cd_verdict_story(struct cd *cd, struct cd_at *at)
{
	struct clean_feat	*f = at->f;
	struct cd_node		*c = at->c;
	size_t			 i = at->i;

	if (f->byline && f->wlen < 150) {
		clean_set(f, KIND_KEPT, VERDICT_CONTENT,
		    "content: a reporter's line in the story");
		f->cls = CLS_GOOD;
	} else if (f->kind == KIND_QUALITY && f->cls != CLS_BAD &&
	    f->cls != CLS_GOOD && f->linkchars == 0 && (f->terminal ||
	    c->ownprose || (clean_story_near(cd, i) &&
	    !clean_story_heads_links(cd, i) && !(i < cd->title &&
	    cd->title < cd->n && cd->title - i <= 2 && f->wlen < 40)))) {
		clean_set(f, KIND_KEPT, VERDICT_CONTENT, "content: %s",
		    f->terminal ? "a sentence in the main subtree" :
		    c->ownprose ? "a line of a paragraph of the story" :
		    i < cd->first ? "opens the story" :
		    i > cd->lastprose ? "closes the story" :
		    "inside the story");
		f->cls = CLS_GOOD;
	}
	return (1);
}

/*
 * The verdict rules for a block below a node, in the order they are
 * tried: the first that decides the block ends its turn.  The page's
 * title is decided before them.
 */
static int (*const cd_verdict_rules[])(struct cd *, struct cd_at *) = {
	cd_verdict_bot,
	cd_verdict_aside,
	cd_verdict_photo,
	cd_verdict_zone,
	cd_verdict_quote,
	cd_verdict_incom,
	cd_verdict_inrel,
	cd_verdict_outside,
	cd_verdict_signoff,
	cd_verdict_links,
	cd_verdict_inmain,
	cd_verdict_code,
	cd_verdict_toc,
	cd_verdict_ldbody,
	/* a paragraph of the story is not a banner for a phrase
	 * ("cookie", "sign up for") or its links; a bio is one only
	 * where the story has ended */
	cd_verdict_cell,
	cd_verdict_linked,
	cd_verdict_paragraph,
	cd_verdict_schedule,
	cd_verdict_subtitle,
	cd_verdict_meta,
	cd_verdict_story,
};

/*
 * Each block's verdict: the page's title, then the rules of
 * cd_verdict_rules for a block below a node.
 */
static void
cd_verdicts(struct cd *cd)
{
	struct cd_at	 at;
	char		 mainwhat[96];
	size_t		 i, r;

	if (cd->main != DOM_NONE)
		clean_describe(cd, cd->main, mainwhat, sizeof mainwhat);
	at.mainwhat = mainwhat;
	cd->dataend = clean_story_data_end(cd);
	for (i = 0; i < cd->n; i++) {
		at.i = i;
		at.f = &cd->fs[i];
		if (cd_verdict_title(cd, &at) ||
		    (at.k = cd->d->blocks[i].node) == DOM_NONE)
			continue;
		at.c = &cd->nodes[at.k];
		clean_story_undup(cd, i);
		for (r = 0; r < sizeof cd_verdict_rules /
		    sizeof cd_verdict_rules[0]; r++) {
			if (cd_verdict_rules[r](cd, &at))
				break;
		}
	}
}

static void
cd_debug(struct cd *cd)
{
	const struct dom_node	*nd;
	size_t			 i;
	uint32_t		 k;
	char			 what[96];

	for (i = 0; i < cd->n; i++) {
		fprintf(stderr, "%zu:", i + 1);
		for (k = cd->d->blocks[i].node; k != DOM_NONE; k = nd->parent) {
			nd = &cd->d->nodes[k];
			clean_describe(cd, k, what, sizeof what);
			fprintf(stderr, " %u%s%s", k, what, cd->nodes[k].zkind ?
			    "!" : "");
		}
		fprintf(stderr, "\t%.40s\n", cd->fs[i].s);
	}
}

/*
 * The dom's part in classifying a page's blocks; page gets a line on
 * how the page was read.  Does nothing when the dom does not match the
 * text (a store written by an older sift).
 */
void
clean_dom(struct clean_feat *fs, size_t n, const struct dom *d,
    char *page, size_t size)
{
	struct cd	cd;
	char		what[96];
	const char	*from;

	if (d == NULL || d->nblocks != n || d->nnodes == 0)
		return;
	memset(&cd, 0, sizeof cd);
	cd.d = d;
	cd.fs = fs;
	cd.n = n;
	cd.nodes = xcalloc(d->nnodes, sizeof *cd.nodes);
	cd.boxzone = DOM_NONE;
	clean_tree_read(&cd);
	clean_box_comments(&cd);
	clean_box_related(&cd);
	clean_cards(&cd);
	clean_box_bots(&cd);
	clean_box_quotes(&cd);
	clean_box_signup(&cd);
	clean_box_offer(&cd);
	clean_box_ads(&cd);
	clean_media_figures(&cd);
	clean_media_players(&cd);
	clean_story_run(&cd);
	clean_box_replies(&cd);
	clean_tree_links(&cd);
	cd_verdicts(&cd);
	if (getenv("SIFT_DOM_DEBUG") != NULL)
		cd_debug(&cd);
	from = (d->flags & DOM_P_SCRIPT) ? "story from the page's scripts; " :
	    (d->flags & DOM_P_LDBODY) ? "story from the page's JSON-LD "
	    "articleBody; " : "";
	if (cd.main != DOM_NONE) {
		clean_describe(&cd, cd.main, what, sizeof what);
		snprintf(page, size, "%smain subtree: %s, found by %s", from,
		    what, cd.how);
	} else
		snprintf(page, size, "%smain subtree: none found", from);
	free(cd.nodes);
	free(cd.groups);
	free(cd.prev);
	free(cd.incom);
	free(cd.reply);
	free(cd.inrel);
	free(cd.card);
	free(cd.bot);
	free(cd.quote);
	free(cd.datatab);
	free(cd.signup);
	free(cd.figure);
	free(cd.player);
}

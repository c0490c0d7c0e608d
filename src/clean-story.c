/*
 * clean-story.c: where the story runs in a page's main subtree, for the
 * DOM pass's verdicts (clean-dom.c): its first and last sentence, the
 * blocks just around that run (clean-dek.c finds its subtitle), the meta
 * boxes (bylines, datelines) before it, the table of data lines that
 * may end it ("各地の震度は次のとおり。" and a line a prefecture, its
 * place names linked), whether prose beside the main subtree joins the
 * run (and a heading over it, or over a box set in it), and the
 * writer's name that signs it.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "sift.h"
#include "lexicon.h"
#include "clean-int.h"


/*
 * Does block f open with a label of tags or categories ("Etiquetas:",
 * "Posted in:", "标签：")?  Those lines are the page's index, not data.
 */
static int
cd_tags_label(const struct clean_feat *f)
{
	static const char	*labels[] = { "tags", "tag", "topics",
		"categories", "category", "filed under", "posted in",
		"etiquetas", "temas", "schlagwörter", "schlagworte",
		"stichwörter", "themen", "kategorien", "kategorie",
		"abgelegt unter", "mots-clés", "mots clés", "thèmes", "теги",
		"метки", "рубрики", "темы", "标签", "標籤", "关键词", "關鍵字",
		"关键字", "分类", "分類", "タグ", "カテゴリー", "キーワード",
		"태그", "키워드", "카테고리", NULL };
	const char		*c;
	size_t			 i, n;

	if ((c = memmem(f->lower, f->lowern, "\357\274\232", 3)) == NULL &&
	    (c = memchr(f->lower, ':', f->lowern)) == NULL)
		return (0);
	while (c > f->lower && c[-1] == ' ')
		c--;
	n = c - f->lower;
	for (i = 0; labels[i] != NULL; i++) {
		if (strlen(labels[i]) == n &&
		    memcmp(f->lower, labels[i], n) == 0)
			return (1);
	}
	return (0);
}

/*
 * A line of data in the story whose items are links ("宮崎県：高鍋町、
 * 新富町、宮崎市", "Tore: Okafor, Brandt"): a label and a colon near its
 * start, several items after it cut by commas (or, when multi is 0,
 * one short item).
 */
static int
cd_data_shape(const struct clean_feat *f, int multi)
{
	struct lexicon_block	 lx;
	const char		*colon, *e = f->s + f->n;
	size_t			 lead;

	if (f->terminal || f->wlen >= 300 || clean_ld(f) > 0.9)
		return (0);
	/* not a byline, an editor's line, a "see also" */
	lexicon_prepare(&lx, f->lower, f->lowern);
	if (lexicon_match(LEXICON_BYLINE, &lx) != NULL ||
	    lexicon_match(LEXICON_EDITOR, &lx) != NULL ||
	    lexicon_match(LEXICON_RELATED, &lx) != NULL ||
	    lexicon_match(LEXICON_CTA, &lx) != NULL)
		return (0);
	if ((colon = memmem(f->s, f->n, "\357\274\232", 3)) == NULL &&
	    (colon = memchr(f->s, ':', f->n)) == NULL)
		return (0);
	lead = colon - f->s;
	if (lead == 0 || lead * 2 > f->n || cd_tags_label(f))
		return (0);
	return ((!multi && e - colon <= 60) ||
	    memmem(colon, e - colon, "\343\200\201", 3) != NULL ||
	    memmem(colon, e - colon, ", ", 2) != NULL ||
	    memmem(colon, e - colon, "\357\274\214", 3) != NULL);
}

/*
 * Where a table of data lines that ends the story ends: two lines or
 * more right after its last paragraph, one of several items
 * ("各地の震度は次のとおり。" and a line a prefecture), short headings
 * between them.  The story's last paragraph when there is none.
 */
size_t
clean_story_data_end(const struct cd *cd)
{
	size_t	i, last, lines = 0, multi = 0;

	if (cd->first >= cd->n || cd->lastprose >= cd->n)
		return (cd->lastprose);
	for (i = last = cd->lastprose; i + 1 < cd->n &&
	    i < cd->lastprose + 64; i++) {
		if (cd_data_shape(&cd->fs[i + 1], 0)) {
			lines++;
			multi += cd_data_shape(&cd->fs[i + 1], 1);
			last = i + 1;
		} else if (cd->fs[i + 1].linkchars != 0 ||
		    cd->fs[i + 1].wlen >= 30)
			break;
	}
	return (lines >= 2 && multi >= 1 ? last : cd->lastprose);
}

/*
 * A line of data whose items are links, in the table that ends the
 * story.  (Inside its run, "Lire aussi : ..." and "Posted in: ..." have
 * the same shape.)
 */
int
clean_story_data(const struct cd *cd, const struct clean_feat *f, size_t i)
{
	return (i > cd->lastprose && i <= cd->dataend && cd_data_shape(f, 0));
}

/* Is block i prose of the story's run in the main subtree? */
static int
cd_in_story(const struct cd *cd, size_t i, int skipmeta)
{
	uint32_t	k = cd->d->blocks[i].node;

	return (cd->main != DOM_NONE && k != DOM_NONE &&
	    cd->nodes[k].inmain && cd->nodes[k].zkind == CD_ZONE_NONE &&
	    clean_is_prose(&cd->fs[i]) && clean_ld(&cd->fs[i]) < 0.5 &&
	    cd->incom[i] == 0 && cd->inrel[i] == 0 && !cd->signup[i] &&
	    !cd->figure[i] && !cd->player[i] &&
	    !(skipmeta && cd->nodes[k].meta));
}

/* The story's prose, its meta boxes' left out or not. */
static double
cd_story_prose(const struct cd *cd, int skipmeta)
{
	double	sum = 0;
	size_t	i;

	for (i = 0; i < cd->n; i++) {
		if (cd_in_story(cd, i, skipmeta))
			sum += cd->fs[i].wlen;
	}
	return (sum);
}

static int	cd_photo_story(const struct cd *);

/*
 * The story's run: its first and last prose block in main, and for each
 * block the distance back to the nearest prose block of main.
 */
void
clean_story_run(struct cd *cd)
{
	size_t		 i, last;
	char		*is;

	is = xcalloc(cd->n + 1, 1);
	cd->first = cd->n;
	cd->lastprose = 0;
	/* a byline's or a bio's box is not the story, unless the story
	 * is in one: most of its prose is, or the main is */
	cd->metaskip = cd->main != DOM_NONE && !cd->nodes[cd->main].meta &&
	    cd_story_prose(cd, 1) * 2 >= cd_story_prose(cd, 0);
	cd->photos = cd_photo_story(cd);
	for (i = 0; i < cd->n; i++) {
		if (!cd_in_story(cd, i, cd->metaskip))
			continue;
		is[i] = 1;
		if (cd->first == cd->n)
			cd->first = i;
		cd->lastprose = i;
	}
	cd->prev = xcalloc(cd->n + 1, sizeof *cd->prev);
	for (i = 0, last = cd->n; i < cd->n; i++) {
		cd->prev[i] = last == cd->n ? cd->n : i - last;
		if (is[i])
			last = i;
	}
	free(is);
}

/*
 * Is block i the heading of links after it (a list of other stories)?
 * Past a box between (an embedded card, a photo, a player), it heads
 * what follows the box.
 */
int
clean_story_heads_links(const struct cd *cd, size_t i)
{
	const struct clean_feat	*f = &cd->fs[i];
	uint32_t		 k, h;
	size_t			 j;

	/* a heading: short, and no sentence ends in it */
	if (i + 1 >= cd->n || f->terminal || f->wlen >= 80 ||
	    memmem(f->s, f->n, ". ", 2) != NULL ||
	    memmem(f->s, f->n, "\343\200\202", 3) != NULL)
		return (0);
	for (j = i + 1; j < cd->n && (cd->signup[j] == CD_SIGNUP_OFFER ||
	    cd->figure[j] || cd->player[j]); j++)
		/* nothing */;
	if (j >= cd->n)
		return (1);
	if (clean_story_past_box(cd, i, j))
		return (0);
	/* and what follows is in its own element's parent: the box the
	 * heading heads */
	k = cd->d->blocks[j].node;
	h = cd->d->blocks[i].node;
	if (k == DOM_NONE || h == DOM_NONE ||
	    !clean_tree_below(cd, k, cd->d->nodes[h].parent))
		return (0);
	/* one link, and a sentence of the story under it in the same
	 * element: a gallery's link ("この記事の画像を見る（4枚）") set
	 * between a subhead and its paragraph */
	if (j + 1 < cd->n && cd->fs[j].wlen < 80 && cd->fs[j + 1].terminal &&
	    cd->d->nodes[h].tag >= DOM_H2 && cd->d->nodes[h].tag <= DOM_H6 &&
	    !clean_colon_end(f) && k == cd->d->nodes[h].parent &&
	    cd->fs[j + 1].wlen >= 80 && cd->fs[j + 1].linkchars == 0 &&
	    cd->d->blocks[j + 1].node != DOM_NONE &&
	    cd->d->nodes[cd->d->blocks[j + 1].node].parent == k)
		return (0);
	return (clean_ld(&cd->fs[j]) > 0.5 || cd->nodes[k].links);
}

/*
 * Is block i in the story's run in main, or just around it: two blocks
 * before its first sentence, three after its last?  There a short line
 * opens the story, stands in it (a table, a list) or closes it.
 */
int
clean_story_near(const struct cd *cd, size_t i)
{
	if (cd->first == cd->n)
		return (0);
	if (i < cd->first)
		return (cd->first - i <= 2);
	return (i <= cd->lastprose || cd->prev[i] <= 3);
}

/* The <li> block i stands in (it or its parent), or DOM_NONE. */
static uint32_t
clean_story_li(const struct cd *cd, size_t i)
{
	const struct dom	*d = cd->d;
	uint32_t		 k = d->blocks[i].node;

	if (k != DOM_NONE && d->nodes[k].tag != DOM_LI)
		k = d->nodes[k].parent;
	return (k != DOM_NONE && d->nodes[k].tag == DOM_LI ? k : DOM_NONE);
}

/*
 * Is block i an item of a list inside the story's run, between items of
 * the same list that no phrase hid ("Take home what you stored …", "Sign
 * up for a moving shift …", "Do not book the laser cutter …")?  Then a
 * phrase in it is the story's word, not a call to the reader.
 */
int
clean_story_item(const struct cd *cd, size_t i)
{
	const struct dom	*d = cd->d;
	uint32_t		 k, a, b;

	if (i == 0 || i + 1 >= cd->n || i <= cd->first ||
	    i >= cd->lastprose || (k = clean_story_li(cd, i)) == DOM_NONE ||
	    (a = clean_story_li(cd, i - 1)) == DOM_NONE ||
	    (b = clean_story_li(cd, i + 1)) == DOM_NONE)
		return (0);
	return (d->nodes[a].parent == d->nodes[k].parent &&
	    d->nodes[b].parent == d->nodes[k].parent &&
	    !clean_phrase_kind(cd->fs[i - 1].kind) &&
	    !clean_phrase_kind(cd->fs[i + 1].kind) &&
	    cd->fs[i - 1].kind != KIND_DOM && cd->fs[i + 1].kind != KIND_DOM);
}

/*
 * Is block i the last item of a list whose item before it is the story's
 * (the last point of a live page's summary, over a video's player)?  A
 * player after it makes it no video's title.
 */
int
clean_story_last_item(const struct cd *cd, size_t i)
{
	const struct dom	*d = cd->d;
	uint32_t		 k, a;

	if (i == 0 || (k = clean_story_li(cd, i)) == DOM_NONE ||
	    (a = clean_story_li(cd, i - 1)) == DOM_NONE || a == k ||
	    d->nodes[a].parent != d->nodes[k].parent ||
	    cd->fs[i - 1].verdict != VERDICT_CONTENT || cd->fs[i].terminal)
		return (0);
	return (i + 1 >= cd->n || clean_story_li(cd, i + 1) == DOM_NONE);
}

/*
 * The box of a link's card at block j, beside subhead node h (an <h2>
 * to <h6>): an element beside it whose lines, two or three, are all its
 * link (an embedded story's title, blurb and site; one line is a teaser's
 * headline); or DOM_NONE.
 */
static uint32_t
cd_card(const struct cd *cd, uint32_t h, size_t j)
{
	const struct dom	*d = cd->d;
	uint32_t		 p = d->nodes[h].parent, b, k;
	size_t			 m;
	int			 up;

	for (b = d->blocks[j].node, up = 0; b != DOM_NONE &&
	    d->nodes[b].parent != p && up < 64; b = d->nodes[b].parent, up++)
		/* nothing */;
	if (b == DOM_NONE || b == h || d->nodes[b].parent != p ||
	    d->nodes[h].tag < DOM_H2 || d->nodes[h].tag > DOM_H6)
		return (DOM_NONE);	/* a subhead's, not a label's */
	for (m = j; m < cd->n && m - j <= 3 && (k = d->blocks[m].node) !=
	    DOM_NONE && clean_tree_below(cd, k, b); m++)
		if (clean_ld(&cd->fs[m]) < 0.9)
			return (DOM_NONE);
	return (m - j > 3 || m - j < 2 ? DOM_NONE : b);
}

/*
 * Does the heading at block i head the story's paragraphs past a box
 * that names itself, block j its first (a related box, an advert set
 * between a subhead and the paragraphs under it), or past a link's
 * card?
 */
int
clean_story_past_box(const struct cd *cd, size_t i, size_t j)
{
	const struct dom	*d = cd->d;
	const struct clean_feat	*f;
	uint32_t		 h = d->blocks[i].node, k, z;
	int			 boxes;

	if (j >= cd->n || h == DOM_NONE ||
	    (k = d->blocks[j].node) == DOM_NONE)
		return (0);
	if (cd->nodes[k].zkind == CD_ZONE_NONE ||
	    (z = cd->nodes[k].zone) == DOM_NONE) {
		if ((z = cd_card(cd, h, j)) == DOM_NONE)
			return (0);
	} else if (clean_tree_below(cd, h, z))
		return (0);
	/* past it, and past up to two more that name themselves (an
	 * advert's slot under a related box) */
	for (boxes = 0; ; boxes++) {
		while (j < cd->n && (k = d->blocks[j].node) != DOM_NONE &&
		    clean_tree_below(cd, k, z))
			j++;
		if (j >= cd->n || (k = d->blocks[j].node) == DOM_NONE)
			return (0);
		if (boxes == 2 || cd->nodes[k].zkind == CD_ZONE_NONE ||
		    (z = cd->nodes[k].zone) == DOM_NONE ||
		    clean_tree_below(cd, h, z))
			break;
	}
	f = &cd->fs[j];
	return (cd->nodes[k].inmain && cd->nodes[k].zkind == CD_ZONE_NONE &&
	    f->kind == KIND_QUALITY && f->terminal && f->wlen >= 40 &&
	    f->linkchars == 0 && clean_tree_below(cd, k, d->nodes[h].parent));
}

/* Is block j in a caption's zone (a photo's, by its class or tag)? */
static int
cd_caption(const struct cd *cd, size_t j)
{
	const struct dom	*d = cd->d;
	uint32_t		 k = d->blocks[j].node, z;

	if (k == DOM_NONE || cd->nodes[k].zkind == CD_ZONE_NONE ||
	    (z = cd->nodes[k].zone) == DOM_NONE)
		return (0);
	return (d->nodes[z].family == DOM_FAM_CAPTION ||
	    d->nodes[z].tag == DOM_FIGCAPTION);
}

/*
 * Is block j sentences in a caption of the main subtree's photos (its
 * credit may end it: "… rond negen uur. Foto: Marcel Bakker")?
 */
int
clean_story_caption(const struct cd *cd, size_t j)
{
	const struct clean_feat	*f = &cd->fs[j];
	uint32_t		 k = cd->d->blocks[j].node;

	return (k != DOM_NONE && cd->nodes[k].inmain && f->wlen >= 60 &&
	    (f->kind == KIND_QUALITY || f->kind == KIND_COPYRIGHT) &&
	    f->tcls >= CLS_NEARGOOD && f->linkchars == 0 &&
	    (cd_caption(cd, j) || cd->figure[j]));
}

/*
 * Is the page a photo story: three or more of the main subtree's
 * captions are sentences, and they hold as much prose as the story's
 * paragraphs do, or two are and its title says it is ("FOTOS: …", "In
 * beeld: …", "组图：…")?  Then its captions tell the story.
 */
static int
cd_photo_story(const struct cd *cd)
{
	const struct clean_feat	*f;
	struct lexicon_block	 lx;
	uint32_t		 k;
	size_t			 i, n = 0, cap = 0, par = 0;

	for (i = 0; i < cd->n; i++) {
		f = &cd->fs[i];
		if (clean_story_caption(cd, i)) {
			n++;
			cap += f->wlen;
		} else if ((k = cd->d->blocks[i].node) != DOM_NONE &&
		    cd->nodes[k].inmain && f->kind == KIND_QUALITY &&
		    f->terminal && f->wlen >= 40)
			par += f->wlen;
	}
	if (n >= 3 && cap >= par)
		return (1);
	if (n < 2 || cd->title >= cd->n)
		return (0);
	f = &cd->fs[cd->title];
	lexicon_prepare(&lx, f->lower, f->lowern);
	return (lexicon_match(LEXICON_PHOTO, &lx) != NULL);
}

/*
 * Does prose beside the main subtree join the story's run: the story's
 * text (or prose beside it) above it, or its text below it, past a label
 * or two (an advert's, a caption's, a teaser's link, a line of a box
 * the page names, a section's heading)?  A sentence
 * alone among the page's boxes ("독자님의 응원은 시민기자에게 큰 힘이
 * 됩니다.", a disclaimer under the comments) is theirs.
 */
int
clean_story_joined(const struct cd *cd, size_t i)
{
	const struct clean_feat	*g;
	uint32_t		 k;
	size_t			 j;

	if (i < cd->first)
		return (1);	/* over the story: its standfirst */
	for (j = i; j-- > 0 && i - j <= 3;) {
		g = &cd->fs[j];
		if (g->verdict == VERDICT_CONTENT && g->wlen >= 40)
			return (1);
		/* a photo's caption, an advert, an inline teaser's link
		 * ("看更多…"), a section's heading in its <header> */
		if (g->slot || cd_caption(cd, j) || (!g->terminal &&
		    g->wlen < 120 && clean_ld(g) >= 0.5) || ((k =
		    cd->d->blocks[j].node) != DOM_NONE && cd->nodes[k].zkind ==
		    CD_ZONE_OTHER && g->wlen < 120) || (!g->terminal &&
		    (k = cd->d->blocks[j].node) != DOM_NONE &&
		    cd->d->nodes[k].tag >= DOM_H1 &&
		    cd->d->nodes[k].tag <= DOM_H6 &&
		    cd->nodes[k].zkind != CD_ZONE_NONE &&
		    cd->nodes[k].zone != DOM_NONE &&
		    cd->d->nodes[cd->nodes[k].zone].tag == DOM_HEADER))
			continue;
		if (g->wlen >= 40 || g->terminal)
			break;
	}
	for (j = i + 1; j < cd->n && j - i <= 3; j++) {
		g = &cd->fs[j];
		k = cd->d->blocks[j].node;
		if (k != DOM_NONE && cd->nodes[k].inmain &&
		    g->kind == KIND_QUALITY && g->cls == CLS_GOOD)
			return (1);
		if (g->wlen >= 40 || g->terminal)
			break;
	}
	return (0);
}

/*
 * Is block i good prose beside the main subtree that joins the story's
 * run: the story's key points, a list of sentences beside it, but not a
 * teaser's blurb under its linked headline, nor its author's box below
 * it, nor one whose bio opens with the name over it?
 */
int
clean_story_beside(const struct cd *cd, size_t i)
{
	const struct clean_feat	*f = &cd->fs[i], *g;
	uint32_t		 k = cd->d->blocks[i].node;
	const struct cd_node	*c;

	if (k == DOM_NONE || (c = &cd->nodes[k])->inmain || !c->beside ||
	    f->kind != KIND_QUALITY || (c->meta && i > cd->first) ||
	    !(f->cls == CLS_GOOD || (f->terminal && f->tcls >= CLS_NEARGOOD &&
	    cd->d->nodes[k].tag == DOM_LI && f->linkchars == 0)) ||
	    clean_ld(f) >= 0.1 || !clean_story_joined(cd, i))
		return (0);
	g = i > 0 ? &cd->fs[i - 1] : NULL;
	/* an author's box: "Sebastian Krass" / "Sebastian Krass schreibt
	 * im Lokalteil über …" */
	if (g != NULL && clean_name_shape(g, 0) && f->lowern > g->lowern &&
	    g->lowern >= 5 && f->lower[g->lowern] == ' ' &&
	    memcmp(f->lower, g->lower, g->lowern) == 0)
		return (0);
	return (g == NULL || g->linkchars == 0 || clean_ld(g) <= 0.5 ||
	    g->terminal || g->wlen < 25);
}

/*
 * Does heading i open its box: its element's parent holds the block
 * after it, and none before (a summary's box, not a page's hero with
 * its own headline over it)?
 */
int
clean_story_heads_box(const struct cd *cd, size_t i)
{
	const struct dom	*d = cd->d;
	uint32_t		 p = d->nodes[d->blocks[i].node].parent;

	return (p != DOM_NONE && d->blocks[i + 1].node != DOM_NONE &&
	    clean_tree_below(cd, d->blocks[i + 1].node, p) && (i == 0 ||
	    d->blocks[i - 1].node == DOM_NONE ||
	    !clean_tree_below(cd, d->blocks[i - 1].node, p)));
}

/* Is block i a line over the story's points, a list ("Key takeaways")? */
int
clean_story_heads_points(const struct cd *cd, size_t i)
{
	uint32_t	k;

	return (cd->fs[i].wlen < 40 && i + 1 < cd->n && (k =
	    cd->d->blocks[i + 1].node) != DOM_NONE && cd->d->nodes[k].tag ==
	    DOM_LI);
}

/* Is a block's text in capitals: its second letter one too? */
static int
cd_capitals(const struct clean_feat *f)
{
	const uint8_t	*p = (const uint8_t *)f->s, *e = p + f->n;
	ucs4_t		 c = 0;
	int		 i;

	for (i = 0; i < 2 && p < e; i++)
		p += u8_mbtouc(&c, p, e - p);
	return (i == 2 && uc_is_upper(c));
}

/*
 * Is block i its writer's name alone in the author's box under the
 * story, as Russian and Spanish papers sign a story ("Дмитрий Козлов"):
 * no link, and no bio after it in the box?
 */
int
clean_story_signature(const struct cd *cd, size_t i)
{
	const struct clean_feat	*f = &cd->fs[i], *g;
	uint32_t		 k = cd->d->blocks[i].node;
	const struct cd_node	*c;

	/* a name of two words or more, not a heading in capitals
	 * ("Dmitry Kozlov", not "Topics" or "ABOUT THE AUTHOR") */
	if (k == DOM_NONE || !(c = &cd->nodes[k])->meta || f->linkchars != 0 ||
	    !clean_name_shape(f, 1) || (f->cjk == 0 &&
	    (memchr(f->s, ' ', f->n) == NULL ||
	    cd_capitals(f))))
		return (0);
	if (i + 1 >= cd->n)
		return (1);
	g = &cd->fs[i + 1];
	k = cd->d->blocks[i + 1].node;
	return (g->kind != KIND_BIO && !(g->wlen >= 100 && k != DOM_NONE &&
	    cd->nodes[k].meta && cd->nodes[k].metanode == c->metanode));
}

/*
 * Is block i the title again, whatever copy came first (a screen
 * reader's, hidden)?
 */
int
clean_story_retitle(const struct cd *cd, size_t i)
{
	const struct clean_feat	*t = &cd->fs[cd->title];

	return (cd->title < cd->n && i != cd->title &&
	    cd->fs[i].normhash == t->normhash &&
	    cd->fs[i].normlen == t->normlen);
}

/*
 * The story's own copy of a paragraph that a hidden box (a summary for
 * scripts, a print version) gave first, or of a sentence that a box the
 * page hides (a share widget's summary, a form, a caption) gave first,
 * is no repeat of what the reader sees: it goes through the rules as
 * its text alone reads, as does a standfirst under the title whose
 * hidden copy came first.  Other headings go to clean-dom.c's
 * cd_verdict_toc.
 */
void
clean_story_undup(struct cd *cd, size_t i)
{
	const struct dom	*d = cd->d;
	struct clean_feat	*f = &cd->fs[i];
	const struct cd_node	*c = &cd->nodes[d->blocks[i].node];
	int			 tag = d->nodes[d->blocks[i].node].tag;
	uint32_t		 k;

	if (f->kind != KIND_DUPLICATE || f->dupof == 0 ||
	    cd->fs[f->dupof - 1].kind != KIND_DOM ||
	    (k = d->blocks[f->dupof - 1].node) == DOM_NONE ||
	    clean_story_retitle(cd, i))
		return;
	if ((cd->nodes[k].zkind == CD_ZONE_HIDDEN && cd->title < i &&
	    i - cd->title <= 2 && i <= cd->first) ||
	    (c->inmain && !(tag >= DOM_H1 && tag <= DOM_H6) &&
	    (cd->nodes[k].zkind == CD_ZONE_HIDDEN || (f->terminal &&
	    f->linkchars == 0 && f->tcls >= CLS_NEARGOOD &&
	    i <= cd->lastprose) || (i > cd->first &&
	    f->linkchars == 0 && clean_signoff(f))))) {
		f->cls = f->tcls;
		f->dupof = 0;
		clean_class_set(f);
	}
}

/*
 * Is block i a paragraph of the story's prose, wlen long or longer, a
 * verdict rule's keeping it or not (the blocks before a heading have
 * their verdicts when it is asked about)?
 */
static int
cd_listprose(const struct cd *cd, size_t i, uint32_t wlen)
{
	const struct clean_feat	*g = &cd->fs[i];
	uint32_t		 q = cd->d->blocks[i].node;

	return (q != DOM_NONE && cd->nodes[q].inmain &&
	    (g->kind == KIND_QUALITY || (g->kind == KIND_KEPT &&
	    g->verdict == VERDICT_CONTENT)) && g->tcls == CLS_GOOD &&
	    g->terminal && g->wlen >= wlen && clean_ld(g) < 0.3);
}

/*
 * Is block i a heading of a list story, all of it a link (a game and
 * its price linked to its store, "“Rez Infinite” ($30)"): an <h2> to
 * <h6> between paragraphs of the story's prose (a long one under it), a
 * line not a sentence, and three such on the page.  (A card of another
 * story under "Articles liés" follows its heading or the last card's
 * date.)
 */
static int
cd_listhead(const struct cd *cd, size_t i)
{
	const struct dom	*d = cd->d;
	const struct clean_feat	*f = &cd->fs[i];
	uint32_t		 k = d->blocks[i].node;

	if (f->kind != KIND_LINKS || k == DOM_NONE || !cd->nodes[k].inmain ||
	    d->nodes[k].tag < DOM_H2 || d->nodes[k].tag > DOM_H6 ||
	    i <= cd->first || i >= cd->lastprose || f->terminal ||
	    f->wlen >= 80 || cd->inrel[i] != 0 ||
	    cd->card[i] == CD_CARD_OTHER)
		return (0);
	return (cd_listprose(cd, i - 1, 80) && cd_listprose(cd, i + 1, 200));
}

int
clean_story_listhead(struct cd *cd, size_t i)
{
	size_t	j, n = 0;

	if (!cd_listhead(cd, i))
		return (0);
	if (cd->listheads == 0) {
		for (j = cd->first; j < cd->lastprose && n < 3; j++)
			n += cd_listhead(cd, j);
		cd->listheads = n + 1;
	}
	if (cd->listheads < 4)
		return (0);
	clean_set(&cd->fs[i], KIND_KEPT, VERDICT_CONTENT,
	    "content: a heading of a list story, a link");
	cd->fs[i].cls = CLS_GOOD;
	return (1);
}

/*
 * Is block i an item of a list the story leads in to, or the sentence
 * that leads in ("Those sanctioned are:" / "Ningbo Everlift Motor Co
 * (China) - drone engines"), hidden for its links or between them?
 */
int
clean_story_led(struct cd *cd, size_t i)
{
	const struct dom	*d = cd->d;
	struct clean_feat	*f = &cd->fs[i];
	uint32_t		 k = d->blocks[i].node, n;
	int			 item;

	item = k != DOM_NONE && cd->nodes[k].led;
	if (f->verdict == VERDICT_CONTENT || (clean_phrase_kind(f->kind) &&
	    f->kind != KIND_LINKS) || (!item && (i + 1 >= cd->n ||
	    (n = d->blocks[i + 1].node) == DOM_NONE || !cd->nodes[n].led ||
	    !cd->nodes[n].inmain || clean_ld(f) >= 0.5 ||
	    f->wlen >= 400)))
		return (0);
	clean_set(f, KIND_KEPT, VERDICT_CONTENT, "content: %s", item ?
	    "an item of a list the story leads in to" :
	    "the sentence that leads in to the story's list");
	f->cls = CLS_GOOD;
	return (1);
}

/*
 * Does the story's prose go on within a few blocks after block i: a
 * paragraph in the main subtree that no rule hid?
 */
int
clean_story_prose_soon(const struct cd *cd, size_t i)
{
	size_t		j;
	uint32_t	k;

	for (j = i + 1; j < cd->n && j <= i + 6; j++)
		if ((k = cd->d->blocks[j].node) != DOM_NONE &&
		    cd->nodes[k].inmain && cd->fs[j].tcls >= CLS_NEARGOOD &&
		    cd->fs[j].terminal && cd->fs[j].kind == KIND_QUALITY &&
		    clean_ld(&cd->fs[j]) < 0.3)
			return (1);
	return (0);
}

/*
 * Is block i, with no link, an item of a list inside the story's run
 * ("澜图 X50 / X50 Pro / X50 Ultra", the models an update reaches, is no
 * breadcrumb)?
 */
int
clean_story_listed(const struct cd *cd, size_t i)
{
	return (i > cd->first && i < cd->lastprose &&
	    clean_story_li(cd, i) != DOM_NONE);
}

/*
 * Does block f open with a clock's time and go on with words ("7:30讲座
 * 田国强教授", "19:00 Doors open"): a slot of a schedule, when no link or
 * view count makes it a video's?
 */
static int
cd_clock_opens(const struct clean_feat *f)
{
	const char	*p = f->s, *e = f->s + f->n;
	int		 h = 0, d;

	for (d = 0; p < e && *p >= '0' && *p <= '9' && d < 3; p++, d++)
		h = h * 10 + (*p - '0');
	if (d == 0 || d > 2 || h > 23 || e - p < 4 || *p != ':' ||
	    p[1] < '0' || p[1] > '5' || p[2] < '0' || p[2] > '9')
		return (0);
	/* a stamp's spans glued ("21:00Antony Clements-Thrower"), a
	 * stamp's hour of the day ("9:14 p.m. ET, March 3"), are a live
	 * page's */
	p += 3;
	if (p < e && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
		return (0);
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	if (e - p >= 2 && (*p == 'a' || *p == 'p' || *p == 'A' ||
	    *p == 'P') && (p[1] == 'm' || p[1] == 'M' || p[1] == '.'))
		return (0);
	return (p < e && !(*p >= '0' && *p <= '9') && *p != ':');
}

/*
 * Is block i, that the rules took for a video's (its time and title, or
 * the list's heading), a slot of a schedule in the story ("12月10日晚 …
 * / 时 间：7:00－9:30 / 7:30讲座 …"): in the story's run, no link, no
 * view count, no word for a video, the items opening with a clock's
 * time?
 */
int
clean_story_schedule(const struct cd *cd, size_t i)
{
	const struct clean_feat	*f = &cd->fs[i];
	size_t			 j, clocks = 0;

	if (f->kind != KIND_VIDEO || f->views || f->linkchars > 0 ||
	    i >= cd->lastprose || clean_video_bare(f->s, f->n))
		return (0);
	/* before the story's first sentence, a programme of times */
	for (j = i > 10 ? i - 10 : 0; i <= cd->first && j < cd->n &&
	    j <= i + 10; j++)
		clocks += cd_clock_opens(&cd->fs[j]);
	if (i <= cd->first && clocks < 4)
		return (0);
	/* its run: every video's block around it clock-led and linkless */
	for (j = i; j > 0 && cd->fs[j - 1].kind == KIND_VIDEO; j--)
		/* nothing */;
	for (; j < cd->n && cd->fs[j].kind == KIND_VIDEO; j++)
		if (cd->fs[j].views || cd->fs[j].linkchars > 0 ||
		    (j != i && cd->fs[j].duration &&
		    !cd_clock_opens(&cd->fs[j])))
			return (0);
	return (cd_clock_opens(f) || (!f->duration && i + 1 < cd->n &&
	    cd->fs[i + 1].kind == KIND_VIDEO &&
	    cd_clock_opens(&cd->fs[i + 1])));
}

/*
 * Is block f the story's note on its update ("This story has been
 * updated with …", "Материал дополнен после 10:15 мск", "Actualizado a
 * las 12:40"), a sentence that opens so?
 */
int
clean_story_updated(const struct clean_feat *f)
{
	static const char *const opens[] = { "this story has been updated",
	    "this article has been updated", "this story was updated",
	    "this article was updated", "this story has been corrected",
	    "материал дополнен", "материал обновлен", "материал обновлён",
	    "статья дополнена", "новость дополнена", "actualizado a las",
	    "esta noticia ha sido actualizada", "cet article a été mis à jour",
	    "dieser artikel wurde aktualisiert", "本文已更新", NULL };

	return (clean_opens(f, opens));
}

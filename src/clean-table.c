/*
 * clean-table.c: the tables in a story's page, which the DOM part of the
 * classifier (clean-dom.c) reads before its verdicts: a table of the
 * story's data (led in to, titled, set in its flow or closing it) is the
 * story's whatever its cells say; a table of share prices is a widget.
 * The lists and tables whose items are mostly links; a share bar laid out
 * as a table's row; and a table saved as text, its cells split by bars.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "lexicon.h"
#include "clean-int.h"

/*
 * The <table> a cell (or the caption) at node k stands in, or DOM_NONE;
 * the cell may wrap its text in an element or two ("<td><div
 * align=center><strong>").
 */
static uint32_t
clean_box_table(const struct dom *d, uint32_t k)
{
	int	n;

	for (n = 0; n < 2 && k != DOM_NONE && d->nodes[k].tag != DOM_TH &&
	    d->nodes[k].tag != DOM_TD && d->nodes[k].tag != DOM_CAPTION &&
	    d->nodes[k].tag != DOM_TABLE; n++)
		k = d->nodes[k].parent;
	if (k == DOM_NONE || (d->nodes[k].tag != DOM_TH &&
	    d->nodes[k].tag != DOM_TD && d->nodes[k].tag != DOM_CAPTION))
		return (DOM_NONE);
	for (n = 0; k != DOM_NONE && d->nodes[k].tag != DOM_TABLE &&
	    n < 6; n++)
		k = d->nodes[k].parent;
	return (k != DOM_NONE && d->nodes[k].tag == DOM_TABLE ? k :
	    DOM_NONE);
}

/* Is block i a sentence of the story in the main subtree? */
static int
clean_box_story_at(const struct cd *cd, size_t i)
{
	const struct clean_feat	*f = &cd->fs[i];
	uint32_t		 k = cd->d->blocks[i].node;

	return (k != DOM_NONE && cd->nodes[k].inmain && f->terminal &&
	    f->wlen >= 40 && f->linkchars == 0);
}

/*
 * Does a table's title end with its units after a comma, their full
 * stops no sentence's: "…по маркам, тыс. шт.", "…, млн руб.", ", in
 * Mio."?  Three short words at most after the last comma.
 */
static int
clean_box_units(const struct clean_feat *f)
{
	const char	*c = clean_memrstr(f->s, f->n, ","), *p, *e = f->s + f->n;
	size_t		 words = 0, run = 0;

	if (c == NULL || e - c > 24)
		return (0);
	for (p = c + 1; p < e; p++) {
		if (*p == ' ' || *p == '.') {
			words += run > 0;
			run = 0;
		} else if (((unsigned char)*p & 0xc0) != 0x80 && ++run > 5)
			return (0);	/* a word, not a unit */
	}
	return (words >= 1 && words <= 3);
}

/*
 * Does table t, its first block j, have a title of its own right after
 * a sentence of the story, in the story's element: its <caption>, or a
 * short line over it ("Alquiler medio por distrito, primer trimestre
 * de 2025"), past a teaser between (its heading and a link or two)?  An
 * editor titles the story's table ("26일 유가증권시장 주요 종목 종가"); a
 * widget's has none.
 */
static int
clean_box_titled(const struct cd *cd, uint32_t t, size_t j)
{
	const struct dom	*d = cd->d;
	const struct clean_feat	*h;
	uint32_t		 k = d->blocks[j].node, hk;
	size_t			 b;
	int			 n;

	if (!cd->nodes[t].inmain || j == 0)
		return (0);
	if (k != DOM_NONE && d->nodes[k].tag == DOM_CAPTION &&
	    d->nodes[k].parent == t)
		return (clean_box_story_at(cd, j - 1));
	h = &cd->fs[j - 1];
	hk = d->blocks[j - 1].node;
	if (j < 2 || hk == DOM_NONE || !cd->nodes[hk].inmain ||
	    (h->terminal && !clean_box_units(h)) || h->wlen >= 150 ||
	    h->linkchars != 0)
		return (0);
	/* past a teaser's heading and its links */
	for (b = j - 2, n = 0; b > 0 && n < 3 &&
	    (cd->fs[b].kind == KIND_RELATED || cd->fs[b].kind == KIND_LINKS);
	    b--, n++)
		/* nothing */;
	return (clean_box_story_at(cd, b) && (n == 0 ||
	    cd->fs[b].kind == KIND_QUALITY));
}

/*
 * Does table t, its first block j, stand in the story's flow: right
 * after a sentence of the story in the same element (the table may be
 * wrapped in a <figure> or two), without a link in it, and then either
 * more of the story (a line of its source and a subhead may come
 * between) or the end of that element, past a line or two of its
 * caption or source (a paywall cuts the story after its table)?  1 if
 * the story goes on, 2 if the table ends it.  A widget stands in a
 * column or a box of its own, or after the story with more boxes, and
 * links its shares.
 */
static int
clean_box_inline(const struct cd *cd, uint32_t t, size_t j)
{
	const struct dom	*d = cd->d;
	uint32_t		 up, k;
	size_t			 i, n;
	int			 lvl;

	if (j == 0 || !cd->nodes[t].inmain || cd->nodes[t].linkw > 0 ||
	    (k = d->blocks[j - 1].node) == DOM_NONE ||
	    !clean_box_story_at(cd, j - 1))
		return (0);
	for (up = d->nodes[t].parent, lvl = 0; up != DOM_NONE && lvl < 3 &&
	    !clean_tree_below(cd, k, up); lvl++)
		up = d->nodes[up].parent;
	if (up == DOM_NONE || lvl == 3)
		return (0);
	for (i = j; i < cd->n && d->blocks[i].node != DOM_NONE &&
	    clean_tree_below(cd, d->blocks[i].node, t); i++)
		/* nothing */;
	for (n = 0; n < 3 && i < cd->n && d->blocks[i].node != DOM_NONE &&
	    clean_tree_below(cd, d->blocks[i].node, up); n++, i++)
		if (clean_box_story_at(cd, i))
			return (1);
	return (n < 3 ? 2 : 0);
}

/* The cell block i stands in, or DOM_NONE. */
static uint32_t
clean_box_cell(const struct dom *d, size_t i)
{
	uint32_t	k = d->blocks[i].node;
	int		up;

	for (up = 0; k != DOM_NONE && up < 3; up++, k = d->nodes[k].parent)
		if (d->nodes[k].tag == DOM_TD || d->nodes[k].tag == DOM_TH)
			return (k);
	return (DOM_NONE);
}

/* The row of the cell block i stands in, or DOM_NONE. */
static uint32_t
clean_box_row(const struct dom *d, size_t i)
{
	uint32_t	k = clean_box_cell(d, i);

	return (k != DOM_NONE ? d->nodes[k].parent : DOM_NONE);
}

/*
 * Does block i open its row, a cell of its own ("J. Okafor", linked to
 * the player's page, before his figures)?
 */
static int
clean_box_row_head(const struct dom *d, size_t i)
{
	uint32_t	row = clean_box_row(d, i);

	return (row != DOM_NONE && d->nodes[row].tag == DOM_TR &&
	    (i == 0 || clean_box_row(d, i - 1) != row) &&
	    i + 1 < d->nblocks && clean_box_row(d, i + 1) == row);
}

/*
 * Does the story lead in to the table whose first block is j: its line
 * just above (past a blank one) ends with a colon ("The plans compare
 * as follows:"), or names the table as an annex ("附：招生专业及考试科目",
 * "附表")?
 */
static int
clean_box_lead(const struct cd *cd, size_t j)
{
	const struct clean_feat	*h = &cd->fs[j - 1];

	if (h->normlen == 0 && j >= 2)
		h = &cd->fs[j - 2];
	if (h->linkchars > 0)
		return (0);
	return ((clean_colon_end(h) && h->wlen >= 20) || (!h->terminal &&
	    h->wlen < 150 && (strncmp(h->lower, "附：", 6) == 0 ||
	    strncmp(h->lower, "附表", 6) == 0)));
}

/*
 * The tables in the page: one the story leads in to with a colon ("The
 * plans compare as follows:", "…情况："), titles after a sentence of
 * its (clean_box_titled) or sets in its flow (clean_box_inline), or
 * follows one such with a header of its own (a box score's second
 * team), is the story's data,
 * whatever its cells say; one whose header says "最新价",
 * "등락률", "% change" without a lead-in is a widget of share prices, not
 * the story's, even where it ends the story.  A cell belongs to its
 * nearest table; each table's first block is found walking up from each
 * block until a node that has one, and each table is judged once, so
 * the cost stays linear however the tables nest.
 */
void
clean_box_quotes(struct cd *cd)
{
	const struct dom	*d = cd->d;
	struct lexicon_block	 lx;
	const struct clean_feat	*f;
	size_t			*first, i, j;
	uint32_t		 k, t;
	int			 inl;
	char			*ticker, *data;
	const char		*m;

	cd->quote = xcalloc(cd->n + 1, 1);
	cd->datatab = xcalloc(cd->n + 1, 1);
	first = xcalloc(d->nnodes, sizeof *first);	/* block + 1 */
	ticker = xcalloc(d->nnodes, 1);
	data = xcalloc(d->nnodes, 1);		/* 0 unknown, 1 no, 2 yes */
	for (i = 0; i < cd->n; i++) {
		for (k = d->blocks[i].node; k != DOM_NONE && first[k] == 0;
		    k = d->nodes[k].parent)
			first[k] = i + 1;
		f = &cd->fs[i];
		if ((k = d->blocks[i].node) == DOM_NONE || f->wlen >= 40 ||
		    (t = clean_box_table(d, k)) == DOM_NONE || ticker[t])
			continue;
		lexicon_prepare(&lx, f->lower, f->lowern);
		/* a header the word fills ("% change", "涨跌幅(%)"), not
		 * a statistic's ("Veränderung zum Vorjahr", "Variación
		 * anual") */
		ticker[t] = (m = lexicon_match(LEXICON_TICKER, &lx)) != NULL &&
		    strlen(m) * 10 >= f->lowern * 7;
	}
	for (i = 0; i < cd->n; i++) {
		if ((k = d->blocks[i].node) == DOM_NONE ||
		    (t = clean_box_table(d, k)) == DOM_NONE)
			continue;
		j = first[t] - 1;
		if (data[t] == 0) {
			inl = 0;
			data[t] = j > 0 && ((cd->datatab[j - 1] &&
			    (k = clean_box_cell(d, j)) != DOM_NONE &&
			    d->nodes[k].tag == DOM_TH) ||
			    (cd->fs[j - 1].linkchars == 0 &&
			    (clean_box_lead(cd, j) ||
			    clean_box_titled(cd, t, j) ||
			    (inl = clean_box_inline(cd, t, j)) == 1 ||
			    (inl == 2 && !ticker[t])))) ? 2 : 1;
		}
		cd->datatab[i] = data[t] == 2;
		if (cd->datatab[i] && cd->fs[i].linkchars > 0 &&
		    clean_box_row_head(d, i))
			cd->datatab[i] = 2;
		cd->quote[i] = !cd->datatab[i] && ticker[t];
	}
	free(first);
	free(ticker);
	free(data);
}

/*
 * Is block i a cell of the story's data with no link, after the
 * story's line (past blank ones)?
 */
int
clean_box_after_story(const struct cd *cd, size_t i)
{
	if (!cd->datatab[i] || cd->fs[i].linkchars > 0)
		return (0);
	while (i > 0 && cd->fs[i - 1].normlen == 0)
		i--;
	return (i > 0 && cd->fs[i - 1].verdict == VERDICT_CONTENT);
}

/* Cells split by " | " in block f. */
static size_t
clean_text_cells(const struct clean_feat *f)
{
	const char	*p = f->s, *e = f->s + f->n;
	size_t		 cells = 1;

	while ((p = memmem(p, e - p, " | ", 3)) != NULL) {
		cells++;
		p += 3;
	}
	return (cells);
}

/*
 * Is block i a row of a table saved as text, its cells split by " | "
 * ("Julia Kramer | CDU | 14.906 | 38,2 %"): a row next to it has as many
 * cells, and one of the two holds figures?  A menu has no figures.
 */
int
clean_text_row(const struct clean_feat *fs, size_t n, size_t i)
{
	size_t	c = clean_text_cells(&fs[i]), k;

	if (c < 3)
		return (0);
	for (k = i > 0 ? i - 1 : i + 1; k <= i + 1 && k < n; k += 2) {
		if (clean_text_cells(&fs[k]) == c && (fs[i].digits > 0 ||
		    fs[k].digits > 0))
			return (1);
	}
	return (0);
}

/* The list (<ul>, <ol>) block i is an item of, or DOM_NONE. */
static uint32_t
clean_tree_list_of(const struct cd *cd, size_t i)
{
	const struct dom	*d = cd->d;
	uint32_t		 k = d->blocks[i].node;
	int			 up;

	for (up = 0; k != DOM_NONE && up < 6; k = d->nodes[k].parent, up++)
		if (d->nodes[k].tag == DOM_UL || d->nodes[k].tag == DOM_OL)
			return (k);
	return (DOM_NONE);
}

/*
 * Does a line end as a list's lead-in: in a colon, or in words that say
 * so ("… are as follows.", "…다음과 같다.", "…如下。")?
 */
static int
clean_tree_leads(const struct clean_feat *f)
{
	static const char *const ends[] = { "as follows.", "following.",
	    "다음과 같다.", "다음과 같습니다.", "如下。", "次の通り。",
	    "次のとおり。", "以下の通り。", "следующие.", "folgende.", NULL };

	return (clean_colon_end(f) || clean_closes(f, ends));
}

/*
 * Does a sentence of the story lead in to the list at block i, its
 * first ("The winners, in district order:", "涉及的A股上市公司如下："):
 * a line in the main subtree ending in a colon, mostly not a link, with
 * function words and no phrase of a label ("Read more:"); the list's
 * items have words of their own beside their links ("Ningbo Everlift
 * Motor Co (China) - drone engines")?  Then it is the story's list of
 * names, not a menu.
 */
static int
clean_tree_leadin(const struct cd *cd, size_t i, uint32_t list)
{
	const struct dom	*d = cd->d;
	const struct clean_feat	*g;
	uint32_t		 k;

	if (i == 0 || (k = d->blocks[i - 1].node) == DOM_NONE ||
	    cd->nodes[k].links || !cd->nodes[list].inmain ||
	    cd->nodes[list].linkw > 0.9 * cd->nodes[list].text ||
	    cd->nodes[list].blocks < 3 ||
	    clean_tree_list_of(cd, i - 1) == list)
		return (0);
	g = &cd->fs[i - 1];
	return (clean_tree_leads(g) && clean_ld(g) < 0.5 &&
	    (!clean_phrase_kind(g->kind) || g->kind == KIND_LINKS) &&
	    g->kind != KIND_DOM &&
	    (d->nodes[k].tag < DOM_H1 || d->nodes[k].tag > DOM_H6) &&
	    ((g->cjk >= 8 && g->wlen >= 16) || (g->wlen >= 24 &&
	    g->sw >= 0.15)));
}

/* The lists a sentence of the story leads in to: none of links. */
static void
clean_tree_led(struct cd *cd)
{
	const struct dom	*d = cd->d;
	uint32_t		 k, l, p;
	size_t			 i;

	for (i = 0; i < cd->n; i++)
		if ((l = clean_tree_list_of(cd, i)) != DOM_NONE &&
		    !cd->nodes[l].led && clean_tree_leadin(cd, i, l))
			cd->nodes[l].led = 1;
	for (k = 0; k < d->nnodes; k++) {
		p = d->nodes[k].parent;
		if (p != DOM_NONE && cd->nodes[p].led)
			cd->nodes[k].led = 1;
		if (cd->nodes[k].led)
			cd->nodes[k].links = 0;
	}
}

/* Lists and tables whose items are mostly links: menus and teasers. */
void
clean_tree_links(struct cd *cd)
{
	const struct dom	*d = cd->d;
	const struct dom_node	*nd;
	struct cd_node		*c;
	uint32_t		 k;

	for (k = 0; k < d->nnodes; k++) {
		nd = &d->nodes[k];
		c = &cd->nodes[k];
		if (nd->parent != DOM_NONE && cd->nodes[nd->parent].links) {
			c->links = 1;
			c->list = cd->nodes[nd->parent].list;
			continue;
		}
		if ((nd->tag == DOM_UL || nd->tag == DOM_OL ||
		    nd->tag == DOM_MENU || nd->tag == DOM_DL) &&
		    c->blocks >= 2 && c->text > 0 &&
		    c->linkw > 0.6 * c->text) {
			c->links = 1;
			c->list = k;
		}
	}
	clean_tree_led(cd);
}

/*
 * Is row a share bar laid out as a table's row ("Partager sur Facebook
 * (214) | Tweeter (57) | Google+ (3) | Email"): two of its cells around
 * block i share buttons?  (A cell that opens with a share bar's words,
 * "Partilhar no Facebook 58 · Twitter 14", is one alone.)
 */
int
clean_table_row_shares(const struct cd *cd, uint32_t row, size_t i)
{
	const struct dom	*d = cd->d;
	size_t			 j, shares = 0;
	uint32_t		 k;

	for (j = i > 12 ? i - 12 : 0; j < cd->n && j <= i + 12; j++)
		if ((k = d->blocks[j].node) != DOM_NONE &&
		    d->nodes[k].parent == row && cd->fs[j].kind == KIND_SHARE &&
		    cd->fs[j].chars >= cd->fs[j].digits + 4)
			/* words: not a table's ticks ("X"), nor "548m" */
			shares++;
	return (shares >= 2);
}

/*
 * clean-context.c: jusText's classes (good, near-good, short, bad) for
 * the blocks no strong rule hid, its heading rule and its context vote
 * (short and near-good blocks take the class of their neighbours), the
 * items of a list that lose that vote, the end of the article (nothing
 * after a comment form or a bot footer is article; prose there is a
 * reader comment; a thread's bot summary saved as text is the article
 * wherever it stands) and the safety net that never hides the whole
 * article.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "sift.h"
#include "clean-int.h"

static double
clean_sw_low(const struct clean_feat *f)
{
	switch (f->script) {
	case 'C':
		return (f->kana > 0 ? 0.14 : 0.03);
	case 'K':
		return (0.21);
	default:
		return (0.15);
	}
}

static double
clean_sw_high(const struct clean_feat *f)
{
	switch (f->script) {
	case 'C':
		return (f->kana > 0 ? 0.20 : 0.05);
	case 'K':
		return (0.30);
	default:
		return (0.22);
	}
}

/* A ratio in hundredths, rounded as printf's %.2f rounds (half to even). */
static int
clean_hundredths(double x)
{
	double	v = x * 100;
	int	r = (int)v;

	if (v - r > 0.5 || (v - r == 0.5 && (r & 1)))
		r++;
	return (r);
}

/* jusText's context-free classes for the blocks no strong rule hid. */
void
clean_classes(struct clean_feat *fs, size_t n)
{
	struct clean_feat	*f;
	size_t			 i;
	int			 sentence;

	for (i = 0; i < n; i++) {
		f = &fs[i];
		/* A sentence: punctuated, with some function word in it. */
		sentence = f->sentence;
		if (f->wlen < LENGTH_LOW)
			f->cls = sentence ? CLS_NEARGOOD : CLS_SHORT;
		else if (f->sw >= clean_sw_high(f))
			f->cls = f->wlen > LENGTH_HIGH || sentence ?
			    CLS_GOOD : CLS_NEARGOOD;
		else if (f->sw >= clean_sw_low(f) || (f->terminal &&
		    (f->digits >= 2 || f->sw * 2 >= clean_sw_low(f) ||
		    f->clauses >= 2)))
			/* Figures are prose too when punctuated. */
			f->cls = CLS_NEARGOOD;
		else if (f->wlen < 2 * LENGTH_HIGH)
			/* Lists and tables in a story: let context decide. */
			f->cls = CLS_SHORT;
		else
			f->cls = CLS_BAD;
		/* What the text alone says, whatever the strong rules did:
		 * the DOM may overrule a phrase in a paragraph of a story. */
		f->tcls = f->cls;
		if (f->kind != KIND_NONE) {
			f->cls = CLS_BAD;
			continue;
		}
		/* a fact-check's claim and sources: the story's, whatever
		 * boxes stand around them */
		if (clean_factpart(fs, n, i))
			f->cls = CLS_GOOD;
		clean_class_set(f);
	}
}

/*
 * Say what block f's class (jusText's, from its text alone) makes of
 * it.  Every block gets one of these: integers print much faster than
 * %.2f does.
 */
void
clean_class_set(struct clean_feat *f)
{
	int	sw, low;

	sw = clean_hundredths(f->sw);
	if (f->cls == CLS_BAD) {
		low = clean_hundredths(clean_sw_low(f));
		clean_set(f, KIND_QUALITY, VERDICT_BOILERPLATE,
		    "low-function-words: %d.%02d < %d.%02d", sw / 100,
		    sw % 100, low / 100, low % 100);
	} else if (f->cls == CLS_SHORT && f->wlen >= LENGTH_LOW)
		clean_set(f, KIND_QUALITY, VERDICT_CONTENT,
		    "short: few function words (%d.%02d), no sentence",
		    sw / 100, sw % 100);
	else
		clean_set(f, KIND_QUALITY, VERDICT_CONTENT,
		    "content: %d.%02d function words, length %u",
		    sw / 100, sw % 100, (unsigned)f->wlen);
}

/*
 * Does block i lead in to a list of sentences, its clause cut at a colon
 * or a comma ("By the numbers: Among firms that adopted a shorter
 * week,") over two short sentences or more?
 */
static int
clean_leads_in(const struct clean_feat *fs, size_t n, size_t i)
{
	ucs4_t	last;

	if (fs[i].n == 0 || fs[i].wlen < 30 || u8_prev(&last,
	    (const uint8_t *)fs[i].s + fs[i].n,
	    (const uint8_t *)fs[i].s) == NULL || (last != ':' &&
	    last != ',' && last != 0xff1a && last != 0xff0c) || i + 2 >= n)
		return (0);
	return (fs[i + 1].sentence && fs[i + 2].sentence &&
	    fs[i + 1].kind == KIND_QUALITY && fs[i + 2].kind == KIND_QUALITY);
}

/*
 * jusText's heading rule, and its like for lists: a short block with a
 * good block close below it (within LENGTH_HIGH), or a sentence of a
 * paragraph right below it, is near-good, and so
 * are the short items after a block that ends with a colon and is not
 * boilerplate.
 */
void
clean_headings(struct clean_feat *fs, size_t n)
{
	size_t	i, j, dist = 0;
	int	next = -1;

	/* Backwards, so that next is the class of the nearest good or bad
	 * block below i and dist the weighted length between them. */
	for (i = n; i-- > 0;) {
		/* or a sentence of a paragraph right below it ("Why scrap
		 * matters" over "Recycled copper already accounts for …
		 * Analysts expect that share to rise as:"), or short ones
		 * that it leads in to */
		if (fs[i].cls == CLS_SHORT && fs[i].kind == KIND_QUALITY &&
		    ((next == CLS_GOOD && dist <= LENGTH_HIGH) || (i + 1 < n &&
		    fs[i + 1].cls == CLS_NEARGOOD &&
		    (fs[i + 1].wlen >= LENGTH_LOW || clean_leads_in(fs, n,
		    i)) && !fs[i].terminal)))
			fs[i].cls = CLS_NEARGOOD;
		if (fs[i].cls == CLS_GOOD || fs[i].cls == CLS_BAD) {
			next = fs[i].cls;
			dist = 0;
		} else
			dist += fs[i].wlen;
	}
	for (i = 0; i + 1 < n; i++) {
		if (fs[i].cls == CLS_BAD || !clean_colon_end(&fs[i]))
			continue;
		for (j = i + 1; j < n && fs[j].cls == CLS_SHORT &&
		    fs[j].kind == KIND_QUALITY; j++)
			fs[j].cls = CLS_NEARGOOD;
	}
}

/*
 * What the context pass needs of a block's right side, found in one
 * backward sweep: the class of the nearest good or bad block after it,
 * if any, and whether a near-good block stands before that one.
 */
#define CTX_NEXT_GOOD	0x1
#define CTX_NEXT_BAD	0x2
#define CTX_NEAR	0x4


static unsigned char *
clean_right(const struct clean_feat *fs, size_t n)
{
	unsigned char	*r;
	size_t		 i;
	int		 next = 0, near = 0;

	r = xmalloc(n ? n : 1);
	for (i = n; i-- > 0;) {
		r[i] = next;
		/* the end of the text is a bad anchor: a near-good block
		 * before it stands on the bad side too */
		if (near)
			r[i] |= CTX_NEAR;
		if (clean_slot(&fs[i]))
			continue;
		if (fs[i].cls == CLS_GOOD || fs[i].cls == CLS_BAD) {
			next = fs[i].cls == CLS_GOOD ? CTX_NEXT_GOOD :
			    CTX_NEXT_BAD;
			near = 0;
		} else if (fs[i].cls == CLS_NEARGOOD)
			near = 1;
	}
	return (r);
}

/* Say what the context pass decided for a block, and decide it. */
static void
clean_context_set(struct clean_feat *f, enum clean_class out)
{
	if (out == f->cls)
		return;
	if (out == CLS_BAD) {
		clean_set(f, KIND_CONTEXT, VERDICT_BOILERPLATE,
		    "context: %s between boilerplate",
		    f->cls == CLS_SHORT ? (f->wlen >= LENGTH_LOW ?
		    "no sentence" : "short") : "near-good");
		f->ctx_only = 1;
	} else if (f->kind == KIND_QUALITY)
		clean_reason(f, "content: %s between content",
		    f->cls == CLS_SHORT ? "short" : "near-good");
	f->cls = out;
}

/*
 * jusText's context pass.  The start of the text counts as good (import
 * already took off the page's head, and nav lines are caught by the
 * strong rules); its end counts as bad.  One backward sweep finds each
 * block's nearest anchor (good or bad block) below, this forward one the
 * nearest above, so the pass is linear in the number of blocks.
 */
void
clean_context(struct clean_feat *fs, size_t n)
{
	unsigned char		*right;
	enum clean_class	 cls, out;
	size_t			 i, first;
	int			 left = -1, prev, next, nearleft = 0, near;
	int			 nearrun = 0;
	int			 run = 0;

	for (first = 0; first < n && fs[first].cls != CLS_GOOD; first++)
		/* nothing */;
	clean_groups(fs, n);
	right = clean_right(fs, n);
	for (i = 0; i < n; i++) {
		cls = out = fs[i].cls;
		if (clean_slot(&fs[i]))
			continue;
		if (cls == CLS_GOOD || cls == CLS_BAD) {
			left = cls;
			nearleft = 0;
			run = cls == CLS_GOOD;
			nearrun = 0;
			continue;
		}
		/* the story's run goes on through its closing sentences,
		 * a line on who helped report it and its reporter's
		 * sign-off ("[김민수 기자]", "jhkim@yna.co.kr") */
		run = run && (fs[i].terminal || clean_contributors(&fs[i]) ||
		    clean_signoff(&fs[i])) && fs[i].linkchars == 0;
		next = right[i] & CTX_NEXT_GOOD ? CLS_GOOD : CLS_BAD;
		/* Above the first good block is the page's head: its chrome
		 * (breadcrumbs, bylines) does not pull a standfirst down. */
		prev = left == -1 || i < first ? CLS_GOOD : left;
		if (cls == CLS_NEARGOOD)
			out = prev == CLS_BAD && next == CLS_BAD ? CLS_BAD :
			    CLS_GOOD;
		else if (prev == next && !(prev == CLS_BAD && run && nearrun))
			out = prev;
		else if ((prev == CLS_GOOD || nearrun) && run)
			/* The story's last sentences, short ("The ministry
			 * declined to comment."), right after its run (an
			 * advert's label between), or after a run of
			 * near-good sentences the vote kept: they close the
			 * story. */
			out = CLS_GOOD;
		else {
			/* Mixed: good if a near-good block stands on the
			 * bad side. */
			near = prev == CLS_BAD ? nearleft :
			    (right[i] & CTX_NEAR) != 0;
			out = near ? CLS_GOOD : CLS_BAD;
		}
		if (cls == CLS_NEARGOOD) {
			nearleft = 1;
			nearrun = out == CLS_GOOD && fs[i].terminal &&
			    fs[i].linkchars == 0;
			run = run || nearrun;
		}
		clean_context_set(&fs[i], out);
	}
	free(right);
}

/*
 * A line that reads like an item of a bulleted list in a story: short,
 * a phrase rather than a sentence (no closing punctuation, no ellipsis),
 * and no links.
 */
int
clean_list_item(const struct clean_feat *f)
{
	return (f->wlen >= 12 && f->wlen < LENGTH_HIGH && !f->terminal &&
	    !f->ellipsis && f->linkchars == 0 && f->digits * 4 < f->chars);
}

/* Is f an item of the same list as the item g: same script, like length? */
int
clean_item_like(const struct clean_feat *f, const struct clean_feat *g)
{
	return (clean_list_item(f) && f->script == g->script &&
	    f->wlen * 5 >= g->wlen * 2 && f->wlen * 2 <= g->wlen * 5);
}

/*
 * Does block f lead in to a list: a colon at its end, or words that say
 * one follows ("主な経過は以下の通り。", "as follows.")?
 */
static int
clean_leads_list(const struct clean_feat *f)
{
	static const char *const	 says[] = { "以下の通り", "以下のとおり",
	    "如下", "as follows", "the following", "следующ", "wie folgt",
	    "siguiente", "다음과 같다", NULL };

	return (clean_colon_end(f) || clean_holds(f, says));
}

/*
 * A timeline under the story's lead-in: three lines or more, each a date
 * and a time and what happened then ("11月15日 8:10　店頭決済でエラーが
 * 多発"), are the story's, not its page's timestamps.
 */
static void
clean_timeline(struct clean_feat *fs, size_t n)
{
	size_t	i, j;

	for (i = 1; i < n; i++) {
		if (fs[i - 1].verdict != VERDICT_CONTENT ||
		    !clean_leads_list(&fs[i - 1]))
			continue;
		for (j = i; j < n && fs[j].kind == KIND_NUMERIC &&
		    clean_datetime(&fs[j]) && fs[j].chars >= fs[j].digits +
		    12 && fs[j].linkchars == 0; j++)
			/* nothing */;
		if (j < i + 3)
			continue;
		for (; i < j; i++) {
			clean_set(&fs[i], KIND_QUALITY, VERDICT_CONTENT,
			    "content: an entry of the story's timeline");
			fs[i].cls = CLS_GOOD;
		}
	}
}

/*
 * An item of a numbered list whose previous item is content is content,
 * and so is an unnumbered item like a kept one just above it (same
 * script, length within 2.5 times), or a run of them under the story's
 * lead-in:
 * the last item of a list in a story often stands just before the
 * boilerplate and would lose the context vote.  So is its timeline.
 */
void
clean_lists(struct clean_feat *fs, size_t n)
{
	size_t	i;
	int	num;

	clean_timeline(fs, n);
	for (i = 1; i < n; i++) {
		/* a promo's words in the first item under a lead-in
		 * ("… folgende Punkte:", "Teilnahme ist freiwillig und
		 * jederzeit kündbar") are the story's */
		if ((fs[i].kind != KIND_CONTEXT && !(fs[i].kind ==
		    KIND_PROMO && !fs[i].anchored &&
		    clean_colon_end(&fs[i - 1]))) ||
		    fs[i - 1].verdict != VERDICT_CONTENT)
			continue;
		num = clean_list_number(&fs[i]);
		if (num > 1 && clean_list_number(&fs[i - 1]) == num - 1) {
			clean_set(&fs[i], KIND_QUALITY, VERDICT_CONTENT,
			    "content: item %d of the list above", num);
			fs[i].cls = CLS_GOOD;
		} else if (clean_list_item(&fs[i - 1]) &&
		    clean_item_like(&fs[i], &fs[i - 1])) {
			clean_set(&fs[i], KIND_QUALITY, VERDICT_CONTENT,
			    "content: an item like the one above");
			fs[i].cls = CLS_GOOD;
		} else if (clean_list_item(&fs[i]) && i + 1 < n &&
		    fs[i + 1].kind == KIND_CONTEXT &&
		    clean_item_like(&fs[i + 1], &fs[i])) {
			/* a run of two items or more right after content
			 * is a list in the story */
			clean_set(&fs[i], KIND_QUALITY, VERDICT_CONTENT,
			    "content: a list after the text above");
			fs[i].cls = CLS_GOOD;
		}
	}
}

/*
 * A thread's bot summary saved as text: its header ("This is the best
 * tl;dr I could make, original reduced by 72%. (I'm a bot)"), a summary
 * of sentences, and its footer ("Extended Summary | FAQ | … Top
 * keywords"), wherever in the thread.  The summary is the article, the
 * sentences around it the readers' comments, whatever bot spoke before
 * (a moderator's notice).  Returns whether the text has one.
 */
static int
clean_tldr(struct clean_feat *fs, size_t n)
{
	size_t	h, e, i, said = 0;

	for (h = 0; h < n; h++)
		if (fs[h].kind == KIND_BOT && (memmem(fs[h].lower,
		    fs[h].lowern, "tl;dr", 5) != NULL || memmem(fs[h].lower,
		    fs[h].lowern, "reduced by", 10) != NULL))
			break;
	for (e = h + 1; e < n && e < h + 40; e++) {
		if (memmem(fs[e].lower, fs[e].lowern, "extended summary", 16) ||
		    memmem(fs[e].lower, fs[e].lowern, "top keywords", 12))
			break;
		if (fs[e].terminal && fs[e].verdict == VERDICT_CONTENT)
			said += fs[e].wlen;
	}
	if (h >= n || e >= n || e >= h + 40 || said < 300)
		return (0);
	/* a post that holds the article's text ("Full text below since
	 * the site is paywalled"), over the thread's comment form, is the
	 * article: the bot's summary is one more comment under it */
	for (i = 0, said = 0; i < h && fs[i].kind != KIND_COMMENT_FORM; i++)
		if (fs[i].terminal && fs[i].verdict == VERDICT_CONTENT)
			said += fs[i].wlen;
	if (i < h && said >= 300)
		return (0);
	for (i = 0; i < n; i++) {
		if (i == h || i == e || (fs[i].kind != KIND_QUALITY &&
		    fs[i].kind != KIND_CONTEXT) || fs[i].inmain)
			continue;
		if (i > h && i < e) {
			clean_set(&fs[i], KIND_QUALITY, VERDICT_CONTENT,
			    "content: a bot's summary of the story");
			fs[i].cls = CLS_GOOD;
		} else if ((fs[i].verdict == VERDICT_CONTENT ||
		    fs[i].ctx_only) && fs[i].terminal)
			clean_set(&fs[i], KIND_COMMENT, VERDICT_COMMENT,
			    "comment: beside a bot's summary (block %zu)",
			    h + 1);
		else if (i > e && fs[i].verdict == VERDICT_CONTENT) {
			clean_set(&fs[i], KIND_AFTER_END, VERDICT_BOILERPLATE,
			    "after-end: after a bot's summary (block %zu)",
			    h + 1);
			fs[i].ctx_only = 1;
		}
	}
	return (1);
}

/*
 * Is fs[i], a comment form's word, a button of the story's toolbar
 * ("Listen / Share / Comment / 1.2k / Save" under the byline)?  Share
 * buttons stand on both sides of it, within three blocks.
 */
static int
clean_tail_button(const struct clean_feat *fs, size_t n, size_t i)
{
	size_t	j, lo = i > 3 ? i - 3 : 0, before = 0, after = 0;

	if (fs[i].kind != KIND_COMMENT_FORM || fs[i].wlen > 24)
		return (0);
	for (j = lo; j < n && j <= i + 3; j++) {
		before += j < i && fs[j].kind == KIND_SHARE;
		after += j > i && fs[j].kind == KIND_SHARE;
	}
	return (before > 0 && after > 0);
}

/*
 * A box of the best comments above the story or in it ("热门跟贴" …
 * "查看全部跟贴 >", "Top comments" … "View all comments"): two comment
 * forms that are whole lines, three to sixteen blocks apart, with twice
 * the box's sentences of the story going on under it.  Its sentences are
 * comments, the rest (names, votes) the box's.
 */
static void
clean_tail_box(struct clean_feat *fs, size_t n)
{
	size_t	i, j, k, box, after;

	for (i = 0; i < n; i++) {
		if (fs[i].kind != KIND_COMMENT_FORM || !fs[i].anchored)
			continue;
		for (j = i + 1; j < n && j <= i + 16 &&
		    fs[j].kind != KIND_COMMENT_FORM; j++)
			/* nothing */;
		if (j >= n || j > i + 16 || j < i + 3 || !fs[j].anchored)
			continue;
		/* a toolbar's button is none; a box's comments are short */
		if (clean_tail_button(fs, n, i) || clean_tail_button(fs, n, j))
			continue;
		for (k = i + 1, box = 0; k < j && fs[k].wlen < 400; k++)
			if (fs[k].verdict == VERDICT_CONTENT && fs[k].terminal)
				box += fs[k].wlen;
		if (k < j)
			continue;
		for (k = j + 1, after = 0; k < n &&
		    fs[k].kind != KIND_COMMENT_FORM; k++)
			if (fs[k].verdict == VERDICT_CONTENT && fs[k].terminal)
				after += fs[k].wlen;
		if (box == 0 || after < 300 || after < 2 * box)
			continue;
		for (k = i + 1; k < j; k++) {
			if (fs[k].inmain)
				continue;
			if (fs[k].verdict == VERDICT_CONTENT && fs[k].terminal)
				clean_set(&fs[k], KIND_COMMENT, VERDICT_COMMENT,
				    "comment: in a box of comments (block %zu)",
				    i + 1);
			else if (fs[k].verdict == VERDICT_CONTENT) {
				clean_set(&fs[k], KIND_AFTER_END,
				    VERDICT_BOILERPLATE, "after-end: in a box "
				    "of comments (block %zu)", i + 1);
				fs[k].ctx_only = 1;
			}
		}
		i = j;
	}
}

/*
 * Does the story go on past the comment button at i, to its editor's
 * line ("【发表评论】", a list of other stories, then the story's last
 * paragraphs and "(编辑：刘洋)", as a portal's page dumps it): sentences
 * under it, then the editor, before any other comment form?
 */
static int
clean_tail_resumes(const struct clean_feat *fs, size_t n, size_t i)
{
	size_t	j, said = 0;

	for (j = i + 1; j < n && j <= i + 15; j++) {
		if (fs[j].kind == KIND_COMMENT_FORM || fs[j].kind == KIND_BOT)
			return (0);
		if (fs[j].kind == KIND_BIO && fs[j].wlen < 40 &&
		    (memmem(fs[j].s, fs[j].n, "编辑", 6) != NULL ||
		    memmem(fs[j].s, fs[j].n, "編輯", 6) != NULL ||
		    memmem(fs[j].s, fs[j].n, "责编", 6) != NULL ||
		    memmem(fs[j].s, fs[j].n, "責編", 6) != NULL))
			return (said > 0);
		said += fs[j].verdict == VERDICT_CONTENT && fs[j].terminal &&
		    fs[j].wlen >= 60;
	}
	return (0);
}

/*
 * Is fs[i] what a reader said under the line of a name and its time
 * ("大洋网友 西关小姐　2011-06-21 09:40", "bus_driver 2015.03.11 09:05"): a
 * sentence of a few lines, the stamp just above it?
 */
static int
clean_tail_said(const struct clean_feat *fs, size_t i)
{
	return (i > 0 && fs[i].verdict == VERDICT_CONTENT && fs[i].terminal &&
	    fs[i].wlen < 400 && clean_writer_stamp(&fs[i - 1]));
}

/*
 * After the comment form at end, two things readers said, each under
 * its name and time: a thread, in the page's main subtree as it may be
 * (a page laid out in a table).
 */
static int
clean_tail_thread(const struct clean_feat *fs, size_t n, size_t end)
{
	size_t	i, said = 0;

	for (i = end + 1; i < n && said < 2; i++)
		said += clean_tail_said(fs, i);
	return (said >= 2);
}

/*
 * The end of the article.  After a comment form or a bot footer, once
 * there was article enough before it, nothing is article: prose there is
 * a reader comment, the rest boilerplate.
 */
void
clean_tail(struct clean_feat *fs, size_t n)
{
	size_t	i, end = n, seen = 0;
	int	threaded, said;

	if (clean_tldr(fs, n))
		return;
	clean_tail_box(fs, n);
	for (i = 0; i < n; i++) {
		if ((fs[i].kind == KIND_COMMENT_FORM || fs[i].kind ==
		    KIND_BOT) && seen >= 300 && !clean_tail_button(fs, n, i) &&
		    !clean_tail_resumes(fs, n, i)) {
			end = i;
			break;
		}
		/* of sentences: a standfirst's points without a full stop
		 * over a toolbar's "View comments" are not the story yet */
		if (fs[i].verdict == VERDICT_CONTENT && fs[i].terminal)
			seen += fs[i].wlen;
	}
	threaded = clean_tail_thread(fs, n, end);
	for (i = end + 1; i < n; i++) {
		said = threaded && clean_tail_said(fs, i);
		if ((fs[i].kind != KIND_QUALITY && fs[i].kind != KIND_CONTEXT &&
		    !(said && fs[i].kind == KIND_KEPT)) ||
		    (fs[i].inmain && !said))
			continue;
		if (fs[i].verdict == VERDICT_CONTENT && fs[i].terminal)
			clean_set(&fs[i], KIND_COMMENT, VERDICT_COMMENT,
			    "comment: after the %s (block %zu)",
			    fs[end].kind == KIND_BOT ? "bot footer" :
			    "comment form", end + 1);
		else {
			clean_set(&fs[i], KIND_AFTER_END, VERDICT_BOILERPLATE,
			    "after-end: after the %s (block %zu)",
			    fs[end].kind == KIND_BOT ? "bot footer" :
			    "comment form", end + 1);
			fs[i].ctx_only = 1;
		}
	}
}

/*
 * Never hide the whole article: when less than a fifth of the text that
 * may be its would show, show again what only a context rule hid.  What a
 * rule of its own hid (a menu, a share bar, a footer) is no article's:
 * a short story in a long page is no whole article hidden.  Yet a few
 * lines that show of a page (a blog's two-line dialogue over its share
 * bar and its comment form) may be less than its article.
 */
void
clean_safety(struct clean_feat *fs, size_t n)
{
	size_t	i, all = 0, may = 0, shown = 0;
	int	main = 0;

	/* A page's main subtree is the article it says it has: the net
	 * holds under it, not under its navigation. */
	for (i = 0; i < n && !main; i++)
		main = fs[i].inmain;
	for (i = 0; i < n; i++) {
		/* readers' comments are not the article's text */
		if ((main && !fs[i].inmain) || fs[i].verdict == VERDICT_COMMENT)
			continue;
		all += fs[i].wlen;
		if (fs[i].verdict == VERDICT_CONTENT || fs[i].ctx_only ||
		    fs[i].kind == KIND_QUALITY)
			may += fs[i].wlen;
		if (fs[i].verdict == VERDICT_CONTENT)
			shown += fs[i].wlen;
	}
	if (all == 0 || (shown * 5 >= may && (shown >= 200 ||
	    shown * 5 >= all)))
		return;
	for (i = 0; i < n; i++) {
		if (main && !fs[i].inmain)
			continue;
		if (fs[i].ctx_only || fs[i].kind == KIND_QUALITY) {
			if (fs[i].verdict == VERDICT_BOILERPLATE)
				clean_set(&fs[i], KIND_QUALITY,
				    VERDICT_CONTENT, "content: kept, or too "
				    "little of the article would show");
		}
	}
}

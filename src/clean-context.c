/*
 * clean-context.c: jusText's classes (good, near-good, short, bad) for
 * the blocks no strong rule hid, its heading rule and its context vote
 * (short and near-good blocks take the class of their neighbours), the
 * items of a list that lose that vote, the end of the article (nothing
 * after a comment form or a bot footer is article; prose there is a
 * reader comment) and the safety net that never hides the whole
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
	int			 sentence, sw, low;

	for (i = 0; i < n; i++) {
		f = &fs[i];
		/* A sentence: punctuated, with some function word in it. */
		sentence = f->terminal && ((f->words + f->kowords >= 3 &&
		    (f->stop + f->koend >= 1 || f->digits >= 2)) ||
		    (f->cjk >= 8 && (f->fchars >= 1 || f->digits >= 2)));
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
		/* Every block gets one of these: integers print much
		 * faster than %.2f does. */
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
			    "content: %d.%02d function words, length %zu",
			    sw / 100, sw % 100, f->wlen);
	}
}

/*
 * jusText's heading rule, and its like for lists: a short block with a
 * good block close below it (within LENGTH_HIGH) is near-good, and so
 * are the short items after a block that ends with a colon and is not
 * boilerplate.
 */
void
clean_headings(struct clean_feat *fs, size_t n)
{
	size_t	i, j, dist;
	ucs4_t	last;

	for (i = 0; i < n; i++) {
		if (fs[i].cls != CLS_SHORT || fs[i].kind != KIND_QUALITY)
			continue;
		for (j = i + 1, dist = 0; j < n && dist <= LENGTH_HIGH; j++) {
			if (fs[j].cls == CLS_GOOD) {
				fs[i].cls = CLS_NEARGOOD;
				break;
			}
			if (fs[j].cls == CLS_BAD)
				break;
			dist += fs[j].wlen;
		}
	}
	for (i = 0; i + 1 < n; i++) {
		if (fs[i].cls == CLS_BAD || fs[i].n == 0 ||
		    u8_prev(&last, (const uint8_t *)fs[i].s + fs[i].n,
		    (const uint8_t *)fs[i].s) == NULL ||
		    (last != ':' && last != 0xff1a))
			continue;
		for (j = i + 1; j < n && fs[j].cls == CLS_SHORT &&
		    fs[j].kind == KIND_QUALITY; j++)
			fs[j].cls = CLS_NEARGOOD;
	}
}

/* The nearest good or bad block from i going by step; -1 at an edge. */
static int
clean_anchor(struct clean_feat *fs, size_t n, size_t i, int step,
    size_t *at)
{
	size_t	j = i;

	for (;;) {
		if (step < 0 && j == 0)
			return (-1);
		j += step;
		if (j >= n)
			return (-1);
		if (fs[j].cls == CLS_GOOD || fs[j].cls == CLS_BAD) {
			*at = j;
			return (fs[j].cls);
		}
	}
}

/*
 * jusText's context pass.  The start of the text counts as good (import
 * already took off the page's head, and nav lines are caught by the
 * strong rules); its end counts as bad.
 */
void
clean_context(struct clean_feat *fs, size_t n)
{
	enum clean_class	*out;
	size_t			 i, j, pa = 0, na = 0, first;
	int			 prev, next, near;

	out = xcalloc(n, sizeof *out);
	for (first = 0; first < n && fs[first].cls != CLS_GOOD; first++)
		/* nothing */;
	for (i = 0; i < n; i++) {
		out[i] = fs[i].cls;
		if (fs[i].cls != CLS_SHORT && fs[i].cls != CLS_NEARGOOD)
			continue;
		prev = clean_anchor(fs, n, i, -1, &pa);
		next = clean_anchor(fs, n, i, 1, &na);
		if (next == -1)
			next = CLS_BAD;
		/* Above the first good block is the page's head: its chrome
		 * (breadcrumbs, bylines) does not pull a standfirst down. */
		if (prev == -1 || i < first)
			prev = CLS_GOOD;
		if (fs[i].cls == CLS_NEARGOOD) {
			out[i] = prev == CLS_BAD && next == CLS_BAD ?
			    CLS_BAD : CLS_GOOD;
			continue;
		}
		if (prev == next) {
			out[i] = prev;
			continue;
		}
		/* The story's last sentence, short ("The ministry declined
		 * to comment."), right after its run: it closes the story. */
		if (prev == CLS_GOOD && pa + 1 == i && fs[i].terminal &&
		    fs[i].linkchars == 0) {
			out[i] = CLS_GOOD;
			continue;
		}
		/* Mixed: good if a near-good block stands on the bad side. */
		near = 0;
		if (prev == CLS_BAD) {
			for (j = pa + 1; j < i; j++)
				near |= fs[j].cls == CLS_NEARGOOD;
		} else {
			for (j = i + 1; j < na; j++)
				near |= fs[j].cls == CLS_NEARGOOD;
		}
		out[i] = near ? CLS_GOOD : CLS_BAD;
	}
	for (i = 0; i < n; i++) {
		if (out[i] == fs[i].cls)
			continue;
		if (out[i] == CLS_BAD) {
			clean_set(&fs[i], KIND_CONTEXT, VERDICT_BOILERPLATE,
			    "context: %s between boilerplate",
			    fs[i].cls == CLS_SHORT ? (fs[i].wlen >= LENGTH_LOW ?
			    "no sentence" : "short") : "near-good");
			fs[i].ctx_only = 1;
		} else if (fs[i].kind == KIND_QUALITY && !fs[i].quiet)
			snprintf(fs[i].reason, sizeof fs[i].reason,
			    "content: %s between content",
			    fs[i].cls == CLS_SHORT ? "short" : "near-good");
		fs[i].cls = out[i];
	}
	free(out);
}

/*
 * A line that reads like an item of a bulleted list in a story: short,
 * a phrase rather than a sentence (no closing punctuation, no ellipsis),
 * and no links.
 */
static int
clean_list_item(const struct clean_feat *f)
{
	return (f->wlen >= 12 && f->wlen < LENGTH_HIGH && !f->terminal &&
	    !f->ellipsis && f->linkchars == 0 && f->digits * 4 < f->chars);
}

/* Is f an item of the same list as the item g: same script, like length? */
static int
clean_item_like(const struct clean_feat *f, const struct clean_feat *g)
{
	return (clean_list_item(f) && f->script == g->script &&
	    f->wlen * 5 >= g->wlen * 2 && f->wlen * 2 <= g->wlen * 5);
}

/*
 * An item of a numbered list whose previous item is content is content,
 * and so is an unnumbered item like a kept one just above it (same
 * script, length within 2.5 times):
 * the last item of a list in a story often stands just before the
 * boilerplate and would lose the context vote.
 */
void
clean_lists(struct clean_feat *fs, size_t n)
{
	size_t	i;
	int	num;

	for (i = 1; i < n; i++) {
		if (fs[i].kind != KIND_CONTEXT ||
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
 * The end of the article.  After a comment form or a bot footer, once
 * there was article enough before it, nothing is article: prose there is
 * a reader comment, the rest boilerplate.
 */
void
clean_tail(struct clean_feat *fs, size_t n)
{
	size_t	i, end = n, seen = 0;

	for (i = 0; i < n; i++) {
		if ((fs[i].kind == KIND_COMMENT_FORM || fs[i].kind ==
		    KIND_BOT) && seen >= 300) {
			end = i;
			break;
		}
		if (fs[i].verdict == VERDICT_CONTENT)
			seen += fs[i].wlen;
	}
	for (i = end + 1; i < n; i++) {
		if ((fs[i].kind != KIND_QUALITY && fs[i].kind != KIND_CONTEXT) ||
		    fs[i].inmain)
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
 * Never hide the whole article: when less than a fifth of its text would
 * show, show again what only a context rule hid.
 */
void
clean_safety(struct clean_feat *fs, size_t n)
{
	size_t	i, all = 0, shown = 0;
	int	main = 0;

	/* A page's main subtree is the article it says it has: the net
	 * holds under it, not under its navigation. */
	for (i = 0; i < n && !main; i++)
		main = fs[i].inmain;
	for (i = 0; i < n; i++) {
		if (main && !fs[i].inmain)
			continue;
		all += fs[i].wlen;
		if (fs[i].verdict == VERDICT_CONTENT)
			shown += fs[i].wlen;
	}
	if (all == 0 || shown * 5 >= all)
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

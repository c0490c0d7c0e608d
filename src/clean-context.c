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

#include <unictype.h>
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
 * jusText's heading rule, and its like for lists: a short block with a
 * good block close below it (within LENGTH_HIGH) is near-good, and so
 * are the short items after a block that ends with a colon and is not
 * boilerplate.
 */
void
clean_headings(struct clean_feat *fs, size_t n)
{
	size_t	i, j, dist = 0;
	ucs4_t	last;
	int	next = -1;

	/* Backwards, so that next is the class of the nearest good or bad
	 * block below i and dist the weighted length between them. */
	for (i = n; i-- > 0;) {
		if (fs[i].cls == CLS_SHORT && fs[i].kind == KIND_QUALITY &&
		    next == CLS_GOOD && dist <= LENGTH_HIGH)
			fs[i].cls = CLS_NEARGOOD;
		if (fs[i].cls == CLS_GOOD || fs[i].cls == CLS_BAD) {
			next = fs[i].cls;
			dist = 0;
		} else
			dist += fs[i].wlen;
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

/*
 * What the context pass needs of a block's right side, found in one
 * backward sweep: the class of the nearest good or bad block after it,
 * if any, and whether a near-good block stands before that one.
 */
#define CTX_SLOTS_MAX	8	/* slots a rule looks past, at most */
#define CTX_NEXT_GOOD	0x1
#define CTX_NEXT_BAD	0x2
#define CTX_NEAR	0x4

/*
 * Does the vote pass over block f: an advert's label ("Advertisement",
 * "REKLAM", its "18+"), a photo's caption, a lone video's title and
 * length or a promo between two sentences marks a slot in the story's
 * run, not where the story ends; the sentences around it take their
 * class from the story around them.
 */
static int
clean_ctx_slot(const struct clean_feat *f)
{
	return ((f->kind == KIND_AD && f->wlen < 40) || f->slot ||
	    clean_age_rating(f));
}

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
		if (clean_ctx_slot(&fs[i]))
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
 * A promo or a related heading set between two of the story's sentences
 * (a newsletter's call in the middle of a story, "Подписка на газету /
 * Подписной индекс П3876.", "・関連コンテンツ" and a call or two under
 * it; a sign-up's field, button and consent), four lines at most with
 * the short heading over them, is a slot in its run too; the heading is
 * the promo's.
 */
static int
clean_ctx_promo(const struct clean_feat *f)
{
	return (f->kind == KIND_PROMO || f->kind == KIND_RELATED ||
	    f->kind == KIND_SHARE || (f->kind == KIND_AD && f->wlen < 40) ||
	    (f->kind == KIND_COOKIE && f->wlen < 150));
}

/* A story's subhead: short, open, with no link in it. */
static int
clean_ctx_subhead(const struct clean_feat *f)
{
	return (f->cls == CLS_SHORT && !f->terminal && f->wlen < 40 &&
	    f->linkchars == 0);
}

static void
clean_ctx_promos(struct clean_feat *fs, size_t n)
{
	size_t	i, a, b, l, r, k;

	for (i = 1; i + 1 < n; i++) {
		/* a promo, a related line, a teaser's link */
		if (fs[i].kind != KIND_PROMO && fs[i].kind != KIND_RELATED &&
		    (fs[i].kind != KIND_LINKS || fs[i].wlen >= 100))
			continue;
		a = i;
		/* a promo's heading; a related line's may be the story's
		 * subhead ("Die Reaktionen" / "Lesen Sie auch: …") */
		if (a > 1 && fs[i].kind == KIND_PROMO &&
		    clean_ctx_subhead(&fs[a - 1]))
			a--;
		for (b = i; b + 2 < n && b - a < 3 &&
		    clean_ctx_promo(&fs[b + 1]); b++)
			/* nothing */;
		/* the subhead over a related line is the story's: the
		 * sentence before it closes the section above */
		l = a - 1;
		if (l > 0 && fs[i].kind != KIND_PROMO &&
		    clean_ctx_subhead(&fs[l]))
			l--;
		/* past an ad's label or a live page's time */
		for (r = b + 1; r + 1 < n && r - b < CTX_SLOTS_MAX &&
		    clean_ctx_slot(&fs[r]); r++)
			/* nothing */;
		for (k = 0; l > 0 && k < CTX_SLOTS_MAX &&
		    clean_ctx_slot(&fs[l]); k++)
			l--;
		/* the story's sentence on either side; the one after may
		 * be short (an interview's "Et le dessalement ?") */
		if (!fs[l].terminal || !fs[r].terminal ||
		    fs[l].cls < CLS_SHORT || fs[r].cls < CLS_SHORT)
			continue;
		if (a < i) {
			clean_set(&fs[a], KIND_CONTEXT, VERDICT_BOILERPLATE,
			    "context: heads a promo");
			fs[a].cls = CLS_BAD;
		}
		for (; a <= b; a++)
			fs[a].slot = 1;
		i = b;
	}
}

/* Is block f an ad's button: "Learn more", "Shop now", "了解更多"? */
static int
clean_ctx_button(const struct clean_feat *f)
{
	static const char	*calls[] = { "learn more", "shop now",
	    "sign up", "install", "download", "get offer", "apply now",
	    "book now", "buy now", "order now", "get started", "mehr erfahren",
	    "jetzt kaufen", "más información", "en savoir plus", "подробнее",
	    "了解更多", "立即下载", "立即下載", "立即购买", "立即購買",
	    "詳しくはこちら", "자세히 보기", NULL };
	size_t			 i, len;

	if (f->wlen >= 30 || f->terminal)
		return (0);
	for (i = 0; calls[i] != NULL; i++) {
		len = strlen(calls[i]);
		if (f->lowern >= len && f->lowern <= len + 4 &&
		    memcmp(f->lower, calls[i], len) == 0)
			return (1);
	}
	return (0);
}

/*
 * An ad as a scraper saves it: its label ("Promoted", "Advertisement",
 * "广告"), a line or two of the advertiser's, and its button ("Learn
 * more").  The lines between and the button are the ad's.
 */
static void
clean_ctx_ads(struct clean_feat *fs, size_t n)
{
	size_t	i, j, k;

	for (i = 0; i + 2 < n; i++) {
		if (fs[i].kind != KIND_AD || fs[i].wlen >= 30 ||
		    fs[i].linkchars != 0)
			continue;
		for (j = i + 1; j < n && j < i + 3 && fs[j].wlen < 200 &&
		    (fs[j].kind == KIND_QUALITY || fs[j].kind == KIND_NONE ||
		    fs[j].kind == KIND_CONTEXT) && !clean_ctx_button(&fs[j]);
		    j++)
			/* nothing */;
		if (j == i + 1 || j >= n || !clean_ctx_button(&fs[j]))
			continue;
		for (k = i + 1; k <= j; k++) {
			clean_set(&fs[k], KIND_CONTEXT, VERDICT_BOILERPLATE,
			    k < j ? "context: an ad, between its label and "
			    "its button" : "context: an ad's button");
			fs[k].cls = CLS_BAD;
		}
		i = j;
	}
}

/* Does block f open with a subhead's mark ("■被害の全容はまだ見えない")? */
static int
clean_ctx_marked(const struct clean_feat *f)
{
	static const char	*marks[] = { "■", "□", "●", "○", "◆", "◇",
	    "▲", "▼", NULL };	/* ("▶ …" is a link to a story) */
	size_t			 i;

	for (i = 0; marks[i] != NULL; i++)
		if (f->n >= 3 && memcmp(f->s, marks[i], 3) == 0)
			return (1);
	return (0);
}

/*
 * Is block f another story's headline: a line of words, no sentence (or
 * one cut with "…"), not the story's own marked subhead?
 */
static int
clean_ctx_headline(const struct clean_feat *f)
{
	return ((!f->terminal || f->ellipsis) && f->wlen >= 30 &&
	    f->wlen < 150 && f->linkchars == 0 && !clean_ctx_marked(f) &&
	    (f->kind == KIND_QUALITY || f->kind == KIND_NONE ||
	    f->kind == KIND_CONTEXT || f->kind == KIND_TEASER));
}

/* Is block f a sentence of the story going on: whole, not cut short? */
static int
clean_ctx_goes_on(const struct clean_feat *f)
{
	return (f->terminal && !f->ellipsis && f->cls >= CLS_NEARGOOD);
}

/* Is block f a related box's heading: short, no sentence? */
static int
clean_ctx_related_head(const struct clean_feat *f)
{
	return (f->kind == KIND_RELATED && f->wlen < 40 && !f->terminal);
}

/*
 * Does heading h say what block f under it says: most of its words (of
 * four letters or more), or of its pairs of CJK characters, in f?
 */
static int
clean_ctx_echoes(const struct clean_feat *h, const struct clean_feat *f)
{
	const char	*p = h->lower, *e = h->lower + h->lowern, *w = NULL;
	const char	*prev = NULL;
	size_t		 units = 0, hits = 0;
	ucs4_t		 c;
	int		 l;

	for (; p <= e; p += l) {
		c = ' ';
		l = 1;
		if (p < e && (l = utf8_next(&c, (const uint8_t *)p,
		    (const uint8_t *)e)) <= 0)
			l = 1;
		if (c >= 0x3040 && c < 0xd7b0 && c != 0x3001 && c != 0x3002) {
			if (prev != NULL) {
				units++;
				hits += memmem(f->lower, f->lowern, prev,
				    (size_t)(p + l - prev)) != NULL;
			}
			prev = p;
			w = NULL;
			continue;
		}
		prev = NULL;
		if (uc_is_alpha(c) || (c >= '0' && c <= '9')) {
			if (w == NULL)
				w = p;
			continue;
		}
		if (w != NULL && p - w >= 4) {
			units++;
			hits += memmem(f->lower, f->lowern, w,
			    (size_t)(p - w)) != NULL;
		}
		w = NULL;
	}
	return (units >= 3 && hits * 10 >= units * 6);
}

/*
 * Where do the headlines i+1..j-1 under a related heading end?  The
 * last is the story's subhead when it is whole, one above it is cut with
 * "…" (items share their form) and the sentence under it says what it
 * says ("检测结果预计本周公布" over "…检测结果预计将在本周…"), or all
 * above it are cut and it is a short line ("国内感染が拡大した背景").
 */
static size_t
clean_ctx_related_end(const struct clean_feat *fs, size_t n, size_t i,
    size_t j)
{
	size_t	k, cut = 0;

	if (j < i + 3 || j >= n || fs[j - 1].ellipsis ||
	    !clean_ctx_goes_on(&fs[j]))
		return (j);
	for (k = i + 1; k + 1 < j; k++)
		cut += fs[k].ellipsis;
	/* echoed, or a short subhead under two cut headlines or more */
	return ((cut > 0 && clean_ctx_echoes(&fs[j - 1], &fs[j])) ||
	    (cut >= 2 && cut == j - i - 2 && !fs[j - 1].terminal &&
	    fs[j - 1].wlen < 60) ? j - 1 : j);
}

/*
 * Related links as a scraper saves them in the story: their heading
 * alone on a line ("Más información", "延伸閱讀", "【関連記事】", "Most
 * read"), then up to six other stories' headlines, and the story goes on
 * after them.  The headlines are the links'.
 */
static void
clean_ctx_related(struct clean_feat *fs, size_t n)
{
	size_t	i, j, k, g;

	for (i = 0; i + 2 < n; i++) {
		if (!clean_ctx_related_head(&fs[i]))
			continue;
		for (j = i + 1; j < n && j < i + 7 &&
		    clean_ctx_headline(&fs[j]); j++)
			/* nothing */;
		j = clean_ctx_related_end(fs, n, i, j);
		/* and the story goes on, past an advert's label or two: a
		 * sentence, or its subhead (one marked as such, a short
		 * line or a short sentence over a sentence: an interview's
		 * question, "――最近の変化は。", "Пекин изложил иную
		 * версию.") */
		for (g = j; g < n && g < j + 2 && fs[g].kind == KIND_AD &&
		    fs[g].wlen < 40; g++)
			/* nothing */;
		if (j == i + 1 || g >= n || !(clean_ctx_marked(&fs[g]) ||
		    clean_ctx_goes_on(&fs[g]) || (g + 1 < n &&
		    (fs[g].wlen < 30 || (fs[g].terminal && !fs[g].ellipsis)) &&
		    clean_ctx_goes_on(&fs[g + 1]))))
			continue;
		for (k = i + 1; k < j; k++) {
			clean_set(&fs[k], KIND_CONTEXT, VERDICT_BOILERPLATE,
			    "context: a headline under a related heading");
			fs[k].cls = CLS_BAD;
		}
		/* under one of the story's sentences (a promo or two
		 * between), the box is a slot in its run */
		for (k = i; k > 0 && i - k < CTX_SLOTS_MAX &&
		    (clean_ctx_slot(&fs[k - 1]) ||
		    (clean_ctx_promo(&fs[k - 1]) && i - k < 2)); k--)
			/* nothing */;
		if (k > 0 && fs[k - 1].terminal && fs[k - 1].cls >=
		    CLS_NEARGOOD) {
			for (; k < j; k++)
				fs[k].slot = 1;
		}
		i = j - 1;
	}
}

/*
 * The rank a block opens with, in a list of the most read ("1位　…",
 * "2. …", "3 …", "4위 …"), or 0.
 */
static int
clean_ctx_rank(const struct clean_feat *f)
{
	static const char	*marks[] = { "位", "위", "、", "．",
	    "\343\200\200", ".", ")", " ", NULL };
	const char		*p = f->s, *e = f->s + f->n;
	size_t			 i, len;
	int			 v = 0;

	while (p < e && *p >= '0' && *p <= '9' && v < 100)
		v = v * 10 + (*p++ - '0');
	for (i = 0; v > 0 && marks[i] != NULL; i++) {
		len = strlen(marks[i]);
		if ((size_t)(e - p) > len && memcmp(p, marks[i], len) == 0)
			return (v);
	}
	return (0);
}

/*
 * A ranking under a related heading ("アクセスランキング", "Most read"):
 * three lines or more numbered from one are other stories' headlines,
 * however they end, where the story is over.
 */
static void
clean_ctx_ranked(struct clean_feat *fs, size_t n)
{
	size_t	i, j, k;

	for (i = 0; i + 3 < n; i++) {
		if (!clean_ctx_related_head(&fs[i]))
			continue;
		for (j = i + 1; j < n && fs[j].wlen < 200 &&
		    clean_ctx_rank(&fs[j]) == (int)(j - i) &&
		    (fs[j].kind == KIND_QUALITY || fs[j].kind == KIND_NONE ||
		    fs[j].kind == KIND_TEASER || fs[j].kind == KIND_CONTEXT);
		    j++)
			/* nothing */;
		if (j - i <= 3)
			continue;
		for (k = i + 1; k < j; k++) {
			clean_set(&fs[k], KIND_CONTEXT, VERDICT_BOILERPLATE,
			    "context: ranked under a related heading");
			fs[k].cls = CLS_BAD;
		}
		i = j - 1;
	}
}

/*
 * Is block i a line of a box of facts: a label of a word or three, a
 * colon and its data ("Attendance: 2,412", "Scorers: Okafor 71, 84",
 * "观众：2412人"), or a row of a table saved as text?  Returns 2 when the
 * data holds figures or a list.
 */
static int
clean_ctx_fact(const struct clean_feat *fs, size_t n, size_t i)
{
	const struct clean_feat	*f = &fs[i];
	const char		*p, *c, *e = f->lower + f->lowern;
	size_t			 words = 1;

	if (f->kind != KIND_QUALITY || f->cls == CLS_BAD || f->wlen >= 200 ||
	    f->linkchars != 0)
		return (0);
	if (clean_text_row(fs, n, i))
		return (2);	/* a table's row, its cells split by bars */
	for (c = f->lower; c < e && c < f->lower + 40; c++) {
		if ((*c == ':' && c + 1 < e && c[1] == ' ') || (e - c > 3 &&
		    memcmp(c, "\357\274\232", 3) == 0))
			break;
		words += *c == ' ';
	}
	if (c == f->lower || c >= e || c >= f->lower + 40 || words > 3)
		return (0);
	for (p = c; p < e; p++) {
		if ((*p >= '0' && *p <= '9') || *p == ';')
			return (2);
	}
	return (1);
}

/*
 * A box of the story's facts after one of its sentences, under a short
 * heading or none ("Teams and scorers" / "Harlow Town: Davies; …" /
 * "Attendance: 2,412"), or a table's rows under its caption: three lines
 * or more of a label and its data, most of them with figures, are the
 * story's as a list under a colon is.
 */
static void
clean_ctx_facts(struct clean_feat *fs, size_t n)
{
	size_t	i, a, j, l, data;
	int	k;

	for (i = 1; i + 2 < n; i++) {
		/* under a heading or a table's caption */
		a = fs[i].kind == KIND_QUALITY && !fs[i].terminal &&
		    fs[i].wlen < 100 && fs[i].linkchars == 0 &&
		    !clean_ctx_fact(fs, n, i) ? i + 1 : i;
		for (j = a, data = 0; j < n && (k = clean_ctx_fact(fs, n, j));
		    j++)
			data += k == 2;
		if (j - a < 3 || data * 2 < j - a) {
			if (j > a)
				i = j - 1;	/* once a run: linear */
			continue;
		}
		for (l = i - 1; l > 0 && i - l < CTX_SLOTS_MAX &&
		    clean_ctx_slot(&fs[l]); l--)
			/* nothing */;
		if (!fs[l].terminal || fs[l].cls < CLS_NEARGOOD) {
			if (j > a)
				i = j - 1;	/* once a run: linear */
			continue;
		}
		for (; i < j; i++)
			fs[i].cls = CLS_NEARGOOD;
	}
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
	clean_ctx_promos(fs, n);
	clean_ctx_ads(fs, n);
	clean_ctx_related(fs, n);
	clean_ctx_ranked(fs, n);
	clean_ctx_facts(fs, n);
	right = clean_right(fs, n);
	for (i = 0; i < n; i++) {
		cls = out = fs[i].cls;
		if (clean_ctx_slot(&fs[i]))
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
 * The end of the article.  After a comment form or a bot footer, once
 * there was article enough before it, nothing is article: prose there is
 * a reader comment, the rest boilerplate.
 */
void
clean_tail(struct clean_feat *fs, size_t n)
{
	size_t	i, end = n, seen = 0;

	if (clean_tldr(fs, n))
		return;
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
		/* readers' comments are not the article's text */
		if ((main && !fs[i].inmain) || fs[i].verdict == VERDICT_COMMENT)
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

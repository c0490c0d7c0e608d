/*
 * clean-groups.c: the groups of lines that the context vote
 * (clean-context.c) settles before it votes: a promo or a related
 * heading set between two of the story's sentences, an ad's label and
 * its lines, a related heading and the headlines under it, a ranking,
 * a fact box; and the slots the vote passes over.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unictype.h>

#include "sift.h"
#include "clean-int.h"

#define CTX_SLOTS_MAX	8	/* slots a rule looks past, at most */

static int	clean_ctx_headline(const struct clean_feat *);

/*
 * Does the vote pass over block f: an advert's label ("Advertisement",
 * "REKLAM", its "18+"), a photo's caption, a lone video's title and
 * length or a promo between two sentences marks a slot in the story's
 * run, not where the story ends; the sentences around it take their
 * class from the story around them.
 */
int
clean_slot(const struct clean_feat *f)
{
	return ((f->kind == KIND_AD && f->wlen < 40) || f->slot ||
	    clean_age_rating(f));
}

/*
 * A promo or a related heading set between two of the story's sentences
 * (a newsletter's call in the middle of a story, "Подписка на газету /
 * Подписной индекс П3876.", "・関連コンテンツ" and a call or two under
 * it; a sign-up's blurb, field, consent and button), five lines at most
 * with the short heading over them, is a slot in its run too; the
 * heading is the promo's, and so is the blurb.
 */
static int
clean_ctx_promo(const struct clean_feat *f)
{
	return (f->kind == KIND_PROMO || f->kind == KIND_RELATED ||
	    f->kind == KIND_SHARE || (f->kind == KIND_AD && f->wlen < 40) ||
	    (f->kind == KIND_COOKIE && f->wlen < 150));
}

/* A story's subhead: short, open, with no link in it; a CJK one of
 * twenty characters ("臨時候車處欠上蓋 乘客日曬雨淋"). */
static int
clean_ctx_subhead(const struct clean_feat *f)
{
	return (f->cls == CLS_SHORT && !f->terminal && (f->wlen < 40 ||
	    (f->cjk * 2 > f->chars && f->chars <= 20)) &&
	    f->linkchars == 0);
}

/*
 * Is block f the blurb of a newsletter's box, between its call and its
 * form's promo g ("Get our best explainers on the tech that runs your
 * life, delivered every Tuesday."): short, and it speaks to its reader?
 */
static int
clean_ctx_blurb(const struct clean_feat *f, const struct clean_feat *g)
{
	return (f->kind == KIND_QUALITY && f->wlen < 150 &&
	    f->linkchars == 0 && (g->kind == KIND_PROMO ||
	    g->kind == KIND_SHARE) && (memmem(f->lower, f->lowern, "you",
	    3) != NULL || memmem(f->lower, f->lowern, "our ", 4) != NULL));
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
		for (b = i; b + 2 < n && b - a < 4 &&
		    (clean_ctx_promo(&fs[b + 1]) || (fs[i].kind ==
		    KIND_PROMO && clean_ctx_blurb(&fs[b + 1], &fs[b + 2])));
		    b++)
			/* nothing */;
		/* the subhead over a related line is the story's: the
		 * sentence before it closes the section above */
		l = a - 1;
		if (l > 0 && fs[i].kind != KIND_PROMO &&
		    clean_ctx_subhead(&fs[l]))
			l--;
		/* past an ad's label or a live page's time */
		for (r = b + 1; r + 1 < n && r - b < CTX_SLOTS_MAX &&
		    clean_slot(&fs[r]); r++)
			/* nothing */;
		for (k = 0; l > 0 && k < CTX_SLOTS_MAX &&
		    clean_slot(&fs[l]); k++)
			l--;
		/* the story's sentence on either side; the one after may
		 * be short (an interview's "Et le dessalement ?") or lead
		 * in to a list ("… три способа сэкономить:") */
		if (!fs[l].terminal || !(fs[r].terminal ||
		    (clean_colon_end(&fs[r]) && fs[r].wlen >= 40)) ||
		    fs[l].cls < CLS_SHORT || fs[r].cls < CLS_SHORT)
			continue;
		if (a < i) {
			clean_set(&fs[a], KIND_CONTEXT, VERDICT_BOILERPLATE,
			    "context: heads a promo");
			fs[a].cls = CLS_BAD;
		}
		for (; a <= b; a++) {
			fs[a].slot = 1;
			if (fs[a].kind == KIND_QUALITY) {
				clean_set(&fs[a], KIND_CONTEXT,
				    VERDICT_BOILERPLATE, "context: a promo's "
				    "blurb, in its box");
				fs[a].cls = CLS_BAD;
			}
		}
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
 * Is block f an advertiser's offer: a line, no sentence but a cry, that
 * names a price or cries out ("今なら口座開設で最大5,000円プレゼント", "지금 가입하면
 * 최대 5만원 혜택!"), or a line that offers in an ad's words
 * ("… unverbindlich in nur drei Minuten.", "Scopri l'offerta")?
 */
static int
clean_ctx_offer(const struct clean_feat *f)
{
	static const char	*marks[] = { "!", "！", "€", "$", "£", "¥",
	    "₽", "円", "원", "元", " euro", " zł", NULL };
	static const char	*offers[] = { "unverbindlich",
	    "jetzt vergleichen", "kostenlos testen", "scopri l'offerta",
	    "découvrez l'offre", "descubre la oferta", "confira a oferta",
	    "rabattcode", "promo code", "nur für kurze zeit",
	    "por tiempo limitado", "pour une durée limitée",
	    "per un periodo limitato", "for a limited time", NULL };
	size_t			 i;

	for (i = 0; offers[i] != NULL && f->wlen < 160 && f->linkchars == 0;
	    i++)
		if (memmem(f->lower, f->lowern, offers[i],
		    strlen(offers[i])) != NULL)
			return (1);
	if ((f->terminal && !(f->n > 0 && f->s[f->n - 1] == '!') &&
	    !(f->n >= 3 && memcmp(f->s + f->n - 3, "！", 3) == 0)) ||
	    f->wlen >= 120 || f->linkchars != 0 ||
	    (f->kind != KIND_QUALITY && f->kind != KIND_NONE &&
	    f->kind != KIND_CONTEXT))
		return (0);
	for (i = 0; marks[i] != NULL; i++)
		if (memmem(f->s, f->n, marks[i], strlen(marks[i])) != NULL)
			return (1);
	return (0);
}

/*
 * An ad as a scraper saves it: its label ("Promoted", "Advertisement",
 * "广告"), a line or two of the advertiser's, and its button ("Learn
 * more"); or its label and an offer.  The lines between and the button
 * are the ad's.
 */
static void
clean_ctx_ads(struct clean_feat *fs, size_t n)
{
	size_t	i, j, k;

	for (i = 0; i + 1 < n; i++) {
		if (fs[i].kind != KIND_AD || fs[i].wlen >= 30 ||
		    fs[i].linkchars != 0)
			continue;
		if (clean_ctx_offer(&fs[i + 1])) {
			clean_set(&fs[i + 1], KIND_CONTEXT,
			    VERDICT_BOILERPLATE, "context: an ad's offer "
			    "under its label");
			fs[i + 1].cls = CLS_BAD;
			i++;
			continue;
		}
		for (j = i + 1; j < n && j < i + 3 && fs[j].wlen < 200 &&
		    (fs[j].kind == KIND_QUALITY || fs[j].kind == KIND_NONE ||
		    fs[j].kind == KIND_CONTEXT) && !clean_ctx_button(&fs[j]);
		    j++)
			/* nothing */;
		/* no button, or a related box's heading over another
		 * story's headline ("Más información") */
		if (j == i + 1 || j >= n || !clean_ctx_button(&fs[j]) ||
		    (fs[j].kind == KIND_RELATED && j + 1 < n &&
		    clean_ctx_headline(&fs[j + 1])))
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
int
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
 * Is block f plain words: no link or list mark, a kind that no phrase
 * has claimed (a teaser's, when teaser is set)?
 */
static int
clean_ctx_plain(const struct clean_feat *f, int teaser)
{
	return (f->linkchars == 0 && !clean_ctx_marked(f) &&
	    (f->kind == KIND_QUALITY || f->kind == KIND_NONE ||
	    f->kind == KIND_CONTEXT || (teaser && f->kind == KIND_TEASER)));
}

/* Is block f a line a related box may hold: plain, a headline's length? */
static int
clean_ctx_line(const struct clean_feat *f, int teaser)
{
	return (f->wlen >= 30 && f->wlen < 150 && clean_ctx_plain(f, teaser));
}

/*
 * Is block f in title case, every word of four letters or more, five of
 * them at least, capitalised ("Teachers In 3 States Are Striking This
 * Week. Here's What They Want.")?  A story's sentence has a verb or a
 * noun in lower case.
 */
#define CTX_LETTER(c)	(((c) >= 'a' && (c) <= 'z') || \
			    ((c) >= 'A' && (c) <= 'Z'))
#define CTX_RSQUO(p, e)	((e) - (p) >= 3 && memcmp((p), "\xe2\x80\x99", 3) == 0)

static int
clean_ctx_title_case(const struct clean_feat *f)
{
	const char	*p = f->s, *e = f->s + f->n, *w;
	size_t		 big = 0, len;

	while (p < e) {
		while (p < e && !CTX_LETTER(*p)) {
			if (CTX_RSQUO(p, e))
				p += 3;
			else if ((unsigned char)*p++ >= 0x80)
				return (0);	/* Latin only */
		}
		for (w = p, len = 0; p < e && (CTX_LETTER(*p) || *p == '\'' ||
		    CTX_RSQUO(p, e)); p += CTX_RSQUO(p, e) ? 3 : 1)
			len += CTX_LETTER(*p) != 0;
		if (len < 4)
			continue;
		if (*w < 'A' || *w > 'Z')
			return (0);
		big++;
	}
	return (big >= 5);
}

/*
 * Is block f another story's headline: a line of words, no sentence (or
 * one cut with "…", or one in title case), not the story's own marked
 * subhead?
 */
static int
clean_ctx_headline(const struct clean_feat *f)
{
	/* a lead-in to a list ends with a colon, no headline does */
	return ((!f->terminal || f->ellipsis || clean_ctx_title_case(f)) &&
	    clean_ctx_line(f, 1) && !clean_colon_end(f));
}

/*
 * Is block f, under another story's headline, one more that asks
 * ("\"외로움도 질병\" 영국은 장관까지 뒀는데, 한국은?")?
 */
static int
clean_ctx_asks(const struct clean_feat *f)
{
	return (f->terminal && !f->ellipsis && clean_ctx_line(f, 0) &&
	    ((f->n > 0 && f->s[f->n - 1] == '?') || (f->n > 3 &&
	    memcmp(f->s + f->n - 3, "？", 3) == 0)));
}

/*
 * Is block f a headline's kicker, its section's name over it ("Science"
 * over "Fireflies are disappearing from backyards. Here's how you can
 * help"): a word or two, no sentence, over the headline g?
 */
static int
clean_ctx_kicker(const struct clean_feat *f, const struct clean_feat *g)
{
	return (f->wlen > 0 && f->wlen < 30 && !f->terminal &&
	    clean_ctx_plain(f, 0) && clean_ctx_headline(g));
}

/* Is block f the date under g, a headline ("2026年11月20日")? */
static int
clean_ctx_dated(const struct clean_feat *g, const struct clean_feat *f)
{
	return (f->kind == KIND_NUMERIC && clean_stamp(f) &&
	    clean_ctx_headline(g));
}

/*
 * Does block j go on the related box whose heading is block i: a
 * headline, a kicker over one, one more that asks, the date under one?
 * Under a box of dated headlines, a headline needs its date.
 */
static int
clean_ctx_item(const struct clean_feat *fs, size_t n, size_t i, size_t j)
{
	if (clean_text_row(fs, n, j))
		return (0);	/* a table's row is no headline */
	if (j > i + 2 && clean_ctx_dated(&fs[j - 2], &fs[j - 1]) &&
	    !(j + 1 < n && clean_ctx_dated(&fs[j], &fs[j + 1])))
		return (0);
	return (clean_ctx_headline(&fs[j]) || (j > i + 1 &&
	    clean_ctx_asks(&fs[j])) || (j + 1 < n &&
	    clean_ctx_kicker(&fs[j], &fs[j + 1])) || (j > i + 1 &&
	    clean_ctx_dated(&fs[j - 1], &fs[j])));
}

/* Is block f a sentence of the story going on: whole, not cut short? */
static int
clean_ctx_goes_on(const struct clean_feat *f)
{
	return (f->terminal && !f->ellipsis && f->cls >= CLS_NEARGOOD);
}

/*
 * Is block f a related box's heading: short, no sentence?  Or a call
 * that is all of its block ("Read more") over a headline.
 */
static int
clean_ctx_related_head(const struct clean_feat *f)
{
	return ((f->kind == KIND_RELATED || (f->kind == KIND_PROMO &&
	    f->anchored && f->wlen < 20)) && f->wlen < 40 && !f->terminal);
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
	/* echoed, or a short subhead under two cut headlines or more,
	 * or one far shorter than the one headline above it ("소득 따라
	 * 격차 더 벌어져") */
	return ((cut > 0 && clean_ctx_echoes(&fs[j - 1], &fs[j])) ||
	    (cut >= 2 && cut == j - i - 2 && !fs[j - 1].terminal &&
	    fs[j - 1].wlen < 60) || (j == i + 3 && !fs[j - 1].terminal &&
	    fs[j - 1].wlen <= 30 && fs[j - 1].wlen * 5 < fs[j - 2].wlen * 3) ?
	    j - 1 : j);
}

/*
 * Is block j, under two headlines or more under a related heading at i,
 * the list's last item written as a sentence ("Autostrade, dal primo
 * gennaio pedaggi in aumento dell'1,8 per cento su tutta la rete."):
 * short, and no story under it, only the page's lines (a copyright, a
 * share bar, a promo) for a few lines or to the end?  (A sentence that
 * ends the text is the story's last.)
 */
static int
clean_ctx_last_teaser(const struct clean_feat *fs, size_t n, size_t i,
    size_t j)
{
	const struct clean_feat	*f = &fs[j];
	size_t			 k;

	if (j < i + 3 || j >= n || !f->terminal || f->ellipsis ||
	    f->wlen >= 120 || f->linkchars != 0 || (f->kind != KIND_QUALITY &&
	    f->kind != KIND_NONE && f->kind != KIND_CONTEXT) ||
	    j + 1 >= n || !clean_phrase_kind(fs[j + 1].kind))
		return (0);
	for (k = j + 1; k < n && k < j + 5; k++)
		if (!clean_phrase_kind(fs[k].kind) && clean_ctx_goes_on(&fs[k]))
			return (0);
	return (1);
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
	int	last;

	for (i = 0; i + 2 < n; i++) {
		/* (a call under a sign-up's line is its form's button:
		 * "Enter your email" / "Subscribe") */
		if (!clean_ctx_related_head(&fs[i]) || (fs[i].kind ==
		    KIND_PROMO && i > 0 && fs[i - 1].kind == KIND_PROMO))
			continue;
		for (j = i + 1; j < n && j < i + 7 &&
		    clean_ctx_item(fs, n, i, j); j++)
			/* nothing */;
		j = clean_ctx_related_end(fs, n, i, j);
		if ((last = clean_ctx_last_teaser(fs, n, i, j)))
			j++;
		/* and the story goes on, past an advert's label or two: a
		 * sentence, or its subhead (one marked as such, a short
		 * line or a short sentence over a sentence or a lead-in:
		 * an interview's question, "――最近の変化は。", "Пекин
		 * изложил иную версию.", "Qué dicen los datos") */
		for (g = j; g < n && g < j + 2 && fs[g].kind == KIND_AD &&
		    fs[g].wlen < 40; g++)
			/* nothing */;
		if (j == i + 1 || (!last && (g >= n ||
		    !(clean_ctx_marked(&fs[g]) || clean_ctx_goes_on(&fs[g]) ||
		    (clean_colon_end(&fs[g]) && fs[g].wlen >= 30) ||
		    (g + 1 < n && (fs[g].wlen <= 30 || (fs[g].terminal &&
		    !fs[g].ellipsis)) && (clean_ctx_goes_on(&fs[g + 1]) ||
		    (clean_colon_end(&fs[g + 1]) && fs[g + 1].wlen >= 60 &&
		    fs[g + 1].cls >= CLS_NEARGOOD)))))))
			continue;
		for (k = i + 1; k < j; k++) {
			clean_set(&fs[k], KIND_CONTEXT, VERDICT_BOILERPLATE,
			    "context: a headline under a related heading");
			fs[k].cls = CLS_BAD;
		}
		/* under one of the story's sentences (a promo or two
		 * between), the box is a slot in its run */
		for (k = i; k > 0 && i - k < CTX_SLOTS_MAX &&
		    (clean_slot(&fs[k - 1]) ||
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

/* Blocks a..b (exclusive) are the page's, for the reason why. */
static void
clean_ctx_hide(struct clean_feat *fs, size_t a, size_t b, const char *why)
{
	for (; a < b; a++) {
		clean_set(&fs[a], KIND_CONTEXT, VERDICT_BOILERPLATE, "%s", why);
		fs[a].cls = CLS_BAD;
	}
}

/* Is block f a card's headline: a line of words, linked or not? */
static int
clean_ctx_card_head(const struct clean_feat *f)
{
	return ((!f->terminal || f->ellipsis || clean_ctx_title_case(f)) &&
	    f->wlen >= 30 && f->wlen < 150 && !clean_ctx_marked(f) &&
	    !clean_colon_end(f) &&
	    (f->kind == KIND_QUALITY || f->kind == KIND_NONE ||
	    f->kind == KIND_CONTEXT || f->kind == KIND_TEASER));
}

/*
 * Other stories as a scraper saves their cards under a related heading
 * ("More from Marcus Lindqvist", "関連記事"): headlines, each with or
 * without its blurb of a sentence or two, two headlines or more and one
 * blurb at least (two, or a headline last), and the page's own lines
 * under them (a phrase's, another heading), not the story going on or
 * ending.  The cards are the related box's.
 */
static void
clean_ctx_teasers(struct clean_feat *fs, size_t n)
{
	size_t	i, j, heads, blurbs;

	for (i = 0; i + 3 < n; i++) {
		if (!clean_ctx_related_head(&fs[i]))
			continue;
		for (j = i + 1, heads = blurbs = 0; j < n && j < i + 13; j++) {
			if (clean_ctx_card_head(&fs[j]))
				heads++;
			else if (j > i + 1 && clean_ctx_plain(&fs[j], 0) &&
			    clean_ctx_card_head(&fs[j - 1]) &&
			    fs[j].terminal && fs[j].wlen < 300)
				blurbs++;
			else
				break;
		}
		if (heads < 2 || blurbs == 0 || j >= n ||
		    !clean_phrase_kind(fs[j].kind) ||
		    (blurbs < 2 && !clean_ctx_card_head(&fs[j - 1])))
			continue;
		clean_ctx_hide(fs, i + 1, j,
		    "context: a card under a related heading");
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

/* The number a block is alone ("1", "12"), or 0. */
static int
clean_ctx_number(const struct clean_feat *f)
{
	size_t	i;
	int	v = 0;

	if (f->lowern == 0 || f->lowern > 2)
		return (0);
	for (i = 0; i < f->lowern; i++) {
		if (f->lower[i] < '0' || f->lower[i] > '9')
			return (0);
		v = v * 10 + (f->lower[i] - '0');
	}
	return (v);
}

/*
 * A ranking whose numbers stand on lines of their own, under its
 * heading at i and a tab or two ("現在", "昨日"): "1", a headline, "2",
 * a headline, "3", a headline.  Returns the end of its lines, or i + 1.
 */
static size_t
clean_ctx_ranks_apart(const struct clean_feat *fs, size_t n, size_t i)
{
	size_t	j, s;
	int	r;

	for (s = i + 1; s < n && s <= i + 2 && fs[s].wlen < 12 &&
	    fs[s].digits == 0 && !fs[s].terminal; s++)
		/* nothing */;
	for (j = s, r = 1; j + 1 < n && clean_ctx_number(&fs[j]) == r &&
	    fs[j + 1].wlen < 200 && clean_ctx_plain(&fs[j + 1], 1); r++)
		j += 2;
	return (r > 3 ? j : i + 1);
}

/*
 * A ranking under a related heading ("アクセスランキング", "Most read"):
 * three lines or more numbered from one are other stories' headlines,
 * however they end, where the story is over.  So are the numbers on
 * lines of their own with the headlines under them.
 */
static void
clean_ctx_ranked(struct clean_feat *fs, size_t n)
{
	size_t	i, j;

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
			j = clean_ctx_ranks_apart(fs, n, i);
		if (j - i <= 3)
			continue;
		clean_ctx_hide(fs, i + 1, j,
		    "context: ranked under a related heading");
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
		    clean_slot(&fs[l]); l--)
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

/* Settle the groups of lines before the vote. */
void
clean_groups(struct clean_feat *fs, size_t n)
{
	clean_ctx_promos(fs, n);
	clean_ctx_ads(fs, n);
	clean_ctx_related(fs, n);
	clean_ctx_teasers(fs, n);
	clean_ctx_ranked(fs, n);
	clean_ctx_facts(fs, n);
}

/*
 * clean.c: the boilerplate classifier.  An article's text is a list of
 * blocks (lines); each gets a verdict (content, boilerplate or comment)
 * and a reason with its evidence, so a reader can see why a block was
 * hidden.  The method follows jusText and boilerpipe, made to work on
 * Chinese, Japanese and Korean as well as on Latin and Cyrillic text:
 *
 *  1. features per block: length (CJK characters weigh three), function
 *     word density (stop words; Chinese and Japanese function characters;
 *     Korean particles), link density, digits, terminal punctuation, a
 *     trailing ellipsis, view counts, durations and "N hours ago";
 *  2. strong rules: phrase lists (share widgets, comment forms, copyright,
 *     promos, cookie banners, bot footers, bios, ads), markup residue,
 *     bare URLs, link-dense blocks, video lists, teaser lists, repeats
 *     and pull quotes within the article and across the source (the
 *     tests of one block's shape, dates and credits among them, are in
 *     clean-line.c);
 *  3. jusText's classes (good, near-good, short, bad) and its context
 *     pass: short and near-good blocks take the class of their neighbours;
 *  4. the end of the article: nothing after a comment form or a bot footer
 *     is article; prose there is a reader comment;
 *  5. a safety net: never hide the whole article.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

#include "sift.h"

/* jusText's thresholds, in weighted characters (a CJK character is 3). */
#define LENGTH_LOW	70
#define LENGTH_HIGH	200
#define CJK_WEIGHT	3


static void	 clean_features(struct clean_feat *, char *,
		     const struct html_link *, size_t, size_t);
static void	 clean_strong(struct clean_feat *, size_t, size_t);
static size_t	 clean_norm(const struct clean_feat *, char *, size_t);
static size_t	 clean_norm_span(const char *, const char *, char *, size_t);
static int	 clean_list_number(const struct clean_feat *);
static uint64_t	 clean_fnv(const char *, size_t);
static void	 clean_headings(struct clean_feat *, size_t);
static void	 clean_runs(struct clean_feat *, size_t);
static void	 clean_classes(struct clean_feat *, size_t);
static void	 clean_context(struct clean_feat *, size_t);
static void	 clean_tail(struct clean_feat *, size_t);
static void	 clean_safety(struct clean_feat *, size_t);

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

void
clean_set(struct clean_feat *f, enum clean_kind kind, int verdict,
    const char *fmt, ...)
{
	va_list	ap;

	f->kind = kind;
	f->verdict = verdict;
	f->ctx_only = 0;
	if (f->quiet)
		return;		/* nobody reads the reasons */
	va_start(ap, fmt);
	vsnprintf(f->reason, sizeof f->reason, fmt, ap);
	va_end(ap);
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

int
clean_is_cjk(ucs4_t c)
{
	return ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 &&
	    c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 &&
	    c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7af) ||
	    (c >= 0x20000 && c <= 0x3134f));
}

static int
clean_is_space(ucs4_t c)
{
	return (c == ' ' || c == '\t' || c == 0xa0 || c == 0x3000 ||
	    (c >= 0x2000 && c <= 0x200b));
}

int
clean_is_word_char(ucs4_t c)
{
	return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '\'' || c == 0x2019 ||
	    (c >= 0xc0 && c <= 0x24f && c != 0xd7 && c != 0xf7) ||
	    (c >= 0x400 && c <= 0x52f) || (c >= 0x370 && c <= 0x3ff) ||
	    (c >= 0xac00 && c <= 0xd7af));
}

/*
 * Does a sentence end just before the group in parentheses that ends at
 * e: "…就是最大的民生。（评论员 林小舟）", "… to comment. (Reporting by
 * Ana Ruiz)"?  The group signs the sentence.
 */
static int
clean_signed(const char *s, const uint8_t *e)
{
	const uint8_t	*p = e, *q;
	ucs4_t		 c;

	while (p > (const uint8_t *)s && e - p < 90) {
		if ((q = u8_prev(&c, p, (const uint8_t *)s)) == NULL)
			return (0);
		p = q;
		if (c == '(' || c == 0xff08)
			break;
		if (c == ')' || c == 0xff09)
			return (0);
	}
	if (p == (const uint8_t *)s || e - p >= 90)
		return (0);
	while (p > (const uint8_t *)s) {
		if ((q = u8_prev(&c, p, (const uint8_t *)s)) == NULL)
			return (0);
		if (!clean_is_space(c))
			return (c == '.' || c == '!' || c == '?' ||
			    c == 0x3002 || c == 0xff01 || c == 0xff1f);
		p = q;
	}
	return (0);
}

/* Does the block end like a sentence (quotes and brackets aside)? */
static int
clean_terminal(const char *s, size_t n, int *ellipsis)
{
	const uint8_t	*p = (const uint8_t *)s + n, *q;
	ucs4_t		 c;

	*ellipsis = 0;
	while (p > (const uint8_t *)s) {
		q = u8_prev(&c, p, (const uint8_t *)s);
		if (q == NULL)
			return (0);
		if ((c == ')' || c == 0xff09) && clean_signed(s, q))
			return (1);
		if (c == '"' || c == '\'' || c == 0x201d || c == 0x2019 ||
		    c == 0x300d || c == 0x300f || c == ')' || c == 0xff09 ||
		    c == 0xbb || c == 0x3011 || clean_is_space(c) || c == '*') {
			p = q;
			continue;
		}
		if (c == 0x2026) {
			*ellipsis = 1;
			return (0);
		}
		if (c == '.' && p - (const uint8_t *)s >= 3 &&
		    memcmp(p - 3, "...", 3) == 0) {
			*ellipsis = 1;
			return (0);
		}
		return (c == '.' || c == '!' || c == '?' || c == 0x3002 ||
		    c == 0xff01 || c == 0xff1f || c == 0xff0e || c == ';' ||
		    c == 0xff1b);
	}
	return (0);
}

static const char *clean_view_words[] = {
	"views", "view", "plays", "次觀看", "次观看", "次播放", "次瀏覽",
	"次浏览", "回視聴", "回再生", "회 재생", "회 시청", "просмотр", "aufrufe",
	"visualizaciones", "reproducciones", "vues", "тыс. просмотр",
	"тыс. дочитывани", "дочитывани", "回閲覧", NULL
};
static const char *clean_ago_words[] = {
	"小時前", "小时前", "分鐘前", "分钟前", "天前", "週前", "周前", "個月前",
	"个月前", "年前", "時間前", "分前", "日前", "시간 전", "분 전", "일 전",
	"주 전", "개월 전", "hours ago", "hour ago", "minutes ago",
	"minute ago", "days ago", "day ago", "weeks ago", "week ago",
	"months ago", "mins ago", "hrs ago", "час назад", "часа назад",
	"часов назад", "минут назад", "минуту назад", "минуты назад",
	"дня назад", "дней назад", "день назад", NULL
};
/* "vor 3 Stunden", "hace 2 horas", "il y a 5 minutes". */
static const char *clean_ago_before[] = { "vor ", "hace ", "il y a ", NULL };
static const char *clean_ago_units[] = {
	"stunde", "minute", "tag", "woche", "hora", "minuto", "día", "semana",
	"heure", "jour", NULL
};

/* Is one of the words at q (after a number)? */
static int
clean_word_at(const char *q, const char *e, const char **words)
{
	size_t	i, len;

	for (i = 0; words[i] != NULL; i++) {
		if (words[i][0] != *q)
			continue;
		len = strlen(words[i]);
		if ((size_t)(e - q) >= len && memcmp(q, words[i], len) == 0)
			return (1);
	}
	return (0);
}

/*
 * Is a number followed by one of the words (after spaces and the
 * multipliers 万, 萬, 천, 만, 억, K, M), of the first list and of the
 * second (may be NULL)?  Returns a bit for each.  s is lower case.
 */
static int
clean_number_then(const char *s, size_t n, const char **words,
    const char **words2)
{
	const char	*p = s, *e = s + n, *q;
	int		 found = 0, want = words2 != NULL ? 3 : 1, kmult;

	while (p < e) {
		if (*p < '0' || *p > '9') {
			p++;
			continue;
		}
		while (p < e && ((*p >= '0' && *p <= '9') || *p == ',' ||
		    *p == '.'))
			p++;
		q = p;
		kmult = 0;
		for (;;) {
			if (q < e && (*q == ' ' || *q == 'k' || *q == 'm' ||
			    *q == 'b')) {
				q++;
				continue;
			}
			if (e - q >= 3 && (memcmp(q, "万", 3) == 0 ||
			    memcmp(q, "萬", 3) == 0 || memcmp(q, "천", 3) == 0 ||
			    memcmp(q, "만", 3) == 0 || memcmp(q, "억", 3) == 0 ||
			    memcmp(q, "千", 3) == 0)) {
				kmult = (unsigned char)q[0] == 0xec ||
				    (unsigned char)q[0] == 0xeb;
				q += 3;
				continue;
			}
			break;
		}
		if (q == e)
			break;
		/* "3.2만회" is a view count; "1회 충전" is once */
		if (words == clean_view_words && !(found & 1) && kmult &&
		    e - q >= 3 && memcmp(q, "회", 3) == 0)
			found |= 1;
		if (!(found & 1) && clean_word_at(q, e, words))
			found |= 1;
		if (words2 != NULL && !(found & 2) &&
		    clean_word_at(q, e, words2))
			found |= 2;
		if (found == want)
			break;
	}
	return (found);
}

/* A duration such as "1:57" or "12:03:44" at the start of the block. */
static int
clean_duration(const char *s, size_t n)
{
	const char	*p = s, *e = s + n;
	int		 d;

	while (p < e && (*p == '-' || *p == ' ' || *p == '*' ||
	    (unsigned char)*p >= 0xe2)) {
		if ((unsigned char)*p >= 0xe2) {
			/* bullets and play signs: U+2022, U+25B6 */
			if (e - p >= 3 && (memcmp(p, "•", 3) == 0 ||
			    memcmp(p, "▶", 3) == 0 || memcmp(p, "►", 3) == 0))
				p += 3;
			else
				break;
		} else
			p++;
	}
	for (d = 0; p < e && *p >= '0' && *p <= '9' && d < 3; p++)
		d++;
	if (d == 0 || d > 2 || p >= e || *p != ':')
		return (0);
	p++;
	return (e - p >= 2 && p[0] >= '0' && p[0] <= '5' && p[1] >= '0' &&
	    p[1] <= '9');
}

/* The first link that may end after offset: a binary search. */
static size_t
clean_first_link(const struct html_link *links, size_t n, size_t offset)
{
	size_t	lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (links[mid].start + links[mid].len <= offset &&
		    links[mid].start < offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo);
}

/*
 * Lower-case a block into out (which has room for its n bytes and a NUL)
 * when every character keeps its length in lower case, as in ASCII, the
 * caseless scripts (CJK, kana, Hangul, their punctuation), Latin-1 and
 * basic Cyrillic, so that offsets stay as they are; else return 0 and
 * leave it to libunistring, which is much slower.  The mappings here are
 * libunistring's for these characters (tests/test-unicode.c checks).
 */
int
clean_lower_fast(const char *s, size_t n, char *out)
{
	const uint8_t	*p = (const uint8_t *)s, *e = p + n;
	uint8_t		*o = (uint8_t *)out;
	uint64_t	 w, m;

	while (p < e) {
		if (e - p >= 8) {
			memcpy(&w, p, 8);
			if ((w & 0x8080808080808080ULL) == 0) {
				/* eight ASCII bytes: 0x20 into each of A-Z,
				 * whose high bit flips between +0x3f (>= 'A')
				 * and +0x25 (> 'Z') */
				m = ((w + 0x3f3f3f3f3f3f3f3fULL) ^
				    (w + 0x2525252525252525ULL)) &
				    0x8080808080808080ULL;
				w |= m >> 2;
				memcpy(o, &w, 8);
				o += 8;
				p += 8;
				continue;
			}
		}
		if (*p < 0x80) {
			*o++ = (*p >= 'A' && *p <= 'Z') ? *p + 32 : *p;
			p++;
			continue;
		}
		if (e - p >= 2 && (p[1] & 0xc0) == 0x80 && (*p == 0xc2 ||
		    *p == 0xc3 || *p == 0xd0 || (*p == 0xd1 && p[1] < 0xa0))) {
			o[0] = p[0];
			o[1] = p[1];
			if (*p == 0xc3 && p[1] < 0x9f && p[1] != 0x97)
				o[1] += 0x20;		/* U+00C0-00DE */
			else if (*p == 0xd0 && p[1] < 0x90) {
				o[0] = 0xd1;		/* U+0400-040F */
				o[1] += 0x10;
			} else if (*p == 0xd0 && p[1] < 0xa0)
				o[1] += 0x20;		/* U+0410-041F */
			else if (*p == 0xd0 && p[1] < 0xb0) {
				o[0] = 0xd1;		/* U+0420-042F */
				o[1] -= 0x20;
			}
			o += 2;
			p += 2;
			continue;
		}
		/* Lead bytes E2 80.. to E2 AF (U+2000-2BFF: punctuation,
		 * symbols) and E3-ED (U+3000-DFFF) have no case, but for
		 * letterlike symbols and Roman numerals (E2 84-86), circled
		 * letters (E2 92-93) and Cyrillic and Latin extensions
		 * (EA 99-9F); EF BC A1-BA (fullwidth A-Z) has. */
		if (e - p < 3 || !((*p >= 0xe3 && *p <= 0xed &&
		    !(*p == 0xea && p[1] >= 0x99 && p[1] <= 0x9f)) ||
		    (*p == 0xe2 && p[1] < 0xb0 && !(p[1] >= 0x84 &&
		    p[1] <= 0x86) && p[1] != 0x92 && p[1] != 0x93) ||
		    (*p == 0xef && !(p[1] == 0xbc && p[2] >= 0xa1 &&
		    p[2] <= 0xba))))
			return (0);
		memcpy(o, p, 3);
		o += 3;
		p += 3;
	}
	*o = '\0';
	return (1);
}

/* ASCII word bytes: 1 for a letter or apostrophe, 3 for a digit. */
static const uint8_t clean_ascii_word[256] = {
	['0'] = 3, ['1'] = 3, ['2'] = 3, ['3'] = 3, ['4'] = 3, ['5'] = 3,
	['6'] = 3, ['7'] = 3, ['8'] = 3, ['9'] = 3, ['\''] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1,
	['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
	['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
	['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1,
	['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
};

/* Close a word of the lower-cased text: count it, and its kind. */
static void
clean_word(struct clean_feat *f, const uint8_t *w, const uint8_t *p)
{
	if (w[0] >= 0xea && w[0] <= 0xed) {
		f->kowords++;
		if (lexicon_is_ko_ending((const char *)w, p - w))
			f->koend++;
	} else if (!(w[0] >= '0' && w[0] <= '9')) {
		f->words++;
		if (lexicon_is_stopword((const char *)w, p - w))
			f->stop++;
	}
}

/*
 * Compute the features of a block.  lower has room for the block's bytes
 * and a NUL; a block it cannot hold lower-cased gets its own copy.  One
 * pass over the lower-cased text counts characters, scripts, digits and
 * clauses, splits words (runs of letters; Hangul words for Korean
 * endings) and builds the normalised text that compares blocks.
 */
static void
clean_features(struct clean_feat *f, char *lower,
    const struct html_link *links, size_t nlinks, size_t base)
{
	const uint8_t	*p, *e, *q, *w = NULL;
	char		 norm[512];
	size_t		 i, s0, s1, lo, hi, nl = 0, len;
	uint8_t		*low;
	ucs4_t		 c;
	int		 l, found, word;

	if (clean_lower_fast(f->s, f->n, lower)) {
		f->lower = lower;
		f->lowern = f->n;
	} else {
		/* libunistring's case mapping is slow: only when needed */
		low = u8_tolower((const uint8_t *)f->s, f->n, NULL, NULL,
		    NULL, &f->lowern);
		if (low == NULL)
			fatal("u8_tolower");
		f->lower = xmalloc(f->lowern + 1);
		memcpy(f->lower, low, f->lowern);
		f->lower[f->lowern] = '\0';
		f->lower_own = 1;
		free(low);
	}

	p = (const uint8_t *)f->lower;
	e = p + f->lowern;
	while (p < e) {
		if (clean_ascii_word[*p]) {
			/* a run of ASCII letters, digits and apostrophes */
			if (w == NULL)
				w = p;
			for (q = p; q < e && clean_ascii_word[*q]; q++)
				f->digits += clean_ascii_word[*q] >> 1;
			/* as many as a byte at a time while nl + 4 < 512 */
			len = nl + 4 < sizeof norm ? sizeof norm - 4 - nl : 0;
			if (len > (size_t)(q - p))
				len = q - p;
			memcpy(norm + nl, p, len);
			nl += len;
			f->chars += q - p;
			p = q;
			continue;
		}
		if (*p < 0x80) {
			/* ASCII: no CJK, no Unicode space */
			if (w != NULL) {
				clean_word(f, w, p);
				w = NULL;
			}
			if (*p != ' ' && *p != '\t')
				f->chars++;
			if (*p == ',' || *p == ';')
				f->clauses++;
			else if (*p == '<' || *p == '&' || *p == '=')
				f->marks++;
			p++;
			continue;
		}
		l = utf8_next(&c, p, e);
		if (!clean_is_space(c))
			f->chars++;
		if (clean_is_cjk(c)) {
			f->cjk++;
			if (c >= 0xac00 && c <= 0xd7af)
				f->hangul++;
			if (c >= 0x3040 && c <= 0x30ff)
				f->kana++;
			if (lexicon_is_function_char(c))
				f->fchars++;
		} else if (c == 0xff0c || c == 0x3001 || c == 0x3002 ||
		    c == 0xff1b)
			f->clauses++;
		if ((word = clean_is_word_char(c))) {
			if (w == NULL)
				w = p;
		} else if (w != NULL) {
			clean_word(f, w, p);
			w = NULL;
		}
		if ((word || clean_is_cjk(c)) && nl + 4 < sizeof norm) {
			memcpy(norm + nl, p, l);
			nl += l;
		}
		p += l;
	}
	if (w != NULL)
		clean_word(f, w, p);
	f->normlen = nl;
	f->normhash = clean_fnv(norm, nl);
	f->wlen = f->chars - f->cjk + CJK_WEIGHT * f->cjk;
	f->terminal = clean_terminal(f->s, f->n, &f->ellipsis);

	if (f->hangul * 2 > f->cjk && f->kowords > 0) {
		f->script = 'K';
		f->sw = (double)f->koend / f->kowords;
	} else if (f->cjk * 10 >= f->chars * 3 && f->cjk > 0) {
		f->script = 'C';
		f->sw = (double)f->fchars / f->cjk;
	} else {
		f->script = 'L';
		f->sw = f->words == 0 ? 0 : (double)f->stop / f->words;
	}

	/* Link characters inside this block (links are sorted by start). */
	s0 = base;
	s1 = base + f->n;
	for (i = clean_first_link(links, nlinks, s0); i < nlinks &&
	    links[i].start < s1; i++) {
		lo = links[i].start > s0 ? links[i].start : s0;
		hi = links[i].start + links[i].len < s1 ?
		    links[i].start + links[i].len : s1;
		if (hi > lo)
			f->linkchars += hi - lo;
	}
	f->ld = f->n == 0 ? 0 : (double)f->linkchars / f->n;

	if (f->hangul > 0 && strstr(f->lower, "조회수") != NULL)
		f->views = 1;
	if (f->digits == 0)
		return;		/* no count, no duration, no "N ago" */
	found = clean_number_then(f->lower, f->lowern, clean_view_words,
	    clean_ago_words);
	if (found & 1)
		f->views = 1;
	f->ago = (found & 2) != 0;
	for (i = 0; !f->ago && clean_ago_before[i] != NULL; i++) {
		const char *q = strstr(f->lower, clean_ago_before[i]);

		if (q != NULL && q[strlen(clean_ago_before[i])] >= '0' &&
		    q[strlen(clean_ago_before[i])] <= '9')
			f->ago = clean_number_then(q, f->lowern - (q -
			    f->lower), clean_ago_units, NULL);
	}
	f->duration = clean_duration(f->s, f->n);
}

/*
 * The strong rules, context-free: each block that one of them hides gets
 * its reason.  Phrase rules only look at short blocks, so a story that
 * mentions a newsletter or a copyright lawsuit is not caught.
 */
static void
clean_strong(struct clean_feat *fs, size_t n, size_t total)
{
	struct clean_feat	*f;
	struct lexicon_block	 lx;
	const char		*m;
	size_t			 i, ncred = 0, nprose = 0;
	int			 hits, tail, photostory;

	/* a photo story (图集): its captions are its paragraphs */
	for (i = 0; i < n; i++) {
		if (clean_cjk_credit(&fs[i]))
			ncred++;
		else if (fs[i].cjk > 0 && fs[i].wlen >= 60)
			nprose++;
	}
	photostory = ncred >= 3 && ncred >= nprose;
	for (i = 0; i < n; i++) {
		f = &fs[i];
		tail = i * 3 >= n;
		/* the phrase lists are for short blocks; a long one has an
		 * empty set, where no phrase is found */
		if (f->wlen < 2 * STRONG_MAX)
			lexicon_prepare(&lx, f->lower, f->lowern);
		else
			memset(&lx, 0, sizeof lx);
		if ((hits = f->marks > 0 ? clean_markup(f) : 0) >= 2 ||
		    (hits == 1 && f->wlen < 40)) {
			clean_set(f, KIND_MARKUP, VERDICT_BOILERPLATE,
			    "markup: %d tag%s or entit%s", hits,
			    hits == 1 ? "" : "s", hits == 1 ? "y" : "ies");
			continue;
		}
		if ((photostory ? clean_latin_credit(f) :
		    clean_photo_credit(f))) {
			clean_set(f, KIND_COPYRIGHT, VERDICT_BOILERPLATE,
			    "caption: a photo's credit closes it");
			f->anchored = 1;
			continue;
		}
		if (clean_placeholder(f)) {
			clean_set(f, KIND_MARKUP, VERDICT_BOILERPLATE,
			    "markup: a template's placeholder");
			continue;
		}
		if (clean_bare_url(f)) {
			clean_set(f, KIND_URL, VERDICT_BOILERPLATE,
			    "link: a bare URL");
			continue;
		}
		if (f->wlen < 2 * STRONG_MAX &&
		    (m = lexicon_match(LEXICON_BOT, &lx))) {
			clean_set(f, KIND_BOT, VERDICT_BOILERPLATE,
			    "bot-footer: \"%s\"", m);
			continue;
		}
		if (f->wlen < STRONG_MAX &&
		    (m = lexicon_match(LEXICON_COMMENT_FORM, &lx))) {
			clean_set(f, KIND_COMMENT_FORM, VERDICT_BOILERPLATE,
			    "comment-form: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_COMMENT_FORM, m);
			continue;
		}
		if (f->wlen < 2 * STRONG_MAX && ((f->views && (f->duration ||
		    f->ago)) || (f->duration && f->ago) ||
		    ((f->views || f->duration) && !f->terminal)) &&
		    !(f->duration && !f->views && clean_only_time(f))) {
			clean_set(f, KIND_VIDEO, VERDICT_BOILERPLATE,
			    "video-list: %s%s%s", f->duration ? "duration " : "",
			    f->views ? "view count " : "",
			    f->ago ? "time ago" : "");
			continue;
		}
		if (f->wlen < STRONG_MAX &&
		    (m = lexicon_match(LEXICON_CTA, &lx))) {
			clean_set(f, KIND_PROMO, VERDICT_BOILERPLATE,
			    "promo: \"%s\"", m);
			f->anchored = 1;	/* no story says it */
			continue;
		}
		if (f->wlen < 2 * STRONG_MAX &&
		    (m = lexicon_match(LEXICON_COPYRIGHT, &lx))) {
			clean_set(f, KIND_COPYRIGHT, VERDICT_BOILERPLATE,
			    "copyright: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_COPYRIGHT, m);
			continue;
		}
		if (f->wlen < 150 &&
		    (m = lexicon_match(LEXICON_SHARE, &lx))) {
			clean_set(f, KIND_SHARE, VERDICT_BOILERPLATE,
			    "share-widget: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_SHARE, m);
			continue;
		}
		if (f->wlen < 2 * STRONG_MAX &&
		    (m = lexicon_match(LEXICON_COOKIE, &lx)) &&
		    (f->wlen < 60 || (lexicon_match(LEXICON_SITE, &lx) &&
		    !clean_speech(f)))) {
			clean_set(f, KIND_COOKIE, VERDICT_BOILERPLATE,
			    "cookie-banner: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_COOKIE, m);
			continue;
		}
		if (f->wlen < STRONG_MAX &&
		    (m = lexicon_match(LEXICON_PROMO, &lx))) {
			clean_set(f, KIND_PROMO, VERDICT_BOILERPLATE,
			    "promo: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_PROMO, m);
			continue;
		}
		if ((m = lexicon_match(LEXICON_AD, &lx))) {
			clean_set(f, KIND_AD, VERDICT_BOILERPLATE, "ad: \"%s\"",
			    m);
			f->anchored = lexicon_anchored(LEXICON_AD, m);
			continue;
		}
		if (f->wlen < 100 && !f->terminal &&
		    (m = lexicon_match(LEXICON_RELATED, &lx))) {
			clean_set(f, KIND_RELATED, VERDICT_BOILERPLATE,
			    "related-heading: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_RELATED, m);
			continue;
		}
		if (clean_breadcrumb(f)) {
			clean_set(f, KIND_BREADCRUMB, VERDICT_BOILERPLATE,
			    "breadcrumb");
			continue;
		}
		if (f->linkchars > 0 && (f->ld > 0.5 || (f->ld > 0.25 &&
		    f->wlen < LENGTH_HIGH) || (f->wlen < 50 && !f->terminal))) {
			clean_set(f, KIND_LINKS, VERDICT_BOILERPLATE,
			    "link-dense: %.2f", f->ld);
			continue;
		}
		if (f->wlen < 100 && (m = lexicon_match(LEXICON_EDITOR,
		    &lx)) != NULL) {
			clean_set(f, KIND_BIO, VERDICT_BOILERPLATE,
			    "editor: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_EDITOR, m);
			continue;
		}
		if (tail && f->wlen < STRONG_MAX &&
		    (((m = lexicon_match(LEXICON_BIO, &lx)) != NULL &&
		    clean_byline_name(f, m) && !clean_byline_lede(f, m) &&
		    (strcmp(m, "@") != 0 || clean_handle(f))) ||
		    ((m = lexicon_match(LEXICON_BIO_WEAK, &lx)) != NULL &&
		    ((i > 0 && clean_name_line(&fs[i - 1])) ||
		    clean_name_then(f, m))))) {
			clean_set(f, KIND_BIO, VERDICT_BOILERPLATE,
			    "bio: \"%s\"", m);
			f->anchored = lexicon_anchored(LEXICON_BIO, m);
			/* a line that starts as a byline, or a Korean
			 * reporter's name: a reporter's line in a story */
			f->byline = f->wlen < 150 && (strstr(f->lower,
			    "기자") != NULL || strstr(f->lower, "記者") != NULL ||
			    strstr(f->lower, "记者") != NULL ||
			    ((m = lexicon_match(LEXICON_BYLINE,
			    &lx)) != NULL && clean_reporter(m) &&
			    clean_byline_name(f, m)));
			if (i > 0 && clean_name_line(&fs[i - 1]))
				clean_set(&fs[i - 1], KIND_BIO,
				    VERDICT_BOILERPLATE, "bio: the author's name "
				    "above a bio");
			continue;
		}
		if (clean_counter(f)) {
			clean_set(f, KIND_NUMERIC, VERDICT_BOILERPLATE,
			    "counter: a slide or page number");
			continue;
		}
		if (clean_stamp(f)) {
			clean_set(f, KIND_NUMERIC, VERDICT_BOILERPLATE,
			    "timestamp: only a date or time");
			continue;
		}
		if (f->wlen < 150 && (!f->terminal || (f->wlen < 80 &&
		    (memmem(f->s, f->n, "·", 2) != NULL ||
		    memchr(f->s, '|', f->n) != NULL)) ||
		    clean_stamp_word(f)) && clean_datetime(f)) {
			clean_set(f, KIND_NUMERIC, VERDICT_BOILERPLATE,
			    "timestamp: a date and a time");
			continue;
		}
		if (f->ago && f->wlen < 100 && !f->terminal) {
			clean_set(f, KIND_NUMERIC, VERDICT_BOILERPLATE,
			    "timestamp: \"N ago\"");
			continue;
		}
		if (f->wlen < 100 && !f->terminal &&
		    (m = lexicon_match(LEXICON_BYLINE, &lx)) != NULL &&
		    clean_byline_name(f, m)) {
			clean_set(f, KIND_BIO, VERDICT_BOILERPLATE,
			    "byline: \"%s\"", m);
			f->byline = clean_reporter(m);
			continue;
		}
		if (f->wlen < 80 && !f->terminal &&
		    (m = lexicon_match(LEXICON_COMMENT_WORDS, &lx)) &&
		    /* a commentator (评论员) signs a commentary */
		    strstr(f->lower, "评论员") == NULL &&
		    strstr(f->lower, "評論員") == NULL) {
			clean_set(f, KIND_COMMENT_FORM, VERDICT_BOILERPLATE,
			    "comment-form: \"%s\"", m);
			continue;
		}
	}
	(void)total;
}

/*
 * A hash of normalised text for comparing the blocks of one article in
 * memory, eight bytes a step (a byte-wise FNV was a sixth of the
 * features' time).  Never stored: clean_hash is the stored one.
 */
static uint64_t
clean_fnv(const char *s, size_t n)
{
	uint64_t	h = n * 0x9e3779b97f4a7c15ULL, w;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	w = 0;
	memcpy(&w, s, n);
	h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
	return (h ^ (h >> 29));
}

/* Normalised text for comparing blocks: lower case, letters only. */
static size_t
clean_norm(const struct clean_feat *f, char *out, size_t max)
{
	return (clean_norm_span(f->lower, f->lower + f->lowern, out, max));
}

/* clean_norm over lower-cased text from s to e. */
static size_t
clean_norm_span(const char *s, const char *e, char *out, size_t max)
{
	const uint8_t	*p = (const uint8_t *)s, *end = (const uint8_t *)e;
	size_t		 len = 0;
	ucs4_t		 c;
	int		 l;

	while (p < end && len + 4 < max) {
		if (*p < 0x80) {
			/* lower-cased already: letters, digits, apostrophe */
			if ((*p >= 'a' && *p <= 'z') || (*p >= '0' &&
			    *p <= '9') || *p == '\'' || (*p >= 'A' && *p <= 'Z'))
				out[len++] = (char)*p;
			p++;
			continue;
		}
		l = utf8_next(&c, p, end);
		if (clean_is_word_char(c) || clean_is_cjk(c)) {
			memcpy(out + len, p, l);
			len += l;
		}
		p += l;
	}
	return (len);
}

/*
 * A word of block f to look for in the raw text of the blocks near it
 * before comparing them closely: its first run of five ASCII letters,
 * or else of two characters beyond ASCII.  Its length, or 0.
 */
static size_t
clean_probe(const struct clean_feat *f, const char **at)
{
	const char	*p = f->lower, *e = f->lower + f->lowern, *b;

	for (b = p; p < e; p++) {
		if (*p >= 'a' && *p <= 'z') {
			if (p - b + 1 >= 5) {
				*at = b;
				return (5);
			}
		} else
			b = p + 1;
	}
	for (p = f->lower; p + 6 <= e; p++) {
		if (((unsigned char)*p & 0xc0) == 0xc0 &&
		    (unsigned char)p[1] >= 0x80 && (unsigned char)p[2] >= 0x80 &&
		    (unsigned char)p[3] >= 0x80 && (unsigned char)p[4] >= 0x80 &&
		    (unsigned char)p[5] >= 0x80 && ((unsigned char)p[3] & 0xc0)
		    == 0xc0) {
			*at = p;
			return (6);
		}
	}
	return (0);
}

/*
 * Is block i a pull quote: its sentences, each word for word, in one
 * longer block near it ("You learn not to ask. You learn it from their
 * faces." beside '"You learn not to ask," she told me. "You learn it
 * from their faces."')?  Its parts are cut at punctuation, as a pull
 * quote drops the attribution between them.
 */
static int
clean_pullquote(struct clean_feat *fs, size_t n, size_t i, size_t *from)
{
	char			 big[8192], seg[512];
	const struct clean_feat	*f = &fs[i];
	const char		*p, *q, *e = f->lower + f->lowern, *probe;
	size_t			 j, lo, hi, lb, ls, found, longest, np;
	ucs4_t			 c;
	int			 l, ok;

	if ((np = clean_probe(f, &probe)) == 0)
		return (0);
	lo = i > 12 ? i - 12 : 0;
	hi = i + 12 < n ? i + 12 : n - 1;
	for (j = lo; j <= hi; j++) {
		if (j == i || fs[j].lowern < f->lowern ||
		    fs[j].kind != KIND_NONE ||
		    memmem(fs[j].lower, fs[j].lowern, probe, np) == NULL)
			continue;
		if ((lb = clean_norm(&fs[j], big, sizeof big)) < f->normlen + 10)
			continue;
		found = longest = 0;
		ok = 1;
		for (p = q = f->lower; ok && q <= e; q += l) {
			l = 1;
			c = ' ';
			if (q < e && (l = utf8_next(&c, (const uint8_t *)q,
			    (const uint8_t *)e)) <= 0)
				l = 1;
			if (q < e && !(c == '.' || c == ',' || c == '!' ||
			    c == '?' || c == ';' || c == ':' || c == '"' ||
			    c == 0x201c || c == 0x201d || c == 0xab ||
			    c == 0xbb || c == 0x2026 || c == 0x2014 ||
			    c == 0x3002 || c == 0xff0c || c == 0xff01 ||
			    c == 0xff1f || c == 0x3001 || c == 0x300c ||
			    c == 0x300d))
				continue;
			ls = clean_norm_span(p, q, seg, sizeof seg);
			p = q + (q < e ? l : 0);
			if (ls < 6)
				continue;
			if (memmem(big, lb, seg, ls) == NULL)
				ok = 0;
			found += ls;
			if (ls > longest)
				longest = ls;
			if (q >= e)
				break;
		}
		if (ok && longest >= 12 && found * 10 >= f->normlen * 8) {
			*from = j;
			return (1);
		}
	}
	return (0);
}

/*
 * The pull quotes of a text: a pull quote is a sentence; a quoted
 * phrase over a section ("«Там нас никто не найдёт»") is its heading.
 */
static void
clean_pullquotes(struct clean_feat *fs, size_t n)
{
	size_t	i, j;

	for (i = 0; i < n; i++) {
		if (fs[i].kind == KIND_NONE && fs[i].normlen >= 30 &&
		    fs[i].normlen <= 400 && fs[i].terminal &&
		    clean_list_number(&fs[i]) == 0 &&
		    clean_pullquote(fs, n, i, &j))
			clean_set(&fs[i], KIND_DUPLICATE, VERDICT_BOILERPLATE,
			    "duplicate: a pull quote of block %zu", j + 1);
	}
}

/*
 * Rules over runs of blocks: video lists, teaser lists, a teaser's full
 * title just before it, blocks repeated within the article, and the
 * headings of such runs.
 */
static void
clean_runs(struct clean_feat *fs, size_t n)
{
	char		 a[512], b[512];
	size_t		 i, j, k, la, lb, views, size, *seen, h;
	struct clean_feat *f;

	/* Video lists: gather the run and count its evidence. */
	for (i = 0; i < n; i = j) {
		if (fs[i].kind != KIND_VIDEO) {
			j = i + 1;
			continue;
		}
		views = 0;
		for (j = i; j < n && (fs[j].kind == KIND_VIDEO ||
		    (fs[j].kind == KIND_RELATED) || (fs[j].kind == KIND_NONE &&
		    !fs[j].terminal && fs[j].wlen < 100 && j + 1 < n &&
		    fs[j + 1].kind == KIND_VIDEO)); j++)
			views += fs[j].views || fs[j].duration;
		for (k = i; k < j; k++)
			clean_set(&fs[k], KIND_VIDEO, VERDICT_BOILERPLATE,
			    "video-list: %zu items with view counts or "
			    "durations", views);
		/* The run's heading just above it. */
		if (i > 0 && fs[i - 1].kind == KIND_NONE &&
		    !fs[i - 1].terminal && fs[i - 1].wlen < 100)
			clean_set(&fs[i - 1], KIND_VIDEO, VERDICT_BOILERPLATE,
			    "video-list: its heading");
	}

	/* Teasers: short blocks cut off with an ellipsis. */
	for (i = 0; i < n; i = j) {
		f = &fs[i];
		if (!f->ellipsis || f->wlen >= STRONG_MAX ||
		    (f->kind != KIND_NONE && f->kind != KIND_LINKS)) {
			j = i + 1;
			continue;
		}
		for (j = i; j < n && fs[j].ellipsis &&
		    fs[j].wlen < STRONG_MAX; j++)
			/* nothing */;
		if (j - i >= 2 || (i > 0 && fs[i - 1].kind != KIND_NONE) ||
		    (j < n && fs[j].kind != KIND_NONE) || j == n) {
			for (k = i; k < j; k++)
				clean_set(&fs[k], KIND_TEASER,
				    VERDICT_BOILERPLATE, "teaser-list: %zu "
				    "line%s cut with …", j - i,
				    j - i == 1 ? "" : "s");
		}
	}

	/* A teaser's full title: the block before it starts the same way. */
	for (i = 1; i < n; i++) {
		if (!fs[i].ellipsis || fs[i - 1].kind != KIND_NONE)
			continue;
		la = clean_norm(&fs[i], a, sizeof a);
		lb = clean_norm(&fs[i - 1], b, sizeof b);
		if (la >= 10 && lb >= la && memcmp(a, b, la) == 0) {
			clean_set(&fs[i - 1], KIND_TEASER, VERDICT_BOILERPLATE,
			    "teaser-list: the full title of the teaser below");
			if (fs[i].kind == KIND_NONE)
				clean_set(&fs[i], KIND_TEASER,
				    VERDICT_BOILERPLATE, "teaser-list: repeats "
				    "the start of the block above");
		}
	}

	/* A block repeated within the article: a hash table of the first
	 * block with each normalised text. */
	size = 64;
	while (size < 2 * n)
		size *= 2;
	seen = xcalloc(size, sizeof *seen);
	for (i = 0; i < n; i++) {
		if (fs[i].normlen < 12)
			continue;
		for (h = fs[i].normhash & (size - 1); seen[h] != 0;
		    h = (h + 1) & (size - 1)) {
			j = seen[h] - 1;
			if (fs[j].normhash == fs[i].normhash &&
			    fs[j].normlen == fs[i].normlen)
				break;
		}
		if (seen[h] == 0) {
			seen[h] = i + 1;
			continue;
		}
		if (fs[i].kind == KIND_NONE) {
			clean_set(&fs[i], KIND_DUPLICATE, VERDICT_BOILERPLATE,
			    "duplicate: the same as block %zu", seen[h]);
			fs[i].dupof = seen[h];
		}
	}
	free(seen);

	clean_pullquotes(fs, n);
}

/* A block that repeats the title (a page's <h1> under its <title>). */
static void
clean_title(struct clean_feat *fs, size_t n, const char *title)
{
	struct clean_feat	 t;
	char			 a[512];
	size_t			 i, la, len;
	uint64_t		 h;
	uint8_t			*low;

	memset(&t, 0, sizeof t);
	len = strlen(title);
	t.lower = xmalloc(len + 1);
	if (clean_lower_fast(title, len, t.lower))
		t.lowern = len;
	else {
		free(t.lower);
		low = u8_tolower((const uint8_t *)title, len, NULL, NULL,
		    NULL, &t.lowern);
		if (low == NULL)
			return;
		t.lower = (char *)low;
	}
	la = clean_norm(&t, a, sizeof a);
	free(t.lower);
	if (la < 8)
		return;
	h = clean_fnv(a, la);
	for (i = 0; i < n && i < 8; i++) {
		if (fs[i].kind == KIND_NONE && fs[i].normlen == la &&
		    fs[i].normhash == h)
			clean_set(&fs[i], KIND_DUPLICATE, VERDICT_BOILERPLATE,
			    "duplicate: repeats the title");
	}
}

/* jusText's context-free classes for the blocks no strong rule hid. */
static void
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
static void
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
static void
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

/* The number of a numbered list item ("3. ", "3) ", "(3) "), or 0. */
static int
clean_list_number(const struct clean_feat *f)
{
	const char	*p = f->s, *e = f->s + f->n;
	int		 v = 0;

	if (p < e && *p == '(')
		p++;
	while (p < e && *p >= '0' && *p <= '9' && v < 1000)
		v = v * 10 + (*p++ - '0');
	if (v == 0 || p >= e || (*p != '.' && *p != ')' &&
	    (unsigned char)*p != 0xef))
		return (0);
	return (v);
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
static void
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

static void
clean_debug(const struct clean_feat *fs, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		fprintf(stderr, "%zu\t%c\t%.3f\t%zu\t%d\t%d\t%s\t%.40s\n",
		    i + 1, fs[i].script, fs[i].sw, fs[i].wlen, fs[i].terminal,
		    fs[i].cls, clean_verdict_name(fs[i].verdict), fs[i].s);
}

/*
 * The end of the article.  After a comment form or a bot footer, once
 * there was article enough before it, nothing is article: prose there is
 * a reader comment, the rest boilerplate.
 */
static void
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
static void
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

/* FNV-1a over the normalised block, for repeats across articles. */
uint64_t
clean_hash(const char *s, size_t n)
{
	struct clean_feat	 f;
	char			 norm[2048];
	uint8_t			*low;
	uint64_t		 h = 0xcbf29ce484222325ULL;
	size_t			 len, i;

	memset(&f, 0, sizeof f);
	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		/* nothing */;
	if (i == n && n < sizeof norm) {
		/* ASCII: letters and digits, lower-cased */
		for (i = len = 0; i < n; i++) {
			if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' &&
			    s[i] <= '9') || s[i] == '\'')
				norm[len++] = s[i];
			else if (s[i] >= 'A' && s[i] <= 'Z')
				norm[len++] = s[i] + 32;
		}
		low = NULL;
	} else {
		low = xmalloc(n + 1);
		if (clean_lower_fast(s, n, (char *)low))
			len = n;
		else {
			free(low);
			low = u8_tolower((const uint8_t *)s, n, NULL, NULL,
			    NULL, &len);
			if (low == NULL)
				fatal("u8_tolower");
		}
		f.lower = (char *)low;
		f.lowern = len;
		len = clean_norm(&f, norm, sizeof norm);
		free(low);
	}
	for (i = 0; i < len; i++) {
		h ^= (uint8_t)norm[i];
		h *= 0x100000001b3ULL;
	}
	return (h & 0x7fffffffffffffffULL);
}

const char *
clean_verdict_name(int v)
{
	/* Marked for translation, but returned untranslated: the
	 * command line prints them as data, the reader translates. */
	switch (v) {
	case VERDICT_CONTENT:
		return (N_("content"));
	case VERDICT_COMMENT:
		return (N_("comment"));
	default:
		return (N_("boilerplate"));
	}
}

/*
 * Classify the blocks of a text.  df, when not NULL, says in how many
 * other articles of the same source a block (by clean_hash) occurs.  The
 * reasons are written only with CLEAN_REASONS in flags (formatting them
 * was a twentieth of the time), else they are empty.
 */
struct clean *
clean_text(const char *title, const char *text, size_t len,
    const struct html_link *links, size_t nlinks, const struct dom *dom,
    clean_df_cb df, void *arg, int flags)
{
	struct clean		*c;
	struct clean_feat	*fs = NULL;
	const char		*p = text, *e = text + len, *nl;
	char			*lower;
	size_t			 n = 0, i, total = 0;
	unsigned		 count;

	c = xcalloc(1, sizeof *c);
	if (len == 0)
		return (c);
	for (i = 1, nl = text; (nl = memchr(nl, '\n', e - nl)) != NULL; nl++)
		i++;
	fs = xcalloc(i, sizeof *fs);
	lower = xmalloc(len + 1);	/* lower case, where offsets keep */
	while (p <= e) {
		nl = memchr(p, '\n', e - p);
		if (nl == NULL)
			nl = e;
		fs[n].s = p;
		fs[n].n = nl - p;
		fs[n].quiet = !(flags & CLEAN_REASONS);
		clean_features(&fs[n], lower + (p - text), links, nlinks,
		    p - text);
		total += fs[n].wlen;
		n++;
		if (nl == e)
			break;
		p = nl + 1;
	}

	clean_strong(fs, n, total);
	if (df != NULL) {
		for (i = 0; i < n; i++) {
			if (fs[i].kind != KIND_NONE || fs[i].wlen < 15 ||
			    fs[i].wlen > 600)
				continue;
			count = df(clean_hash(fs[i].s, fs[i].n), arg);
			if (count + 1 >= 3)
				clean_set(&fs[i], KIND_REPEATED,
				    VERDICT_BOILERPLATE, "repeated: in %u "
				    "articles of this source", count + 1);
		}
	}
	if (title != NULL)
		clean_title(fs, n, title);
	clean_runs(fs, n);
	clean_classes(fs, n);
	clean_dom(fs, n, dom, c->page, sizeof c->page);
	clean_headings(fs, n);
	clean_context(fs, n);
	clean_lists(fs, n);
	clean_tail(fs, n);
	clean_safety(fs, n);
	if ((p = getenv("SIFT_CLEAN_DEBUG")) != NULL && *p != '\0')
		clean_debug(fs, n);

	c->blocks = xcalloc(n, sizeof *c->blocks);
	c->nblocks = n;
	for (i = 0; i < n; i++) {
		c->blocks[i].start = fs[i].s - text;
		c->blocks[i].len = fs[i].n;
		c->blocks[i].verdict = fs[i].verdict;
		memcpy(c->blocks[i].reason, fs[i].reason,
		    sizeof c->blocks[i].reason);
		if (fs[i].lower_own)
			free(fs[i].lower);
	}
	free(lower);
	free(fs);
	return (c);
}

void
clean_free(struct clean *c)
{
	if (c == NULL)
		return;
	free(c->blocks);
	free(c);
}

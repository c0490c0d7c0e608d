/*
 * text.c: Unicode primitives over libunistring for the model code.  For
 * import: repairing invalid UTF-8 (each bad sequence becomes U+FFFD, the
 * offset of the first one is reported), NFC normalisation with a fast path
 * for text that is NFC by construction, white-space normalisation, and a
 * language guess from the script mix.  Nothing here knows about files,
 * SQL or the terminal.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <unicase.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>
#include <uninorm.h>

#include "sift.h"
#include "lexicon.h"

static int	 text_nfc_stable(ucs4_t);
static int	 text_is_space(ucs4_t);
static const char *text_guess_latin(const char *, size_t);
static const char *text_guess_han(const char *, size_t);

/*
 * Copy s to out, replacing every invalid UTF-8 sequence by U+FFFD.  Returns
 * the number of replacements; *first gets the byte offset of the first.
 */
size_t
text_repair_utf8(const char *s, size_t n, struct buf *out, size_t *first)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + n, *bad;
	size_t		 count = 0;
	ucs4_t		 uc;
	int		 len;

	*first = 0;
	buf_grow(out, n);
	while (p < end) {
		bad = u8_check(p, end - p);
		if (bad == NULL) {
			buf_add(out, p, end - p);
			break;
		}
		buf_add(out, p, bad - p);
		if (count++ == 0)
			*first = (const char *)bad - s;
		len = u8_mbtouc(&uc, bad, end - bad);
		buf_add(out, "\xef\xbf\xbd", 3);
		p = bad + (len > 0 ? len : 1);
	}
	return (count);
}

/*
 * Code points that are NFC-stable and never compose with what precedes or
 * follows them.  Text made only of these is already NFC, which is the
 * common case for news text; anything else goes through u8_normalize.
 */
static int
text_nfc_stable(ucs4_t c)
{
	if (c < 0x300)
		return (1);
	if ((c >= 0x400 && c <= 0x482) || (c >= 0x48a && c <= 0x52f))
		return (1);	/* Cyrillic letters */
	if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e))
		return (1);	/* general punctuation, not U+2000/2001 */
	if ((c >= 0x3000 && c <= 0x3029) || (c >= 0x3030 && c <= 0x303f))
		return (1);	/* CJK punctuation, not the tone marks */
	if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x309b && c <= 0x30ff))
		return (1);	/* kana, not the combining sound marks */
	if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff))
		return (1);	/* unified ideographs (not compatibility) */
	if (c >= 0xac00 && c <= 0xd7a3)
		return (1);	/* Hangul syllables */
	if (c >= 0xff01 && c <= 0xffee)
		return (1);	/* fullwidth and halfwidth forms */
	return (0);
}

/*
 * Is s NFC as it is?  A quick check on characters that never change or
 * combine; 0 means "perhaps not", and text_nfc will tell.
 */
int
text_is_nfc(const char *s, size_t n)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + n;
	uint64_t	 w;
	ucs4_t		 uc;

	while (p < end) {
		if (end - p >= 8) {
			memcpy(&w, p, 8);
			if ((w & 0x8080808080808080ULL) == 0) {
				p += 8;		/* eight ASCII bytes */
				continue;
			}
		}
		if (*p < 0x80) {
			p++;
			continue;
		}
		/* the usual lead bytes: U+0400-047F (Cyrillic), U+4000-9FFF
		 * (ideographs, Yijing hexagrams): none changes or combines */
		if ((*p == 0xd0 || *p == 0xd1) && end - p >= 2 &&
		    (p[1] & 0xc0) == 0x80) {
			p += 2;
			continue;
		}
		if (*p >= 0xe4 && *p <= 0xe9 && end - p >= 3 &&
		    (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
			p += 3;
			continue;
		}
		p += utf8_next(&uc, p, end);
		if (!text_nfc_stable(uc))
			return (0);
	}
	return (1);
}

/* NFC-normalise s; the result is malloc'd and NUL-terminated. */
char *
text_nfc(const char *s, size_t n, size_t *outlen)
{
	uint8_t		*r;
	char		*out;
	size_t		 len;

	if (text_is_nfc(s, n)) {
		*outlen = n;
		return (xstrndup(s, n));
	}
	r = u8_normalize(UNINORM_NFC, (const uint8_t *)s, n, NULL, &len);
	if (r == NULL)
		fatal("u8_normalize");
	out = xmalloc(len + 1);
	memcpy(out, r, len);
	out[len] = '\0';
	free(r);
	*outlen = len;
	return (out);
}

static int
text_is_space(ucs4_t c)
{
	return (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    c == '\v' || c == '\f' || c == 0xa0 || c == 0x3000 ||
	    (c >= 0x2000 && c <= 0x200a) || c == 0x202f || c == 0x205f ||
	    c == 0x2028 || c == 0x2029 || c == 0x85);
}

/*
 * Collapse white space (NBSP too) to single spaces and trim, in place,
 * dropping control characters: for one line of metadata (a title, an
 * author, a link) taken from a page.  An empty result is freed: return
 * NULL.
 */
char *
text_squash(char *s)
{
	unsigned char	*r = (unsigned char *)s, *w = r;
	int		 space = 0;

	if (s == NULL)
		return (NULL);
	for (; *r != '\0'; r++) {
		if (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r' ||
		    *r == '\f' || (r[0] == 0xc2 && r[1] == 0xa0)) {
			r += *r == 0xc2;
			space = w != (unsigned char *)s;
		} else if (*r >= 0x20 && *r != 0x7f && !(r[0] == 0xc2 &&
		    r[1] >= 0x80 && r[1] <= 0x9f)) {
			if (space)
				*w++ = ' ';
			space = 0;
			*w++ = *r;
		} else if (r[0] == 0xc2)
			r++;
	}
	*w = '\0';
	if (*s == '\0') {
		free(s);
		return (NULL);
	}
	return (s);
}

/*
 * Collapse every run of white space (Unicode spaces included) to one ASCII
 * space and trim both ends.  This is the form the content hash is taken
 * of, so that re-wrapped copies of an article are the same article.
 */
char *
text_squeeze(const char *s, size_t n, size_t *outlen)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + n;
	char		*out = xmalloc(n + 1), *o = out;
	int		 space = 0, l;
	ucs4_t		 uc;

	while (p < end) {
		if (*p < 0x80) {
			if (*p == ' ' || (*p >= '\t' && *p <= '\r'))
				space = 1;
			else {
				if (space && o != out)
					*o++ = ' ';
				space = 0;
				*o++ = (char)*p;
			}
			p++;
			continue;
		}
		l = u8_mbtouc(&uc, p, end - p);
		if (text_is_space(uc))
			space = 1;
		else {
			if (space && o != out)
				*o++ = ' ';
			space = 0;
			memcpy(o, p, l);
			o += l;
		}
		p += l;
	}
	*o = '\0';
	*outlen = o - out;
	return (out);
}

/* The script of a code point, for the language guess. */
enum text_script {
	SCRIPT_OTHER, SCRIPT_LATIN, SCRIPT_CYRILLIC, SCRIPT_GREEK,
	SCRIPT_HAN, SCRIPT_KANA, SCRIPT_HANGUL, SCRIPT_ARABIC, SCRIPT_HEBREW,
	SCRIPT_THAI, SCRIPT_DEVANAGARI, SCRIPT_COUNT
};

static enum text_script
text_script(ucs4_t c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xc0 && c <= 0x24f && c != 0xd7 && c != 0xf7))
		return (SCRIPT_LATIN);
	if (c < 0x370)
		return (SCRIPT_OTHER);
	if (c <= 0x3ff)
		return (SCRIPT_GREEK);
	if (c >= 0x400 && c <= 0x52f)
		return (SCRIPT_CYRILLIC);
	if (c >= 0x590 && c <= 0x5ff)
		return (SCRIPT_HEBREW);
	if (c >= 0x600 && c <= 0x6ff)
		return (SCRIPT_ARABIC);
	if (c >= 0x900 && c <= 0x97f)
		return (SCRIPT_DEVANAGARI);
	if (c >= 0xe00 && c <= 0xe7f)
		return (SCRIPT_THAI);
	if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) ||
	    (c >= 0xac00 && c <= 0xd7af))
		return (SCRIPT_HANGUL);
	if ((c >= 0x3041 && c <= 0x30ff && c != 0x30fb && c != 0x30fc) ||
	    (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9d))
		return (SCRIPT_KANA);
	if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
	    (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f))
		return (SCRIPT_HAN);
	return (SCRIPT_OTHER);
}

static int
text_is_terminal(ucs4_t c)
{
	return (c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' ||
	    c == 0x3002 || c == 0xff01 || c == 0xff1f || c == 0x201d ||
	    c == 0x2019 || c == 0x300d || c == 0x300f || c == 0xbb ||
	    c == ')' || c == 0xff09);
}

/*
 * Count the letters of each script in the line at p (before end) into
 * line, CJK characters three times; *last gets its last character that is
 * not a space.  Returns the end of the line.
 */
static const uint8_t *
text_count_line(const uint8_t *p, const uint8_t *end, unsigned long *line,
    ucs4_t *last)
{
	ucs4_t	uc;
	int	i, l, w;

	*last = 0;
	while (p < end && *p != '\n') {
		if (*p < 0x80) {
			/* ASCII: Latin letters or nothing */
			if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')
				line[SCRIPT_LATIN]++;
			else
				line[SCRIPT_OTHER]++;
			if (*p != ' ' && (*p < '\t' || *p > '\r'))
				*last = *p;
			p++;
			continue;
		}
		l = utf8_next(&uc, p, end);
		i = text_script(uc);
		w = (i == SCRIPT_HAN || i == SCRIPT_KANA ||
		    i == SCRIPT_HANGUL) ? 3 : 1;
		line[i] += w;
		if (!text_is_space(uc))
			*last = uc;
		p += l;
	}
	return (p);
}

/* The language tag of the script that won the vote. */
static const char *
text_script_lang(int best, const char *s, size_t n)
{
	switch (best) {
	case SCRIPT_LATIN:
		return (text_guess_latin(s, n));
	case SCRIPT_CYRILLIC:
		if (strstr(s, "і") != NULL || strstr(s, "ї") != NULL ||
		    strstr(s, "є") != NULL)
			return ("uk");
		return ("ru");
	case SCRIPT_GREEK:
		return ("el");
	case SCRIPT_HAN:
		return (text_guess_han(s, n));
	case SCRIPT_KANA:
		return ("ja");
	case SCRIPT_HANGUL:
		return ("ko");
	case SCRIPT_ARABIC:
		return ("ar");
	case SCRIPT_HEBREW:
		return ("he");
	case SCRIPT_THAI:
		return ("th");
	case SCRIPT_DEVANAGARI:
		return ("hi");
	default:
		return ("und");
	}
}

/*
 * Guess the language of a text (blocks separated by '\n') from its script
 * mix.  Blocks that end like sentences vote with their letters; the other
 * blocks (lists, captions, scraped widgets) vote only when no block ends
 * like a sentence.  CJK characters count three times, since one carries
 * about as much as a short Latin word.  Returns a BCP 47 tag, "und" when
 * the text has no letters.
 */
const char *
text_guess_lang(const char *s, size_t n)
{
	unsigned long	 prose[SCRIPT_COUNT], all[SCRIPT_COUNT], *v;
	unsigned long	 line[SCRIPT_COUNT], best_n = 0, total = 0;
	const uint8_t	*p = (const uint8_t *)s, *end, *lstart;
	ucs4_t		 last;
	int		 i, best = SCRIPT_OTHER;

	if (n > 256 * 1024)
		n = 256 * 1024;	/* plenty for a guess */
	end = p + n;
	memset(prose, 0, sizeof prose);
	memset(all, 0, sizeof all);
	while (p < end) {
		memset(line, 0, sizeof line);
		lstart = p;
		p = text_count_line(p, end, line, &last);
		for (i = 0; i < SCRIPT_COUNT; i++) {
			all[i] += line[i];
			if (text_is_terminal(last) && p - lstart > 20)
				prose[i] += line[i];
		}
		if (p < end)
			p++;
	}
	for (i = 1; i < SCRIPT_COUNT; i++)
		total += prose[i];
	v = total > 0 ? prose : all;
	/* Kana and Han are one writing system when kana is present. */
	if (v[SCRIPT_KANA] * 10 > v[SCRIPT_HAN] + v[SCRIPT_KANA] &&
	    v[SCRIPT_KANA] > 0) {
		v[SCRIPT_KANA] += v[SCRIPT_HAN];
		v[SCRIPT_HAN] = 0;
	}
	for (i = 1; i < SCRIPT_COUNT; i++) {
		if (v[i] > best_n) {
			best_n = v[i];
			best = i;
		}
	}
	return (text_script_lang(best, s, n));
}

static const char *
text_guess_latin(const char *s, size_t n)
{
	unsigned	 score[16], mask;
	const char	*p = s, *end = s + n, *w;
	char		 word[24];
	size_t		 i, len, best = 0;

	memset(score, 0, sizeof score);
	while (p < end) {
		while (p < end && !((*p >= 'a' && *p <= 'z') ||
		    (*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0xc3))
			p++;
		w = p;
		while (p < end && ((*p >= 'a' && *p <= 'z') ||
		    (*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0x80))
			p++;
		len = p - w;
		if (len == 0 || len > sizeof word)
			continue;
		for (i = 0; i < len; i++)
			word[i] = (w[i] >= 'A' && w[i] <= 'Z') ? w[i] + 32 :
			    w[i];
		mask = lexicon_lang_mask(word, len);
		for (i = 0; mask != 0 && i < 16; i++, mask >>= 1)
			score[i] += mask & 1;
	}
	for (i = 1; lexicon_lang_name(i) != NULL; i++)
		if (score[i] > score[best])
			best = i;
	return (score[best] == 0 ? "und" : lexicon_lang_name(best));
}

/*
 * Common characters that exist only in the simplified or only in the
 * traditional script, pair by pair.
 */
static const char text_simplified[] =
    "这个们国说时对会来为发东华经问过动关进现与开还后长见书学门马车军电视"
    "频导领统总谈讨论罗亚战乌兰应给边谢区报认让员习题选务万产业机组织网观"
    "级术决议将脑钱银买卖费页亲热爱气号众众实际变龙鸟鱼伤斗乐历岁协师两";
static const char text_traditional[] =
    "這個們國說時對會來為發東華經問過動關進現與開還後長見書學門馬車軍電視"
    "頻導領統總談討論羅亞戰烏蘭應給邊謝區報認讓員習題選務萬產業機組織網觀"
    "級術決議將腦錢銀買賣費頁親熱愛氣號眾衆實際變龍鳥魚傷鬥樂歷歲協師兩";

static const char *
text_guess_han(const char *s, size_t n)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + n;
	unsigned long	 simp = 0, trad = 0;
	char		 ch[8];
	ucs4_t		 uc;
	int		 l;

	while (p < end) {
		l = u8_mbtouc(&uc, p, end - p);
		if (l == 3 && uc >= 0x4e00) {
			memcpy(ch, p, 3);
			ch[3] = '\0';
			if (strstr(text_simplified, ch) != NULL)
				simp++;
			else if (strstr(text_traditional, ch) != NULL)
				trad++;
		}
		p += l;
	}
	if (simp == 0 && trad == 0)
		return ("zh");
	return (simp >= trad ? "zh-Hans" : "zh-Hant");
}

/* The script family of a language tag: 'L'atin, 'C'JK, 'Y' Cyrillic... */
static char
text_lang_family(const char *tag)
{
	static const struct {
		const char	*lang;
		char		 family;
	} fam[] = {
		{ "zh", 'C' }, { "ja", 'C' }, { "ko", 'C' }, { "ru", 'Y' },
		{ "uk", 'Y' }, { "be", 'Y' }, { "bg", 'Y' }, { "sr", 'Y' },
		{ "mk", 'Y' }, { "kk", 'Y' }, { "el", 'G' }, { "ar", 'A' },
		{ "fa", 'A' }, { "ur", 'A' }, { "he", 'H' }, { "th", 'T' },
		{ "hi", 'D' }, { "mr", 'D' }, { "ne", 'D' }, { "und", '?' },
	};
	size_t	i, n = strcspn(tag, "-_");

	for (i = 0; i < sizeof fam / sizeof fam[0]; i++)
		if (strlen(fam[i].lang) == n && strncmp(tag, fam[i].lang, n) == 0)
			return (fam[i].family);
	return ('L');
}

/*
 * The language of an article from what its page declares and what its
 * text looks like.  A declared tag is trusted when it fits the script of
 * the text (templates often say lang="en" on every page); it is reduced to
 * its primary subtag, except that Chinese keeps its script (zh-CN and
 * zh-SG are zh-Hans, zh-TW, zh-HK and zh-MO are zh-Hant).
 */
char *
text_lang(const char *declared, const char *s, size_t n)
{
	const char	*guess = text_guess_lang(s, n);
	char		*tag, *p;
	size_t		 len;

	if (declared == NULL || *declared == '\0')
		return (xstrdup(guess));
	len = strcspn(declared, " \t;,");
	tag = xstrndup(declared, len);
	for (p = tag; *p != '\0'; p++) {
		*p = (*p >= 'A' && *p <= 'Z') ? *p + 32 : *p;
		if (*p == '_')
			*p = '-';
	}
	if (text_lang_family(tag) != text_lang_family(guess) &&
	    strcmp(guess, "und") != 0) {
		free(tag);
		return (xstrdup(guess));
	}
	if (strncmp(tag, "zh", 2) == 0 && (tag[2] == '\0' || tag[2] == '-')) {
		if (strstr(tag, "-hant") != NULL || strstr(tag, "-tw") != NULL ||
		    strstr(tag, "-hk") != NULL || strstr(tag, "-mo") != NULL)
			p = xstrdup("zh-Hant");
		else if (strstr(tag, "-hans") != NULL ||
		    strstr(tag, "-cn") != NULL || strstr(tag, "-sg") != NULL)
			p = xstrdup("zh-Hans");
		else
			p = xstrdup(strncmp(guess, "zh", 2) == 0 ? guess : "zh");
		free(tag);
		return (p);
	}
	len = strcspn(tag, "-");
	tag[len] = '\0';
	if (len < 2 || len > 3) {
		free(tag);
		return (xstrdup(guess));
	}
	return (tag);
}

/*
 * Display.  The stored text is never changed; what reaches the terminal is
 * a display copy made code point by code point, so that every display
 * line still maps to a byte range of the stored text.  Controls (C0 but
 * tab and newline, DEL, C1), soft hyphens, BOMs and bidirectional
 * overrides show as nothing; code points glibc does not know show as
 * U+FFFD.  In the emoji-safe mode (the default) ZWJ between pictographs,
 * VS16 and skin-tone modifiers show as nothing too, so that terminal,
 * its drawing library and sift agree on every width.
 */

/* glibc's width of a code point, the one the reader's drawing library uses. */
static int
text_wcwidth(ucs4_t c)
{
	if (c >= 0x20 && c < 0x7f)
		return (1);
	/* The common wide ranges, where glibc says 2 throughout. */
	if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) ||
	    (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) ||
	    (c >= 0xff01 && c <= 0xff60))
		return (2);
	return (wcwidth((wchar_t)c));
}

static int
text_is_hidden_format(ucs4_t c)
{
	return (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) ||
	    c == 0xad || c == 0xfeff || (c >= 0x202a && c <= 0x202e) ||
	    (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f ||
	    c == 0x61c);
}

/*
 * What code point c (between prev and next) shows as.  Returns the code
 * point to print, or -1 for nothing; *width gets its columns.  Tabs and
 * line separators are the caller's (layout) business.
 */
int32_t
text_display_uc(ucs4_t c, ucs4_t prev, ucs4_t next, int emoji_full,
    int *width)
{
	int	w;

	*width = 0;
	if (text_is_hidden_format(c))
		return (-1);
	if (!emoji_full) {
		if (c == 0xfe0f)
			return (-1);
		if (c >= 0x1f3fb && c <= 0x1f3ff && prev != 0 &&
		    uc_is_property_extended_pictographic(prev))
			return (-1);
		if (c == 0x200d && uc_is_property_extended_pictographic(prev)
		    && uc_is_property_extended_pictographic(next))
			return (-1);
	}
	w = text_wcwidth(c);
	if (w < 0) {
		*width = 1;
		return (0xfffd);
	}
	*width = w;
	return ((int32_t)c);
}

/*
 * Sanitise a byte range for the terminal into out (UTF-8).  Tabs become
 * spaces up to the next multiple of 8 from column col; returns the column
 * after the text.
 */
int
text_display(const char *s, size_t n, int col, int emoji_full,
    struct buf *out)
{
	const uint8_t	*p = (const uint8_t *)s, *e = p + n, *q;
	ucs4_t		 c, prev = 0, next;
	uint8_t		 u[6];
	int32_t		 d;
	int		 l, nl, w;

	while (p < e) {
		if (*p >= 0x20 && *p < 0x7f) {
			/* printable ASCII is itself, a column each */
			for (q = p + 1; q < e && *q >= 0x20 && *q < 0x7f; q++)
				/* nothing */;
			buf_add(out, p, q - p);
			col += q - p;
			prev = q[-1];
			p = q;
			continue;
		}
		l = utf8_next(&c, p, e);
		next = 0;
		if (c == 0x200d && p + l < e)	/* only a joiner looks on */
			(void)(nl = utf8_next(&next, p + l, e));
		if (c == '\t') {
			do
				buf_addc(out, ' ');
			while (++col % 8 != 0);
		} else if ((d = text_display_uc(c, prev, next, emoji_full,
		    &w)) >= 0) {
			if ((ucs4_t)d == c && c != 0xfffd)
				buf_add(out, p, l);	/* as it is */
			else if ((nl = u8_uctomb(u, (ucs4_t)d, sizeof u)) > 0)
				buf_add(out, u, nl);
			col += w;
		}
		prev = c;
		p += l;
	}
	return (col);
}

/*
 * A string for one line of a terminal, as text_display draws it: no
 * control character, C1, bidi control or line break gets out, invalid
 * UTF-8 shows as U+FFFD.  Every message and listing passes through it.
 */
char *
text_safe(const char *s)
{
	struct buf	b;

	buf_init(&b);
	text_display(s, strlen(s), 0, 1, &b);
	return (buf_release(&b));
}

/*
 * Sentences, for choosing a claim: ". ! ?" followed by white space ends
 * one, unless the word before is a known abbreviation or an initial, or
 * the full stop sits between digits; "。！？" end one with no space.
 * Closing quotes and brackets after the mark belong to the sentence.
 * Calls cb with each sentence's byte range.
 */
static const char *text_abbrevs[] = {
	"mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "gov",
	"sen", "rep", "col", "lt", "capt", "sgt", "no", "vs", "etc", "e.g",
	"i.e", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp",
	"approx", "fig", "p", "pp", "vol", "dept", "est", "mt", "ft", "z.b",
	"bzw", "usw", "ca", "nr", "d.h", "sra", "sres", "т.е", "т.д", "г",
	"a.m", "p.m",
	"гг", "ул", NULL
};

static int
text_is_abbrev(const char *s, const char *dot)
{
	const char	*w = dot;
	char		 word[16];
	size_t		 len, i;

	while (w > s && w[-1] != ' ' && w[-1] != '(' && w[-1] != '"' &&
	    w[-1] != '\n')
		w--;
	len = dot - w;
	if (len == 0)
		return (0);
	if (len == 1 && ((*w >= 'A' && *w <= 'Z')))
		return (1);	/* an initial: "J. Smith" */
	if (len >= sizeof word)
		return (0);
	for (i = 0; i < len; i++)
		word[i] = (w[i] >= 'A' && w[i] <= 'Z') ? w[i] + 32 : w[i];
	word[len] = '\0';
	for (i = 0; text_abbrevs[i] != NULL; i++)
		if (strcmp(word, text_abbrevs[i]) == 0)
			return (1);
	return (0);
}

void
text_sentences(const char *s, size_t n, void (*cb)(size_t, size_t, void *),
    void *arg)
{
	const uint8_t	*p = (const uint8_t *)s, *e = p + n, *q;
	size_t		 start = 0, end;
	ucs4_t		 c, d;
	int		 l, ends;

	while (p < e) {
		l = u8_mbtouc(&c, p, e - p);
		ends = 0;
		if (c == 0x3002 || c == 0xff01 || c == 0xff1f)
			ends = 1;
		else if ((c == '.' || c == '!' || c == '?') && p + l < e) {
			/* Closing quotes first, then a space must follow. */
			q = p + l;
			while (q < e && (*q == '"' || *q == '\'' || *q == ')' ||
			    (e - q >= 3 && (memcmp(q, "”", 3) == 0 ||
			    memcmp(q, "’", 3) == 0 || memcmp(q, "»", 2) == 0))))
				q += *q < 0x80 ? 1 : (*q == 0xc2 ? 2 : 3);
			if (q < e && (*q == ' ' || *q == '\n')) {
				ends = !(c == '.' && text_is_abbrev(s,
				    (const char *)p));
				/* "3 p.m. on Monday": lower case goes on */
				while (q < e && *q == ' ')
					q++;
				if (q < e && *q >= 'a' && *q <= 'z')
					ends = 0;
			}
		} else if (c == '\n')
			ends = 1;
		p += l;
		if (!ends) {
			if (p >= e)
				break;
			continue;
		}
		/* Take closing punctuation after the mark along. */
		while (p < e) {
			l = u8_mbtouc(&d, p, e - p);
			if (d != '"' && d != '\'' && d != ')' && d != 0x201d &&
			    d != 0x2019 && d != 0x300d && d != 0x300f &&
			    d != 0xff09 && d != 0xbb)
				break;
			p += l;
		}
		end = (const char *)p - s;
		while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\n'))
			end--;
		if (end > start)
			cb(start, end - start, arg);
		while (p < e && (*p == ' ' || *p == '\n'))
			p++;
		start = (const char *)p - s;
	}
	end = n;
	while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\n'))
		end--;
	if (end > start)
		cb(start, end - start, arg);
}

/*
 * Case-fold for search: NFKC with full case folding (so "ＡＰＰＬＥ"
 * finds "apple", "STRASSE" "Straße", "ｶﾀｶﾅ" "カタカナ"), one grapheme
 * cluster at a time, keeping for each folded byte the offset of its
 * cluster in s.  *map has *outlen + 1 entries (the last is n).
 */
char *
text_fold(const char *s, size_t n, size_t *outlen, size_t **map)
{
	struct buf	 b;
	char		*brk;
	size_t		*m, msize = n + 1, i, start, len, k;
	uint8_t		*f;

	buf_init(&b);
	m = xreallocarray(NULL, msize, sizeof *m);
	brk = xmalloc(n + 1);
	if (n > 0)
		u8_grapheme_breaks((const uint8_t *)s, n, (char *)brk);
	for (start = 0; start < n; start = i) {
		for (i = start + 1; i < n && !brk[i]; i++)
			/* nothing */;
		if (i - start == 1 && (unsigned char)s[start] < 0x80) {
			f = NULL;
			len = 1;
			buf_addc(&b, (s[start] >= 'A' && s[start] <= 'Z') ?
			    s[start] + 32 : s[start]);
		} else {
			f = u8_casefold((const uint8_t *)s + start, i - start,
			    NULL, UNINORM_NFKC, NULL, &len);
			if (f == NULL)
				fatal("u8_casefold");
			buf_add(&b, f, len);
			free(f);
		}
		if (b.len + 1 > msize) {
			msize = b.len * 2 + 1;
			m = xreallocarray(m, msize, sizeof *m);
		}
		for (k = b.len - len; k < b.len; k++)
			m[k] = start;
	}
	m[b.len] = n;
	free(brk);
	*outlen = b.len;
	*map = m;
	if (b.data == NULL)
		return (xstrdup(""));
	return (buf_release(&b));
}

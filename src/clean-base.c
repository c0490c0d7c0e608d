/*
 * clean-base.c: the small tools every pass of the classifier shares:
 * setting a block's verdict and reason (the reasons are kept aside, in
 * chunks that the verdicts keep), the classes of characters that
 * make words and CJK text, a fast lower case that keeps offsets, the
 * normalised text (lower case, letters and digits only) that compares
 * blocks, its in-memory hash and the stored one (clean_hash), and what
 * counts as prose and as a phrase rule.  It calls nothing of the
 * classifier's: every other clean file may call it.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unistr.h>

#include "sift.h"
#include "lexicon.h"
#include "clean-int.h"

/*
 * The reasons of the text being classified, when they are wanted, a
 * block's at its index: kept aside, not in every block's features.  The
 * classifier classifies one text at a time (sift has one thread).
 */
static struct {
	struct clean		*out;
	const struct clean_feat	*fs;
	size_t			 n;
	const char		**reasons;
} clean_now;

/* Keep the reasons of the blocks fs, in out; out NULL: none wanted. */
void
clean_reasons_begin(struct clean *out, struct clean_feat *fs, size_t n)
{
	size_t	i;

	clean_now.out = out;
	clean_now.fs = fs;
	clean_now.n = n;
	clean_now.reasons = NULL;
	if (out == NULL)
		return;
	clean_now.reasons = xreallocarray(NULL, n, sizeof *clean_now.reasons);
	for (i = 0; i < n; i++)
		clean_now.reasons[i] = "";
}

/* The reasons kept, a block's at its index (the caller frees the array),
 * or NULL when none were wanted. */
const char **
clean_reasons_end(void)
{
	const char	**r = clean_now.reasons;

	memset(&clean_now, 0, sizeof clean_now);
	return (r);
}

static void
clean_vreason(struct clean_feat *f, const char *fmt, va_list ap)
{
	char	buf[CLEAN_REASON_MAX];
	size_t	i;

	if (clean_now.reasons == NULL || f < clean_now.fs ||
	    (i = f - clean_now.fs) >= clean_now.n)
		return;		/* nobody reads the reasons */
	vsnprintf(buf, sizeof buf, fmt, ap);
	clean_now.reasons[i] = clean_keep_reason(clean_now.out, buf);
}

void
clean_set(struct clean_feat *f, enum clean_kind kind, int verdict,
    const char *fmt, ...)
{
	va_list	ap;

	f->kind = kind;
	f->verdict = verdict;
	f->ctx_only = 0;
	va_start(ap, fmt);
	clean_vreason(f, fmt, ap);
	va_end(ap);
}

/* Set a block's reason alone, when it is wanted. */
void
clean_reason(struct clean_feat *f, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	clean_vreason(f, fmt, ap);
	va_end(ap);
}

/*
 * A reason's text, kept with the verdicts (the same text as one of the
 * last kept is shared: runs of blocks often have one reason); "" is not
 * kept.  Chunks never move, so a block's pointer holds.
 */
#define CLEAN_CHUNK	65536
#define CLEAN_RECENT	64
struct clean_chunk {
	struct clean_chunk	*next;
	size_t			 used;
	size_t			 size;
	char			 data[];
};
struct clean_reasons {
	struct clean_chunk	*chunks;
	const char		*recent[CLEAN_RECENT];
};

const char *
clean_keep_reason(struct clean *c, const char *s)
{
	struct clean_reasons	*r;
	struct clean_chunk	*k;
	size_t			 n = strlen(s) + 1, h;
	char			*p;

	if (n == 1)
		return ("");
	if ((r = c->reasons) == NULL)
		r = c->reasons = xcalloc(1, sizeof *r);
	h = clean_fnv(s, n - 1) % CLEAN_RECENT;
	if (r->recent[h] != NULL && strcmp(r->recent[h], s) == 0)
		return (r->recent[h]);
	if ((k = r->chunks) == NULL || k->size - k->used < n) {
		k = xmalloc(sizeof *k + (n > CLEAN_CHUNK ? n : CLEAN_CHUNK));
		k->size = n > CLEAN_CHUNK ? n : CLEAN_CHUNK;
		k->used = 0;
		k->next = r->chunks;
		r->chunks = k;
	}
	p = k->data + k->used;
	memcpy(p, s, n);
	k->used += n;
	return (r->recent[h] = p);
}

/* Free the text of the reasons. */
void
clean_reasons_free(struct clean_reasons *r)
{
	struct clean_chunk	*k;

	if (r == NULL)
		return;
	while ((k = r->chunks) != NULL) {
		r->chunks = k->next;
		free(k);
	}
	free(r);
}

int
clean_is_cjk(ucs4_t c)
{
	return ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 &&
	    c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 &&
	    c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7af) ||
	    (c >= 0x20000 && c <= 0x3134f));
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
 * Letters of the scripts that write words between spaces but that
 * clean_is_word_char leaves out (it makes the normalised text stored
 * blocks are compared by, which must not change): Arabic and Persian,
 * Hebrew, Devanagari (with their marks, so a word stays whole, not
 * their full stops) and Vietnamese's Latin.  Only for counting words.
 */
int
clean_is_word_more(ucs4_t c)
{
	return ((c >= 0x610 && c <= 0x61a) || (c >= 0x620 && c <= 0x65f) ||
	    (c >= 0x66e && c <= 0x6d3) || (c >= 0x6d5 && c <= 0x6ff) ||
	    (c >= 0x591 && c <= 0x5c7) || (c >= 0x5d0 && c <= 0x5f2) ||
	    (c >= 0x900 && c <= 0x963) || (c >= 0x966 && c <= 0x97f) ||
	    (c >= 0x1e00 && c <= 0x1eff));
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

/*
 * A hash of normalised text for comparing the blocks of one article in
 * memory, eight bytes a step (a byte-wise FNV was a sixth of the
 * features' time).  Never stored: clean_hash is the stored one.
 */
uint64_t
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
size_t
clean_norm(const struct clean_feat *f, char *out, size_t max)
{
	return (clean_norm_span(f->lower, f->lower + f->lowern, out, max));
}

/* clean_norm over lower-cased text from s to e. */
size_t
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

/* A block's link density: its share of bytes in links. */
double
clean_ld(const struct clean_feat *f)
{
	return (f->n == 0 ? 0 : (double)f->linkchars / f->n);
}

/*
 * Does a block end with a colon: a sentence that leads into what
 * follows it (code, a list, a quote; not links: "read our live blog:")?
 */
int
clean_colon_end(const struct clean_feat *f)
{
	const char	*e = f->s + f->n;

	while (e > f->s && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	return ((e > f->s && e[-1] == ':') || (e - f->s >= 3 &&
	    memcmp(e - 3, "\357\274\232", 3) == 0));
}

/*
 * Does copyright phrase m stand in block f only as the start of a
 * longer word: "版权所有者" (the copyright's owner, in a sentence of
 * the story), not "版权所有" (all rights reserved)?  Or as a word of a
 * sentence that it opens?
 */
int
clean_copyright_owner(const struct clean_feat *f, const char *m)
{
	const char	*p = f->lower, *e = f->lower + f->lowern;
	size_t		 l = strlen(m);

	/* "Copyright lawyers for the studio argued …": a word of a
	 * sentence, no notice ("Copyright 2024", "Copyright by", "Copyright
	 * The Associated Press") */
	if (strcmp(m, "copyright") == 0 && f->terminal && f->n > 12 &&
	    strncasecmp(f->s, "copyright ", 10) == 0 && f->s[10] >= 'a' &&
	    f->s[10] <= 'z' && strncmp(f->s + 10, "by ", 3) != 0 &&
	    strncmp(f->s + 10, "of ", 3) != 0)
		return (1);
	if (strcmp(m, "版权所有") != 0 && strcmp(m, "版權所有") != 0)
		return (0);
	while ((p = memmem(p, (size_t)(e - p), m, l)) != NULL) {
		p += l;
		if (e - p < 3 || (memcmp(p, "者", 3) != 0 &&
		    memcmp(p, "人", 3) != 0))
			return (0);
	}
	return (1);
}

/*
 * Is a block a comment's writer's line: a name with a date and a time
 * ("大洋网友 西关小姐　2011-06-21 09:40", "bus_driver 2015.03.11 09:05"),
 * short, that the rules took for a timestamp?
 */
int
clean_writer_stamp(const struct clean_feat *f)
{
	return (f->kind == KIND_NUMERIC && f->digits >= 4 &&
	    f->chars >= f->digits + 6 && f->wlen < 80);
}

/* Is a block an age rating alone ("18+", "0+"), an advert's or a site's? */
int
clean_age_rating(const struct clean_feat *f)
{
	return (f->lowern >= 2 && f->lowern <= 3 && f->lower[f->lowern - 1] ==
	    '+' && f->lower[0] >= '0' && f->lower[0] <= '9');
}

/* Is a block a sentence of the story, as the text rules see it? */
int
clean_is_prose(const struct clean_feat *f)
{
	if (f->cls == CLS_BAD || clean_ld(f) >= 0.3)
		return (0);
	return (f->cls == CLS_GOOD || (f->cls == CLS_NEARGOOD &&
	    f->terminal));
}

/* The strong rules a story's paragraph may trip on by its words. */
int
clean_phrase_kind(enum clean_kind kind)
{
	switch (kind) {
	case KIND_COMMENT_FORM:
	case KIND_COPYRIGHT:
	case KIND_SHARE:
	case KIND_COOKIE:
	case KIND_PROMO:
	case KIND_AD:
	case KIND_RELATED:
	case KIND_LINKS:
	case KIND_BIO:
	case KIND_TEASER:
		return (1);
	default:
		return (0);
	}
}

/* The last needle in the first n bytes of s, or NULL. */
const char *
clean_memrstr(const char *s, size_t n, const char *needle)
{
	const char	*p, *last = NULL;
	size_t		 len = strlen(needle);

	while ((p = memmem(s, n, needle, len)) != NULL) {
		last = p;
		n -= (size_t)(p - s) + 1;
		s = p + 1;
	}
	return (last);
}

/*
 * Where phrase m, as lexicon_match returns it, stands in f's lower-case
 * text: its first part when it has several ("consent&partners"); NULL if
 * nowhere.
 */
const char *
clean_phrase_at(const struct clean_feat *f, const char *m)
{
	const char	*amp = strchr(m, '&');

	return (memmem(f->lower, f->lowern, m, amp != NULL ?
	    (size_t)(amp - m) : strlen(m)));
}

/* Does a block's text end with one of words? */
int
clean_closes(const struct clean_feat *f, const char *const *words)
{
	size_t	i, k;

	for (i = 0; words[i] != NULL; i++) {
		k = strlen(words[i]);
		if (f->lowern >= k && memcmp(f->lower + f->lowern - k,
		    words[i], k) == 0)
			return (1);
	}
	return (0);
}

/* Does a block's text open with one of words (and go on)? */
int
clean_opens(const struct clean_feat *f, const char *const *words)
{
	size_t	i, k;

	for (i = 0; words[i] != NULL; i++) {
		k = strlen(words[i]);
		if (f->lowern > k && memcmp(f->lower, words[i], k) == 0)
			return (1);
	}
	return (0);
}

/* Does a block's text hold one of words anywhere? */
int
clean_holds(const struct clean_feat *f, const char *const *words)
{
	size_t	i;

	for (i = 0; words[i] != NULL; i++)
		if (memmem(f->lower, f->lowern, words[i],
		    strlen(words[i])) != NULL)
			return (1);
	return (0);
}

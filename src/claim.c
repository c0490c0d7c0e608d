/*
 * claim.c: the parts of a claim that are not SQL.  Finding a quote in an
 * article's text (exactly, else case- and width-folded), the context kept
 * beside it (32 code points of prefix and suffix, snapped to grapheme
 * clusters, as the W3C TextQuoteSelector and Hypothesis keep them), tag
 * names that can be written to CSV and JSON safely, time-ordered UUIDs
 * (RFC 9562 version 7) and the annotator's name.  And the one decision
 * of a claim's anchor once its article's text has changed (exact, moved,
 * fuzzy, orphaned), which re-cleaning and merging an export both take
 * from claim_reanchor; the approximate search is claim-fuzzy.c's.
 */

#include "config.h"

#include <limits.h>
#include <pwd.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <unigbrk.h>
#include <unistr.h>

#include "sift.h"

#define CLAIM_CONTEXT	32	/* code points of prefix and suffix */

/*
 * A tag name is printable UTF-8, no longer than 200 bytes, without white
 * space at its ends, control characters, invisible format characters
 * (bidi controls would turn "ok/\u202egnp.exe" round on screen, a zero
 * width space would make two tags look one) or a ';' (it separates tags
 * in CSV).  The joiner stays: emoji sequences need it.  Returns -1 with
 * the reason.
 */
int
claim_check_tag(const char *t, char **cause)
{
	const uint8_t	*p = (const uint8_t *)t, *e = p + strlen(t);
	ucs4_t		 c;
	int		 l;

	if (*t == '\0' || e - p > 200 || *t == ' ' || e[-1] == ' ') {
		*cause = xasprintf(_("tag '%s': empty, too long or with spaces "
		    "at its ends"), t);
		return (-1);
	}
	if (u8_check(p, e - p) != NULL) {
		*cause = xstrdup(_("a tag is not valid UTF-8"));
		return (-1);
	}
	while (p < e) {
		l = u8_mbtouc(&c, p, e - p);
		if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) ||
		    c == ';' || c == 0x2028 || c == 0x2029 || c == 0xad ||
		    c == 0x61c || c == 0x180e || (c >= 0x200b && c <= 0x200c) ||
		    (c >= 0x200e && c <= 0x200f) || (c >= 0x202a &&
		    c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) ||
		    c == 0xfeff || (c >= 0xfff9 && c <= 0xfffb)) {
			*cause = xasprintf(_("tag '%s': control characters, "
			    "bidi and other invisible format characters, and "
			    "';' are not allowed"), t);
			return (-1);
		}
		p += l;
	}
	return (0);
}

/*
 * Find a quote in a text: exactly, else folded (case, width, NFKC).  The
 * byte range found is in *start, *end.  Returns the number of places it
 * occurs (the first is taken), 0 when nowhere.
 */
int
claim_find(const char *text, size_t len, const char *quote, size_t *start,
    size_t *end)
{
	const char	*p, *hit, *first = NULL;
	char		*ft, *fq;
	size_t		 qlen = strlen(quote), ftlen, fqlen, *map, *qmap;
	int		 n = 0;

	if (qlen == 0)
		return (0);
	for (p = text; (hit = memmem(p, len - (p - text), quote, qlen)) !=
	    NULL; p = hit + 1) {
		if (first == NULL)
			first = hit;
		n++;
	}
	if (first != NULL) {
		*start = first - text;
		*end = *start + qlen;
		return (n);
	}
	ft = text_fold(text, len, &ftlen, &map);
	fq = text_fold(quote, qlen, &fqlen, &qmap);
	free(qmap);
	for (p = ft; fqlen > 0 && (hit = memmem(p, ftlen - (p - ft), fq,
	    fqlen)) != NULL; p = hit + 1) {
		if (first == NULL)
			first = hit;
		n++;
	}
	if (first != NULL) {
		*start = map[first - ft];
		*end = map[first - ft + fqlen];
	}
	free(ft);
	free(fq);
	free(map);
	return (n);
}

/* Fill a claim's quote, prefix and suffix from its range in the text. */
void
claim_context(struct claim *c, const char *text, size_t len)
{
	const uint8_t	*u = (const uint8_t *)text;
	char		*brk;
	size_t		 a, b, i, n;

	brk = xmalloc(len + 1);
	u8_grapheme_breaks(u, len, brk);
	brk[len] = 1;
	c->quote = xstrndup(text + c->start, c->end - c->start);
	/* back 32 code points, then to the start of that cluster */
	for (a = c->start, n = 0; a > 0 && n < CLAIM_CONTEXT; n++)
		do
			a--;
		while (a > 0 && (u[a] & 0xc0) == 0x80);
	while (a > 0 && a < len && !brk[a])
		a--;
	c->prefix = xstrndup(text + a, c->start - a);
	for (b = c->end, n = 0; b < len && n < CLAIM_CONTEXT; n++)
		do
			b++;
		while (b < len && (u[b] & 0xc0) == 0x80);
	for (i = b; i < len && !brk[i]; i++)
		/* nothing */;
	c->suffix = xstrndup(text + c->end, i - c->end);
	free(brk);
}

/* A version-7 UUID: 48 bits of milliseconds, then random bits. */
void
claim_uuid(char out[37])
{
	static const char	 hex[] = "0123456789abcdef";
	struct timeval		 tv;
	uint8_t			 b[16];
	uint64_t		 ms;
	FILE			*fp;
	size_t			 i, k;

	gettimeofday(&tv, NULL);
	ms = (uint64_t)tv.tv_sec * 1000 + tv.tv_usec / 1000;
	if ((fp = fopen("/dev/urandom", "rb")) == NULL ||
	    fread(b, 1, sizeof b, fp) != sizeof b) {
		for (i = 0; i < sizeof b; i++)
			b[i] = (uint8_t)(random() ^ (tv.tv_usec >> (i % 8)));
	}
	if (fp != NULL)
		fclose(fp);
	for (i = 0; i < 6; i++)
		b[i] = (uint8_t)(ms >> (40 - 8 * i));
	b[6] = (b[6] & 0x0f) | 0x70;
	b[8] = (b[8] & 0x3f) | 0x80;
	for (i = k = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			out[k++] = '-';
		out[k++] = hex[b[i] >> 4];
		out[k++] = hex[b[i] & 15];
	}
	out[k] = '\0';
}

/* Now, in ISO 8601 UTC with milliseconds. */
void
claim_now(char out[32])
{
	struct timeval	tv;
	struct tm	tm;

	gettimeofday(&tv, NULL);
	gmtime_r(&tv.tv_sec, &tm);
	strftime(out, 24, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out + strlen(out), 8, ".%03dZ", (int)(tv.tv_usec / 1000) %
	    1000);
}

static char	*claim_configured;	/* the configuration file's */
static char	*claim_role;		/* a PostgreSQL store's role */

/* Is name an annotator's: 1 to 64 bytes of UTF-8, no control character? */
int
claim_check_annotator(const char *name, char **why)
{
	const unsigned char	*p;
	size_t			 len = strlen(name);

	for (p = (const unsigned char *)name; *p != '\0'; p++)
		if (*p < 0x20 || *p == 0x7f || (p[0] == 0xc2 && p[1] >= 0x80 &&
		    p[1] < 0xa0))
			break;
	if (len == 0 || len > 64 || *p != '\0' || !utf8_valid(name, len)) {
		*why = xstrdup(_("an annotator is a name of 1 to 64 bytes of "
		    "UTF-8 without control characters"));
		return (-1);
	}
	return (0);
}

/* The annotator the configuration file names (config_annotator). */
void
claim_set_annotator(const char *name)
{
	free(claim_configured);
	claim_configured = name != NULL ? xstrdup(name) : NULL;
}

/*
 * On a PostgreSQL store, the role it was opened as: every claim is that
 * role's, whatever $SIFT_ANNOTATOR or the configuration file say.
 */
void
claim_set_role(const char *role)
{
	/* every connection of a process is the same role: set once */
	if (claim_role == NULL && role != NULL)
		claim_role = xstrdup(role);
}

/*
 * Who is tagging: the PostgreSQL role, else $SIFT_ANNOTATOR, else the configuration file's
 * annotator, else the login name.
 */
const char *
claim_annotator(void)
{
	static char	*login;
	const char	*a = getenv("SIFT_ANNOTATOR");
	struct passwd	*pw;

	if (claim_role != NULL)
		return (claim_role);
	if (a != NULL && *a != '\0')
		return (a);
	if (claim_configured != NULL)
		return (claim_configured);
	/* looked up once: getpwuid's answer is overwritten by the next,
	 * and threads (the reader's list, import) ask too (main asks
	 * first, before any) */
	if (login == NULL)
		login = xstrdup((pw = getpwuid(getuid())) != NULL &&
		    pw->pw_name != NULL ? pw->pw_name : "unknown");
	return (login);
}

/* The byte offset of code point cp in s, or -1 past its end. */
static long
claim_cp_to_byte(const char *s, size_t n, int64_t cp)
{
	size_t	i;

	for (i = 0; i < n && cp > 0; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			cp--;
	while (i < n && ((unsigned char)s[i] & 0xc0) == 0x80)
		i++;
	return (cp == 0 ? (long)i : -1);
}

/*
 * Find a claim's quote again in a text: at its place (start, end: bytes;
 * start -1 when it has none) if that still holds the quote (CLAIM_EXACT),
 * else the occurrence of the quote that best fits its context and place
 * (CLAIM_MOVED), else the best approximate match that scores enough
 * (CLAIM_FUZZY, with its score), else, only when folded is set, the first
 * place that holds it case- and width-folded (CLAIM_FOLDED), else none
 * (CLAIM_ORPHANED).  The range found is in *a, *b.
 */
enum claim_anchor
claim_reanchor(const char *text, size_t len, const char *quote,
    const char *prefix, const char *suffix, int64_t start, int64_t end,
    int folded, size_t *a, size_t *b, double *score)
{
	size_t	qlen = strlen(quote);

	if (start >= 0 && start <= end && (size_t)end <= len &&
	    end - start == (int64_t)qlen &&
	    memcmp(text + start, quote, qlen) == 0) {
		*a = start;
		*b = end;
		return (CLAIM_EXACT);
	}
	if (claim_fuzzy(text, len, quote, prefix, suffix, start < 0 ? 0 :
	    start, a, b, score) == 0) {
		if (*b - *a == qlen && memcmp(text + *a, quote, qlen) == 0)
			return (CLAIM_MOVED);
		return (CLAIM_FUZZY);
	}
	if (folded && claim_find(text, len, quote, a, b) != 0)
		return (CLAIM_FOLDED);
	return (CLAIM_ORPHANED);
}

/*
 * Place a claim read from an export in its article's text, near code
 * point cp (-1: unknown): where its quote is, else where it fits best
 * (approximately: then it keeps its score), else where the quote is
 * folded, else nowhere (orphaned).
 */
void
claim_place(struct claim *c, const char *text, size_t len, int64_t cp)
{
	long	at;
	double	score;

	at = cp >= 0 ? claim_cp_to_byte(text, len, cp) : -1;
	switch (claim_reanchor(text, len, c->quote, c->prefix, c->suffix, at,
	    at >= 0 ? at + (int64_t)strlen(c->quote) : -1, 1, &c->start,
	    &c->end, &score)) {
	case CLAIM_FUZZY:
		c->score = score;
		break;
	case CLAIM_ORPHANED:
		c->orphaned = 1;
		break;
	default:
		break;
	}
}

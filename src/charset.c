/*
 * charset.c: deciding the encoding of a byte string that is not UTF-8.
 * Names go both ways through one table: the labels pages declare and the
 * names uchardet reports map to the iconv names to try, the encoding
 * first and then the superset real files are written in (GBK and GB18030
 * text behind a GB2312 label, NEC symbols in Shift_JIS, Hong Kong
 * characters in Big5).  An encoding is only ever kept when the whole input
 * converts under it strictly, so whatever is returned decodes; what it
 * cannot vouch for is that the text is the one the writer meant, which is
 * why a guess from little evidence is refused rather than kept.
 *
 * charset.c converts nothing for the caller: import.c does, with the
 * name it is given.  Every name returned is one glibc's iconv knows.
 */

#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include <uchardet.h>
#include <unistr.h>

#include "sift.h"
#include "charset.h"

#define CHARSET_SNIFF_MAX	65536	/* bytes uchardet is shown */
#define CHARSET_THIN		24	/* fewer non-ASCII bytes are thin */
#define CHARSET_NAME_MAX	64

/*
 * An encoding family: its labels, normalised (lower case, without '-',
 * '_', '.', ':' or spaces) and each between spaces, and the iconv names
 * to try in order.  Multi-byte families take part in the cross-checks of
 * charset_detect.  Labels not here are handed to iconv as they are.
 */
struct charset_family {
	const char	*labels;
	const char	*iconv[3];
	int		 multibyte;
};

static const struct charset_family charset_families[] = {
	{ " gb18030 gbk gb2312 xgbk chinese csgb2312 gb231280 isoir58 "
	  "csiso58gb231280 cp936 ms936 windows936 euccn xeuccn ",
	  { "GB18030" }, 1 },
	{ " big5 big5hkscs cnbig5 csbig5 xxbig5 cp950 ",
	  { "BIG5-HKSCS", "BIG5" }, 1 },
	{ " shiftjis sjis xsjis mskanji csshiftjis windows31j ms932 cp932 ",
	  { "SHIFT_JIS", "CP932" }, 1 },
	{ " eucjp xeucjp cseucpkdfmtjapanese ",
	  { "EUC-JP", "EUC-JP-MS" }, 1 },
	{ " euckr uhc cp949 windows949 ksc56011987 ksc56011989 ksc5601 "
	  "korean cseuckr csksc56011987 isoir149 ",
	  { "EUC-KR", "CP949" }, 1 },
	{ " euctw xeuctw ", { "EUC-TW" }, 1 },
	{ " iso2022jp csiso2022jp ", { "ISO-2022-JP", "ISO-2022-JP-2" }, 1 },
	{ " iso2022kr csiso2022kr ", { "ISO-2022-KR" }, 1 },
	{ " iso2022cn iso2022cnext ", { "ISO-2022-CN", "ISO-2022-CN-EXT" },
	  1 },
	{ " windows1252 iso88591 latin1 l1 cp1252 xcp1252 cp819 ibm819 "
	  "csisolatin1 iso885911987 ascii usascii ansix341968 ",
	  { "WINDOWS-1252" }, 0 },
	{ " windows1254 iso88599 latin5 l5 cp1254 xcp1254 csisolatin5 ",
	  { "WINDOWS-1254" }, 0 },
	{ " windows1251 cp1251 xcp1251 ", { "WINDOWS-1251" }, 0 },
	{ " koi8r koi8 koi cskoi8r ", { "KOI8-R" }, 0 },
	{ " maccyrillic xmaccyrillic ", { "MAC-CYRILLIC" }, 0 },
	{ " tis620 iso885911 windows874 dos874 cp874 ",
	  { "TIS-620", "CP874" }, 0 },
};

/* What uchardet says when it has no legacy encoding to offer. */
static const char *charset_not_guesses[] = {
	"", "ASCII", "UTF-8", "UTF-16", "UTF-32", NULL
};

static void	 charset_norm(const char *, char *, size_t);
static const struct charset_family *charset_family(const char *);
static int	 charset_multibyte(const char *);
static int	 charset_uchardet(const char *, size_t, char *, size_t);
static char	*charset_runs(const char *, size_t, size_t *);
static int	 charset_euc_pairs(const char *, size_t, char *, size_t);
static int	 charset_thin(const char *, size_t);
static size_t	 charset_cyrillic(const char *, const char *, size_t);
static int	 charset_chunks(const char *, const char *, size_t,
		     int (*)(const char *, size_t, void *), void *, size_t *);
static int	 charset_no_c1(const char *, size_t, void *);
static int	 charset_count_cyrillic(const char *, size_t, void *);

/* A label normalised for comparison: "Shift_JIS" and "shift-jis" meet. */
static void
charset_norm(const char *label, char *out, size_t size)
{
	size_t	i = 0;
	char	c;

	for (; *label != '\0' && i + 1 < size; label++) {
		c = *label;
		if (c == '-' || c == '_' || c == '.' || c == ':' || c == ' ')
			continue;
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		out[i++] = c;
	}
	out[i] = '\0';
}

static const struct charset_family *
charset_family(const char *label)
{
	char	norm[CHARSET_NAME_MAX + 2], key[CHARSET_NAME_MAX + 4];
	size_t	i;

	charset_norm(label, norm, sizeof norm);
	if (*norm == '\0' || strlen(norm) > CHARSET_NAME_MAX)
		return (NULL);
	snprintf(key, sizeof key, " %s ", norm);
	for (i = 0; i < sizeof charset_families / sizeof charset_families[0];
	    i++)
		if (strstr(charset_families[i].labels, key) != NULL)
			return (&charset_families[i]);
	return (NULL);
}

static int
charset_multibyte(const char *label)
{
	const struct charset_family	*f = charset_family(label);

	return (f != NULL && f->multibyte);
}

/*
 * Does all of s convert from enc, strictly?  An unknown encoding and an
 * invalid sequence say no, and so does a C1 control character in the
 * result: glibc's EUC-KR and EUC-JP pass bytes 0x80 to 0x9F through as
 * those, which would let UHC text (a lead byte from 0x81) pass as EUC-KR,
 * and ISO-8859-1 would let anything pass.  A character cut short at the
 * very end, as scrapers cut pages, does not count against the encoding.
 */
int
charset_valid(const char *enc, const char *s, size_t n)
{
	return (charset_chunks(enc, s, n, charset_no_c1, NULL, NULL));
}

/* A converted chunk without C1 controls (iconv writes whole characters,
 * so no C2 is cut from its second byte). */
static int
charset_no_c1(const char *out, size_t n, void *arg)
{
	const char	*p, *e = out + n;

	(void)arg;
	for (p = out; (p = memchr(p, 0xc2, e - p)) != NULL; p++)
		if (p + 1 < e && (unsigned char)p[1] < 0xa0)
			return (0);
	return (1);
}

/*
 * Convert s from enc to UTF-8 a buffer at a time and hand each buffer to
 * fn, which returns 0 to stop.  1 when all of s converted and fn never
 * stopped; 0 for an unknown encoding, an invalid sequence or a stop.  A
 * character cut short at the very end is not an error.  With bad, an
 * invalid sequence is counted there and its first byte skipped instead.
 */
static int
charset_chunks(const char *enc, const char *s, size_t n,
    int (*fn)(const char *, size_t, void *), void *arg, size_t *bad)
{
	iconv_t	 cd;
	char	 out[4096], *in = (char *)s, *o;
	size_t	 left = n, room, r;
	int	 ok = 1, err;

	if ((cd = iconv_open("UTF-8", enc)) == (iconv_t)-1)
		return (0);
	do {
		o = out;
		room = sizeof out;
		r = iconv(cd, &in, &left, &o, &room);
		err = r == (size_t)-1 ? errno : 0;
		if (err == EILSEQ && bad != NULL && left > 0) {
			(*bad)++;
			in++;
			left--;
			err = E2BIG;		/* go on after it */
		} else if (err != 0 && err != E2BIG && err != EINVAL)
			ok = 0;
		if (!fn(out, (size_t)(o - out), arg))
			ok = 0;
	} while (ok && err == E2BIG);
	iconv_close(cd);
	return (ok);
}

/* Count a converted chunk's characters outside ASCII into *arg, and stop
 * at a C1 control, as charset_no_c1 does. */
static int
charset_count_high(const char *out, size_t n, void *arg)
{
	const unsigned char	*p, *e = (const unsigned char *)out + n;
	size_t			*count = arg;

	if (!charset_no_c1(out, n, NULL))
		return (0);
	for (p = (const unsigned char *)out; p < e; p++)
		if (*p >= 0xc2)
			(*count)++;
	return (1);
}

/*
 * The iconv name in label's multi-byte family under which s converts but
 * for a few invalid sequences, as a legacy page has them where a title was
 * cut in the middle of a character ("…文化史\xb0 &quot;"): at most one in
 * three hundred bytes, and one for a hundred characters outside ASCII.
 * NULL when none does; the sequences are counted in *nbad.
 */
char *
charset_resolve_mostly(const char *label, const char *s, size_t n,
    size_t *nbad)
{
	const struct charset_family	*f;
	size_t				 i, high, bad;

	if ((f = charset_family(label)) == NULL || !f->multibyte)
		return (NULL);
	for (i = 0; i < sizeof f->iconv / sizeof f->iconv[0] &&
	    f->iconv[i] != NULL; i++) {
		high = bad = 0;
		if (charset_chunks(f->iconv[i], s, n, charset_count_high,
		    &high, &bad) && bad * 300 <= n && bad * 100 <= high) {
			*nbad = bad;
			return (xstrdup(f->iconv[i]));
		}
	}
	return (NULL);
}

/*
 * The iconv name of an encoding label (declared by a page, or reported by
 * uchardet) under which all of s converts strictly, trying the label's
 * wider relatives in turn; NULL when none does, or for a label no page
 * read as ASCII can carry truly.
 */
char *
charset_resolve(const char *label, const char *s, size_t n)
{
	const struct charset_family	*f;
	char				 norm[CHARSET_NAME_MAX];
	size_t				 i;

	/* Bytes read as ASCII to find a label are no UTF-16, -32 or -7. */
	charset_norm(label, norm, sizeof norm);
	if ((strncmp(norm, "utf", 3) == 0 || strncmp(norm, "ucs", 3) == 0) &&
	    strcmp(norm, "utf8") != 0)
		return (NULL);
	if ((f = charset_family(label)) == NULL)
		return (charset_valid(label, s, n) ? xstrdup(label) : NULL);
	for (i = 0; i < sizeof f->iconv / sizeof f->iconv[0] &&
	    f->iconv[i] != NULL; i++)
		if (charset_valid(f->iconv[i], s, n))
			return (xstrdup(f->iconv[i]));
	return (NULL);
}

/* uchardet's guess for the start of s into name; 0 if it has none. */
static int
charset_uchardet(const char *s, size_t n, char *name, size_t size)
{
	uchardet_t	 ud;
	const char	*got;
	size_t		 i;

	*name = '\0';
	if ((ud = uchardet_new()) == NULL)
		return (0);
	if (n > CHARSET_SNIFF_MAX)
		n = CHARSET_SNIFF_MAX;
	if (uchardet_handle_data(ud, s, n) == 0) {
		uchardet_data_end(ud);
		got = uchardet_get_charset(ud);
		if (got != NULL && strlen(got) < size)
			snprintf(name, size, "%s", got);
	}
	uchardet_delete(ud);
	for (i = 0; charset_not_guesses[i] != NULL; i++)
		if (strcmp(name, charset_not_guesses[i]) == 0)
			return (0);
	return (1);
}

/*
 * The non-ASCII runs of s, each with the byte after it (a trail byte of
 * Shift_JIS or Big5 may be ASCII), a newline between runs.  uchardet's
 * single-byte models score Latin words, and a few of them ("SiC", "EV")
 * among Japanese are enough to make it call Shift_JIS Greek.
 */
static char *
charset_runs(const char *s, size_t n, size_t *len)
{
	const unsigned char	*u = (const unsigned char *)s;
	struct buf		 b;
	size_t			 i;
	int			 gap = 0;

	if (n > CHARSET_SNIFF_MAX)
		n = CHARSET_SNIFF_MAX;
	buf_init(&b);
	for (i = 0; i < n; i++) {
		if (u[i] >= 0x80 || (i > 0 && u[i - 1] >= 0x80)) {
			if (gap && b.len > 0)
				buf_addc(&b, '\n');
			buf_addc(&b, (char)u[i]);
			gap = 0;
		} else
			gap = 1;
	}
	*len = b.len;
	return (buf_release(&b));
}

/*
 * uchardet's EUC-KR prober gives up at the first syllable outside KS X
 * 1001 ("똠", a lead byte under 0xA1 in UHC), and nothing else answers.
 * Asked again about the pairs of bytes from 0xA1 up alone, as EUC
 * encodings write all their characters, it knows the language: its
 * multi-byte guess into name (the caller resolves it: CP949 for EUC-KR).
 */
static int
charset_euc_pairs(const char *s, size_t n, char *name, size_t size)
{
	const unsigned char	*u = (const unsigned char *)s;
	struct buf		 b;
	size_t			 i, m = n > CHARSET_SNIFF_MAX ?
				    CHARSET_SNIFF_MAX : n;
	int			 have;

	buf_init(&b);
	for (i = 0; i < m; i++) {
		if (u[i] < 0x80)
			buf_addc(&b, (char)u[i]);
		else if (i + 1 < m && u[i] >= 0xa1 && u[i + 1] >= 0xa1) {
			buf_add(&b, s + i, 2);
			i++;
		} else
			i++;	/* a lead byte and its trail */
	}
	have = b.len > 0 && charset_uchardet(b.data, b.len, name, size) &&
	    charset_multibyte(name);
	buf_free(&b);
	return (have);
}

/*
 * Is the evidence for a single-byte encoding thin?  Few non-ASCII bytes,
 * most of them in runs of three or more as CJK text has them (an accented
 * Latin letter stands alone, or beside one other), and a CJK encoding
 * would convert the input too: six Chinese characters in GBK read as
 * Greek as easily as a Russian word does.
 */
static int
charset_thin(const char *s, size_t n)
{
	static const char	*cjk[] = { "GB18030", "BIG5", "SHIFT_JIS",
				    "CP932", "EUC-JP", "CP949", NULL };
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i, high = 0, inruns = 0, run = 0;

	for (i = 0; i <= n; i++) {
		if (i < n && u[i] >= 0x80) {
			run++;
			continue;
		}
		high += run;
		if (run >= 3)
			inruns += run;
		run = 0;
		if (high >= CHARSET_THIN)
			return (0);
	}
	if (inruns * 2 < high)
		return (0);
	for (i = 0; cjk[i] != NULL; i++)
		if (charset_valid(cjk[i], s, n))
			return (1);
	return (0);
}

/* Count the basic Cyrillic letters of a converted chunk into *arg. */
static int
charset_count_cyrillic(const char *out, size_t n, void *arg)
{
	const uint8_t	*p = (const uint8_t *)out, *e = p + n;
	size_t		*count = arg;
	ucs4_t		 uc;
	int		 len;

	for (; p < e; p += len) {
		if ((len = u8_mbtouc(&uc, p, e - p)) < 1)
			len = 1;
		if ((uc >= 0x410 && uc <= 0x44f) || uc == 0x401 || uc == 0x451)
			(*count)++;
	}
	return (1);
}

/* Basic Cyrillic letters in s read as enc (as far as it converts). */
static size_t
charset_cyrillic(const char *enc, const char *s, size_t n)
{
	size_t	count = 0;

	charset_chunks(enc, s, n, charset_count_cyrillic, &count, NULL);
	return (count);
}

/*
 * Is s UTF-8 with some damage, rather than another encoding?  At least as
 * many well-formed multi-byte sequences as bad ones: legacy CJK text forms
 * UTF-8 sequences by chance, but fewer than one for two bad (a whole
 * article stays under 0.4), single-byte text almost never.  A page cut
 * short in the middle of a character, or one stray Latin-1 byte in UTF-8
 * text, is repaired as UTF-8, not read as Latin-1.
 */
int
charset_damaged_utf8(const char *s, size_t n)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + n;
	size_t		 good = 0, bad = 0;
	ucs4_t		 uc;
	int		 len;

	while (p < end) {
		if (*p < 0x80) {
			p++;
			continue;
		}
		if ((len = u8_mbtoucr(&uc, p, end - p)) > 0) {
			good++;
			p += len;
		} else {
			bad++;
			p++;
		}
	}
	return (good > 0 && good >= bad);
}

/*
 * The encoding of s, which is not UTF-8 (or is ASCII with escapes, for
 * ISO-2022): an iconv name under which all of s converts strictly, or NULL
 * when there is no guess worth keeping.  uchardet reads the first 64 KB.
 * With no guess, or GBK (which takes any pairs of bytes: Korean with a
 * UHC syllable gets it), uchardet is asked again about the EUC pairs
 * alone, and its CJK answer wins if it converts; else a multi-byte CJK
 * guess is kept when it converts; otherwise uchardet is asked again about
 * the non-ASCII runs alone, and a CJK answer to that wins; a single-byte
 * guess is kept last, unless the evidence is thin.
 */
char *
charset_detect(const char *s, size_t n)
{
	char	 guess[CHARSET_NAME_MAX], again[CHARSET_NAME_MAX];
	char	*runs, *enc;
	size_t	 len;
	int	 have;

	have = charset_uchardet(s, n, guess, sizeof guess);
	/* no guess, or GBK, which takes any pairs: the EUC pairs tell */
	if ((!have || charset_family(guess) == charset_family("gb18030")) &&
	    charset_euc_pairs(s, n, again, sizeof again) &&
	    (enc = charset_resolve(again, s, n)) != NULL)
		return (enc);
	if (have && charset_multibyte(guess) &&
	    (enc = charset_resolve(guess, s, n)) != NULL)
		return (enc);

	runs = charset_runs(s, n, &len);
	if (len > 0 && charset_uchardet(runs, len, again, sizeof again) &&
	    charset_multibyte(again) &&
	    (enc = charset_resolve(again, s, n)) != NULL) {
		free(runs);
		return (enc);
	}
	free(runs);

	if (!have || charset_multibyte(guess))
		return (NULL);
	/*
	 * uchardet takes Russian in windows-1251 for Mac Cyrillic now and
	 * then: the two share the small letters but for 'я'.  Keep whichever
	 * reads more of the input as Cyrillic letters.
	 */
	if (strcmp(guess, "MAC-CYRILLIC") == 0 &&
	    charset_valid("WINDOWS-1251", s, n) &&
	    charset_cyrillic("WINDOWS-1251", s, n) >=
	    charset_cyrillic("MAC-CYRILLIC", s, n))
		snprintf(guess, sizeof guess, "WINDOWS-1251");
	if ((enc = charset_resolve(guess, s, n)) == NULL)
		return (NULL);
	if (charset_thin(s, n)) {
		free(enc);
		return (NULL);
	}
	return (enc);
}

/*
 * What charset_detect finds when a few sequences do not convert: a
 * multi-byte guess of uchardet's, for the whole input, its non-ASCII runs
 * or its EUC pairs, under which it converts but for those
 * (charset_resolve_mostly).
 */
char *
charset_detect_mostly(const char *s, size_t n, size_t *nbad)
{
	char	 guess[CHARSET_NAME_MAX], *runs, *enc = NULL;
	size_t	 len;

	if (charset_uchardet(s, n, guess, sizeof guess) &&
	    (enc = charset_resolve_mostly(guess, s, n, nbad)) != NULL)
		return (enc);
	runs = charset_runs(s, n, &len);
	if (len > 0 && charset_uchardet(runs, len, guess, sizeof guess))
		enc = charset_resolve_mostly(guess, s, n, nbad);
	free(runs);
	if (enc == NULL && charset_euc_pairs(s, n, guess, sizeof guess))
		enc = charset_resolve_mostly(guess, s, n, nbad);
	return (enc);
}

/*
 * A second opinion on the encoding a page declares, enc, under which s
 * converts: the one charset_detect finds instead when that is a CJK
 * encoding of another family (a Big5 page labelled gbk converts as GBK,
 * into nonsense), else NULL.
 */
char *
charset_doubt(const char *enc, const char *s, size_t n)
{
	const struct charset_family	*f;
	char				*found;

	if ((found = charset_detect(s, n)) == NULL)
		return (NULL);
	f = charset_family(found);
	if (f != NULL && f->multibyte && f != charset_family(enc))
		return (found);
	free(found);
	return (NULL);
}

/*
 * The encoding an XML declaration at the very start of s names, lower
 * case, or NULL: <?xml version="1.0" encoding="GB2312"?>.
 */
char *
charset_xml_declared(const char *s, size_t n)
{
	const char	*p, *end, *q;
	char		 quote, *name;
	size_t		 i;

	if (n < 6 || memcmp(s, "<?xml", 5) != 0 || (s[5] != ' ' &&
	    s[5] != '\t' && s[5] != '\r' && s[5] != '\n'))
		return (NULL);
	if ((end = memchr(s, '>', n > 1024 ? 1024 : n)) == NULL)
		return (NULL);
	for (p = s + 5; p + 8 < end; p++) {
		if (memcmp(p, "encoding", 8) != 0 || (p[-1] != ' ' &&
		    p[-1] != '\t' && p[-1] != '\r' && p[-1] != '\n'))
			continue;
		p += 8;
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' ||
		    *p == '\n'))
			p++;
		if (p == end || *p++ != '=')
			return (NULL);
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' ||
		    *p == '\n'))
			p++;
		if (p == end || (*p != '"' && *p != '\''))
			return (NULL);
		quote = *p++;
		if ((q = memchr(p, quote, end - p)) == NULL || q == p ||
		    q - p > CHARSET_NAME_MAX)
			return (NULL);
		name = xstrndup(p, q - p);
		for (i = 0; name[i] != '\0'; i++) {
			if (name[i] >= 'A' && name[i] <= 'Z')
				name[i] += 'a' - 'A';
			else if (strchr("abcdefghijklmnopqrstuvwxyz"
			    "0123456789-_.:", name[i]) == NULL) {
				free(name);
				return (NULL);
			}
		}
		return (name);
	}
	return (NULL);
}

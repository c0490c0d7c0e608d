/*
 * import-decode.c: an input's bytes to UTF-8, and the name of the
 * encoding they were read in.  A BOM wins; then --encoding; then the
 * bytes are taken as UTF-8 when valid, repaired when a little damaged,
 * else read in the charset the page declares or the one charset.c
 * detects; failing both, each bad sequence becomes U+FFFD.  What was
 * done is reported through import.c; stray NUL bytes are dropped, and a
 * binary file refused.
 */

#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sift.h"
#include "charset.h"
#include "import-int.h"

static int	 import_nuls(struct importer *, const struct import_src *,
		     const char *, size_t, struct buf *, char **);

/*
 * Convert n bytes from an encoding to UTF-8, strictly.  On an invalid
 * sequence returns -1 with its offset in *bad.  Input that ends in the
 * middle of a character, as a scraper's byte limit leaves it, converts
 * with U+FFFD for that character: 1 is returned, its offset in *bad.
 * With nbad, each invalid sequence becomes U+FFFD too, counted there.
 */
static int
import_iconv(const char *from, const char *s, size_t n, struct buf *out,
    size_t *bad, size_t *nbad)
{
	iconv_t	 cd;
	char	*in = (char *)s, *o;
	size_t	 left = n, room, r;

	if ((cd = iconv_open("UTF-8", from)) == (iconv_t)-1) {
		*bad = 0;
		return (-1);
	}
	for (;;) {
		buf_grow(out, left * 2 + 16);
		o = out->data + out->len;
		room = out->size - out->len - 1;
		r = iconv(cd, &in, &left, &o, &room);
		out->len = o - out->data;
		out->data[out->len] = '\0';
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG)
			continue;
		if (errno == EILSEQ && nbad != NULL) {
			buf_add(out, "\xef\xbf\xbd", 3);
			(*nbad)++;
			in++;
			left--;
			continue;
		}
		*bad = in - s;
		iconv_close(cd);
		if (errno != EINVAL)
			return (-1);
		buf_add(out, "\xef\xbf\xbd", 3);
		return (1);
	}
	iconv_close(cd);
	return (0);
}

/* Is an encoding name UTF-8? */
static int
import_is_utf8(const char *enc)
{
	return (strcasecmp(enc, "UTF-8") == 0 || strcasecmp(enc, "UTF8") == 0);
}

/*
 * The charset a page declares: an XML declaration at its start, else a
 * <meta> in its first kilobyte; NULL if none (or not a page).
 */
static char *
import_declared(const struct import_src *src, const char *s, size_t n)
{
	char	*name;

	if (strcmp(src->format, "html") != 0 && strcmp(src->format, "rss") != 0)
		return (NULL);
	if ((name = charset_xml_declared(s, n)) != NULL)
		return (name);
	return (html_sniff_charset(s, n));
}

/*
 * The encoding a BOM at the start of s names into *enc; returns the
 * BOM's length (0: none, *enc is left as it is).
 */
static size_t
import_bom(const char *s, size_t n, const char **enc)
{
	const unsigned char	*u = (const unsigned char *)s;

	if (n >= 4 && (memcmp(u, "\xff\xfe\0\0", 4) == 0 ||
	    memcmp(u, "\0\0\xfe\xff", 4) == 0)) {
		*enc = u[0] == 0xff ? "UTF-32LE" : "UTF-32BE";
		return (4);
	}
	if (n >= 2 && (memcmp(u, "\xff\xfe", 2) == 0 ||
	    memcmp(u, "\xfe\xff", 2) == 0)) {
		*enc = u[0] == 0xff ? "UTF-16LE" : "UTF-16BE";
		return (2);
	}
	if (n >= 3 && memcmp(u, "\xef\xbb\xbf", 3) == 0) {
		*enc = "UTF-8";
		return (3);
	}
	return (0);
}

/*
 * Input with NUL bytes: a few stray NULs in a page are dropped (and the
 * rest decoded); a NUL early, or many, make a binary file.
 */
static int
import_nuls(struct importer *im, const struct import_src *src,
    const char *s, size_t n, struct buf *out, char **encp)
{
	const char	*nul = memchr(s, '\0', n), *p;
	struct buf	 clean;
	size_t		 nnul;
	int		 ret;

	for (nnul = 0, p = nul; p != NULL; p = memchr(p + 1, '\0',
	    n - (p + 1 - s)))
		nnul++;
	if (nul - s < 1024 || nnul * 1000 > n) {
		import_report(im, src, 1, _("binary file (NUL byte at "
		    "offset %zu), skipped"), (size_t)(nul - s));
		return (-1);
	}
	import_report(im, src, 0, ngettext("%zu NUL byte dropped, the "
	    "first at offset %zu", "%zu NUL bytes dropped, the first at "
	    "offset %zu", nnul), nnul, (size_t)(nul - s));
	buf_init(&clean);
	for (p = s; p < s + n; p++) {
		if (*p != '\0')
			buf_addc(&clean, *p);
	}
	ret = import_decode(im, src, clean.data, clean.len, out, encp);
	buf_free(&clean);
	return (ret);
}

/*
 * The charset to read input that is not plainly UTF-8 in (enc, when
 * given, is UTF-8): ASCII with escapes may be ISO-2022, which
 * charset_detect recognises; invalid UTF-8 that is not merely damaged is
 * read in the charset the page declares if all of it converts, else in
 * the one charset_detect finds; failing both, in the one of them under
 * which all but a few sequences convert, their count in *nbad.  NULL:
 * read it as UTF-8.  *valid says whether it is valid UTF-8.
 */
static char *
import_charset(struct importer *im, const struct import_src *src,
    const char *s, size_t n, const char *enc, size_t *nbad, int *valid)
{
	char	*declared, *used = NULL, *other;

	*nbad = 0;
	if ((*valid = utf8_valid(s, n)) != 0) {
		if (enc == NULL && strcmp(src->format, "jsonl") != 0 &&
		    memchr(s, '\033', n) != NULL)
			used = charset_detect(s, n);
	} else if (enc == NULL && strcmp(src->format, "jsonl") != 0 &&
	    !charset_damaged_utf8(s, n)) {
		declared = import_declared(src, s, n);
		if (declared != NULL &&
		    (used = charset_resolve(declared, s, n)) != NULL &&
		    (other = charset_doubt(used, s, n)) != NULL) {
			import_report(im, src, 0, _("declares charset '%s' but "
			    "looks like %s; read as declared (use --encoding "
			    "to choose)"), declared, other);
			free(other);
		}
		if (used == NULL && (used = charset_detect(s, n)) != NULL &&
		    declared != NULL)
			import_report(im, src, 0, _("declares charset '%s' but "
			    "is not valid in it; read as %s (detected)"),
			    declared, used);
		if (used == NULL && declared != NULL)
			used = charset_resolve_mostly(declared, s, n, nbad);
		if (used == NULL)
			used = charset_detect_mostly(s, n, nbad);
		free(declared);
	}
	return (used);
}

/*
 * Input converted from *encp into out: say if its last character was
 * cut (cut, at byte bad), and refuse it if it holds a NUL now.
 */
static int
import_converted(struct importer *im, const struct import_src *src,
    struct buf *out, char **encp, int cut, size_t bad)
{
	const char	*nul;

	if (cut)
		import_report(im, src, 0, _("ends in the middle of a %s "
		    "character at byte %zu, replaced with U+FFFD"), *encp, bad);
	if ((nul = memchr(out->data, '\0', out->len)) != NULL) {
		import_report(im, src, 1, _("binary file (NUL character at "
		    "offset %zu after decoding), skipped"),
		    (size_t)(nul - out->data));
		free(*encp);
		*encp = NULL;
		return (-1);
	}
	return (0);
}

/*
 * Decode input to UTF-8 in out, and say in *encp what it was read as: an
 * iconv name the caller frees, or NULL for UTF-8.  A BOM wins; then
 * --encoding; then the bytes are taken as UTF-8 when valid (ASCII with
 * escapes may be ISO-2022, which charset_detect recognises); UTF-8 with
 * a little damage is repaired; else the charset the page declares is used
 * if all of the input converts under it, else the one charset_detect
 * finds; failing both, the bytes are repaired as UTF-8, each bad sequence
 * becoming U+FFFD, with a warning.  JSON Lines records are UTF-8: nothing
 * is declared or detected in them.
 */
int
import_decode(struct importer *im, const struct import_src *src,
    const char *s, size_t n, struct buf *out, char **encp)
{
	const char	*enc = im->opts.encoding;
	char		*used;
	size_t		 bad, nbad, bom;
	int		 cut, lenient, valid;

	*encp = NULL;
	bom = import_bom(s, n, &enc);
	s += bom;
	n -= bom;
	if (enc != NULL && !import_is_utf8(enc)) {
		if ((cut = import_iconv(enc, s, n, out, &bad, NULL)) == -1) {
			import_report(im, src, 1, _("not valid %s at byte %zu "
			    "(wrong --encoding?), skipped"), enc, bad);
			return (-1);
		}
		*encp = xstrdup(enc);
		return (import_converted(im, src, out, encp, cut, bad));
	}
	if (memchr(s, '\0', n) != NULL)
		return (import_nuls(im, src, s, n, out, encp));
	used = import_charset(im, src, s, n, enc, &nbad, &valid);
	lenient = nbad > 0;
	nbad = 0;
	if (used != NULL && (cut = import_iconv(used, s, n, out, &bad,
	    lenient ? &nbad : NULL)) != -1) {
		*encp = used;
		if (nbad > 0)
			import_report(im, src, 0, ngettext("read as %s; %zu "
			    "invalid sequence replaced with U+FFFD", "read as "
			    "%s; %zu invalid sequences replaced with U+FFFD",
			    nbad), used, nbad);
		return (import_converted(im, src, out, encp, cut, bad));
	}
	free(used);
	out->len = 0;
	if (valid) {
		buf_add(out, s, n);
		return (0);
	}
	nbad = text_repair_utf8(s, n, out, &bad);
	import_report(im, src, 0, ngettext("invalid UTF-8 at byte %zu; %zu "
	    "bad sequence replaced with U+FFFD (use --encoding if the file is "
	    "not UTF-8)", "invalid UTF-8 at byte %zu; %zu bad sequences "
	    "replaced with U+FFFD (use --encoding if the file is not UTF-8)",
	    nbad), bad, nbad);
	return (0);
}

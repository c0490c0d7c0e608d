/*
 * import.c: reading the files people have into articles.  A file (or
 * standard input, or every file below a directory) is decoded to UTF-8
 * (BOMs, --encoding, a declared charset, one charset.c detects, invalid
 * bytes to U+FFFD) and the encoding it was read in noted, its format
 * detected (plain text, HTML, the RSS dump form, JSON Lines), and each
 * article in it parsed into title, url, date, language and text: blocks
 * separated by '\n', NFC-normalised, with the byte ranges of link text.
 * The articles go to a callback; import.c never touches the store, so the
 * same code serves `sift import` and `sift clean`.
 *
 * A bad file is reported through the report callback, naming the file and
 * the reason, and counted; it never stops the other files.
 */

#include "config.h"

#include <sys/stat.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "sift.h"

#define IMPORT_CHUNK		65536
#define IMPORT_MAX_DEPTH	64
#define IMPORT_TITLE_MAX	150	/* characters in a title line */
#define IMPORT_WRAP_MAX		160	/* characters in a hard-wrapped line */

struct importer {
	struct import_opts	 opts;
	import_article_cb	 cb;
	import_report_cb	 report;
	void			*arg;
	struct import_stats	 stats;
	int			 aborted;
	dev_t			 dirdev[IMPORT_MAX_DEPTH];
	ino_t			 dirino[IMPORT_MAX_DEPTH];
	int			 depth;
};

/* Where an article came from, for metadata and messages. */
struct import_src {
	const char	*name;		/* for messages */
	const char	*path;		/* NULL for standard input */
	const char	*format;	/* detected or forced */
	unsigned long	 line;		/* JSON Lines record, or 0 */
};

static void	 import_report(struct importer *, const struct import_src *,
		     int, const char *, ...)
		     __attribute__((format(printf, 4, 5)));
static int	 import_dir(struct importer *, const char *);
static int	 import_file(struct importer *, const char *, const char *);
static int	 import_stream(struct importer *, const struct import_src *,
		     FILE *);
static int	 import_jsonl_stream(struct importer *,
		     const struct import_src *, struct buf *, FILE *);
static int	 import_is_utf8(const char *);
static char	*import_declared(const struct import_src *, const char *,
		     size_t);
static int	 import_decode(struct importer *, const struct import_src *,
		     const char *, size_t, struct buf *, char **);
static int	 import_iconv(const char *, const char *, size_t,
		     struct buf *, size_t *);
static const char *import_detect(struct importer *,
		     const struct import_src *, const char *, size_t);
static int	 import_one(struct importer *, struct import_src *,
		     const char *, size_t);
static int	 import_jsonl_record(struct importer *,
		     const struct import_src *, const char *, size_t,
		     const char *);
static int	 import_is_nav(const char *, size_t);
static void	 import_text_blocks(struct article *, const char *, size_t,
		     int);
static void	 import_html_doc(struct article *, const char *, size_t);
static int	 import_rss(struct article *, const char *, size_t);
static int	 import_finish(struct importer *, const struct import_src *,
		     struct article *);
static void	 import_normalise(struct article *);
static char	*import_url_host(const char *);
static char	*import_clean_line(const char *, size_t);

static void
import_report(struct importer *im, const struct import_src *src, int fail,
    const char *fmt, ...)
{
	va_list	 ap;
	char	*msg, *name;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	if (src->line != 0)
		name = xasprintf("%s:%lu", src->name, src->line);
	else
		name = xstrdup(src->name);
	if (fail)
		im->stats.failed++;
	else
		im->stats.warnings++;
	if (im->report != NULL)
		im->report(name, msg, im->arg);
	free(name);
	free(msg);
}

struct importer *
import_new(const struct import_opts *opts, import_article_cb cb,
    import_report_cb report, void *arg)
{
	struct importer	*im;

	im = xcalloc(1, sizeof *im);
	im->opts = *opts;
	if (im->opts.max_size == 0)
		im->opts.max_size = (size_t)32 << 20;
	im->cb = cb;
	im->report = report;
	im->arg = arg;
	return (im);
}

void
import_free(struct importer *im)
{
	free(im);
}

/* Stop reading: nothing more is parsed or handed over. */
void
import_abort(struct importer *im)
{
	im->aborted = 1;
}

const struct import_stats *
import_stats(struct importer *im)
{
	return (&im->stats);
}

/* Check that iconv knows an encoding; returns -1 with a cause if not. */
int
import_check_encoding(const char *enc, char **cause)
{
	iconv_t	cd;

	cd = iconv_open("UTF-8", enc);
	if (cd == (iconv_t)-1) {
		*cause = xasprintf(_("unknown encoding '%s'"), enc);
		return (-1);
	}
	iconv_close(cd);
	return (0);
}

void
article_free(struct article *a)
{
	size_t	i;

	if (a == NULL)
		return;
	free(a->title);
	free(a->url);
	free(a->published);
	free(a->lang);
	free(a->source);
	free(a->path);
	free(a->text);
	free(a->author);
	free(a->encoding);
	dom_free(a->dom);
	if (a->raw_owned)
		free(a->raw);
	for (i = 0; i < a->nlinks; i++)
		free(a->links[i].href);
	free(a->links);
	free(a);
}

/* Import a path: "-" is standard input, a directory is walked. */
int
import_path(struct importer *im, const char *path)
{
	struct import_src	 src = { path, NULL, NULL, 0 };
	struct stat		 sb;

	if (im->aborted)
		return (-1);
	if (strcmp(path, "-") == 0) {
		src.name = _("standard input");
		return (import_stream(im, &src, stdin));
	}
	if (stat(path, &sb) != 0) {
		import_report(im, &src, 1, _("cannot open: %s"),
		    strerror(errno));
		return (-1);
	}
	if (S_ISDIR(sb.st_mode))
		return (import_dir(im, path));
	return (import_file(im, path, path));
}

static int
import_skip_name(const char *name)
{
	size_t	len = strlen(name);

	if (name[0] == '.')
		return (1);
	if (len > 0 && name[len - 1] == '~')
		return (1);
	/* eval-clean's label files sit beside the articles they label. */
	if (len > 7 && strcmp(name + len - 7, ".labels") == 0)
		return (1);
	return (0);
}

/*
 * Walk a directory in name order, so a second import of the same tree
 * numbers articles the same way.  Hidden files, backups and label files
 * are skipped; symbolic-link loops are caught by device and inode.
 */
static int
import_dir(struct importer *im, const char *path)
{
	struct import_src	  src = { path, NULL, NULL, 0 };
	struct dirent		**names;
	struct stat		  sb;
	char			 *child;
	int			  n, i, ret = 0, kind;

	if (stat(path, &sb) != 0) {
		import_report(im, &src, 1, _("cannot open: %s"),
		    strerror(errno));
		return (-1);
	}
	for (i = 0; i < im->depth; i++) {
		if (im->dirdev[i] == sb.st_dev && im->dirino[i] == sb.st_ino) {
			import_report(im, &src, 1,
			    _("directory loop, skipped"));
			return (-1);
		}
	}
	if (im->depth == IMPORT_MAX_DEPTH) {
		import_report(im, &src, 1, _("directories nested too deep, "
		    "skipped"));
		return (-1);
	}
	n = scandir(path, &names, NULL, alphasort);
	if (n < 0) {
		import_report(im, &src, 1, _("cannot read directory: %s"),
		    strerror(errno));
		return (-1);
	}
	im->dirdev[im->depth] = sb.st_dev;
	im->dirino[im->depth] = sb.st_ino;
	im->depth++;
	for (i = 0; i < n; i++) {
		if (!im->aborted && !import_skip_name(names[i]->d_name)) {
			child = xasprintf("%s%s%s", path,
			    path[strlen(path) - 1] == '/' ? "" : "/",
			    names[i]->d_name);
			/* the entry's type spares a stat a file */
			kind = names[i]->d_type == DT_REG ? 'f' :
			    names[i]->d_type == DT_DIR ? 'd' :
			    stat(child, &sb) != 0 ? 'f' :
			    S_ISDIR(sb.st_mode) ? 'd' :
			    S_ISREG(sb.st_mode) ? 'f' : '?';
			if (kind == 'd') {
				if (import_dir(im, child) != 0)
					ret = -1;
			} else if (kind == '?') {
				src.name = child;
				import_report(im, &src, 1,
				    _("not a regular file, skipped"));
				src.name = path;
				ret = -1;
			} else if (import_file(im, child, child) != 0)
				ret = -1;
			free(child);
		}
		free(names[i]);
	}
	free(names);
	im->depth--;
	return (ret);
}

static int
import_file(struct importer *im, const char *name, const char *path)
{
	struct import_src	 src = { name, path, NULL, 0 };
	FILE			*fp;
	int			 ret;

	if ((fp = fopen(path, "rb")) == NULL) {
		import_report(im, &src, 1, _("cannot open: %s"),
		    strerror(errno));
		return (-1);
	}
	ret = import_stream(im, &src, fp);
	fclose(fp);
	return (ret);
}

static int
import_read_error(struct importer *im, const struct import_src *src)
{
	import_report(im, src, 1, _("cannot read: %s"), strerror(errno));
	return (-1);
}

/*
 * Read a stream: the first chunk decides the format.  JSON Lines is read a
 * record at a time, so a feed of any size imports in bounded memory; any
 * other file is one article and must fit the size limit.
 */
static int
import_stream(struct importer *im, const struct import_src *src0, FILE *fp)
{
	struct import_src	 src = *src0;
	struct buf		 b;
	size_t			 got;
	int			 ret;

	buf_init(&b);
	buf_grow(&b, IMPORT_CHUNK);
	got = fread(b.data, 1, IMPORT_CHUNK, fp);
	b.len = got;
	b.data[got] = '\0';
	if (ferror(fp)) {
		buf_free(&b);
		return (import_read_error(im, &src));
	}
	src.format = import_detect(im, &src, b.data, b.len);
	if (strcmp(src.format, "jsonl") == 0) {
		ret = import_jsonl_stream(im, &src, &b, fp);
		buf_free(&b);
		return (ret);
	}
	while (!feof(fp) && b.len <= im->opts.max_size) {
		buf_grow(&b, IMPORT_CHUNK);
		got = fread(b.data + b.len, 1, IMPORT_CHUNK, fp);
		b.len += got;
		b.data[b.len] = '\0';
		if (ferror(fp)) {
			buf_free(&b);
			return (import_read_error(im, &src));
		}
	}
	if (b.len > im->opts.max_size) {
		import_report(im, &src, 1, _("larger than the %zu MB limit "
		    "for one article (see --max-size), skipped"),
		    im->opts.max_size >> 20);
		buf_free(&b);
		return (-1);
	}
	im->stats.bytes += b.len;
	ret = import_one(im, &src, b.data, b.len);
	buf_free(&b);
	return (ret);
}

static int
import_jsonl_stream(struct importer *im, const struct import_src *src0,
    struct buf *b, FILE *fp)
{
	struct import_src	 src = *src0;
	size_t			 start = 0, got;
	char			*nl;
	int			 ret = 0, eof = 0, toolong = 0;

	for (;;) {
		nl = memchr(b->data + start, '\n', b->len - start);
		if (nl == NULL && !eof) {
			/* Keep the partial line, read on. */
			if (start > 0) {
				memmove(b->data, b->data + start,
				    b->len - start);
				b->len -= start;
				start = 0;
			}
			if (b->len > im->opts.max_size) {
				/* Drop the rest of an over-long record. */
				toolong = 1;
				b->len = 0;
			}
			buf_grow(b, IMPORT_CHUNK);
			got = fread(b->data + b->len, 1, IMPORT_CHUNK, fp);
			b->len += got;
			b->data[b->len] = '\0';
			if (ferror(fp))
				return (import_read_error(im, &src));
			if (got == 0)
				eof = 1;
			continue;
		}
		if (nl == NULL && start == b->len)
			break;
		src.line++;
		got = (nl != NULL ? (size_t)(nl - b->data) : b->len) - start;
		im->stats.bytes += got;
		if (toolong) {
			import_report(im, &src, 1, _("record larger than the "
			    "%zu MB limit (see --max-size), skipped"),
			    im->opts.max_size >> 20);
			toolong = 0;
			ret = -1;
		} else if (import_one(im, &src, b->data + start, got) != 0)
			ret = -1;
		if (nl == NULL || im->aborted)
			break;
		start = nl - b->data + 1;
	}
	return (ret);
}

/* Pick the format: --format, then the file name, then the content. */
static const char *
import_detect(struct importer *im, const struct import_src *src,
    const char *s, size_t n)
{
	const char	*ext = NULL, *p = s, *end = s + n;

	if (im->opts.format != NULL)
		return (im->opts.format);
	if (src->path != NULL)
		ext = strrchr(src->path, '.');
	if (ext != NULL && (strcasecmp(ext, ".jsonl") == 0 ||
	    strcasecmp(ext, ".ndjson") == 0))
		return ("jsonl");
	if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	while (p < end && isspace((unsigned char)*p))
		p++;
	if (end - p > 5 && memcmp(p, "<!--", 4) == 0 &&
	    isdigit((unsigned char)p[4])) {
		for (p += 4; p < end && isdigit((unsigned char)*p); p++)
			/* nothing */;
		if (end - p >= 3 && memcmp(p, "-->", 3) == 0)
			return ("rss");
	}
	if (p < end && *p == '{') {
		/* A JSON object per line: the first line closes with '}'. */
		const char *nl = memchr(p, '\n', end - p);
		const char *q = nl != NULL ? nl : end;

		while (q > p && isspace((unsigned char)q[-1]))
			q--;
		if (q > p && q[-1] == '}')
			return ("jsonl");
	}
	if (ext != NULL && (strcasecmp(ext, ".html") == 0 ||
	    strcasecmp(ext, ".htm") == 0 || strcasecmp(ext, ".xhtml") == 0))
		return ("html");
	if (html_detect(s, n))
		return ("html");
	return ("text");
}

/*
 * Convert n bytes from an encoding to UTF-8, strictly.  On an invalid
 * sequence returns -1 with its offset in *bad.  Input that ends in the
 * middle of a character, as a scraper's byte limit leaves it, converts
 * with U+FFFD for that character: 1 is returned, its offset in *bad.
 */
static int
import_iconv(const char *from, const char *s, size_t n, struct buf *out,
    size_t *bad)
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
static int
import_decode(struct importer *im, const struct import_src *src,
    const char *s, size_t n, struct buf *out, char **encp)
{
	const unsigned char	*u = (const unsigned char *)s;
	const char		*enc = im->opts.encoding, *nul, *p;
	char			*declared = NULL, *used = NULL, *other;
	struct buf		 clean;
	size_t			 bad, nbad, nnul;
	int			 cut = 0, ret;

	*encp = NULL;
	if (n >= 4 && (memcmp(u, "\xff\xfe\0\0", 4) == 0 ||
	    memcmp(u, "\0\0\xfe\xff", 4) == 0))
		enc = u[0] == 0xff ? "UTF-32LE" : "UTF-32BE", s += 4, n -= 4;
	else if (n >= 2 && (memcmp(u, "\xff\xfe", 2) == 0 ||
	    memcmp(u, "\xfe\xff", 2) == 0))
		enc = u[0] == 0xff ? "UTF-16LE" : "UTF-16BE", s += 2, n -= 2;
	else if (n >= 3 && memcmp(u, "\xef\xbb\xbf", 3) == 0)
		enc = "UTF-8", s += 3, n -= 3;

	if (enc != NULL && !import_is_utf8(enc)) {
		if ((cut = import_iconv(enc, s, n, out, &bad)) == -1) {
			import_report(im, src, 1, _("not valid %s at byte %zu "
			    "(wrong --encoding?), skipped"), enc, bad);
			return (-1);
		}
		*encp = xstrdup(enc);
		goto converted;
	}
	if ((nul = memchr(s, '\0', n)) != NULL) {
		/* a few stray NULs in a page are dropped; a NUL early, or
		 * many, make a binary file */
		for (nnul = 0, p = nul; p != NULL; p = memchr(p + 1, '\0',
		    n - (p + 1 - s)))
			nnul++;
		if (nul - s < 1024 || nnul * 1000 > n) {
			import_report(im, src, 1, _("binary file (NUL byte at "
			    "offset %zu), skipped"), (size_t)(nul - s));
			return (-1);
		}
		import_report(im, src, 0, _("%zu NUL bytes dropped, the first "
		    "at offset %zu"), nnul, (size_t)(nul - s));
		buf_init(&clean);
		for (p = s; p < s + n; p++) {
			if (*p != '\0')
				buf_addc(&clean, *p);
		}
		ret = import_decode(im, src, clean.data, clean.len, out, encp);
		buf_free(&clean);
		return (ret);
	}
	if (utf8_valid(s, n)) {
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
		free(declared);
	}
	if (used != NULL && (cut = import_iconv(used, s, n, out, &bad)) != -1) {
		*encp = used;
		goto converted;
	}
	free(used);
	out->len = 0;
	if (utf8_valid(s, n)) {
		buf_add(out, s, n);
		return (0);
	}
	nbad = text_repair_utf8(s, n, out, &bad);
	import_report(im, src, 0, _("invalid UTF-8 at byte %zu; %zu bad "
	    "sequences replaced with U+FFFD (use --encoding if the file is not "
	    "UTF-8)"), bad, nbad);
	return (0);

converted:
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

/* Decode, parse and hand over the article(s) of one input. */
static int
import_one(struct importer *im, struct import_src *src, const char *s,
    size_t n)
{
	struct article	*a;
	struct buf	 dec;
	const char	*p;
	char		*enc = NULL;
	size_t		 i;
	int		 ret = -1;

	for (i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]))
			break;
	if (i == n) {
		if (src->line != 0)
			return (0);	/* blank lines between records */
		import_report(im, src, 1, _("empty file, skipped"));
		return (-1);
	}
	buf_init(&dec);
	if (import_decode(im, src, s, n, &dec, &enc) != 0)
		goto out;
	if (strcmp(src->format, "jsonl") == 0) {
		ret = import_jsonl_record(im, src, dec.data, dec.len, enc);
		goto out;
	}
	a = xcalloc(1, sizeof *a);
	a->format = src->format;
	a->encoding = enc;
	enc = NULL;
	a->path = src->path != NULL ? xstrdup(src->path) : NULL;
	if (strcmp(src->format, "html") == 0)
		import_html_doc(a, dec.data, dec.len);
	else if (strcmp(src->format, "rss") == 0) {
		if (import_rss(a, dec.data, dec.len) != 0)
			import_report(im, src, 0, _("not in the RSS dump "
			    "form; read as HTML"));
	} else {
		/* Strip a leading BOM that survived inside the text. */
		p = dec.data;
		if (dec.len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
			p += 3;
		import_text_blocks(a, p, dec.len - (p - dec.data), 1);
	}
	a->raw = dec.data;
	a->rawlen = dec.len;
	ret = import_finish(im, src, a);
	a->raw = NULL;
	article_free(a);
out:
	free(enc);
	buf_free(&dec);
	return (ret);
}

static int
import_jsonl_record(struct importer *im, const struct import_src *src,
    const char *s, size_t n, const char *enc)
{
	struct json_record	 j;
	struct article		*a;
	char			*cause;
	int			 ret;

	if (json_record_parse(s, n, &j, &cause) != 0) {
		import_report(im, src, 1, _("%s, skipped"), cause);
		free(cause);
		return (-1);
	}
	a = xcalloc(1, sizeof *a);
	a->format = "jsonl";
	a->encoding = enc != NULL ? xstrdup(enc) : NULL;
	a->path = src->path != NULL ? xstrdup(src->path) : NULL;
	if (j.html != NULL)
		import_html_doc(a, j.html, strlen(j.html));
	else if (j.text != NULL)
		import_text_blocks(a, j.text, strlen(j.text), j.title == NULL);
	else
		a->text = xstrdup("");	/* no text: refused as empty */
	if (j.title != NULL) {
		free(a->title);
		a->title = j.title;
		j.title = NULL;
	}
	if (j.url != NULL) {
		free(a->url);
		a->url = j.url;
		j.url = NULL;
	}
	if (j.date != NULL) {
		free(a->published);
		a->published = j.date;
		j.date = NULL;
	}
	a->source = j.source;
	a->lang = j.lang;
	j.source = j.lang = NULL;
	json_record_clear(&j);
	a->raw = (char *)s;
	a->rawlen = n;
	ret = import_finish(im, src, a);
	a->raw = NULL;
	article_free(a);
	return (ret);
}

static int
import_is_bullet(const char *s, size_t n)
{
	if (n >= 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ')
		return (1);
	if (n >= 3 && (memcmp(s, "•", 3) == 0 || memcmp(s, "・", 3) == 0))
		return (1);
	while (n > 0 && isdigit((unsigned char)*s))
		s++, n--;
	return (n >= 2 && (*s == '.' || *s == ')') && s[1] == ' ');
}

/* The last code point before p (p > s). */
static ucs4_t
import_prev_uc(const char *s, const char *p)
{
	const uint8_t	*q = (const uint8_t *)p;
	ucs4_t		 uc = 0;

	if (u8_prev(&uc, q, (const uint8_t *)s) == NULL)
		return (0);
	return (uc);
}

static int
import_is_cjk(ucs4_t c)
{
	return ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 &&
	    c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) ||
	    (c >= 0xff00 && c <= 0xffef) || (c >= 0x20000 && c <= 0x3134f));
}

/*
 * Is a line a navigation bar or a breadcrumb ("Home | News | Sports",
 * "News › Local › Town")?  Two separators or more; such a line is not
 * the title, though it often comes first.
 */
static int
import_is_nav(const char *s, size_t n)
{
	static const char	*seps[] = { " | ", " › ", " » ", " > ", " / ",
				    "｜", " · ", NULL };
	const char		*p;
	size_t			 i, count = 0, len;

	for (i = 0; seps[i] != NULL; i++) {
		len = strlen(seps[i]);
		for (p = s; (p = memmem(p, n - (p - s), seps[i], len)) != NULL;
		    p += len)
			count++;
	}
	return (count >= 2);
}

/* Characters in UTF-8 text: the bytes that start one. */
static size_t
import_chars(const char *s, size_t n)
{
	size_t	i, count = 0;

	for (i = 0; i < n; i++)
		count += ((unsigned char)s[i] & 0xc0) != 0x80;
	return (count);
}

/*
 * Plain text to blocks.  One paragraph a line, unless the text separates
 * paragraphs with blank lines and wraps them over several lines: then the
 * lines of a paragraph are joined (with no space between CJK characters)
 * and only list items start blocks of their own.  With find_title, a short
 * first line that does not end like a sentence is the title.
 */
static void
import_text_blocks(struct article *a, const char *s, size_t n,
    int find_title)
{
	struct buf	 b;
	const char	*p, *end = s + n, *ls, *le, *nl;
	size_t		 lines = 0, runs = 0, blank = 1, len, longer = 0;
	int		 join, first = 1;
	ucs4_t		 last, next;
	char		*line;

	/* Count the non-blank lines and the runs of them. */
	for (p = s; p < end; p = nl + 1) {
		nl = memchr(p, '\n', end - p);
		if (nl == NULL)
			nl = end;
		for (ls = p; ls < nl && isspace((unsigned char)*ls); ls++)
			/* nothing */;
		if (ls == nl)
			blank = 1;
		else {
			lines++;
			if (blank)
				runs++;
			blank = 0;
			len = nl - ls;	/* a character is 1 to 4 bytes */
			if (len > 4 * IMPORT_WRAP_MAX || (len >
			    IMPORT_WRAP_MAX && import_chars(ls, len) >
			    IMPORT_WRAP_MAX))
				longer++;
		}
	}
	/*
	 * Paragraphs between blank lines, hard-wrapped: join their lines.
	 * A file of long lines is a line a paragraph (or a widget), with
	 * a blank line here and there: keep its lines.
	 */
	join = runs > 1 && lines >= runs * 2 && longer * 10 <= lines;

	buf_init(&b);
	blank = 1;
	for (p = s; p < end; p = nl + 1) {
		nl = memchr(p, '\n', end - p);
		if (nl == NULL)
			nl = end;
		line = import_clean_line(p, nl - p);
		len = strlen(line);
		if (len == 0) {
			blank = 1;
			free(line);
			continue;
		}
		if (b.len != 0) {
			if (!join || blank || import_is_bullet(line, len))
				buf_addc(&b, '\n');
			else {
				last = import_prev_uc(b.data, b.data + b.len);
				u8_mbtouc(&next, (const uint8_t *)line, len);
				if (!import_is_cjk(last) ||
				    !import_is_cjk(next))
					buf_addc(&b, ' ');
			}
		}
		buf_add(&b, line, len);
		free(line);
		blank = 0;
		first = 0;
	}
	(void)first;
	a->text = buf_release(&b);
	a->len = strlen(a->text);

	if (find_title) {
		/* The first line, or the one after a navigation bar. */
		ls = a->text;
		nl = memchr(ls, '\n', a->len);
		if (nl != NULL && import_is_nav(ls, nl - ls)) {
			ls = nl + 1;
			nl = memchr(ls, '\n', a->len - (ls - a->text));
		}
		if (nl != NULL) {
			le = nl;
			last = import_prev_uc(ls, le);
			if (u8_mbsnlen((const uint8_t *)ls, le - ls) <=
			    IMPORT_TITLE_MAX && last != '.' && last != ',' &&
			    last != ':' && last != ';' && last != 0x3002 &&
			    last != 0xff0c && last != 0xff1a &&
			    !import_is_bullet(ls, le - ls) &&
			    !import_is_nav(ls, le - ls)) {
				a->title = xstrndup(ls, le - ls);
				len = a->len - (nl + 1 - a->text);
				memmove((char *)ls, nl + 1, len + 1);
				a->len = (ls - a->text) + len;
			}
		}
	}
}

/*
 * One line of plain text: CR and other line-end debris removed, white
 * space trimmed at both ends.  Tabs inside are kept.
 */
static char *
import_clean_line(const char *s, size_t n)
{
	const char	*end = s + n;

	while (s < end && (isspace((unsigned char)*s)))
		s++;
	while (end > s && (isspace((unsigned char)end[-1])))
		end--;
	/* U+00A0 and U+3000 at the ends are padding too. */
	for (;;) {
		if (end - s >= 2 && memcmp(s, "\xc2\xa0", 2) == 0)
			s += 2;
		else if (end - s >= 3 && memcmp(s, "\xe3\x80\x80", 3) == 0)
			s += 3;
		else if (end - s >= 2 && memcmp(end - 2, "\xc2\xa0", 2) == 0)
			end -= 2;
		else if (end - s >= 3 &&
		    memcmp(end - 3, "\xe3\x80\x80", 3) == 0)
			end -= 3;
		else
			break;
		while (s < end && (isspace((unsigned char)*s)))
			s++;
		while (end > s && (isspace((unsigned char)end[-1])))
			end--;
	}
	return (xstrndup(s, end - s));
}

static void
import_html_doc(struct article *a, const char *s, size_t n)
{
	struct html_doc	*doc;
	const char	*nl;
	size_t		 cut, i, k;

	doc = html_parse(s, n);
	a->text = doc->text;
	a->len = doc->len;
	a->links = doc->links;
	a->nlinks = doc->nlinks;
	a->title = doc->title;
	a->url = doc->url;
	a->lang = doc->lang;
	a->source = doc->site;
	a->author = doc->author;
	a->dom = doc->dom;
	/* A page's own date is a hint: one not understood is left out
	 * quietly (a date given in JSON Lines is checked, with a word). */
	a->published = doc->date != NULL ? date_parse(doc->date) : NULL;
	free(doc->date);
	doc->text = NULL;
	doc->links = NULL;
	doc->nlinks = 0;
	doc->title = doc->url = doc->date = doc->lang = doc->site = NULL;
	doc->author = NULL;
	doc->dom = NULL;
	html_doc_free(doc);

	/* The title's own block (an <h1>) is not repeated in the body. */
	if (a->title == NULL)
		return;
	nl = memchr(a->text, '\n', a->len);
	cut = nl != NULL ? (size_t)(nl - a->text) : a->len;
	if (cut != strlen(a->title) || memcmp(a->text, a->title, cut) != 0)
		return;
	cut = nl != NULL ? cut + 1 : cut;
	dom_drop_first_block(a->dom);
	memmove(a->text, a->text + cut, a->len - cut + 1);
	a->len -= cut;
	for (i = k = 0; i < a->nlinks; i++) {
		if (a->links[i].start < cut) {
			free(a->links[i].href);
			continue;
		}
		a->links[k] = a->links[i];
		a->links[k++].start -= cut;
	}
	a->nlinks = k;
}

/*
 * The RSS dump form: "<!--EPOCH_MS-->", "[title](url)", "------", then
 * the article as HTML.  Returns -1 when the header is not there (the whole
 * input is then read as HTML).
 */
static int
import_rss(struct article *a, const char *s, size_t n)
{
	const char	*p = s, *end = s + n, *nl, *q, *mid;
	char		*stamp = NULL, *title = NULL, *url = NULL;
	int		 ok = 0;

	while (p < end && isspace((unsigned char)*p))
		p++;
	nl = memchr(p, '\n', end - p);
	if (nl != NULL && end - p > 7 && memcmp(p, "<!--", 4) == 0) {
		for (q = p + 4; q < nl && isdigit((unsigned char)*q); q++)
			/* nothing */;
		if (q + 3 <= nl && memcmp(q, "-->", 3) == 0) {
			stamp = xstrndup(p + 4, q - (p + 4));
			p = nl + 1;
		}
	}
	nl = p < end ? memchr(p, '\n', end - p) : NULL;
	if (stamp != NULL && nl != NULL) {
		q = nl;
		while (q > p && isspace((unsigned char)q[-1]))
			q--;
		mid = NULL;
		if (q - p > 4 && *p == '[' && q[-1] == ')') {
			for (mid = q - 1; mid > p; mid--)
				if (mid[0] == ']' && mid[1] == '(')
					break;
		}
		if (mid != NULL && mid > p) {
			title = xstrndup(p + 1, mid - p - 1);
			url = xstrndup(mid + 2, q - 1 - (mid + 2));
			p = nl + 1;
			ok = 1;
		}
	}
	if (ok) {
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p < end && *p == '-') {
			nl = memchr(p, '\n', end - p);
			p = nl != NULL ? nl + 1 : end;
		}
	} else
		p = s;
	import_html_doc(a, p, end - p);
	if (title != NULL && *title != '\0') {
		free(a->title);
		a->title = title;
		title = NULL;
	}
	if (url != NULL && *url != '\0') {
		free(a->url);
		a->url = url;
		url = NULL;
	}
	if (stamp != NULL) {
		free(a->published);
		a->published = stamp;
		stamp = NULL;
	}
	free(title);
	free(url);
	free(stamp);
	return (ok ? 0 : -1);
}

/* The host of a URL without "www.", lower case; NULL if none. */
static char *
import_url_host(const char *url)
{
	const char	*p, *e;
	char		*h, *q;

	if ((p = strstr(url, "://")) == NULL)
		return (NULL);
	p += 3;
	e = p + strcspn(p, "/?#:");
	if ((q = memchr(p, '@', e - p)) != NULL)
		p = q + 1;
	if (e - p > 4 && strncasecmp(p, "www.", 4) == 0)
		p += 4;
	if (e == p)
		return (NULL);
	h = xstrndup(p, e - p);
	for (q = h; *q != '\0'; q++)
		*q = tolower((unsigned char)*q);
	return (h);
}

/*
 * NFC-normalise the text block by block ('\n' never composes, so blocks
 * are independent) and move the link ranges with it.
 */
static void
import_normalise(struct article *a)
{
	struct buf	 out;
	const char	*p = a->text, *end = a->text + a->len, *nl;
	char		*nfc, *pre;
	size_t		 len, bstart, l = 0, plen, off;

	if (text_is_nfc(a->text, a->len))
		return;		/* the usual case: nothing moves */
	buf_init(&out);
	buf_grow(&out, a->len);
	while (p <= end) {
		nl = memchr(p, '\n', end - p);
		if (nl == NULL)
			nl = end;
		bstart = p - a->text;
		nfc = text_nfc(p, nl - p, &len);
		for (; l < a->nlinks && a->links[l].start <= (size_t)(nl -
		    a->text); l++) {
			off = a->links[l].start - bstart;
			if (len == (size_t)(nl - p)) {
				a->links[l].start = out.len + off;
				continue;
			}
			pre = text_nfc(p, off, &plen);
			free(pre);
			a->links[l].start = out.len + plen;
			if (off + a->links[l].len > (size_t)(nl - p))
				a->links[l].len = (nl - p) - off;
			pre = text_nfc(p, off + a->links[l].len, &off);
			free(pre);
			a->links[l].len = off - plen;
		}
		buf_add(&out, nfc, len);
		free(nfc);
		if (nl == end)
			break;
		buf_addc(&out, '\n');
		p = nl + 1;
	}
	free(a->text);
	a->len = out.len;
	a->text = buf_release(&out);
}

/*
 * Finish an article: normalise, fill in what the input did not say,
 * hash, and hand it to the callback.
 */
static int
import_finish(struct importer *im, const struct import_src *src,
    struct article *a)
{
	char		*s, *date, *dir;
	size_t		 len;
	const char	*slash;

	import_normalise(a);
	if (a->len == 0) {
		import_report(im, src, 1, _("no text found, skipped"));
		return (-1);
	}
	if (a->title != NULL) {
		s = text_squeeze(a->title, strlen(a->title), &len);
		free(a->title);
		a->title = text_nfc(s, len, &len);
		free(s);
		if (*a->title == '\0') {
			free(a->title);
			a->title = NULL;
		}
	}
	if (a->published != NULL) {
		date = date_parse(a->published);
		if (date == NULL)
			import_report(im, src, 0, _("date '%s' not "
			    "understood, left out"), a->published);
		free(a->published);
		a->published = date;
	}
	if (!im->opts.no_hash) {
		/* only the store keeps the language */
		s = text_lang(a->lang, a->text, a->len);
		free(a->lang);
		a->lang = s;
	}
	if (im->opts.source != NULL) {
		free(a->source);
		a->source = xstrdup(im->opts.source);
	}
	if ((a->source == NULL || *a->source == '\0') && a->url != NULL) {
		free(a->source);
		a->source = import_url_host(a->url);
	}
	if ((a->source == NULL || *a->source == '\0') && src->path != NULL) {
		/* Scrapes are kept a folder per site: name it. */
		free(a->source);
		a->source = NULL;
		dir = xstrdup(src->path);
		if ((s = strrchr(dir, '/')) != NULL) {
			*s = '\0';
			slash = strrchr(dir, '/');
			slash = slash != NULL ? slash + 1 : dir;
			if (*slash != '\0' && strcmp(slash, ".") != 0 &&
			    strcmp(slash, "..") != 0)
				a->source = xstrdup(slash);
		}
		free(dir);
	}
	if (a->source == NULL)
		a->source = xstrdup("");

	if (!im->opts.no_hash) {
		s = text_squeeze(a->text, a->len, &len);
		sha256_hex(s, len, a->hash);
		free(s);
	}

	if (im->cb != NULL && im->cb(a, im->arg) != 0) {
		im->stats.failed++;
		return (-1);
	}
	return (0);
}

/* Import one in-memory input (for tests and `sift clean`). */
int
import_buffer(struct importer *im, const char *name, const char *s,
    size_t n)
{
	struct import_src	src = { name, NULL, NULL, 0 };

	src.format = import_detect(im, &src, s, n);
	if (strcmp(src.format, "jsonl") == 0) {
		const char	*p = s, *end = s + n, *nl;
		int		 ret = 0;

		while (p < end) {
			nl = memchr(p, '\n', end - p);
			if (nl == NULL)
				nl = end;
			src.line++;
			if (import_one(im, &src, p, nl - p) != 0)
				ret = -1;
			p = nl + 1;
		}
		return (ret);
	}
	return (import_one(im, &src, s, n));
}

static int
import_keep(struct article *a, void *arg)
{
	struct article	**out = arg;
	struct article	 *c;

	if (*out != NULL)
		return (0);
	c = xcalloc(1, sizeof *c);
	*c = *a;
	/* Take over what the caller would free; raw stays borrowed. */
	a->title = a->url = a->published = a->lang = a->source = NULL;
	a->path = a->text = a->author = a->encoding = NULL;
	a->links = NULL;
	a->nlinks = 0;
	a->dom = NULL;
	c->raw = NULL;
	c->rawlen = 0;
	*out = c;
	return (0);
}

/*
 * Read a stored article's raw input again with the current importer, in
 * its stored format.  *out is the fresh article, or NULL if the raw input
 * gives none.
 */
int
import_reparse(const struct article *a, struct article **out)
{
	struct import_opts	 opts;
	struct importer		*im;
	int			 ret;

	memset(&opts, 0, sizeof opts);
	opts.format = a->format;
	opts.max_size = a->rawlen + 1;
	*out = NULL;
	im = import_new(&opts, import_keep, NULL, out);
	ret = import_buffer(im, a->path != NULL ? a->path : "", a->raw,
	    a->rawlen);
	import_free(im);
	/*
	 * The raw input is kept decoded, so it reads as UTF-8: what it was
	 * in is what was stored (NULL: UTF-8, or stored before it was kept).
	 */
	if (*out != NULL) {
		free((*out)->encoding);
		(*out)->encoding = a->encoding != NULL ?
		    xstrdup(a->encoding) : NULL;
	}
	return (ret);
}

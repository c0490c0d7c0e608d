/*
 * import-read.c: the importer's inputs read into articles.  A path is a
 * file, standard input ("-") or a directory walked in name order; a
 * stream's first chunk decides its format; JSON Lines is read a record at
 * a time, anything else is one article within the size limit.  Each
 * input is decoded (import-decode.c), parsed in its format
 * (import-format.c, import-html.c; a dump's marks go first,
 * import-markup.c), then finished here: NFC, the
 * metadata the input did not give, the hash, and the callback.
 * import_reparse reads a stored article's raw input again.
 */

#include "config.h"

#include <sys/stat.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sift.h"
#include "import-int.h"

#define IMPORT_CHUNK		65536

static int	 import_dir(struct importer *, const char *);
static int	 import_file(struct importer *, const char *, const char *);
static int	 import_stream(struct importer *, const struct import_src *,
		     FILE *);
static int	 import_jsonl_stream(struct importer *,
		     const struct import_src *, struct buf *, FILE *);
static const char *import_detect(struct importer *,
		     const struct import_src *, const char *, size_t);
static int	 import_one(struct importer *, struct import_src *,
		     const char *, size_t);
static int	 import_jsonl_record(struct importer *,
		     const struct import_src *, const char *, size_t,
		     const char *);
static int	 import_finish(struct importer *, const struct import_src *,
		     struct article *);
static void	 import_normalise(struct article *);
static char	*import_url_host(const char *);

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
	size_t			 start = 0, seen = 0, got;
	char			*nl;
	int			 ret = 0, eof = 0, toolong = 0;

	for (;;) {
		/* seen: bytes of the partial line already searched, so a
		 * long line is searched once, not once a chunk. */
		nl = memchr(b->data + start + seen, '\n',
		    b->len - start - seen);
		if (nl == NULL && !eof) {
			/* Keep the partial line, read on. */
			if (start > 0) {
				memmove(b->data, b->data + start,
				    b->len - start);
				b->len -= start;
				start = 0;
			}
			seen = b->len;
			if (b->len > im->opts.max_size) {
				/* Drop the rest of an over-long record. */
				toolong = 1;
				b->len = seen = 0;
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
		seen = 0;
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

/* A text found so: a Markdown or lynx dump loses its marks. */
static void
import_text_found(struct article *a, const char *s, size_t n)
{
	struct html_link	*links;
	size_t			 nlinks, len;
	char			*plain;

	if ((plain = import_unmark(a, s, n, &len, &links, &nlinks)) ==
	    NULL) {
		import_text_blocks(a, s, n, 1);
		return;
	}
	import_text_linked(a, plain, len, 1, links, nlinks, s, n);
	free(plain);
}

/* Decode, parse and hand over the article(s) of one input. */
static int
import_one(struct importer *im, struct import_src *src, const char *s,
    size_t n)
{
	struct article	*a;
	struct buf	 dec;
	const char	*p;
	char		*enc = NULL, *untagged;
	size_t		 i, len;
	int		 ret = -1, found;

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
		/* a text found so (not named so, or read again as it was
		 * found) loses a scraper's leftover tags (import-untag.c)
		 * and a Markdown or lynx dump's marks (import-markup.c) */
		found = im->opts.format == NULL || im->opts.found;
		if (found && (untagged = import_untag(p,
		    dec.len - (p - dec.data), &len)) != NULL) {
			import_text_found(a, untagged, len);
			free(untagged);
		} else if (found)
			import_text_found(a, p, dec.len - (p - dec.data));
		else
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
	a->raw = s;
	a->rawlen = n;
	ret = import_finish(im, src, a);
	a->raw = NULL;
	article_free(a);
	return (ret);
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
	opts.found = 1;
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

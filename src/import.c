/*
 * import.c: reading the files people have into articles.  A file (or
 * standard input, or every file below a directory) is decoded to UTF-8
 * (BOMs, --encoding, a declared charset, one charset.c detects, invalid
 * bytes to U+FFFD) and the encoding it was read in noted, its format
 * detected (plain text, HTML, the RSS dump form, JSON Lines), and each
 * article in it parsed into title, url, date, language and text: blocks
 * separated by '\n', NFC-normalised, with the byte ranges of link text.
 * The articles go to a callback; the importer never touches the store, so
 * the same code serves `sift import` and `sift clean`.
 *
 * A bad file is reported through the report callback, naming the file and
 * the reason, and counted; it never stops the other files.
 *
 * import.c holds the importer itself (its options, its counts, the
 * reports) and the article it hands over; the work is done above it, in
 * import-read.c (reading inputs), import-decode.c (bytes to UTF-8) and
 * import-format.c and import-html.c (each format into an article's fields).
 */

#include "config.h"

#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "import-int.h"

/* Report a problem with an input; fail: it is refused, else a warning. */
void
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
	free(a->raw_buf);
	for (i = 0; i < a->nlinks; i++)
		free(a->links[i].href);
	free(a->links);
	if (a->prep != NULL) {
		free(a->prep->blocks);
		free(a->prep->dom);
		free(a->prep);
	}
	free(a);
}

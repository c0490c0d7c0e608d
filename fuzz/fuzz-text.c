/*
 * fuzz-text.c: libFuzzer's entry for text import with its encoding
 * detection, bytes of unknown charset to a decoded article: import_buffer
 * in the text format with no --encoding (BOM, UTF-8, repair, ISO-2022
 * escapes, uchardet's guess checked by charset.c), then in the format
 * found (a text's leftover tags removed, import-untag.c, a Markdown or
 * lynx dump's marks, import-markup.c), then the rest
 * of the input under the --encoding its first byte picks, then
 * charset.c's entries on their own.  Every article must be valid UTF-8, a charset
 * charset_detect or charset_resolve names must convert all of the input,
 * and one their lenient versions name all but a few bytes of it.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "charset.h"

/* The --encoding values tried, picked by the input's first byte. */
static const char *fuzz_text_encodings[] = {
	"UTF-8", "WINDOWS-1251", "SHIFT_JIS", "GB18030", "BIG5-HKSCS",
	"EUC-KR", "EUC-JP", "ISO-2022-JP", "UTF-16", "UTF-16LE", "KOI8-R",
	"ISO-8859-1", "UTF-32", "CP932", "ISO-2022-KR", "WINDOWS-1252"
};
#define FUZZ_TEXT_NENC \
	(sizeof fuzz_text_encodings / sizeof fuzz_text_encodings[0])

int	fuzz_text(const uint8_t *, size_t);
#ifndef SIFT_FUZZ_REGRESS
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return (fuzz_text(data, size));
}
#endif

static int
fuzz_text_article(struct article *a, void *arg)
{
	size_t	i;

	(void)arg;
	if (!utf8_valid(a->text, a->len) || memchr(a->text, '\0',
	    a->len) != NULL)
		abort();
	if (a->title != NULL && !utf8_valid(a->title, strlen(a->title)))
		abort();
	/* a Markdown or lynx dump's links lie in its text, in order */
	for (i = 0; i < a->nlinks; i++)
		if (a->links[i].len == 0 || a->links[i].start +
		    a->links[i].len > a->len || (i > 0 && a->links[i].start <
		    a->links[i - 1].start))
			abort();
	return (0);
}

static void
fuzz_text_import(const char *s, size_t n, const char *format,
    const char *encoding)
{
	struct import_opts	 opts;
	struct importer		*im;

	memset(&opts, 0, sizeof opts);
	opts.format = format;
	opts.encoding = encoding;
	opts.no_hash = 1;
	opts.max_size = n + 1;
	im = import_new(&opts, fuzz_text_article, NULL, NULL);
	import_buffer(im, "fuzz.txt", s, n);
	import_free(im);
}

/* A name charset.c returns must read all of s. */
static void
fuzz_text_vouch(char *enc, const char *s, size_t n)
{
	if (enc != NULL && !charset_valid(enc, s, n))
		abort();
	free(enc);
}

/* A name the lenient entries return must come with a few bad sequences
 * only, at most one in 300 bytes. */
static void
fuzz_text_mostly(char *enc, size_t nbad, size_t n)
{
	if (enc != NULL && nbad * 300 > n)
		abort();
	free(enc);
}

int
fuzz_text(const uint8_t *data, size_t size)
{
	const char	*s = (const char *)data;
	char		*label, *enc;
	size_t		 nbad = 0;

	fuzz_text_import(s, size, "text", NULL);
	/* as found: HTML or text, a text's leftover tags removed */
	fuzz_text_import(s, size, NULL, NULL);
	if (size == 0)
		return (0);
	fuzz_text_import(s + 1, size - 1, "text",
	    fuzz_text_encodings[data[0] % FUZZ_TEXT_NENC]);

	fuzz_text_vouch(charset_detect(s, size), s, size);
	(void)charset_damaged_utf8(s, size);
	if ((label = charset_xml_declared(s, size)) != NULL) {
		fuzz_text_vouch(charset_resolve(label, s, size), s, size);
		fuzz_text_vouch(charset_doubt(label, s, size), s, size);
		free(label);
	}
	if ((label = html_sniff_charset(s, size)) != NULL) {
		fuzz_text_vouch(charset_resolve(label, s, size), s, size);
		enc = charset_resolve_mostly(label, s, size, &nbad);
		fuzz_text_mostly(enc, nbad, size);
		free(label);
	}
	nbad = 0;
	enc = charset_detect_mostly(s, size, &nbad);
	fuzz_text_mostly(enc, nbad, size);
	return (0);
}

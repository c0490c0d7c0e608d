/*
 * html-run.c: libxml2's HTML parser, run: its set-up for each thread
 * (the library once, its error messages silenced) and one run over a
 * page's UTF-8 bytes with html-sax.c's event handlers, building no tree.
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "sift.h"
#include "html-int.h"

static void
html_silent(void *arg, const char *fmt, ...)
{
	(void)arg;
	(void)fmt;
}

/*
 * Set libxml2 up for the calling thread: the library once (first on the
 * main thread, before import starts its reading thread), and libxml2's
 * error function, which is each thread's own, silenced.
 */
void
html_init(void)
{
	static _Thread_local int	init;

	if (init)
		return;
	xmlInitParser();
	xmlSetGenericErrorFunc(NULL, html_silent);
	init = 1;
}

/*
 * Run libxml2's HTML parser over UTF-8 input with our handlers: no
 * network, no tree, the input's own charset declarations ignored.  With
 * live, *live is the parser while it runs (html-cut.c asks it where it
 * is), and NULL after.
 */
void
html_run(const char *s, size_t n, htmlSAXHandler *sax, void *arg,
    int fragment, htmlParserCtxtPtr *live)
{
	htmlParserCtxtPtr	 ctxt;
	htmlSAXHandlerPtr	 saved;

	html_init();
	if (n > INT32_MAX)
		n = INT32_MAX;	/* libxml2 takes an int */
	if (n == 0)
		return;
	ctxt = htmlCreateMemoryParserCtxt(s, (int)n);
	if (ctxt == NULL)
		fatalx("libxml2: cannot create a parser");
	saved = ctxt->sax;
	ctxt->sax = sax;
	ctxt->userData = arg;
	htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC |
	    HTML_PARSE_NODEFDTD | (fragment ? HTML_PARSE_NOIMPLIED : 0));
	xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
	if (live != NULL)
		*live = ctxt;
	htmlParseDocument(ctxt);
	if (live != NULL)
		*live = NULL;
	ctxt->sax = saved;
	if (ctxt->myDoc != NULL)
		xmlFreeDoc(ctxt->myDoc);
	htmlFreeParserCtxt(ctxt);
}

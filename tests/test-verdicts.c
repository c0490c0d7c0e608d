/*
 * test-verdicts.c: where the reader's stored decisions meet the
 * classifier's verdicts (reclean_verdicts(), over the decisions that
 * store_set_override() keeps).  A decision takes its block by its byte
 * range, else by the hash of its text (the block moved); one whose block
 * is gone is ignored; a decision says what it overrode; clearing it
 * gives the block back to the classifier; one article's decisions stay
 * its own.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "reclean.h"
#include "tap.h"

static char	dir[] = "/tmp/sift-verdicts.XXXXXX";

#define LEDE	"The dock workers' union said on Tuesday that talks with " \
		"the port authority had broken down again, and that the " \
		"strike would continue until the pay offer was improved."
#define SECOND	"Shipping lines have begun diverting container vessels to " \
		"neighbouring ports, adding days to delivery times for " \
		"retailers across the region."
#define SHARE	"Share this article: Facebook Twitter Email"
#define QUOTE	"\"We are not going back for a promise,\" said one crane " \
		"operator, who has worked at the harbour for twenty years."

static int64_t
add(struct store *s, const char *title, const char *text)
{
	struct article	a;
	char		*sq, *cause = NULL;
	size_t		 len;

	memset(&a, 0, sizeof a);
	a.title = (char *)title;
	a.text = (char *)text;
	a.len = strlen(text);
	a.source = (char *)"test";
	a.lang = (char *)"en";
	a.format = "text";
	a.raw = text;
	a.rawlen = a.len;
	sq = text_squeeze(a.text, a.len, &len);
	sha256_hex(sq, len, a.hash);
	free(sq);
	if (store_begin(s, &cause) != 0 ||
	    store_add_article(s, &a, &cause) != 1 ||
	    store_commit(s, &cause) != 0) {
		printf("# adding an article: %s\n", cause);
		free(cause);
		return (-1);
	}
	return (a.id);
}

/* The joined verdicts of article id, one letter a block (C, B, M), an
 * asterisk after each block a decision took. */
static char *
joined(struct store *s, int64_t id, struct clean **cp)
{
	struct article	*a;
	struct clean	*c;
	struct buf	 b;
	char		*cause = NULL;
	size_t		 i;

	buf_init(&b);
	if ((a = store_get_article(s, id, 0, &cause)) == NULL ||
	    (c = reclean_verdicts(s, a, &cause)) == NULL) {
		printf("# %s\n", cause);
		free(cause);
		article_free(a);
		*cp = NULL;
		return (xstrdup("(error)"));
	}
	for (i = 0; i < c->nblocks; i++) {
		buf_addc(&b, "CBM"[c->blocks[i].verdict]);
		if (c->blocks[i].overridden)
			buf_addc(&b, '*');
	}
	article_free(a);
	*cp = c;
	return (buf_release(&b));
}

/* Store a decision on block i of c, over text. */
static void
decide(struct store *s, int64_t id, const char *text, const struct clean *c,
    size_t i, int verdict)
{
	char	*cause = NULL;

	if (store_set_override(s, id, c->blocks[i].start, c->blocks[i].len,
	    clean_hash(text + c->blocks[i].start, c->blocks[i].len), verdict,
	    &cause) != 0) {
		printf("# a decision: %s\n", cause);
		free(cause);
	}
}

static void
check(struct store *s, int64_t id, const char *want, const char *name,
    struct clean **cp)
{
	char	*got = joined(s, id, cp);

	is_str(got, want, name);
	free(got);
}

int
main(void)
{
	static const char	 text[] = LEDE "\n" SECOND "\n" SHARE "\n" QUOTE;
	static const char	 other[] = SHARE "\n" LEDE "\n" SECOND;
	struct store		*s;
	struct clean		*c, *base;
	char			*cause = NULL, *path;
	int64_t			 id, id2;

	if (mkdtemp(dir) == NULL)
		return (99);
	path = xasprintf("%s/t.db", dir);
	if ((s = store_open(tap_store(path), &cause)) == NULL) {
		printf("1..0 # SKIP no store: %s\n", cause);
		return (0);
	}
	id = add(s, "Harbour cranes idle", text);
	id2 = add(s, "Harbour cranes idle again", other);

	/* No decisions: the classifier's verdicts, as clean_text gives. */
	check(s, id, "CCBC", "no decisions: the classifier's verdicts", &base);
	c = clean_text("Harbour cranes idle", text, strlen(text), NULL, 0,
	    NULL, NULL, NULL, CLEAN_REASONS);
	ok(base != NULL && c->nblocks == base->nblocks &&
	    c->blocks[2].verdict == base->blocks[2].verdict &&
	    strcmp(c->blocks[2].reason, base->blocks[2].reason) == 0,
	    "the same as clean_text's, reasons and all");
	clean_free(c);

	/* A decision against the classifier, on the block's range. */
	decide(s, id, text, base, 2, VERDICT_CONTENT);
	check(s, id, "CCC*C", "a decision takes its block", &c);
	is_str(c != NULL ? c->blocks[2].reason : NULL,
	    "override: marked content by the reader (was boilerplate)",
	    "and says what it overrode");
	clean_free(c);

	/* A decision the classifier agrees with is still a decision. */
	decide(s, id, text, base, 0, VERDICT_CONTENT);
	check(s, id, "C*CC*C", "a decision that agrees is marked too", &c);
	is_str(c != NULL ? c->blocks[0].reason : NULL,
	    "override: marked content by the reader",
	    "and says only what it marked");
	clean_free(c);

	/* A decision whose range is no block's, but whose hash is block
	 * 3's text: the block moved, the decision follows it. */
	if (store_set_override(s, id, 5, 7, clean_hash(QUOTE, strlen(QUOTE)),
	    VERDICT_BOILERPLATE, &cause) != 0) {
		printf("# %s\n", cause);
		free(cause);
	}
	check(s, id, "C*CC*B*", "a decision follows its block's text", &c);
	clean_free(c);

	/* A decision whose range and text are gone is ignored. */
	if (store_set_override(s, id, 1000, 12, clean_hash("gone", 4),
	    VERDICT_COMMENT, &cause) != 0) {
		printf("# %s\n", cause);
		free(cause);
	}
	check(s, id, "C*CC*B*", "a decision with no block is ignored", &c);
	clean_free(c);

	/* Another article's blocks are not this one's decisions, though
	 * its share line has the same text. */
	check(s, id2, "BCC", "another article keeps its own verdicts", &c);
	clean_free(c);

	/* Cleared, the block is the classifier's again. */
	decide(s, id, text, base, 2, -1);
	check(s, id, "C*CBB*", "a cleared decision gives the block back", &c);
	is_str(c != NULL ? c->blocks[2].reason : NULL,
	    base->blocks[2].reason, "with the classifier's reason");
	clean_free(c);

	clean_free(base);
	store_close(s);
	free(path);
	path = xasprintf("rm -rf %s", dir);
	if (system(path) != 0)
		printf("# cleanup failed\n");
	free(path);
	return (tap_done());
}

/*
 * test-undo.c: undo and redo of tagging actions (undo.c) on a real store
 * in a temporary directory: a claim created, a tag added, a note set and
 * a claim deleted are each undone and redone; a new action drops what
 * was undone; the list keeps the newest UNDO_MAX actions.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sift.h"
#include "undo.h"
#include "tap.h"

static char	dir[] = "/tmp/sift-undo.XXXXXX";
static struct store *st;
static int64_t	article;

static const char text[] = "The ministry denied the report. "
    "A spokesman said no arms were sent. Talks go on.";

static void
add_article(void)
{
	struct article	*a = xcalloc(1, sizeof *a);
	char		*sq, *cause = NULL;
	size_t		 len;

	a->title = xstrdup("undo");
	a->text = xstrdup(text);
	a->len = strlen(text);
	a->source = xstrdup("test");
	a->lang = xstrdup("en");
	a->format = "text";
	a->raw = text;
	a->rawlen = a->len;
	sq = text_squeeze(text, a->len, &len);
	sha256_hex(sq, len, a->hash);
	free(sq);
	if (store_add_article(st, a, &cause) != 1) {
		printf("# %s\n", cause);
		free(cause);
	}
	article = a->id;
	a->raw = NULL;
	article_free(a);
}

/* A new claim on [start, end) tagged tag, as the reader makes it. */
static int64_t
new_claim(size_t start, size_t end, const char *tag)
{
	struct claim	 c;
	const char	*t = tag;
	char		*cause = NULL;
	int64_t		 id;

	memset(&c, 0, sizeof c);
	c.article_id = article;
	c.start = start;
	c.end = end;
	claim_context(&c, text, strlen(text));
	claim_uuid(c.uuid);
	claim_now(c.created);
	c.annotator = "tester";
	c.tags = &t;
	c.ntags = 1;
	id = store_add_claim(st, &c, &cause);
	if (id < 0) {
		printf("# %s\n", cause);
		free(cause);
	}
	free(c.quote);
	free(c.prefix);
	free(c.suffix);
	return (id);
}

static int
count_cb(const struct claim_row *r, void *arg)
{
	struct buf	*b = arg;

	buf_printf(b, "[%s%s%s]", r->s[CLAIM_TAGS] != NULL ?
	    r->s[CLAIM_TAGS] : "", r->s[CLAIM_NOTE] != NULL ? " " : "",
	    r->s[CLAIM_NOTE] != NULL ? r->s[CLAIM_NOTE] : "");
	return (0);
}

/* The article's claims, as "[tags note]..." in the store's order. */
static char *
claims(void)
{
	struct buf	 b;
	char		*cause = NULL;

	buf_init(&b);
	buf_adds(&b, "");
	if (store_claims(st, NULL, article, 0, count_cb, &b, &cause) != 0) {
		printf("# %s\n", cause);
		free(cause);
	}
	return (buf_release(&b));
}

static void
check(const char *want, const char *name)
{
	char	*got = claims();

	is_str(got, want, name);
	free(got);
}

static int
step(struct undo *u, int dir, const char *what)
{
	const struct undo_action	*done;
	char				*cause = NULL;
	int				 rc;

	rc = undo_step(st, u, dir, &done, &cause);
	if (rc < 0) {
		printf("# %s\n", cause);
		free(cause);
	}
	if (rc == 0 && what != NULL)
		is_str(done->what, what, "the step names what it undid");
	return (rc);
}

int
main(void)
{
	struct undo		 u;
	struct undo_action	 a;
	struct claim_snap	 snap;
	char			 path[64], *cause = NULL, id[32], uuid[37];
	int64_t			 c1, c2;
	int			 i;

	if (mkdtemp(dir) == NULL)
		return (1);
	snprintf(path, sizeof path, "%s/u.db", dir);
	if ((st = store_open(tap_store(path), &cause)) == NULL) {
		printf("# %s\n", cause);
		return (1);
	}
	add_article();
	memset(&u, 0, sizeof u);

	ok(step(&u, -1, NULL) == 1, "nothing to undo on a new list");
	ok(step(&u, 1, NULL) == 1, "nothing to redo on a new list");

	/* create */
	undo_begin(st, &a, 0);
	c1 = new_claim(0, 31, "arms/denied");
	undo_end(st, &u, &a, c1, "tag arms/denied");
	check("[arms/denied]", "a claim created");
	store_get_claim(st, c1, &snap);
	memcpy(uuid, snap.uuid, sizeof uuid);
	store_claim_snap_free(&snap);
	ok(step(&u, -1, "tag arms/denied") == 0, "undo the creation");
	check("", "undone: the claim is gone");
	ok(step(&u, 1, "tag arms/denied") == 0, "redo the creation");
	check("[arms/denied]", "redone: the claim is back");
	ok(store_get_claim(st, c1, &snap) == 0 && strcmp(snap.uuid,
	    uuid) == 0, "with its id (PostgreSQL's sequence would give "
	    "another)");
	store_claim_snap_free(&snap);
	ok(step(&u, 1, NULL) == 1, "nothing more to redo");

	/* a second tag on it, then a note */
	undo_begin(st, &a, c1);
	if (!ok(store_add_claim_tag(st, c1, "source/official", &cause) == 0,
	    "a second tag")) {
		printf("# %s\n", cause);
		free(cause);
	}
	undo_end(st, &u, &a, c1, "tag source/official");
	undo_begin(st, &a, c1);
	ok(store_set_claim_text(st, c1, 0, "check the date", &cause) == 0,
	    "a note");
	undo_end(st, &u, &a, c1, "note");
	check("[arms/denied;source/official check the date]",
	    "the claim has two tags and a note");
	step(&u, -1, "note");
	check("[arms/denied;source/official]", "undo the note");
	step(&u, -1, "tag source/official");
	check("[arms/denied]", "undo the second tag");
	step(&u, 1, "tag source/official");
	step(&u, 1, "note");
	check("[arms/denied;source/official check the date]",
	    "redo both");

	/* delete, undo brings back the same claim */
	undo_begin(st, &a, c1);
	snprintf(id, sizeof id, "%lld", (long long)c1);
	ok(store_delete_claim(st, id, &cause) >= 0, "delete the claim");
	undo_end(st, &u, &a, 0, "delete");
	check("", "deleted");
	step(&u, -1, "delete");
	check("[arms/denied;source/official check the date]",
	    "undo the deletion: tags and note are back");

	/* a new action after an undo drops what could be redone */
	undo_begin(st, &a, 0);
	c2 = new_claim(32, 68, "arms/alleged");
	undo_end(st, &u, &a, c2, "tag arms/alleged");
	ok(step(&u, 1, NULL) == 1, "a new action: the undone one cannot "
	    "be redone");
	ok(u.n == u.pos, "the list ends at the new action (%zu of %zu)",
	    u.pos, u.n);

	/* a failed action leaves no trace */
	undo_begin(st, &a, c2);
	undo_cancel(&a);
	ok(a.has_before == 0 && a.before.quote == NULL, "a cancelled "
	    "action is forgotten");

	/* the newest UNDO_MAX are kept */
	for (i = 0; i < UNDO_MAX + 5; i++) {
		undo_begin(st, &a, c2);
		store_set_claim_text(st, c2, 0, i % 2 ? "odd" : "even",
		    &cause);
		undo_end(st, &u, &a, c2, "note");
	}
	ok(u.n == UNDO_MAX, "the list holds %d actions (%zu)", UNDO_MAX,
	    u.n);
	for (i = 0; step(&u, -1, NULL) == 0; i++)
		/* nothing */;
	ok(i == UNDO_MAX, "and all %d undo (%d)", UNDO_MAX, i);

	undo_free(&u);
	ok(u.a == NULL && u.n == 0, "undo_free empties the list");
	store_close(st);
	snprintf(path, sizeof path, "rm -rf %s", dir);
	if (system(path) != 0)
		printf("# could not remove %s\n", dir);
	return (tap_done());
}

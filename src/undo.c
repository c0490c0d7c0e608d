/*
 * undo.c: undo and redo of tagging actions (see undo.h).  Each step is
 * one store call, committed at once like the action it undoes.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "undo.h"

static void
undo_action_free(struct undo_action *u)
{
	store_claim_snap_free(&u->before);
	store_claim_snap_free(&u->after);
}

/* Before an action on claim id (0: a new claim): what it was. */
void
undo_begin(struct store *s, struct undo_action *u, int64_t id)
{
	memset(u, 0, sizeof *u);
	if (id > 0 && store_get_claim(s, id, &u->before) == 0) {
		u->has_before = 1;
		memcpy(u->uuid, u->before.uuid, sizeof u->uuid);
		u->article_id = u->before.article_id;
	}
}

/* The action failed: forget what undo_begin read. */
void
undo_cancel(struct undo_action *u)
{
	undo_action_free(u);
	memset(u, 0, sizeof *u);
}

/*
 * After the action succeeded: what claim id (0: none, it was deleted) is
 * now, and what was done.  The action goes on the list; what was undone
 * before it can no longer be redone.
 */
void
undo_end(struct store *s, struct undo *un, struct undo_action *u, int64_t id,
    const char *what)
{
	size_t	i;

	if (id > 0 && store_get_claim(s, id, &u->after) == 0) {
		u->has_after = 1;
		memcpy(u->uuid, u->after.uuid, sizeof u->uuid);
		u->article_id = u->after.article_id;
	}
	snprintf(u->what, sizeof u->what, "%s", what);
	for (i = un->pos; i < un->n; i++)
		undo_action_free(&un->a[i]);
	un->n = un->pos;
	if (un->n == UNDO_MAX) {
		undo_action_free(&un->a[0]);
		memmove(un->a, un->a + 1, (un->n - 1) * sizeof *un->a);
		un->n--;
	}
	un->a = xreallocarray(un->a, un->n + 1, sizeof *un->a);
	un->a[un->n++] = *u;
	un->pos = un->n;
	memset(u, 0, sizeof *u);
}

/*
 * Undo (dir -1) or redo (dir 1) one action: put its claim back as it was
 * before it, or after it.  Returns 0 with *done the action, 1 when there
 * is nothing to undo or redo, -1 with a cause when the store failed.
 */
int
undo_step(struct store *s, struct undo *un, int dir,
    const struct undo_action **done, char **cause)
{
	struct undo_action	*u;

	*done = NULL;
	if ((dir < 0 && un->pos == 0) || (dir > 0 && un->pos == un->n))
		return (1);
	u = &un->a[dir < 0 ? un->pos - 1 : un->pos];
	if (store_restore_claim(s, u->uuid, dir < 0 ?
	    (u->has_before ? &u->before : NULL) :
	    (u->has_after ? &u->after : NULL), cause) != 0)
		return (-1);
	un->pos = dir < 0 ? un->pos - 1 : un->pos + 1;
	*done = u;
	return (0);
}

void
undo_free(struct undo *un)
{
	size_t	i;

	for (i = 0; i < un->n; i++)
		undo_action_free(&un->a[i]);
	free(un->a);
	memset(un, 0, sizeof *un);
}

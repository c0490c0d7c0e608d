/*
 * tagging.c: the one rule for putting tags on a range of an article,
 * which `sift tag` and the reader both follow.  The tags go on the live
 * claim of the same annotator that has exactly that range, where a tag of an exclusive family
 * replaces its sibling (the store does that in the same transaction as
 * the tag); only when there is no such claim is a new one made.  So
 * "arms-supply/alleged" on a sentence already tagged
 * "arms-supply/denied" turns the claim, from either path, instead of
 * leaving two claims that contradict each other.
 *
 * And whose claims one may change: one's own, or anybody's for an
 * editor the store names (sift editors).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"

/*
 * The claim c's tags would go on: the annotator's live claim on exactly
 * c's range (c->article_id, c->start, c->end), 0 for a new one, or -1
 * with a cause.  The reader asks first, to remember it for undo.
 */
int64_t
tagging_find(struct store *s, const struct claim *c, char **cause)
{
	return (store_claim_at(s, c->article_id, c->start, c->end,
	    c->annotator, cause));
}

/*
 * Tag the claim at (tagging_find's answer) with c's tags, or, when at is
 * 0, make c: the claim to make (context, uuid, creation time, annotator,
 * note and claimant filled in by the caller).  Returns the claim's id,
 * or -1 with a cause.
 */
int64_t
tagging_apply(struct store *s, const struct claim *c, int64_t at,
    char **cause)
{
	size_t	i;

	if (at == 0)
		return (store_add_claim(s, c, cause));
	for (i = 0; i < c->ntags; i++)
		if (store_add_claim_tag(s, at, c->tags[i], cause) != 0)
			return (-1);
	if ((c->note != NULL && store_set_claim_text(s, at, 0, c->note,
	    cause) != 0) || (c->claimant != NULL && store_set_claim_text(s,
	    at, 1, c->claimant, cause) != 0))
		return (-1);
	return (at);
}

/*
 * May the annotator who runs sift change or delete a claim (by number
 * or UUID)?  1 yes, 0 no such claim, -1 no (or the store failed), with
 * *cause set.
 */
int
tagging_may_change(struct store *s, const char *which, char **cause)
{
	const char	*me = claim_annotator();
	char		*owner, *safe;
	int		 r;

	if ((r = store_claim_owner(s, which, &owner, cause)) != 1)
		return (r);
	if (strcmp(owner, me) == 0 || store_is_editor(s, me)) {
		free(owner);
		return (1);
	}
	safe = text_safe(owner);
	*cause = xasprintf(_("claim %s is %s's: only %s, or an editor "
	    "(sift editors --add NAME), may change it"), which, safe, safe);
	free(safe);
	free(owner);
	return (-1);
}

/*
 * tagging.c: the one rule for putting tags on a range of an article,
 * which `sift tag` and the reader both follow.  The tags go on the live
 * claim of the same annotator that has exactly that range, where a tag of an exclusive family
 * replaces its sibling (the store does that in the same transaction as
 * the tag); only when there is no such claim is a new one made.  So
 * "arms-supply/alleged" on a sentence already tagged
 * "arms-supply/denied" turns the claim, from either path, instead of
 * leaving two claims that contradict each other.
 */

#include "config.h"

#include <stdlib.h>

#include "sift.h"

/*
 * Tag claim c's range (c->article_id, c->start, c->end) with its tags.
 * c is the claim to make when there is none there (context, uuid,
 * creation time, annotator, note and claimant filled in by the caller).
 * Returns the claim's id, with *made 1 when it is new, or -1 with a
 * cause.
 */
int64_t
tagging_apply(struct store *s, const struct claim *c, int *made,
    char **cause)
{
	int64_t	id;
	size_t	i;

	*made = 0;
	if ((id = store_claim_at(s, c->article_id, c->start, c->end,
	    c->annotator, cause)) < 0)
		return (-1);
	if (id == 0) {
		*made = 1;
		return (store_add_claim(s, c, cause));
	}
	for (i = 0; i < c->ntags; i++)
		if (store_add_claim_tag(s, id, c->tags[i], cause) != 0)
			return (-1);
	if ((c->note != NULL && store_set_claim_text(s, id, 0, c->note,
	    cause) != 0) || (c->claimant != NULL && store_set_claim_text(s,
	    id, 1, c->claimant, cause) != 0))
		return (-1);
	return (id);
}

/*
 * remove.c: taking articles out of the store (sift rm, d in the list).
 * An article without claims goes entirely.  One with claims is refused
 * unless forced, since the claims are somebody's work: forced, its text
 * goes but its identity stays for the claims, kept as orphans with their
 * quotes, so they still list and export, and come back to their places
 * when the same article is imported again (import-batch.c revives it).
 * Either way its blocks leave its source's repeated-block counts.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "reclean.h"

/*
 * Remove article id; *res says what happened, *claims how many claims it
 * had.  -1 with a cause when the store failed (nothing was changed).
 */
int
article_remove(struct store *s, int64_t id, int force,
    enum remove_result *res, int64_t *claims, char **cause)
{
	struct reclean	 r;
	struct article	*a;
	char		*why = NULL;

	if ((a = store_get_article(s, id, 0, &why)) == NULL) {
		free(why);
		*res = REMOVE_NONE;
		return (0);
	}
	*claims = store_live_claims(s, id);
	if (*claims > 0 && !force) {
		*res = REMOVE_REFUSED;
		article_free(a);
		return (0);
	}
	memset(&r, 0, sizeof r);
	r.store = s;
	if (store_begin(s, cause) != 0)
		goto fail;
	if (reclean_gone(&r, a, cause) != 0 || (*claims > 0 ?
	    store_tombstone_article(s, id, cause) :
	    store_delete_article(s, id, cause)) != 0 ||
	    reclean_flush(&r, cause) != 0 || store_commit(s, cause) != 0) {
		store_rollback(s);
		reclean_discard(&r);
		goto fail;
	}
	*res = *claims > 0 ? REMOVE_KEPT_CLAIMS : REMOVE_GONE;
	article_free(a);
	return (0);
fail:
	article_free(a);
	return (-1);
}

/*
 * undo.h: the reader's undo and redo of tagging actions, with no terminal code,
 * so the tests reach it.  An action is the claim before and after it
 * (absent: created or deleted); undoing writes the before back to the
 * store, redoing the after.  What was undone is dropped when a new
 * action is done; the oldest actions go past UNDO_MAX.
 */

#ifndef UNDO_H
#define UNDO_H

#define UNDO_MAX	100

struct undo_action {
	char			 uuid[37];
	int64_t			 article_id;
	struct claim_snap	 before;
	struct claim_snap	 after;
	int			 has_before;
	int			 has_after;
	char			 what[128];	/* "tag arms-supply/denied" */
};

/* actions [0, pos) are done, [pos, n) undone and can be redone */
struct undo {
	struct undo_action	*a;
	size_t			 n;
	size_t			 pos;
};

void	undo_begin(struct store *, struct undo_action *, int64_t);
void	undo_cancel(struct undo_action *);
void	undo_end(struct store *, struct undo *, struct undo_action *,
	    int64_t, const char *);
int	undo_step(struct store *, struct undo *, int,
	    const struct undo_action **, char **);
void	undo_free(struct undo *);

#endif /* UNDO_H */

/*
 * ui-tag.c: tagging in the article view: the article's claims (marked in
 * the text, named on the status line), and what t, 1-9, a, c and d do
 * to them.  Each action commits at once and goes on the undo list; the
 * views hear of it through ui_changed.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "sift.h"
#include "ui.h"
#include "agreement.h"
#include "ui-article.h"

void
ui_article_free_claims(struct ui_article *v)
{
	size_t	i;

	for (i = 0; i < v->nclaims; i++) {
		free(v->claims[i].tags);
		free(v->claims[i].note);
		free(v->claims[i].claimant);
	}
	free(v->claims);
	v->claims = NULL;
	v->nclaims = 0;
}

static int
ui_article_claim_cb(const struct claim_row *r, void *arg)
{
	struct ui_article	*v = arg;

	if (!r->has_range)
		return (0);
	v->claims = xreallocarray(v->claims, v->nclaims + 1,
	    sizeof *v->claims);
	v->claims[v->nclaims].start = r->start;
	v->claims[v->nclaims].end = r->end;
	v->claims[v->nclaims].id = r->id;
	v->claims[v->nclaims].tags = xstrdup(r->s[CLAIM_TAGS] != NULL ?
	    r->s[CLAIM_TAGS] : "");
	v->claims[v->nclaims].note = r->s[CLAIM_NOTE] != NULL ?
	    xstrdup(r->s[CLAIM_NOTE]) : NULL;
	v->claims[v->nclaims].claimant = r->s[CLAIM_CLAIMANT] != NULL ?
	    xstrdup(r->s[CLAIM_CLAIMANT]) : NULL;
	v->claims[v->nclaims].other = r->s[CLAIM_ANNOTATOR] != NULL &&
	    strcmp(r->s[CLAIM_ANNOTATOR], claim_annotator()) != 0;
	v->nclaims++;
	return (0);
}

/* The article's claims, for marking them and naming their tags. */
void
ui_article_load_claims(struct ui *ui)
{
	struct ui_article	*v = ui->art;
	char			*cause;

	ui_article_free_claims(v);
	if (store_claims(ui->store, NULL, v->a->id, 0, ui_article_claim_cb, v,
	    &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
	}
}


/* The selection: from the sentence where v was pressed to the cursor. */
size_t
ui_article_sel_lo(const struct ui_article *v)
{
	return (v->sel_start < v->cur_start ? v->sel_start : v->cur_start);
}

size_t
ui_article_sel_hi(const struct ui_article *v)
{
	return (v->sel_end > v->cur_end ? v->sel_end : v->cur_end);
}


/* The range a tag goes on: the selection, else the cursor's sentence. */
static int
ui_article_target(struct ui_article *v, size_t *start, size_t *end)
{
	if (!v->has_cur)
		return (-1);
	*start = v->has_sel ? ui_article_sel_lo(v) : v->cur_start;
	*end = v->has_sel ? ui_article_sel_hi(v) : v->cur_end;
	return (0);
}

/*
 * Put a tag on the selection or the cursor's sentence: on the claim that
 * has exactly that range, else on a new claim.  Committed at once, and
 * undoable.
 */
static void
ui_article_apply_tag(struct ui *ui, const char *tag)
{
	struct ui_article	*v = ui->art;
	struct undo_action	 u;
	struct claim		 cl;
	size_t			 start, end;
	char			*cause = NULL;
	int64_t			 id, at;

	if (ui_article_target(v, &start, &end) != 0) {
		ui_message(ui, 1, "%s", _("move the claim cursor with ] first"));
		return;
	}
	if (claim_check_tag(tag, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return;
	}
	memset(&cl, 0, sizeof cl);
	cl.article_id = v->a->id;
	cl.start = start;
	cl.end = end;
	cl.annotator = claim_annotator();
	cl.tags = &tag;
	cl.ntags = 1;
	/* the claim the tag will go on (tagging.c), for undo */
	if ((at = tagging_find(ui->store, &cl, &cause)) < 0)
		goto fail;
	undo_begin(ui->store, &u, at);
	claim_context(&cl, v->a->text, v->a->len);
	claim_uuid(cl.uuid);
	claim_now(cl.created);
	id = tagging_apply(ui->store, &cl, at, &cause);
	free(cl.quote);
	free(cl.prefix);
	free(cl.suffix);
	if (id < 0) {
		undo_cancel(&u);
		goto fail;
	}
	if (at == 0)
		ui_message(ui, 0, _("claim %lld: %s"), (long long)id, tag);
	else
		ui_message(ui, 0, _("claim %lld: %s added"), (long long)id,
		    tag);
	ui_undo_end(ui, &u, id, _("tag %s"), tag);
	v->has_sel = 0;
	ui_changed(ui, v->a->id);
	return;
fail:
	ui_message(ui, 1, "%s", cause);
	free(cause);
}

/* The answer to t: the tag picked, or "" for none. */
static void
ui_tag_picked(struct ui *ui, char *tag, const struct ui_ask *ask)
{
	(void)ask;
	if (tag != NULL && *tag != '\0' && ui->art != NULL)
		ui_article_apply_tag(ui, tag);
	free(tag);
}

/* t: pick a tag (type to filter, Enter applies) and apply it. */
void
ui_tag_start(struct ui *ui)
{
	if (!ui->art->has_cur) {
		ui_message(ui, 1, "%s", _("move the claim cursor with ] first"));
		return;
	}
	ui_ask_tag(ui, _("tag: "), 1, ui_tag_picked, NULL);
}

/* 1 to 9: the quick tag of a tag set, without the picker. */
void
ui_tag_quick(struct ui *ui, int key)
{
	char	 k[2], *tag;

	k[0] = (char)key;
	k[1] = '\0';
	if ((tag = store_quick_tag(ui->store, k)) == NULL) {
		ui_message(ui, 1, _("no tag on %s: load a tag set with 'sift "
		    "tagset FILE'"), k);
		return;
	}
	ui_article_apply_tag(ui, tag);
	free(tag);
}

/* The newest claim under the cursor, the reader's own first, or NULL. */
struct ui_claim *
ui_article_claim_here(struct ui_article *v)
{
	struct ui_claim	*found = NULL, *c;
	size_t		 i;

	for (i = 0; v->has_cur && i < v->nclaims; i++) {
		c = &v->claims[i];
		if (!(v->cur_start < c->end && c->start < v->cur_end))
			continue;
		if (found == NULL || (found->other && !c->other) ||
		    (found->other == c->other && c->id > found->id))
			found = c;
	}
	return (found);
}

/* d: delete the claim under the cursor (u brings it back). */
static void
ui_tag_delete(struct ui *ui, int64_t cid)
{
	struct undo_action	 u;
	char			*cause, id[32];

	undo_begin(ui->store, &u, cid);
	snprintf(id, sizeof id, "%lld", (long long)cid);
	if (store_delete_claim(ui->store, id, &cause) < 0) {
		undo_cancel(&u);
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return;
	}
	ui_undo_end(ui, &u, 0, _("delete claim %lld"), (long long)cid);
	ui_message(ui, 0, _("claim %lld deleted (u undoes)"), (long long)cid);
	ui_changed(ui, ui->art->a->id);
}

/* The answer to a or c: the claim's note or claimant ("" clears it). */
static void
ui_tag_text(struct ui *ui, char *text, const struct ui_ask *ask)
{
	struct undo_action	 u;
	char			*cause;
	int			 claimant = ask->what == ACTION_CLAIMANT;

	if (text == NULL || ui->art == NULL) {
		free(text);
		return;
	}
	undo_begin(ui->store, &u, ask->id);
	if (store_set_claim_text(ui->store, ask->id, claimant, *text != '\0' ?
	    text : NULL, &cause) != 0) {
		undo_cancel(&u);
		ui_message(ui, 1, "%s", cause);
		free(cause);
	} else {
		ui_undo_end(ui, &u, ask->id, "%s", claimant ? _("claimant") :
		    _("note"));
		ui_message(ui, 0, "%s", claimant ? _("claimant saved") :
		    _("note saved"));
	}
	free(text);
	ui_changed(ui, ui->art->a->id);
}

/*
 * a, c, d on the claim under the cursor; each commits at once and can be
 * undone.  The claimant is completed from those named before.
 */
void
ui_tag_edit(struct ui *ui, int action)
{
	struct ui_claim	*cl = ui_article_claim_here(ui->art);
	struct ui_menu	 m;
	struct ui_ask	 ask;
	char		**names, *cause, id[32];
	size_t		 n = 0, i;

	if (cl == NULL) {
		ui_message(ui, 1, "%s", _("no claim under the cursor"));
		return;
	}
	snprintf(id, sizeof id, "%lld", (long long)cl->id);
	if (tagging_may_change(ui->store, id, &cause) != 1) {
		if (cause != NULL) {
			ui_message(ui, 1, "%s", cause);
			free(cause);
		}
		return;
	}
	if (action == ACTION_DELETE) {
		ui_tag_delete(ui, cl->id);
		return;
	}
	ask.id = cl->id;
	ask.what = action;
	if (action == ACTION_CLAIMANT) {
		names = store_claimants(ui->store, &n);
		memset(&m, 0, sizeof m);
		m.items = (const char **)names;
		m.n = n;
		ui_ask(ui, _("claimant: "), cl->claimant, &m, ui_tag_text, &ask);
		for (i = 0; i < n; i++)
			free(names[i]);
		free(names);
	} else
		ui_ask(ui, _("note: "), cl->note, NULL, ui_tag_text, &ask);
}

/* X: the first disagreement after the cursor, and the first of all. */
struct ui_tag_diff {
	size_t		 after;		/* the cursor's start, or none */
	int		 has_after;
	int		 found;		/* one after it */
	size_t		 at;
	int		 any;		/* one at all: the first */
	size_t		 first;
	struct buf	 what;		/* family: who=what ... */
};

static int
ui_tag_diff_cb(const struct agreement_diff *d, void *arg)
{
	struct ui_tag_diff	*x = arg;
	size_t			 i;
	int			 here;

	here = !x->has_after || d->start > x->after;
	if (x->found || (!here && x->any))
		return (0);
	if (!here) {
		x->any = 1;
		x->first = d->start;
	} else {
		x->found = 1;
		x->at = d->start;
	}
	x->what.len = 0;
	buf_printf(&x->what, "%s:", d->family);
	for (i = 0; i < d->nannotators; i++)
		if (d->values[i] != NULL)
			buf_printf(&x->what, " %s=%s", d->annotators[i],
			    *d->values[i] != '\0' ? d->values[i] : "-");
	return (0);
}

/*
 * X: put the claim cursor on the next sentence that the annotators who
 * marked the article done disagree on, after the cursor (then from the
 * top), and say who tagged what there.
 */
void
ui_tag_next_disagreement(struct ui *ui)
{
	struct ui_article	*v = ui->art;
	struct ui_tag_diff	 x;
	struct ui_arg		 arg;
	char			*cause = NULL;

	memset(&x, 0, sizeof x);
	buf_init(&x.what);
	x.has_after = v->has_cur;
	x.after = v->cur_start;
	if (agreement_article(ui->store, v->a->id, ui_tag_diff_cb, &x,
	    &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
	} else if (!x.found && !x.any)
		ui_message(ui, 0, "%s", _("no disagreement: the annotators "
		    "who marked it done agree (or fewer than two did)"));
	else {
		memset(&arg, 0, sizeof arg);
		arg.index = v->list_index;
		arg.has_at = 1;
		arg.at = x.found ? x.at : x.first;
		if (ui_open(ui, VIEW_ARTICLE, &arg) == 0)
			ui_message(ui, 0, x.found ? "%s" : _("from the top: %s"),
			    x.what.data);
	}
	buf_free(&x.what);
}

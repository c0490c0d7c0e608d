/*
 * ui-load.c: the list's ids, read on a thread of its own at start.  The
 * reader paints its first screen from the first few hundred ids
 * (ui_list_load_first); the ids of all the articles, a quarter of a
 * second at a million, are then read here, on a connection of its own,
 * while the keys that move within what is loaded (down, up, a page down
 * or up, the top) are taken at once.  Any other key, or one that would
 * move past what is loaded, waits for the rest first; so does leaving.
 * When the thread cannot read them, the reader reads them itself.
 */

#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "sift.h"
#include "ui.h"

struct ui_loader {
	pthread_t	 thread;
	pthread_mutex_t	 lock;
	char		*path;
	int		 sort;
	int		 done;		/* the thread has ended */
	int		 failed;	/* without the ids */
	int64_t		*ids;
	size_t		 nids;
	size_t		 size;
};

static int
ui_load_collect(const struct store_row *r, void *arg)
{
	struct ui_loader	*l = arg;

	if (l->nids == l->size) {
		l->size = l->size == 0 ? 4096 : l->size * 2;
		l->ids = xreallocarray(l->ids, l->size, sizeof *l->ids);
	}
	l->ids[l->nids++] = r->id;
	return (0);
}

static void *
ui_load_run(void *arg)
{
	struct ui_loader	*l = arg;
	struct store		*s;
	struct store_query	 q;
	char			*cause = NULL;
	int			 failed = 1;

	if ((s = store_open_mode(l->path, STORE_READ, &cause)) != NULL) {
		memset(&q, 0, sizeof q);
		q.sort = l->sort;
		q.ids_only = 1;
		failed = store_list(s, &q, ui_load_collect, l, &cause) != 0;
		store_close(s);
	}
	free(cause);
	if (pthread_mutex_lock(&l->lock) != 0)
		fatalx("pthread_mutex_lock failed");
	l->failed = failed;
	l->done = 1;
	if (pthread_mutex_unlock(&l->lock) != 0)
		fatalx("pthread_mutex_unlock failed");
	return (NULL);
}

/* Read the ids of the list's articles in order, on a thread; -1 if not. */
static int
ui_load_start(struct ui *ui)
{
	struct ui_loader	*l;

	if (!store_shared(ui->store))
		return (-1);
	l = xcalloc(1, sizeof *l);
	l->path = xstrdup(store_path(ui->store));
	l->sort = ui->sort;
	if (pthread_mutex_init(&l->lock, NULL) != 0)
		fatalx("pthread_mutex_init failed");
	if (pthread_create(&l->thread, NULL, ui_load_run, l) != 0) {
		pthread_mutex_destroy(&l->lock);
		free(l->path);
		free(l);
		return (-1);
	}
	ui->loader = l;
	return (0);
}

/* Whether the thread has read them (or given up). */
static int
ui_load_done(struct ui *ui)
{
	struct ui_loader	*l = ui->loader;
	int			 done;

	if (pthread_mutex_lock(&l->lock) != 0)
		fatalx("pthread_mutex_lock failed");
	done = l->done;
	if (pthread_mutex_unlock(&l->lock) != 0)
		fatalx("pthread_mutex_unlock failed");
	return (done);
}

/*
 * The main loop's turn while only the first screen's ids are in: start
 * the thread, or take what it read.  1 when the loop goes round again
 * at once; 0 to wait for a key, briefly while the thread reads.
 */
int
ui_load_step(struct ui *ui)
{
	if (ui->first != 0 && ui->loader == NULL && ui_load_start(ui) != 0) {
		ui_list_load(ui);
		return (1);
	}
	if (ui->loader == NULL)
		return (0);
	if (ui_load_done(ui)) {
		ui_load_finish(ui);
		return (1);
	}
	timeout(UI_LOAD_MS);
	return (0);
}

/*
 * Whether a key can be taken before the rest of the ids are in: a move
 * in the list that stays two screens short of the last loaded.
 */
int
ui_load_key_ok(struct ui *ui, int rc, wint_t wc)
{
	int	key;

	if (ui->prompt != NULL || ui_top(ui) != &ui_list_view ||
	    (rc == KEY_CODE_YES && (wc == KEY_RESIZE || wc == KEY_MOUSE)))
		return (0);
	key = rc == KEY_CODE_YES ? (int)wc | UI_FKEY : (int)wc;
	switch (keys_action(VIEW_LIST, key)) {
	case ACTION_DOWN:
	case ACTION_UP:
	case ACTION_PGDN:
	case ACTION_PGUP:
	case ACTION_TOP:
		break;
	default:
		return (0);
	}
	return (ui->sel + 2 * (size_t)(LINES > 0 ? LINES : 1) < ui->nids);
}

/*
 * Wait for the ids and make them the list's, the cursor on the same
 * article; read them here when the thread could not.
 */
void
ui_load_finish(struct ui *ui)
{
	struct ui_loader	*l = ui->loader;

	if (l == NULL)
		return;
	if (pthread_join(l->thread, NULL) != 0)
		fatalx("pthread_join failed");
	ui->loader = NULL;
	if (l->failed) {
		free(l->ids);
		ui_list_load(ui);
	} else
		ui_list_take(ui, l->ids, l->nids);
	pthread_mutex_destroy(&l->lock);
	free(l->path);
	free(l);
	timeout(UI_IDLE_MS);
}

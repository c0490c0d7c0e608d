/*
 * bench-text.c: throughput of the model code on one large input, for
 * `make bench`.  "wrap FILE WIDTH" lays out every line of FILE (one block
 * a line) at WIDTH columns and reports MB/s, and the time to lay out the
 * first screen (50 rows) of a fresh layout.  "clean FILE" parses FILE as
 * import does and classifies its blocks, and reports MB/s; "import FILE"
 * only parses, for the share of each; "classify FILE" parses once and
 * times the classifier alone, over the articles' text; "pages DIR..."
 * reads every .html file of the folders into memory, then parses and
 * classifies each page on its own as `sift clean` does, and reports MB/s
 * over them all and the slowest page.  Times are the best of several
 * runs, on one core.
 */

#include "config.h"

#include <dirent.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sift.h"

static double
now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec + ts.tv_nsec / 1e9);
}

static char *
slurp(const char *path, size_t *n)
{
	struct buf	 b;
	FILE		*fp;
	char		 chunk[65536];
	size_t		 got;

	if ((fp = fopen(path, "rb")) == NULL)
		fatal("%s", path);
	buf_init(&b);
	while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&b, chunk, got);
	fclose(fp);
	*n = b.len;
	return (buf_release(&b));
}

static int
noop_cb(struct article *a, void *arg)
{
	(void)a;
	(void)arg;
	return (0);
}

static int
clean_cb(struct article *a, void *arg)
{
	struct clean	*c;

	c = clean_text(a->title, a->text, a->len, a->links, a->nlinks, a->dom, NULL,
	    NULL, 0);		/* as sift clean without --explain */
	*(size_t *)arg += c->nblocks;
	clean_free(c);
	return (0);
}

/* The articles parsed, kept for "classify". */
struct kept {
	struct article	*a;
	size_t		 n;
	size_t		 bytes;
};

static int
keep_cb(struct article *a, void *arg)
{
	struct kept	*k = arg;
	struct article	*c;

	c = xcalloc(1, sizeof *c);
	c->title = a->title != NULL ? xstrdup(a->title) : NULL;
	c->text = xmalloc(a->len + 1);
	memcpy(c->text, a->text, a->len + 1);
	c->len = a->len;
	c->nlinks = a->nlinks;
	c->links = xcalloc(a->nlinks + 1, sizeof *c->links);
	memcpy(c->links, a->links, a->nlinks * sizeof *c->links);
	c->dom = a->dom;	/* taken over */
	a->dom = NULL;
	k->a = xreallocarray(k->a, k->n + 1, sizeof *k->a);
	k->a[k->n++] = *c;
	k->bytes += a->len;
	free(c);
	return (0);
}

/* Every .html page of the folders, cleaned one at a time, in memory. */
static int
pages(int nd, char **dirs)
{
	struct import_opts	 io;
	struct importer		*im;
	struct dirent		*de;
	DIR			*dp;
	char			**data = NULL, **names = NULL, *path;
	size_t			*len = NULL, n = 0, i, total = 0, blocks;
	double			 t, t0, t1, best = 1e9, slow, slowest = 0;
	const char		*slowname = "";
	int			 d, run;

	for (d = 0; d < nd; d++) {
		if ((dp = opendir(dirs[d])) == NULL)
			fatal("%s", dirs[d]);
		while ((de = readdir(dp)) != NULL) {
			i = strlen(de->d_name);
			if (i < 6 || strcmp(de->d_name + i - 5, ".html") != 0)
				continue;
			path = xasprintf("%s/%s", dirs[d], de->d_name);
			data = xreallocarray(data, n + 1, sizeof *data);
			len = xreallocarray(len, n + 1, sizeof *len);
			names = xreallocarray(names, n + 1, sizeof *names);
			data[n] = slurp(path, &len[n]);
			names[n] = path;
			total += len[n++];
		}
		closedir(dp);
	}
	if (n == 0)
		fatalx("pages: no .html files");
	memset(&io, 0, sizeof io);
	io.format = "html";
	io.no_hash = 1;			/* as sift clean */
	/* the best of 3 runs, or of as many as fit in 2 s (at most 50) */
	for (run = 0, t0 = now(); run < 3 || (run < 50 && now() - t0 < 2);
	    run++) {
		blocks = 0;
		slow = 0;
		t = now();
		for (i = 0; i < n; i++) {
			t1 = now();
			io.max_size = len[i] + 1;
			im = import_new(&io, clean_cb, NULL, &blocks);
			import_buffer(im, names[i], data[i], len[i]);
			import_free(im);
			t1 = now() - t1;
			if (t1 > slow) {
				slow = t1;
				slowname = names[i];
			}
		}
		t = now() - t;
		if (t < best) {
			best = t;
			slowest = slow;
		}
	}
	printf("pages: %zu pages, %.1f MB, %zu blocks in %.3f s = %.1f MB/s, "
	    "%.2f ms a page; slowest %.1f ms (%s)\n", n, total / 1048576.0,
	    blocks, best, total / 1048576.0 / best, best * 1000 / n,
	    slowest * 1000, slowname);
	for (i = 0; i < n; i++) {
		free(data[i]);
		free(names[i]);
	}
	free(data);
	free(names);
	free(len);
	return (0);
}

int
main(int argc, char **argv)
{
	struct layout_opts	 o;
	struct layout		*lo;
	struct import_opts	 io;
	struct importer		*im;
	char			*s;
	size_t			 n, i, lines, rows, blocks;
	double			 t, best = 1e9, first = 1e9;
	int			 run;

	setlocale(LC_ALL, "");
	if (argc < 3)
		fatalx("usage: bench-text wrap FILE WIDTH | clean FILE | "
		    "import FILE | classify FILE");
	s = slurp(argv[2], &n);
	if (strcmp(argv[1], "wrap") == 0 && argc == 4) {
		memset(&o, 0, sizeof o);
		o.width = atoi(argv[3]);
		for (run = 0; run < 3; run++) {
			t = now();
			lo = layout_new(s, n, &o);
			for (i = lines = 0; i < lo->nblocks; i++) {
				layout_block(lo, i, &rows);
				lines += rows;
			}
			layout_free(lo);
			t = now() - t;
			if (t < best)
				best = t;
		}
		for (run = 0; run < 20; run++) {
			t = now();
			lo = layout_new(s, n, &o);
			for (i = rows = 0; i < lo->nblocks && rows < 50; i++) {
				layout_block(lo, i, &lines);
				rows += lines;
			}
			layout_free(lo);
			t = now() - t;
			if (t < first)
				first = t;
		}
		printf("wrap %s at %d columns: %.1f MB in %.3f s = %.1f MB/s; "
		    "first screen %.2f ms\n", argv[2], o.width, n / 1048576.0,
		    best, n / 1048576.0 / best, first * 1000);
		return (0);
	}
	if (strcmp(argv[1], "clean") == 0 || strcmp(argv[1], "import") == 0) {
		memset(&io, 0, sizeof io);
		io.max_size = n + 1;
		io.no_hash = 1;		/* as sift clean */
		for (run = 0; run < 5; run++) {
			blocks = 0;
			t = now();
			im = import_new(&io, argv[1][0] == 'c' ? clean_cb :
			    noop_cb, NULL, &blocks);
			import_buffer(im, argv[2], s, n);
			import_free(im);
			t = now() - t;
			if (t < best)
				best = t;
		}
		printf("%s %s: %.1f MB, %zu blocks in %.3f s = %.1f MB/s\n",
		    argv[1], argv[2], n / 1048576.0, blocks, best,
		    n / 1048576.0 / best);
		return (0);
	}
	if (strcmp(argv[1], "classify") == 0) {
		struct kept	k;
		struct clean	*c;

		memset(&io, 0, sizeof io);
		memset(&k, 0, sizeof k);
		io.max_size = n + 1;
		io.no_hash = 1;
		im = import_new(&io, keep_cb, NULL, &k);
		import_buffer(im, argv[2], s, n);
		import_free(im);
		for (run = 0; run < 5; run++) {
			blocks = 0;
			t = now();
			for (i = 0; i < k.n; i++) {
				c = clean_text(k.a[i].title, k.a[i].text,
				    k.a[i].len, k.a[i].links, k.a[i].nlinks,
				    k.a[i].dom, NULL, NULL, 0);
				blocks += c->nblocks;
				clean_free(c);
			}
			t = now() - t;
			if (t < best)
				best = t;
		}
		printf("classify %s: %zu articles, %.1f MB of text, %zu blocks "
		    "in %.3f s = %.1f MB/s\n", argv[2], k.n, k.bytes / 1048576.0,
		    blocks, best, k.bytes / 1048576.0 / best);
		return (0);
	}
	if (strcmp(argv[1], "pages") == 0)
		return (pages(argc - 2, argv + 2));
	fatalx("usage: bench-text wrap FILE WIDTH | clean FILE | import FILE"
	    " | classify FILE | pages DIR...");
}

/*
 * pq-dl.c: loading libpq at the first store on PostgreSQL (pq-dl.h says
 * why), and finding each function db-pg.c calls.  LIBPQ_SONAME is the
 * library configure found.
 */

#include "config.h"

#include <dlfcn.h>
#include <stdlib.h>

#define PQ_DL_NO_NAMES
#include "pq-dl.h"
#include "sift.h"

#define X(f)	__typeof__(f) *sift_##f;
PQ_DL_FUNCS
#undef X

/*
 * Load libpq, once.  -1 and a cause (the caller frees it) when it is not
 * there or lacks a function sift calls: a store on SQLite works without.
 */
int
pq_dl_load(char **cause)
{
	static void	*lib;
	const char	*e, *missing = NULL;
	void		*h;

	if (lib != NULL)
		return (0);
	if ((h = dlopen(LIBPQ_SONAME, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		e = dlerror();
		*cause = xasprintf(_("cannot load %s, which a PostgreSQL "
		    "store needs: %s"), LIBPQ_SONAME, e != NULL ? e : "");
		return (-1);
	}
#define X(f)	if (missing == NULL && (sift_##f = \
		    (__typeof__(sift_##f))dlsym(h, #f)) == NULL) \
			missing = #f;
	PQ_DL_FUNCS
#undef X
	if (missing != NULL) {
		*cause = xasprintf(_("%s has no %s: libpq 13 or later is "
		    "needed"), LIBPQ_SONAME, missing);
		dlclose(h);
		return (-1);
	}
	lib = h;
	return (0);
}

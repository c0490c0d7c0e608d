/*
 * agree.c: agreement between coders on nominal values.  Krippendorff's
 * alpha (K. Krippendorff, "Computing Krippendorff's Alpha-Reliability",
 * 2011) for any number of coders and missing values, from the
 * coincidences of values within a unit: a unit coded by m coders gives
 * each ordered pair of its values 1/(m - 1), so every pairable value
 * counts once.  With n the pairable values and n_c those of category c,
 *
 *	D_o = 1/n * sum over units of (pairs that differ) / (m - 1)
 *	D_e = (n(n - 1) - sum n_c(n_c - 1)) / (n(n - 1))
 *	alpha = 1 - D_o / D_e
 *
 * Cohen's kappa for two coders on the units both coded:
 * (p_o - p_e) / (1 - p_e), p_e from each coder's own proportions.
 * The table is units by coders, row-major; AGREE_MISSING is "not coded".
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "agree.h"

static int
agree_cmp(const void *a, const void *b)
{
	int	x = *(const int *)a, y = *(const int *)b;

	return (x < y ? -1 : x > y);
}

/* Sum of c(c - 1) over the runs of equal values of a sorted array. */
static double
agree_same_pairs(const int *v, size_t n)
{
	double	 sum = 0, run;
	size_t	 i = 0, j;

	while (i < n) {
		for (j = i + 1; j < n && v[j] == v[i]; j++)
			continue;
		run = (double)(j - i);
		sum += run * (run - 1);
		i = j;
	}
	return (sum);
}

int
agree_alpha(const int *table, size_t nunits, size_t ncoders,
    struct agree_result *r)
{
	int	*all, *unit;
	size_t	 u, c, m, n = 0;
	double	 d_o = 0, d_e, nn;

	memset(r, 0, sizeof *r);
	r->alpha = NAN;
	if (ncoders < 2)
		return (-1);
	all = xreallocarray(NULL, nunits > 0 ? nunits : 1,
	    ncoders * sizeof *all);
	unit = xreallocarray(NULL, ncoders, sizeof *unit);
	for (u = 0; u < nunits; u++) {
		for (c = m = 0; c < ncoders; c++) {
			if (table[u * ncoders + c] != AGREE_MISSING)
				unit[m++] = table[u * ncoders + c];
		}
		if (m < 2)
			continue;	/* unpairable */
		qsort(unit, m, sizeof *unit, agree_cmp);
		d_o += ((double)m * (m - 1) - agree_same_pairs(unit, m)) /
		    (double)(m - 1);
		memcpy(all + n, unit, m * sizeof *unit);
		n += m;
		r->units++;
	}
	r->values = n;
	if (n >= 2) {
		nn = (double)n * (double)(n - 1);
		qsort(all, n, sizeof *all, agree_cmp);
		d_o /= (double)n;
		d_e = (nn - agree_same_pairs(all, n)) / nn;
		r->observed = 1 - d_o;
		r->expected = 1 - d_e;
		if (d_e > 0)
			r->alpha = 1 - d_o / d_e;
	}
	free(unit);
	free(all);
	return (0);
}

/* How many of a sorted array's values equal v, from *at onwards. */
static size_t
agree_count(const int *v, size_t n, size_t *at, int want)
{
	size_t	 k = 0;

	while (*at < n && v[*at] < want)
		(*at)++;
	while (*at < n && v[*at] == want) {
		(*at)++;
		k++;
	}
	return (k);
}

int
agree_kappa(const int *table, size_t nunits, size_t ncoders, size_t a,
    size_t b, struct agree_kappa *k)
{
	int	*va, *vb;
	size_t	 u, n = 0, same = 0, i, ia = 0, ib = 0, ca, cb;
	double	 pe = 0;

	memset(k, 0, sizeof *k);
	k->kappa = NAN;
	if (a >= ncoders || b >= ncoders || a == b)
		return (-1);
	va = xreallocarray(NULL, nunits > 0 ? nunits : 1, sizeof *va);
	vb = xreallocarray(NULL, nunits > 0 ? nunits : 1, sizeof *vb);
	for (u = 0; u < nunits; u++) {
		if (table[u * ncoders + a] == AGREE_MISSING ||
		    table[u * ncoders + b] == AGREE_MISSING)
			continue;
		va[n] = table[u * ncoders + a];
		vb[n] = table[u * ncoders + b];
		same += va[n] == vb[n];
		n++;
	}
	k->units = n;
	if (n > 0) {
		qsort(va, n, sizeof *va, agree_cmp);
		qsort(vb, n, sizeof *vb, agree_cmp);
		/* each category of a's, against b's count of it */
		for (i = 0; i < n; i = ia) {
			ca = agree_count(va, n, &ia, va[i]);
			cb = agree_count(vb, n, &ib, va[i]);
			pe += ((double)ca / n) * ((double)cb / n);
		}
		k->observed = (double)same / n;
		k->expected = pe;
		if (pe < 1)
			k->kappa = (k->observed - pe) / (1 - pe);
	}
	free(vb);
	free(va);
	return (0);
}

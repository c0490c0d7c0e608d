/*
 * test-agree.c: agreement figures (agree.c) against published examples
 * and against a second computation.  Krippendorff's alpha on the
 * nominal example of "Computing Krippendorff's Alpha-Reliability" (2011:
 * 4 coders, 12 units, missing values; alpha 0.743) and its two-coder
 * binary example (alpha 0.095); Cohen's kappa on the 50-item example
 * (p_o 0.7, p_e 0.5, kappa 0.4) and on the binary one worked by hand.
 * Random tables are checked against alpha computed the textbook's way,
 * from the whole coincidence matrix.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "agree.h"
#include "tap.h"

#define M	AGREE_MISSING

static int
near(double got, double want, double eps)
{
	return (got - want < eps && want - got < eps);
}

/* Alpha from the coincidence matrix o[c][k], categories 0..ncat-1. */
static double
matrix_alpha(const int *t, size_t nunits, size_t ncoders, int ncat)
{
	double	*o = calloc((size_t)ncat * ncat, sizeof *o), n = 0, d_o = 0;
	double	 d_e = 0, *nc = calloc(ncat, sizeof *nc);
	size_t	 u, i, j, m;
	int	 c, k;

	for (u = 0; u < nunits; u++) {
		for (i = m = 0; i < ncoders; i++)
			m += t[u * ncoders + i] != M;
		if (m < 2)
			continue;
		for (i = 0; i < ncoders; i++) {
			for (j = 0; j < ncoders; j++) {
				if (i == j || t[u * ncoders + i] == M ||
				    t[u * ncoders + j] == M)
					continue;
				o[t[u * ncoders + i] * ncat +
				    t[u * ncoders + j]] += 1.0 / (m - 1);
			}
		}
	}
	for (c = 0; c < ncat; c++)
		for (k = 0; k < ncat; k++)
			nc[c] += o[c * ncat + k];
	for (c = 0; c < ncat; c++)
		n += nc[c];
	for (c = 0; c < ncat; c++) {
		for (k = 0; k < ncat; k++) {
			if (c == k)
				continue;
			d_o += o[c * ncat + k];
			d_e += nc[c] * nc[k];
		}
	}
	free(o);
	free(nc);
	return (1 - (n - 1) * d_o / d_e);
}

int
main(void)
{
	/* the 2011 paper's nominal example, units as rows, coders A-D */
	static const int ex[12 * 4] = {
		1, 1, M, 1,	2, 2, 3, 2,	3, 3, 3, 3,	3, 3, 3, 3,
		2, 2, 2, 2,	1, 2, 3, 4,	4, 4, 4, 4,	1, 1, 2, 1,
		2, 2, 2, 2,	M, 5, 5, 5,	M, M, 1, 1,	M, 3, M, M,
	};
	/* its binary example: two coders, ten units */
	static const int bin[10 * 2] = {
		0, 1,	1, 1,	0, 1,	0, 0,	0, 0,
		0, 1,	0, 0,	0, 0,	1, 0,	0, 0,
	};
	struct agree_result	 r;
	struct agree_kappa	 k;
	int			*t, same[3 * 3] = { 1, 1, 1, 2, 2, 2, 0, 0, 0 };
	int			 one[2 * 3] = { 4, 4, 4, 4, 4, 4 }, worst = 0;
	size_t			 u, i, trial;
	double			 d;

	i = agree_alpha(ex, 12, 4, &r);
	ok(i == 0, "alpha: the paper's example");
	ok(near(r.alpha, 0.743, 0.0005), "alpha is 0.743 (got %.4f)", r.alpha);
	ok(r.units == 11 && r.values == 40,
	    "11 pairable units, 40 values (got %zu, %zu)", r.units, r.values);
	ok(near(r.alpha, 1 - (1 - r.observed) / (1 - r.expected), 1e-12),
	    "alpha = 1 - D_o / D_e");

	i = agree_alpha(bin, 10, 2, &r);
	ok(i == 0 && near(r.alpha, 0.095, 0.0005),
	    "alpha: the binary example is 0.095 (got %.4f)", r.alpha);
	i = agree_kappa(bin, 10, 2, 0, 1, &k);
	ok(i == 0 && k.units == 10 &&
	    near(k.observed, 0.6, 1e-12) && near(k.expected, 0.56, 1e-12) &&
	    near(k.kappa, 0.04 / 0.44, 1e-12),
	    "kappa: the binary example, p_o 0.6, p_e 0.56 (got %.4f %.4f %.4f)",
	    k.observed, k.expected, k.kappa);

	/* 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 */
	t = xreallocarray(NULL, 50, 2 * sizeof *t);
	for (u = 0; u < 50; u++) {
		t[u * 2] = u < 25;
		t[u * 2 + 1] = u < 20 || (u >= 25 && u < 35);
	}
	i = agree_kappa(t, 50, 2, 0, 1, &k);
	ok(i == 0 && near(k.observed, 0.7,
	    1e-12) && near(k.expected, 0.5, 1e-12) && near(k.kappa, 0.4, 1e-12),
	    "kappa: 50 items, 0.4 (got %.4f)", k.kappa);
	free(t);

	ok(agree_alpha(same, 3, 3, &r) == 0 && near(r.alpha, 1, 1e-12) &&
	    near(r.observed, 1, 1e-12), "alpha: full agreement is 1");
	ok(agree_alpha(one, 2, 3, &r) == 0 && isnan(r.alpha) &&
	    r.units == 2, "alpha: one category only is undefined, not 1");
	ok(agree_kappa(one, 2, 3, 0, 2, &k) == 0 && isnan(k.kappa),
	    "kappa: one category only is undefined");
	ok(agree_alpha(ex, 12, 1, &r) == -1 && agree_kappa(ex, 12, 4, 1, 1,
	    &k) == -1 && agree_kappa(ex, 12, 4, 0, 4, &k) == -1,
	    "one coder, the same coder twice, or no such coder: refused");
	ok(agree_alpha(ex, 0, 4, &r) == 0 && r.units == 0 && isnan(r.alpha),
	    "no units: nothing to agree on");

	/* random tables: agree.c against the coincidence matrix */
	srand(13);
	t = xreallocarray(NULL, 40, 5 * sizeof *t);
	for (trial = 0; trial < 200; trial++) {
		for (i = 0; i < 40 * 5; i++)
			t[i] = rand() % 4 == 0 ? M : rand() % 3;
		agree_alpha(t, 40, 5, &r);
		d = r.alpha - matrix_alpha(t, 40, 5, 3);
		if (!(d < 1e-9 && d > -1e-9))
			worst++;
	}
	free(t);
	ok(worst == 0, "200 random tables: equal to the matrix computation "
	    "(%d differ)", worst);
	return (tap_done());
}

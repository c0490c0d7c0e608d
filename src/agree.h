/*
 * agree.h: how far coders agree on nominal values (agree.c).  The data
 * is a table of units (a sentence) by coders (an annotator), each cell a
 * category (a tag of one family, or "no tag of it") or AGREE_MISSING
 * where the coder did not read the unit.
 */

#ifndef AGREE_H
#define AGREE_H

#include <stddef.h>

#define AGREE_MISSING	(-1)

struct agree_result {
	size_t	 units;		/* units with values from two coders or more */
	size_t	 values;	/* the values in those units */
	double	 observed;	/* observed agreement, 1 - D_o */
	double	 expected;	/* agreement expected by chance, 1 - D_e */
	double	 alpha;		/* Krippendorff's alpha; NAN when D_e is 0 */
};

struct agree_kappa {
	size_t	 units;		/* units both coders coded */
	double	 observed;	/* p_o */
	double	 expected;	/* p_e */
	double	 kappa;		/* Cohen's kappa; NAN when p_e is 1 */
};

int	agree_alpha(const int *, size_t, size_t, struct agree_result *);
int	agree_kappa(const int *, size_t, size_t, size_t, size_t,
	    struct agree_kappa *);

#endif

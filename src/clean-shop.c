/*
 * clean-shop.c: a review's shop cards, the product's name, its price and
 * the button to buy it, found in the text before the page's tree
 * decides.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sift.h"
#include "clean-int.h"

/* Is block f a shop's button: "See at Best Buy", "$229 at Amazon"? */
static int
clean_shop_button(const struct clean_feat *f)
{
	static const char	*calls[] = { "see at ", "see it at ", "buy at ",
	    "buy it at ", "buy now at ", "shop at ", "shop now at ",
	    "view at ", "check price at ", "ver en ", "comprar en ",
	    "voir sur ", "acheter sur ", NULL };
	/* "Bei Amazon ansehen", "Amazonで見る", "去京东购买": each end
	 * with the start it needs */
	static const char	*ends[] = { " ansehen", " kaufen",
	    "\xe3\x81\xa7\xe8\xa6\x8b\xe3\x82\x8b",
	    "\xe3\x81\xa7\xe8\xb3\xbc\xe5\x85\xa5",
	    "\xe8\xb4\xad\xe4\xb9\xb0", NULL };
	static const char	*starts[] = { "bei ", "bei ", "", "",
	    "\xe5\x8e\xbb" };
	const char		*p = f->lower, *e = f->lower + f->lowern;
	size_t			 i, l;

	if (f->wlen >= 40 || f->terminal)
		return (0);
	for (i = 0; calls[i] != NULL; i++)
		if (strncmp(p, calls[i], strlen(calls[i])) == 0)
			return (1);
	for (i = 0; ends[i] != NULL; i++)
		if ((l = strlen(ends[i])) < f->lowern &&
		    memcmp(e - l, ends[i], l) == 0 && f->wlen < 30 &&
		    strncmp(p, starts[i], strlen(starts[i])) == 0)
			return (1);
	if (p < e && *p == '$')
		for (p++; p < e && ((*p >= '0' && *p <= '9') || *p == '.' ||
		    *p == ','); p++)
			/* nothing */;
	return (p > f->lower + 1 && e - p > 4 && memcmp(p, " at ", 4) == 0);
}

/* Is block f a price alone: "$229", "£199.99", "€ 249"? */
static int
clean_shop_price(const struct clean_feat *f)
{
	static const char	*signs[] = { "$", "£", "€", "¥", "us$", NULL };
	const char		*p = f->lower, *e = f->lower + f->lowern;
	size_t			 i, l = 0;

	for (i = 0; signs[i] != NULL; i++) {
		l = strlen(signs[i]);
		if ((size_t)(e - p) > l && memcmp(p, signs[i], l) == 0)
			break;
	}
	if (signs[i] == NULL || f->wlen >= 16)
		return (0);
	for (p += l; p < e && (*p == ' ' || *p == '.' || *p == ',' ||
	    (*p >= '0' && *p <= '9')); p++)
		/* nothing */;
	return (p == e);
}

/*
 * A shop's card in a review: the product's name, its price and the
 * button to buy it ("Lumora Vela Color (32GB)" / "$229" or "$229 at
 * Amazon" / "See at Best Buy").  The card's lines are its, whatever the
 * page's tree says (this runs before its verdicts); a heading over the
 * name ("The Best Sleeping Bag for Backpackers") is the review's.
 */
void
clean_deals(struct clean_feat *fs, size_t n)
{
	size_t	i, k;

	for (i = 0; i < n; i++) {
		/* a button alone, under the item's paragraph */
		if (clean_shop_button(&fs[i]) && (fs[i].kind == KIND_NONE ||
		    fs[i].kind == KIND_QUALITY) &&
		    (i < 2 || !(clean_shop_price(&fs[i - 1]) ||
		    clean_shop_button(&fs[i - 1])))) {
			clean_set(&fs[i], KIND_AD, VERDICT_BOILERPLATE,
			    "ad: a shop's button");
			fs[i].cls = CLS_BAD;
			fs[i].slot = 1;	/* the roundup goes on past it */
			continue;
		}
		if (i < 2 || !clean_shop_button(&fs[i]) ||
		    !(clean_shop_price(&fs[i - 1]) ||
		    clean_shop_button(&fs[i - 1])))
			continue;
		for (k = i + 1; k-- > 0 && k + 3 > i;) {
			if (fs[k].terminal || fs[k].wlen >= 80 ||
			    (fs[k].kind != KIND_QUALITY &&
			    fs[k].kind != KIND_NONE &&
			    fs[k].kind != KIND_CONTEXT)) {
				if (k + 1 < i)
					break;	/* the story above it */
				continue;
			}
			if (k < i)
				clean_set(&fs[k], KIND_CONTEXT,
				    VERDICT_BOILERPLATE,
				    "context: a shop's card, over its button");
			else
				clean_set(&fs[k], KIND_AD,
				    VERDICT_BOILERPLATE,
				    "ad: a shop's card's button");
			fs[k].cls = CLS_BAD;
		}
	}
}

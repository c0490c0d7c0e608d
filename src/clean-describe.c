/*
 * clean-describe.c: how a reason names a node of a web page, for
 * --explain: "<nav>", "class 'sidebar'", "role 'navigation'", "a hidden
 * <div>", "itemprop 'articleBody'".
 */

#include "config.h"

#include <stdio.h>

#include "sift.h"
#include "clean-int.h"

static const char *cd_tag_names[DOM_NTAGS] = {
	"", "html", "body", "div", "p", "section", "article", "main", "nav",
	"aside", "header", "footer", "form", "menu", "dialog", "ul", "ol",
	"li", "dl", "dt", "dd", "table", "tr", "td", "th", "h1", "h2", "h3",
	"h4", "h5", "h6", "pre", "blockquote", "figure", "figcaption",
	"address", "details", "caption", "fieldset", "center", "hgroup",
	"search"
};

static const char *cd_attr_names[] = {
	"", "class", "id", "role", "itemprop", "data attribute"
};

/* Describe what a node is, for a reason: "<nav>", "class 'sidebar'". */
void
clean_describe(const struct cd *cd, uint32_t i, char *out, size_t size)
{
	const struct dom_node	*nd = &cd->d->nodes[i];

	if (nd->flags & DOM_N_HIDDEN)
		snprintf(out, size, "a hidden <%s>", cd_tag_names[nd->tag][0] ?
		    cd_tag_names[nd->tag] : "element");
	else if (nd->flags & DOM_N_IMGCAP)
		snprintf(out, size, "italics under an image");
	else if (nd->family != DOM_FAM_NONE && nd->attr != 0 &&
	    nd->attr < sizeof cd_attr_names / sizeof cd_attr_names[0] &&
	    nd->family != DOM_FAM_CONTENT)
		snprintf(out, size, "%s '%s'", cd_attr_names[nd->attr],
		    dom_token_name(nd->token));
	else if (nd->flags & DOM_N_COMMENT)
		snprintf(out, size, "a comment (itemtype)");
	else if (nd->flags & DOM_N_ARTBODY)
		snprintf(out, size, "itemprop 'articleBody'");
	else if (nd->flags & (DOM_N_NAV | DOM_N_ASIDE | DOM_N_FOOTER |
	    DOM_N_DIALOG | DOM_N_SEARCH | DOM_N_BANNER | DOM_N_MAIN))
		snprintf(out, size, "role '%s'", nd->flags & DOM_N_NAV ?
		    "navigation" : nd->flags & DOM_N_ASIDE ? "complementary" :
		    nd->flags & DOM_N_FOOTER ? "contentinfo" : nd->flags &
		    DOM_N_DIALOG ? "dialog" : nd->flags & DOM_N_SEARCH ?
		    "search" : nd->flags & DOM_N_BANNER ? "banner" : "main");
	else if (nd->flags & DOM_N_WIDGET)
		snprintf(out, size, "a control (its role)");
	else if (nd->flags & DOM_N_MEDIA)
		snprintf(out, size, "a player's box");
	else if (cd->nodes[i].timed >= 3)
		snprintf(out, size, "a feed of timed news flashes");
	else if (cd_tag_names[nd->tag][0] != '\0')
		snprintf(out, size, "<%s>", cd_tag_names[nd->tag]);
	else
		snprintf(out, size, "an element");
}

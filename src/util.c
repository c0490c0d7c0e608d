/*
 * util.c: memory that never fails (the x* functions die on exhaustion),
 * fatal errors, and a growable byte buffer that stays NUL-terminated.
 * Large buffers from xmalloc (a huge article's text) are asked for in
 * huge pages where the system has them: a fresh 20 MB buffer is 5,000
 * page faults otherwise, which took 0.1-0.2 s on a virtual machine,
 * longer than reading the text into it.  They are freed with free().
 * Not xcalloc's: a sparse table of zeros would be made resident; but
 * xcalloc_dense's, for the arrays that are filled at once (a block
 * each of a huge article: its verdicts, its layout), whose 2,000 page
 * faults took 60 ms of opening a 20 MB article.
 */

#include "config.h"

#include <sys/mman.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "sift.h"

void	(*fatal_hook)(void);

#define UTIL_HUGE	((size_t)2 << 20)

/*
 * A large allocation (min bytes or more) in huge pages, or NULL to take
 * malloc's.
 */
static void *
util_huge(size_t size, size_t min)
{
#ifdef MADV_HUGEPAGE
	void	*p;

	if (size < min || posix_memalign(&p, UTIL_HUGE, size) != 0)
		return (NULL);
	madvise(p, size & ~(UTIL_HUGE - 1), MADV_HUGEPAGE);
	return (p);
#else
	(void)size;
	(void)min;
	return (NULL);
#endif
}

void *
xmalloc(size_t size)
{
	void	*p;

	if (size == 0)
		size = 1;
	if ((p = util_huge(size, 2 * UTIL_HUGE)) == NULL &&
	    (p = malloc(size)) == NULL)
		fatal("xmalloc: %zu bytes", size);
	return (p);
}

void *
xcalloc(size_t n, size_t size)
{
	void	*p;

	if (n == 0 || size == 0)
		n = size = 1;
	if ((p = calloc(n, size)) == NULL)
		fatal("xcalloc: %zu * %zu bytes", n, size);
	return (p);
}

/* xcalloc for an array the caller fills at once: huge pages if large. */
void *
xcalloc_dense(size_t n, size_t size)
{
	void	*p;

	if (size != 0 && n > SIZE_MAX / size)
		fatalx("xcalloc_dense: %zu * %zu overflows", n, size);
	if ((p = util_huge(n * size, UTIL_HUGE)) == NULL)
		return (xcalloc(n, size));
	memset(p, 0, n * size);
	return (p);
}

void *
xrealloc(void *old, size_t size)
{
	return (xreallocarray(old, 1, size));
}

void *
xreallocarray(void *old, size_t n, size_t size)
{
	void	*p;

	if (size != 0 && n > SIZE_MAX / size)
		fatalx("xreallocarray: %zu * %zu overflows", n, size);
	if (n * size == 0)
		n = size = 1;
	if ((p = realloc(old, n * size)) == NULL)
		fatal("xreallocarray: %zu * %zu bytes", n, size);
	return (p);
}

char *
xstrdup(const char *s)
{
	return (xstrndup(s, strlen(s)));
}

char *
xstrndup(const char *s, size_t n)
{
	char	*p;

	n = strnlen(s, n);
	p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return (p);
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	char	*s;

	if (vasprintf(&s, fmt, ap) == -1)
		fatal("xvasprintf");
	return (s);
}

char *
xasprintf(const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	return (s);
}

static void __attribute__((noreturn))
fatal_common(int with_errno, const char *fmt, va_list ap)
{
	int	saved = errno;

	if (fatal_hook != NULL)
		fatal_hook();
	fputs("sift: ", stderr);
	vfprintf(stderr, fmt, ap);
	if (with_errno)
		fprintf(stderr, ": %s", strerror(saved));
	fputc('\n', stderr);
	exit(1);
}

void
fatal(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	fatal_common(1, fmt, ap);
}

void
fatalx(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	fatal_common(0, fmt, ap);
}

void
buf_init(struct buf *b)
{
	b->data = NULL;
	b->len = b->size = 0;
}

void
buf_free(struct buf *b)
{
	free(b->data);
	buf_init(b);
}

void
buf_grow(struct buf *b, size_t more)
{
	size_t	need;

	if (more > SIZE_MAX - b->len - 1)
		fatalx("buf_grow: overflow");
	need = b->len + more + 1;
	if (need <= b->size)
		return;
	if (b->size == 0)
		b->size = 64;
	while (b->size < need)
		b->size = b->size > SIZE_MAX / 2 ? need : b->size * 2;
	b->data = xrealloc(b->data, b->size);
}

void
buf_add(struct buf *b, const void *p, size_t n)
{
	buf_grow(b, n);
	if (n != 0)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	buf_adds(b, s);
	free(s);
}

char *
buf_release(struct buf *b)
{
	char	*s;

	if (b->data == NULL)
		return (xstrdup(""));
	s = b->data;
	buf_init(b);
	return (s);
}

/* Append s as a JSON string, quotes included; s is valid UTF-8. */
void
buf_add_json(struct buf *b, const char *s)
{
	static const char	 hex[] = "0123456789abcdef";
	const unsigned char	*p;

	buf_addc(b, '"');
	if (s == NULL)
		s = "";
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		switch (*p) {
		case '"':
			buf_add(b, "\\\"", 2);
			break;
		case '\\':
			buf_add(b, "\\\\", 2);
			break;
		case '\n':
			buf_add(b, "\\n", 2);
			break;
		case '\t':
			buf_add(b, "\\t", 2);
			break;
		case '\r':
			buf_add(b, "\\r", 2);
			break;
		default:
			if (*p < 0x20 || *p == 0x7f) {
				buf_add(b, "\\u00", 4);
				buf_addc(b, hex[*p >> 4]);
				buf_addc(b, hex[*p & 15]);
			} else
				buf_addc(b, (char)*p);
		}
	}
	buf_addc(b, '"');
}

int
utf8_next_slow(uint32_t *c, const uint8_t *p, const uint8_t *e)
{
	ucs4_t	uc;
	int	l;

	l = u8_mbtouc(&uc, p, e - p);
	*c = uc;
	return (l);
}

/*
 * Is s well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no
 * surrogates, nothing past U+10FFFF)?  As u8_check, but eight ASCII
 * bytes a step, which is most of most text.
 */
int
utf8_valid(const char *s, size_t n)
{
	const uint8_t	*p = (const uint8_t *)s, *e = p + n;
	uint64_t	 w;

	while (p < e) {
		if (e - p >= 8) {
			memcpy(&w, p, 8);
			if ((w & 0x8080808080808080ULL) == 0) {
				p += 8;
				continue;
			}
		}
		if (*p < 0x80) {
			p++;
			continue;
		}
		if (*p >= 0xc2 && *p <= 0xdf) {
			if (e - p < 2 || (p[1] & 0xc0) != 0x80)
				return (0);
			p += 2;
		} else if (*p >= 0xe0 && *p <= 0xef) {
			if (e - p < 3 || (p[1] & 0xc0) != 0x80 ||
			    (p[2] & 0xc0) != 0x80 ||
			    (*p == 0xe0 && p[1] < 0xa0) ||
			    (*p == 0xed && p[1] > 0x9f))
				return (0);
			p += 3;
		} else if (*p >= 0xf0 && *p <= 0xf4) {
			if (e - p < 4 || (p[1] & 0xc0) != 0x80 ||
			    (p[2] & 0xc0) != 0x80 || (p[3] & 0xc0) != 0x80 ||
			    (*p == 0xf0 && p[1] < 0x90) ||
			    (*p == 0xf4 && p[1] > 0x8f))
				return (0);
			p += 4;
		} else
			return (0);
	}
	return (1);
}

/* Add an id; idset_sort before idset_has. */
void
idset_add(struct idset *set, int64_t id)
{
	if (set->n == set->alloc) {
		set->alloc = set->alloc == 0 ? 64 : set->alloc * 2;
		set->v = xreallocarray(set->v, set->alloc, sizeof *set->v);
	}
	set->v[set->n++] = id;
}

static int
idset_cmp(const void *a, const void *b)
{
	int64_t	x = *(const int64_t *)a, y = *(const int64_t *)b;

	return ((x > y) - (x < y));
}

void
idset_sort(struct idset *set)
{
	if (set->n > 1)
		qsort(set->v, set->n, sizeof *set->v, idset_cmp);
}

int
idset_has(const struct idset *set, int64_t id)
{
	return (set->n > 0 && bsearch(&id, set->v, set->n, sizeof *set->v,
	    idset_cmp) != NULL);
}

void
idset_free(struct idset *set)
{
	free(set->v);
	memset(set, 0, sizeof *set);
}

/*
 * The bytes of the invisible character that s (of n) starts with: a
 * zero-width space, joiner or non-joiner, a direction mark, a word
 * joiner, a BOM, a soft hyphen; else 0.  Alone they make no block.
 */
size_t
utf8_invisible(const char *s, size_t n)
{
	const uint8_t	*u = (const uint8_t *)s;

	if (n >= 3 && u[0] == 0xe2 && ((u[1] == 0x80 && u[2] >= 0x8b &&
	    u[2] <= 0x8f) || (u[1] == 0x81 && u[2] == 0xa0)))
		return (3);
	if (n >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf)
		return (3);
	return (n >= 2 && u[0] == 0xc2 && u[1] == 0xad ? 2 : 0);
}

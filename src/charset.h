/*
 * charset.h: legacy encodings, named, declared and detected (charset.c).
 */

#ifndef CHARSET_H
#define CHARSET_H

#include <stddef.h>

int		 charset_valid(const char *, const char *, size_t);
char		*charset_resolve(const char *, const char *, size_t);
char		*charset_detect(const char *, size_t);
char		*charset_resolve_mostly(const char *, const char *, size_t,
		     size_t *);
char		*charset_detect_mostly(const char *, size_t, size_t *);
char		*charset_doubt(const char *, const char *, size_t);
int		 charset_damaged_utf8(const char *, size_t);
char		*charset_xml_declared(const char *, size_t);

#endif

/*
 * pq-dl.h: libpq, loaded when a store on PostgreSQL is opened rather
 * than when sift starts.  libpq brings TLS, Kerberos and LDAP with it,
 * which more than double the time every run of sift takes to start;
 * most runs use SQLite.  db-pg.c calls libpq by its own names, which
 * this header makes calls through the pointers pq_dl_load fills.
 */

#ifndef PQ_DL_H
#define PQ_DL_H

#include <libpq-fe.h>

#define PQ_DL_FUNCS \
	X(PQbackendPID) X(PQclear) X(PQcmdTuples) X(PQconnectdb) \
	X(PQconsumeInput) X(PQdb) X(PQerrorMessage) X(PQexec) \
	X(PQexecParams) X(PQexecPrepared) X(PQfinish) X(PQfreemem) \
	X(PQftype) X(PQgetisnull) X(PQgetlength) X(PQgetvalue) X(PQhost) \
	X(PQnfields) X(PQnotifies) X(PQntuples) X(PQport) X(PQprepare) \
	X(PQreset) X(PQresultErrorField) X(PQresultStatus) \
	X(PQsetNoticeProcessor) X(PQstatus) X(PQtransactionStatus) \
	X(PQunescapeBytea) X(PQuser)

#define X(f)	extern __typeof__(f) *sift_##f;
PQ_DL_FUNCS
#undef X

int	pq_dl_load(char **);

#ifndef PQ_DL_NO_NAMES
#define PQbackendPID	(*sift_PQbackendPID)
#define PQclear	(*sift_PQclear)
#define PQcmdTuples	(*sift_PQcmdTuples)
#define PQconnectdb	(*sift_PQconnectdb)
#define PQconsumeInput	(*sift_PQconsumeInput)
#define PQdb	(*sift_PQdb)
#define PQerrorMessage	(*sift_PQerrorMessage)
#define PQexec	(*sift_PQexec)
#define PQexecParams	(*sift_PQexecParams)
#define PQexecPrepared	(*sift_PQexecPrepared)
#define PQfinish	(*sift_PQfinish)
#define PQfreemem	(*sift_PQfreemem)
#define PQftype	(*sift_PQftype)
#define PQgetisnull	(*sift_PQgetisnull)
#define PQgetlength	(*sift_PQgetlength)
#define PQgetvalue	(*sift_PQgetvalue)
#define PQhost	(*sift_PQhost)
#define PQnfields	(*sift_PQnfields)
#define PQnotifies	(*sift_PQnotifies)
#define PQntuples	(*sift_PQntuples)
#define PQport	(*sift_PQport)
#define PQprepare	(*sift_PQprepare)
#define PQreset	(*sift_PQreset)
#define PQresultErrorField (*sift_PQresultErrorField)
#define PQresultStatus	(*sift_PQresultStatus)
#define PQsetNoticeProcessor (*sift_PQsetNoticeProcessor)
#define PQstatus	(*sift_PQstatus)
#define PQtransactionStatus (*sift_PQtransactionStatus)
#define PQunescapeBytea	(*sift_PQunescapeBytea)
#define PQuser	(*sift_PQuser)
#endif

#endif

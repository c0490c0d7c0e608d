# tests/pg-map.sh: pg_map PATH, sourced by tests/pg-sift and
# tests/pg-sqlite3: the database of the cluster whose socket is in
# $SIFT_PG_HOST that stands for the SQLite store at PATH (one database a
# path, made on first use), as a URI with user $role.
pg_map() {
	case $1 in
	postgresql://* | postgres://*)
		echo "$1"
		return
		;;
	/*)	p=$1 ;;
	*)	p=$PWD/$1 ;;
	esac
	name=t$(printf '%s' "$p" | cksum | cut -d' ' -f1)
	if [ ! -e "$SIFT_PG_HOST/made.$name" ]; then
		"$SIFT_PG_BIN/psql" -X -q "postgresql:///postgres?host=$SIFT_PG_HOST&user=sift" \
		    -c "CREATE DATABASE $name" >/dev/null 2>&1
		: >"$SIFT_PG_HOST/made.$name"
	fi
	echo "postgresql:///$name?host=$SIFT_PG_HOST&user=$role"
}

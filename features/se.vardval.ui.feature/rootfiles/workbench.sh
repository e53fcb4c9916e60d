#!/usr/bin/env bash
# Starts the Vårdval Workbench client with Java 21 or newer (JAVA_HOME, else java on the PATH); there is no native
# launcher on Maven Central, so Equinox's launcher jar is started directly and the JVM options are given here.
#   --db <directory | jdbc:postgresql://host:port/db>   open that database (else the one chosen last, or ask)
#   --demo <directory>                                   open the embedded demo region in that directory
# VARDVAL_JAVA_OPTS adds JVM options (e.g. -Duser.language=en); VARDVAL_WORKSPACE keeps the user's preferences.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
options=()
while [ $# -gt 0 ]; do
    case "$1" in
        --db) options+=("-Dvardval.db=$2"); shift 2 ;;
        --demo) options+=("-Dvardval.db=$2" "-Dvardval.demo.db=$2"); shift 2 ;;
        *) break ;;
    esac
done
launcher=$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
while true; do
    # shellcheck disable=SC2086 # VARDVAL_JAVA_OPTS is a list of options
    "$java" -Xmx"${VARDVAL_HEAP:-3g}" ${options[@]+"${options[@]}"} ${VARDVAL_JAVA_OPTS:-} -jar "$launcher" \
        -data "${VARDVAL_WORKSPACE:-$HOME/.vardval/workbench}" "$@" && status=0 || status=$?
    [ "$status" -eq 23 ] || exit "$status"   # 23: the workbench restarts (e.g. on another database)
done

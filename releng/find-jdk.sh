# Sourced by the launch scripts: exports JAVA_HOME pointing at a JDK with release >= 21, or fails with a reason.
java_release() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}
find_jdk() {
    local candidate
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_release "$JAVA_HOME")" -ge 21 ]; then
        echo "$JAVA_HOME"
        return
    fi
    for candidate in $(ls -d /usr/lib/jvm/*/ /opt/java/*/ 2>/dev/null | sort -V -r); do
        candidate=${candidate%/}
        if [ -x "$candidate/bin/java" ] && [ "$(java_release "$candidate")" -ge 21 ]; then
            echo "$candidate"
            return
        fi
    done
    return 1
}
JAVA_HOME=$(find_jdk) || { echo "No JDK 21 or newer found: set JAVA_HOME" >&2; exit 1; }
export JAVA_HOME

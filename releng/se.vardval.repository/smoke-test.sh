#!/usr/bin/env bash
# The client product's smoke test: opens the real product through the README's ./start on a small demo region, on
# the display there is or else under Xvfb, and checks what the workbench reports it showed (a screenshot of its
# window and the navigator's items). Without any display it is skipped with a message, except in CI (CI=true).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$here/target/smoke"
fail() { echo "client smoke test FAILED: $1" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null; then
    reason="no display and no xvfb-run (apt-get install xvfb libgtk-3-0)"
    [ "${CI:-}" = "true" ] && fail "$reason"
    echo "client smoke test SKIPPED: $reason" >&2
    exit 0
fi
rm -rf "$out" && mkdir -p "$out"
run=(env VARDVAL_DEMO_DB="$out/demo" VARDVAL_DEMO_PERSONS=3000 VARDVAL_WORKSPACE="$out/workspace"
    VARDVAL_JAVA_OPTS="-Dvardval.smoke=$out/workbench.png -Duser.language=sv -Duser.country=SE" "$root/start")
if [ -z "${DISPLAY:-}" ]; then
    run=(xvfb-run -a -s "-screen 0 1440x960x24" "${run[@]}")
fi
timeout 300 "${run[@]}" >"$out/start.log" 2>&1 || { cat "$out/start.log" >&2; fail "./start did not end cleanly"; }
[ -s "$out/workbench.png" ] || fail "no screenshot $out/workbench.png"
for expected in "Hälsoval" "Vårdgivare" "Förfrågningsunderlag" "Utbetalningar"; do
    grep -q "$expected" "$out/workbench.png.txt" || fail "the navigator did not show '$expected': $(cat "$out/workbench.png.txt")"
done
echo "client smoke test: ./start showed the workbench on the demo region; screenshot $out/workbench.png"

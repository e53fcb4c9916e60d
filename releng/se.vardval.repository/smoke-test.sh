#!/usr/bin/env bash
# The client product's smoke test: opens the real product through the README's ./start on a small demo region, on
# the display there is or else under Xvfb, and checks what the workbench reports it showed (a screenshot of its
# window and the navigator's items), Hälsoval's views among them. Then it starts a copy of the product without the
# bundle se.vardval.halsoval.ui and checks that those views are gone while the vårdval is still there: a plugin's UI
# comes with its bundle alone. Without any display it is skipped with a message, except in CI (CI=true).
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
source "$root/releng/find-jdk.sh"
rm -rf "$out" && mkdir -p "$out"
run=(env VARDVAL_DEMO_DB="$out/demo" VARDVAL_DEMO_PERSONS=3000 VARDVAL_WORKSPACE="$out/workspace"
    VARDVAL_JAVA_OPTS="-Dvardval.smoke=$out/workbench.png -Duser.language=sv -Duser.country=SE" "$root/start")
if [ -z "${DISPLAY:-}" ]; then
    run=(xvfb-run -a -s "-screen 0 1440x960x24" "${run[@]}")
fi
timeout 300 "${run[@]}" >"$out/start.log" 2>&1 || { cat "$out/start.log" >&2; fail "./start did not end cleanly"; }
[ -s "$out/workbench.png" ] || fail "no screenshot $out/workbench.png"
shows() { grep -q "$2" "$1" || fail "the navigator did not show '$2': $(cat "$1")"; }
lacks() { ! grep -q "$2" "$1" || fail "the navigator showed '$2' without its plugin: $(cat "$1")"; }
halsoval_views=("CNI per enhet" "Listade per ålder" "Komponentmix per enhet")
for expected in "Hälsoval" "Vårdgivare" "Förfrågningsunderlag" "Utbetalningar" "${halsoval_views[@]}"; do
    shows "$out/workbench.png.txt" "$expected"
done
echo "client smoke test: ./start showed the workbench on the demo region; screenshot $out/workbench.png"

product="$here/target/products/se.vardval.client.product/linux/gtk/x86_64/vardval-workbench"
without="$out/without-halsoval-ui"
cp -r "$product" "$without"
sed -i '/^se\.vardval\.halsoval\.ui,/d' "$without/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
rm -f "$without"/plugins/se.vardval.halsoval.ui_*.jar
run=(env VARDVAL_WORKSPACE="$out/workspace"
    VARDVAL_JAVA_OPTS="-Dvardval.smoke=$out/without-halsoval-ui.png -Duser.language=sv -Duser.country=SE"
    "$without/workbench.sh" --demo "$out/demo" -clean)
if [ -z "${DISPLAY:-}" ]; then
    run=(xvfb-run -a -s "-screen 0 1440x960x24" "${run[@]}")
fi
timeout 300 "${run[@]}" >"$out/without.log" 2>&1 || { cat "$out/without.log" >&2; fail "the product without se.vardval.halsoval.ui did not end cleanly"; }
shows "$out/without-halsoval-ui.png.txt" "Hälsoval"
shows "$out/without-halsoval-ui.png.txt" "Utbetalningar"
for view in "${halsoval_views[@]}"; do
    lacks "$out/without-halsoval-ui.png.txt" "$view"
done
echo "client smoke test: without se.vardval.halsoval.ui its views are gone and the vårdval remains"

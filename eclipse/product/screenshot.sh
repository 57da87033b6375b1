#!/usr/bin/env bash
# Starts the GovModel IDE (built by `./mvnw -Pproduct verify`) under a private Xvfb, opens an example the
# way a user does (Quick Access > "Open File...", then the file's path), hovers a variable code, and saves
# a screenshot of the whole screen.
#
#   eclipse/product/screenshot.sh [MODEL] [PNG]
#
# Needs: xvfb, xdotool, imagemagick (apt-get install xvfb xdotool imagemagick libgtk-3-0).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# GOVMODEL_IDE=.../products/org.govmodel.platform/linux/gtk/x86_64 looks at the platform the update site was installed into
ide=${GOVMODEL_IDE:-$root/eclipse/product/target/products/org.govmodel.ide/linux/gtk/x86_64}
model=$(realpath "${1:-$root/examples/cordoba-2023.govmodel}")
png=${2:-$root/eclipse/product/target/govmodel-ide.png}
display=${XVFB_DISPLAY:-:96}
work=$(mktemp -d)

[ -d "$ide/plugins" ] || { echo "no product in $ide: run ./mvnw -Pproduct verify first" >&2; exit 2; }
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp &
xvfb=$!
eclipse=
cleanup() { [ -n "$eclipse" ] && kill "$eclipse" 2>/dev/null; kill "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export DISPLAY=$display
sleep 1

# GTK's file chooser starts in $HOME and completes paths as they are typed: give Eclipse a home holding only
# the model, so that typing its name is enough
mkdir -p "$work/home"
cp "$model" "$work/home/"
HOME=$work/home java -Xmx1g -jar "$ide"/plugins/org.eclipse.equinox.launcher_*.jar -data "$work/workspace" -nosplash >"$work/eclipse.log" 2>&1 &
eclipse=$!

# the workbench window, then Quick Access (Ctrl+3) > Open File...
window=$(xdotool search --sync --onlyvisible --name "Eclipse|workspace" | head -1)
sleep 8
# no window manager under Xvfb: size and focus the window directly
xdotool windowsize "$window" 1440 900 windowmove "$window" 0 0 windowfocus --sync "$window"
xdotool key ctrl+3
sleep 2
xdotool type --delay 40 "Open File..."
sleep 2
xdotool key Return
sleep 3
# GTK's file chooser: "~/" opens its location field, and the first letter is completed to the only file there
xdotool type --delay 150 "~/$(basename "$model" | cut -c1)"
sleep 3
# Return opens the file, unless it only accepted the completion: then once more
xdotool key Return
sleep 2
if xdotool search --onlyvisible --name "Open File" >/dev/null 2>&1; then
  xdotool key Return
fi
# parsing, linking and validating with the standard library, then colouring
sleep 8
# Go to Line (Ctrl+L) ${GOTO_LINE:-50}: for Córdoba, the tiers and the warnings on lines 38, 53 and 60
xdotool key ctrl+l
sleep 2
xdotool type "${GOTO_LINE:-50}"
xdotool key Return
sleep 3
import -window root "$png"
echo "screenshot: $png"

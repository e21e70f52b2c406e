#!/bin/bash
# Takes the README pictures again: Calc in Dutch with a process workbook made through the menu
# (Salesproces > Nieuw proceswerkboek...), the Salesproces menu opened, the Stappen sheet and the
# Controle (Check report) sheet. A real LibreOffice window on a private X server (Xvfb), the
# built .oxt installed in a throw-away profile; everything it starts is stopped by process id.
#
#   bash docs/images/take-screenshots.sh [path/to/salesprocess.oxt]   (default: build/salesprocess.oxt)
#
# Needs xvfb, xdotool, imagemagick and libreoffice-l10n-nl (installed with apt-get when missing).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
oxt="$(realpath "${1:-$root/build/salesprocess.oxt}")"
[ -f "$oxt" ] || { echo "take-screenshots: no $oxt (build the oxt target first)" >&2; exit 2; }

missing=()
for p in xvfb xdotool imagemagick libreoffice-l10n-nl; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# A throw-away folder for profile, HOME and temporary files. unopkg refuses root: run the office
# as nobody then.
work="$(mktemp -d "${TMPDIR:-/tmp}/salesprocess-screens-XXXXXX")"
as=()
if [ "$(id -u)" = 0 ]; then
  chown nobody:nogroup "$work"
  as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
office_env=(env HOME="$work" TMPDIR="$work" LANG=C.UTF-8 SAL_USE_VCLPLUGIN=gen)
profile="file://$work/profile"

xvfb_pid=""; office_pid=""
stop() {
  # The office runs in a process group of its own (setsid): oosplash and soffice.bin.
  if [ -n "$office_pid" ]; then
    kill -TERM -- "-$office_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 -- "-$office_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$office_pid" 2>/dev/null || true
  fi
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

cp "$oxt" "$work/salesprocess.oxt"
[ "$(id -u)" = 0 ] && chown nobody:nogroup "$work/salesprocess.oxt"
"${as[@]}" "${office_env[@]}" /usr/lib/libreoffice/program/unopkg add --suppress-license \
  "-env:UserInstallation=$profile" "$work/salesprocess.oxt" > "$work/unopkg.log" 2>&1
listed="$("${as[@]}" "${office_env[@]}" /usr/lib/libreoffice/program/unopkg list "-env:UserInstallation=$profile")"
[[ "$listed" == *"is registered: yes"* ]] \
  || { cat "$work/unopkg.log" >&2; echo "take-screenshots: extension not registered" >&2; exit 4; }

# The office in Dutch (the user interface language and the locale of the documents).
xcu="$work/profile/user/registrymodifications.xcu"
items='<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" oor:op="fuse"><value>nl-NL</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>nl-NL</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>nl-NL</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>'
if [ -f "$xcu" ]; then
  python3 - "$xcu" "$items" <<'PY'
import sys
path, items = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(text.replace("</oor:items>", items + "\n</oor:items>"))
PY
else
  mkdir -p "$(dirname "$xcu")"
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n%s\n</oor:items>\n' "$items" > "$xcu"
fi
[ "$(id -u)" = 0 ] && chown -R nobody:nogroup "$work/profile"

# A private X server on a free display number.
display=""
for n in $(seq 90 190); do
  [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
  Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
  if [ -e "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
  kill "$xvfb_pid" 2>/dev/null || true; xvfb_pid=""
done
[ -n "$display" ] || { echo "take-screenshots: Xvfb did not start" >&2; exit 4; }
export DISPLAY="$display"

setsid "${as[@]}" "${office_env[@]}" DISPLAY="$display" /usr/lib/libreoffice/program/soffice --calc \
  --norestore --nologo --nolockcheck "-env:UserInstallation=$profile" > "$work/office.log" 2>&1 &
office_pid=$!

window=""
for _ in $(seq 1 120); do
  window="$(xdotool search --onlyvisible --name 'LibreOffice Calc' 2>/dev/null | head -1 || true)"
  [ -n "$window" ] && break
  sleep 0.5
done
[ -n "$window" ] || { cat "$work/office.log" >&2; echo "take-screenshots: no Calc window" >&2; exit 4; }
xdotool windowmove "$window" 0 0 windowsize "$window" 1400 900
sleep 3

key() { xdotool key --delay 120 "$@"; sleep 0.4; }
shot() { # shot <name>: the whole screen, at a modest size
  sleep 1.5
  import -window root "$work/shot.png"
  convert "$work/shot.png" -resize 1100x -strip -dither None -colors 256 "PNG8:$here/$1.png"
  echo "take-screenshots: docs/images/$1.png"
}
# Without a window manager a dialog gets no keyboard focus by itself: give it, or give it back
# to the Calc window.
focus_dialog() {
  local dialog=""
  for _ in $(seq 1 40); do
    dialog="$(xdotool search --onlyvisible --name . 2>/dev/null | grep -vx "$window" | tail -1 || true)"
    [ -n "$dialog" ] && break
    sleep 0.25
  done
  [ -n "$dialog" ] || { echo "take-screenshots: no dialog came up" >&2; exit 4; }
  xdotool windowfocus --sync "$dialog"; sleep 0.3
}
focus_calc() { xdotool windowfocus --sync "$window"; sleep 0.3; }
# The Salesproces menu, from the menu bar with the keyboard: F10, then right to the one after
# Extra (Bestand Bewerken Beeld Invoegen Opmaak Opmaakprofielen Blad Gegevens Extra Salesproces).
open_menu() { focus_calc; key F10; for _ in $(seq 1 9); do key Right; done; key Down; sleep 0.5; }
# A cell by arrow keys from A1 (the Name Box is not reliably reached by keyboard here).
go() { key ctrl+Home; for _ in $(seq 1 "$1"); do key Right; done; for _ in $(seq 1 "$2"); do key Down; done; }

# New process workbook through its dialog: the default template, Nederlands; OK (the default
# button) takes it.
open_menu; key Return
focus_dialog; key Return
sleep 5
focus_calc

# Something for Check process to find: a step twice in one phase by two teams, a step without
# a phase (Stappen), an action without owner past its deadline (Acties). Typed as a user would;
# none of these cells has a drop-down that would ask.
key ctrl+Next ctrl+Next ctrl+Next ctrl+Next                                 # Proces > Stappen
go 1 13; xdotool type --delay 40 "Lead kwalificeren"; key Return            # B14
go 3 9; key Delete                                                          # D10
key ctrl+Next ctrl+Next ctrl+Next ctrl+Next                                 # > Acties
go 0 1; xdotool type --delay 40 "Offertesjabloon bijwerken met nieuwe prijzen"; key Return
go 2 1; xdotool type --delay 40 "2026-01-09"; key Return                    # C2: the deadline
key ctrl+Prior ctrl+Prior ctrl+Prior ctrl+Prior                             # back to Stappen
key ctrl+Home

open_menu
shot menu                                        # (a) the Salesproces menu over the workbook
key Escape Escape Escape
focus_calc
shot steps                                       # (b) the Stappen sheet

# Check process: its summary in a message box, then the report sheet.
open_menu; key Down Return
focus_dialog; key Return
focus_calc
shot check-report                                # (c) the Controle sheet

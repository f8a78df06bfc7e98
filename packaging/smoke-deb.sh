#!/usr/bin/env bash
# The .deb smoke test, run inside a bare root after `apt-get install ./pe-desktop_*.deb`
# (.ci/run copies it in and runs it as an ordinary user). Writes /tmp/smoke/ for the host.
#   phase cli:    the commands, before anything else is installed
#   phase window: the main window under Xvfb, screenshot to /tmp/smoke/shot.xwd
set -euo pipefail
out=/tmp/smoke
mkdir -p "$out"

libraries() {  # every library and plugin of the bundle finds what it links to (as the bundle's loader sets it up)
  local missing
  missing="$(find /opt/pe-desktop/_internal -name '*.so*' -type f -print0 \
    | LD_LIBRARY_PATH=/opt/pe-desktop/_internal xargs -0 ldd 2>/dev/null \
    | grep 'not found' | sort -u || true)"
  [ -z "$missing" ] || { echo "smoke: libraries missing on a bare system:"; echo "$missing"; return 1; }
  echo "smoke: every bundled library finds its dependencies"
}

cli() {
  libraries
  pe-desktop instruments --json >"$out/instruments.json"
  grep -q '"partnership-equity"' "$out/instruments.json"
  echo "smoke: instruments --json lists $(grep -c '^    "key"' "$out/instruments.json") instruments"
  local archive=$out/archive.sqlite session csv=$out/ratings.csv
  session="$(pe-desktop new --archive "$archive" --instrument partnership-equity --title "Smoke test" \
    --group Residents:community --group Staff:institution --json | sed -n 's/^ *"id": "\(.*\)",*$/\1/p')"
  echo "participant,group,item,value" >"$csv"
  for who in r1 r2 r3 s1 s2 s3; do
    for item in continual bilateral accountable communal materially-beneficial transformational; do
      echo "$who,$([ "${who:0:1}" = r ] && echo Residents || echo Staff),$item,$(( (${#item} + ${who:1}) % 5 + 1 ))" >>"$csv"
    done
  done
  pe-desktop import --archive "$archive" "$session" "$csv"
  pe-desktop export --archive "$archive" "$session" --pdf "$out/summary.pdf"
  [ "$(head -c 4 "$out/summary.pdf")" = "%PDF" ] || { echo "smoke: summary.pdf is not a PDF"; return 1; }
  echo "smoke: export --pdf wrote $(stat -c %s "$out/summary.pdf") bytes"
}

window() {
  Xvfb :77 -screen 0 1280x800x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
  local xvfb=$! app status=0
  export DISPLAY=:77
  for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done
  PE_DESKTOP_FIRST_RUN=empty pe-desktop --archive "$out/archive.sqlite" >"$out/app.log" 2>&1 &
  app=$!
  if timeout 60 xdotool search --sync --onlyvisible --class pe-desktop >"$out/window-ids"; then
    sleep 3  # the window is completed and the archive opened right after the first paint
    xwd -id "$(head -n 1 "$out/window-ids")" -silent >"$out/shot.xwd"
    echo "smoke: main window shown (X window $(head -n 1 "$out/window-ids")); screenshot taken"
  else
    echo "smoke: no pe_desktop window appeared within 60 s"; cat "$out/app.log"; status=1
  fi
  kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null || true
  return "$status"
}

"${1:?usage: smoke-deb.sh cli|window}"

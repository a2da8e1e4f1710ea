#!/usr/bin/env bash
# The README's "bare machine" and "install as an application" steps, done for real on a fresh Debian:
#
#   sudo tools/bare_machine_check.sh            # 5 to 10 minutes and 1.5 GB (deleted at the end)
#
# 1. debootstrap a minimal Debian bookworm (what a container image holds: no python3, no make) into
#    $BARE_ROOT (default /tmp/argmap-bare-root), and copy this checkout's committed state into it
#    (git clone, so an uncommitted or untracked file that the build needs is missed here too);
# 2. as root in it: exactly the README's apt-get lines (read from README.md; the first two with
#    --no-install-recommends, so that the window shows the library list is complete on its own);
# 3. as a user: `make dist` (the set-up of `make test`, then the wheel), `argmap --version`,
#    `argmap validate maps/*.json`, a headless export;
# 4. `make run` on an X server: a window titled "... — argmap" must appear and stay up (screenshot);
#    the X server (Xvfb) runs outside the chroot, so the chroot holds only the README's packages;
# 5. without libxcb-icccm4 and libxcb-keysyms1: `argmap` must name them and the apt-get command;
# 6. the README's "Install as an application" lines: pipx install of the wheel, `argmap desktop install`,
#    desktop-file-validate, xdg-mime query filetype/default, `xdg-open some.argmap` opening a window
#    (what a double-click does), the window's icon and class; `argmap desktop uninstall`.
#
# Screenshots and logs go to $BARE_OUT (default /tmp/argmap-bare-check); look at the PNGs.
# KEEP_ROOT=1 keeps the Debian root for poking around (chroot "$BARE_ROOT" su - u).
set -uo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
ROOT=${BARE_ROOT:-/tmp/argmap-bare-root}
OUT=${BARE_OUT:-/tmp/argmap-bare-check}
DISPLAY_NUMBER=${BARE_DISPLAY:-93}
SUITE=bookworm
failures=0
xvfb_pid=""

say() { printf '\n== %s\n' "$*"; }
pass() { printf 'PASS: %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
in_root() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive /bin/bash -c "$1"; }
# A login shell of the user, as a person would have it (a fresh one each time: ~/.profile puts ~/.local/bin on PATH).
as_user() { chroot "$ROOT" /bin/su - u -c "$1"; }

[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap and chroot need it)" >&2; exit 2; }
mkdir -p "$OUT"

cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  if [ -f "$ROOT/tmp/run.pid" ]; then kill -- "-$(cat "$ROOT/tmp/run.pid")" 2>/dev/null; fi
  for mount in dev/pts dev proc sys; do umount -l "$ROOT/$mount" 2>/dev/null; done
  if grep -q " $ROOT/" /proc/mounts; then  # never rm -rf through a bind mount of the host's /dev
    echo "still mounted under $ROOT; not deleting it:" >&2; grep " $ROOT/" /proc/mounts >&2
  elif [ "${KEEP_ROOT:-0}" != 1 ]; then
    rm -rf "$ROOT"
  fi
}
trap cleanup EXIT

say "host tools: debootstrap, Xvfb, xwininfo/xprop, ImageMagick's import, git"
need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v import >/dev/null || need+=(imagemagick)
command -v git >/dev/null || need+=(git)
if [ ${#need[@]} -gt 0 ]; then apt-get update -q && apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null; fi

# The README's apt-get lines, in order: python3 and make, the system libraries, then pipx and the desktop tools.
mapfile -t APT_LINES < <(python3 - "$REPO/README.md" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read().split("\n## ")[0]  # the top of the README: set-up and install
for command in re.findall(r"^sudo apt-get install ((?:.*\\\n)*.*)$", text, re.M):
    print(" ".join(command.replace("\\\n", " ").split(" #")[0].split()))  # without a trailing comment
EOF
)
[ ${#APT_LINES[@]} -eq 3 ] || { echo "README.md: expected 3 'sudo apt-get install' lines at the top, found ${#APT_LINES[@]}" >&2; exit 2; }
printf 'README line %s: %s\n' 1 "${APT_LINES[0]}" 2 "${APT_LINES[1]}" 3 "${APT_LINES[2]}"

say "a minimal Debian $SUITE in $ROOT"
mirror=$(grep -hoE '^(URIs:|deb) +https?://[^ ]+/debian\b' /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null \
  | head -1 | awk '{print $2}')
rm -rf "$ROOT"
debootstrap --variant=minbase "$SUITE" "$ROOT" "${mirror:-http://deb.debian.org/debian}" > "$OUT/debootstrap.log" 2>&1 \
  || { echo "debootstrap failed (see $OUT/debootstrap.log)" >&2; exit 2; }
mount -t proc proc "$ROOT/proc" && mount -t sysfs sys "$ROOT/sys" && mount --bind /dev "$ROOT/dev" \
  && mount --bind /dev/pts "$ROOT/dev/pts"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
# Certificate authorities this host added (an egress proxy's, say), so pip reaches PyPI as it does here.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  mkdir -p "$ROOT/usr/local/share/ca-certificates" && cp /usr/local/share/ca-certificates/*.crt "$ROOT/usr/local/share/ca-certificates/"
fi
in_root "command -v python3 || command -v make" && fail "the fresh root already has python3 or make: not bare" || pass "bare: no python3, no make"
in_root "useradd -m -s /bin/bash u"
git clone -q "$REPO" "$ROOT/home/u/argmap" && in_root "chown -R u:u /home/u"

say "README lines 1 and 2: python3, make and Qt's system libraries"
if in_root "apt-get update -q && apt-get install -y -q --no-install-recommends ca-certificates ${APT_LINES[0]} ${APT_LINES[1]} \
    && update-ca-certificates" > "$OUT/apt-readme.log" 2>&1; then
  pass "installed: ${APT_LINES[0]} ${APT_LINES[1]}"
else
  fail "apt-get install of the README's packages (see $OUT/apt-readme.log)"
fi

say "make dist (the set-up that make test does, then a wheel and an sdist)"
if as_user "cd argmap && make dist" > "$OUT/make-dist.log" 2>&1 && as_user "ls argmap/dist/argmap-*.whl argmap/dist/argmap-*.tar.gz"; then
  pass "make dist"
else
  fail "make dist (see $OUT/make-dist.log)"; tail -5 "$OUT/make-dist.log"
fi
missing=$(as_user 'ldd argmap/.venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so | grep "not found"')
[ -z "$missing" ] && pass "ldd libqxcb.so: nothing missing" || fail "ldd libqxcb.so: $missing"

say "headless: --version, validate, export"
as_user "cd argmap && .venv/bin/argmap --version" && pass "argmap --version" || fail "argmap --version"
as_user "cd argmap && .venv/bin/argmap validate maps/*.json" && pass "argmap validate maps/*.json" || fail "argmap validate"
if as_user "cd argmap && .venv/bin/argmap export maps/japan-nato-ukraine.ja.json /tmp/export-ja.png"; then
  cp "$ROOT/tmp/export-ja.png" "$OUT/export-ja.png" && pass "headless export: $OUT/export-ja.png"
else
  fail "argmap export"
fi

say "make run on an X server (Xvfb :$DISPLAY_NUMBER, outside the chroot)"
Xvfb ":$DISPLAY_NUMBER" -screen 0 1600x1000x24 -nolisten tcp > "$OUT/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 2
export DISPLAY=":$DISPLAY_NUMBER"
window_with() {  # wait up to 60 s for a top-level window whose title holds $1
  for _ in $(seq 60); do
    xwininfo -root -tree 2>/dev/null | grep -F "$1" && return 0
    sleep 1
  done
  return 1
}
stop_run() { kill -- "-$(cat "$ROOT/tmp/run.pid")" 2>/dev/null; rm -f "$ROOT/tmp/run.pid"; sleep 1; }
as_user "cd argmap && (DISPLAY=:$DISPLAY_NUMBER setsid make run > /tmp/run.log 2>&1 & echo \$! > /tmp/run.pid)"
if window_with "japan-nato-ukraine.json — argmap"; then
  sleep 5  # let it draw, and make sure it stays up
  if kill -0 "$(cat "$ROOT/tmp/run.pid")" 2>/dev/null; then
    import -window root "$OUT/make-run.png" && pass "make run: the window is up (screenshot $OUT/make-run.png)"
  else
    fail "make run: the window closed again"; cat "$ROOT/tmp/run.log"
  fi
else
  fail "make run: no argmap window within 60 s"; cat "$ROOT/tmp/run.log"
fi
stop_run

say "a missing xcb library: argmap names it and the apt-get command (not Qt's abort)"
in_root "dpkg -r --force-depends libxcb-icccm4 libxcb-keysyms1" > /dev/null 2>&1
as_user "cd argmap && DISPLAY=:$DISPLAY_NUMBER .venv/bin/argmap maps/japan-nato-ukraine.json" > "$OUT/missing.log" 2>&1
status=$?
cat "$OUT/missing.log"
if [ "$status" = 1 ] && grep -q "libxcb-icccm.so.4" "$OUT/missing.log" \
  && grep -q "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" "$OUT/missing.log" \
  && ! grep -qi "could not load the Qt platform plugin" "$OUT/missing.log"; then
  pass "missing libraries named, with the command (exit 1)"
else
  fail "missing libraries: exit $status, see $OUT/missing.log"
fi
in_root "apt-get install -y -q --no-install-recommends libxcb-icccm4 libxcb-keysyms1" > /dev/null 2>&1

say "README line 3 and 'Install as an application': pipx, argmap desktop install"
in_root "apt-get install -y -q ${APT_LINES[2]}" > "$OUT/apt-install.log" 2>&1 \
  && pass "installed: ${APT_LINES[2]}" || fail "apt-get install ${APT_LINES[2]} (see $OUT/apt-install.log)"
as_user "cd argmap && pipx install dist/argmap-*.whl" > "$OUT/pipx.log" 2>&1 && pass "pipx install dist/argmap-*.whl" \
  || { fail "pipx install (see $OUT/pipx.log)"; tail -5 "$OUT/pipx.log"; }
as_user "cd /tmp && argmap --version && argmap validate ~/argmap/maps/*.json >/dev/null \
  && ARGMAP_LANGUAGE=ja argmap export ~/argmap/maps/japan-nato-ukraine.ja.json ja.svg && grep -q 主張 ja.svg" \
  && pass "the pipx argmap (on PATH in a new login): --version, validate, Japanese export" || fail "the pipx argmap"
as_user "argmap desktop install" && pass "argmap desktop install" || fail "argmap desktop install"
entry="$ROOT/home/u/.local/share/applications/argmap.desktop"
cp "$entry" "$OUT/argmap.desktop" 2>/dev/null
as_user "desktop-file-validate ~/.local/share/applications/argmap.desktop" && pass "desktop-file-validate: no findings" \
  || fail "desktop-file-validate"
as_user "cp ~/argmap/maps/japan-nato-ukraine.json ~/some.argmap"
filetype=$(as_user "xdg-mime query filetype ~/some.argmap")
default=$(as_user "xdg-mime query default application/x-argmap")
echo "xdg-mime query filetype some.argmap: $filetype; default for it: $default"
[ "$filetype" = application/x-argmap ] && [ "$default" = argmap.desktop ] && pass "xdg-mime: .argmap is application/x-argmap, opened by argmap" \
  || fail "xdg-mime: filetype '$filetype', default '$default'"
for size in 16x16 48x48 256x256 scalable; do
  ls "$ROOT/home/u/.local/share/icons/hicolor/$size/apps/" | grep -q '^argmap\.' || fail "no $size icon"
done
as_user "(DISPLAY=:$DISPLAY_NUMBER setsid xdg-open ~/some.argmap > /tmp/run.log 2>&1 & echo \$! > /tmp/run.pid)"
if line=$(window_with "some.argmap — argmap"); then
  sleep 4
  import -window root "$OUT/double-click.png"
  window=$(echo "$line" | awk '{print $1}')
  class=$(xprop -id "$window" WM_CLASS); icon=$(xprop -id "$window" _NET_WM_ICON)  # no `| grep -q`: pipefail and SIGPIPE
  [[ "$class" == *'"argmap", "argmap"'* ]] && [[ "$icon" == *"Icon ("* ]] \
    && pass "xdg-open some.argmap (a double-click) opens it in argmap, with its icon and class (screenshot $OUT/double-click.png)" \
    || fail "the window lacks its icon or its class"
else
  fail "xdg-open some.argmap: no argmap window"; cat "$ROOT/tmp/run.log"
fi
stop_run
as_user "argmap desktop uninstall" && [ ! -e "$entry" ] && [ -z "$(as_user 'xdg-mime query default application/x-argmap')" ] \
  && pass "argmap desktop uninstall removes the entry and the default" || fail "argmap desktop uninstall"

say "result"
if [ "$failures" = 0 ]; then echo "all steps passed; look at $OUT/*.png"; else echo "$failures step(s) failed"; fi
[ "$failures" = 0 ]

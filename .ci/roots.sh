# Fresh system roots for CI (sourced by .ci/run; also handy by hand, as root):
# a minimal Debian made with debootstrap, with the host's CA certificates,
# /proc, /sys, /dev mounted (Chromium and Qt need them), a user with sudo.
#
#   source .ci/roots.sh
#   make_root /tmp/r bookworm             debootstrap --variant=minbase
#   enter_root /tmp/r                     certificates, DNS, mounts (undone by leave_roots)
#   add_sudo_user /tmp/r tester           a non-root user with password-less sudo
#   in_root /tmp/r tester 'bash -lc ...'  a login shell of that user in the root
#   leave_roots                           unmount everything enter_root mounted

ROOT_MOUNTS=()

make_root() {  # DIR SUITE
  local dir="$1" suite="$2"
  command -v debootstrap >/dev/null || {
    echo "CI: installing debootstrap (to make a fresh Debian root)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  }
  mkdir -p "$dir"
  debootstrap --variant=minbase "$suite" "$dir" http://deb.debian.org/debian >"$dir.debootstrap.log" 2>&1 \
    || { tail -n 20 "$dir.debootstrap.log" >&2; return 1; }
}

mount_in() {  # TYPE-OR-bind SOURCE TARGET
  mkdir -p "$3"
  if [ "$1" = bind ]; then mount --bind "$2" "$3"; else mount -t "$1" "$2" "$3"; fi
  ROOT_MOUNTS+=("$3")
}

enter_root() {  # DIR
  local dir="$1"
  mkdir -p "$dir/etc/ssl/certs" "$dir/usr/local/share/ca-certificates"
  cp /etc/ssl/certs/ca-certificates.crt "$dir/etc/ssl/certs/ca-certificates.crt"
  cp -r /usr/local/share/ca-certificates/. "$dir/usr/local/share/ca-certificates/" 2>/dev/null || true
  cp -L /etc/resolv.conf "$dir/etc/resolv.conf"
  cp /etc/hosts "$dir/etc/hosts"  # sudo looks the host name up
  hostname >"$dir/etc/hostname"
  mount_in proc proc "$dir/proc"
  mount_in sysfs sysfs "$dir/sys"
  mount_in bind /dev "$dir/dev"
  mount_in devpts devpts "$dir/dev/pts" 2>/dev/null || true
  mount_in tmpfs tmpfs "$dir/dev/shm"
}

leave_roots() {
  local i
  for ((i = ${#ROOT_MOUNTS[@]} - 1; i >= 0; i--)); do
    umount "${ROOT_MOUNTS[$i]}" 2>/dev/null || umount -l "${ROOT_MOUNTS[$i]}" 2>/dev/null || true
  done
  ROOT_MOUNTS=()
}

add_sudo_user() {  # DIR USER
  local dir="$1" user="$2"
  chroot "$dir" /usr/bin/env DEBIAN_FRONTEND=noninteractive sh -c \
    "apt-get update -qq && apt-get install -y -qq --no-install-recommends sudo >/dev/null"
  chroot "$dir" useradd --create-home --shell /bin/bash "$user"
  echo "$user ALL=(ALL) NOPASSWD:ALL" >"$dir/etc/sudoers.d/$user"
  chmod 0440 "$dir/etc/sudoers.d/$user"
}

copy_checkout() {  # SOURCE DIR USER: the checkout (no venv, builds or caches) into ~USER/pe_desktop
  local home="$2/home/$3"
  [ "$3" = root ] && home="$2/root"
  mkdir -p "$home/pe_desktop"
  tar -C "$1" --exclude=./.venv --exclude=./dist --exclude=./build --exclude=./.ci-work \
    --exclude='__pycache__' --exclude=./.pytest_cache -cf - . | tar -C "$home/pe_desktop" -xf -
  [ "$3" = root ] || chroot "$2" chown -R "$3:$3" "/home/$3/pe_desktop"
}

in_root() {  # DIR USER COMMAND: COMMAND in a login shell of USER inside the root
  chroot "$1" /usr/sbin/runuser -l "$2" -c "$3"
}

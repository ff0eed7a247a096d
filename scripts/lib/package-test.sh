# shellcheck shell=bash
# Sourced by test.sh: package_test builds the Debian package, installs it with apt as a user
# would, runs what it installed (--version, --resolve against the test ZooKeeper and a
# devcluster, the embedded translations, an offscreen start) and purges it again. Each check
# counts in total_passed / total_failed. Needs ZK_PORT (lib/zookeeper.sh) and a release build.
package_test() {
  local version deb dir work dc_pid="" out rc
  local -a ok=() bad=()
  pkg_check() { # description, then the command that must succeed
    local what=$1
    shift
    if "$@"; then ok+=("$what"); echo "test: package: ok: $what"
    else bad+=("$what"); echo "test: package: FAILED: $what"; fi
  }
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/CMakeCache.txt)
  deb=build/mesosdesk_${version}_amd64.deb
  dir=$(mktemp -d /tmp/mesosdesk-package.XXXXXX)
  rm -f "$deb"
  pkg_check "cmake --build build --target package makes $deb" \
    bash -c "cmake --build build --target package > '$dir/cpack.log' 2>&1 && [ -s '$deb' ] || { tail -30 '$dir/cpack.log'; false; }"
  if [ ! -s "$deb" ]; then
    total_passed=$((total_passed + ${#ok[@]})); total_failed=$((total_failed + ${#bad[@]}))
    rm -rf "$dir"
    return 0
  fi
  pkg_check "Depends come from shlibdeps (libqt6widgets6, libzookeeper-mt2) plus libqt6svg6" \
    bash -c "d=\$(dpkg-deb -f '$deb' Depends); grep -q libqt6widgets6 <<< \"\$d\" && grep -q libzookeeper-mt2 <<< \"\$d\" && grep -q libqt6svg6 <<< \"\$d\" || { echo \"Depends: \$d\"; false; }"
  pkg_check "Recommends gnome-keyring and qt6-translations-l10n" \
    bash -c "dpkg-deb -f '$deb' Recommends | grep -q gnome-keyring && dpkg-deb -f '$deb' Recommends | grep -q qt6-translations-l10n"

  # A copy left by an interrupted run would hide what this package installs.
  $SUDO apt-get purge -y -qq mesosdesk > /dev/null 2>&1 || true
  pkg_check "apt-get install ./$(basename "$deb")" \
    bash -c "DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends '$PWD/$deb' > '$dir/apt.log' 2>&1 || { cat '$dir/apt.log'; false; }"

  local id
  id=$(basename "$(ls build/installer/*.desktop)" .desktop) # the reverse-DNS id from CMakeLists.txt
  pkg_check "/usr/bin/mesosdesk --version says $version" \
    bash -c "v=\$(/usr/bin/mesosdesk --version); [ \"\$v\" = 'mesosdesk $version' ] || { echo \"it says: \$v\"; false; }"
  pkg_check "desktop file $id.desktop passes desktop-file-validate" \
    desktop-file-validate "/usr/share/applications/$id.desktop"
  pkg_check "metainfo $id.metainfo.xml passes appstreamcli validate --no-net" \
    bash -c "appstreamcli validate --no-net '/usr/share/metainfo/$id.metainfo.xml' > '$dir/as.log' 2>&1 || { cat '$dir/as.log'; false; }"
  local icons_ok=1
  [ -s "/usr/share/icons/hicolor/scalable/apps/$id.svg" ] || icons_ok=0
  for size in 16 22 24 32 48 64 128 256 512; do
    file "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png" 2>/dev/null | grep -q "PNG image data, $size x $size" || icons_ok=0
  done
  pkg_check "hicolor icons: scalable SVG and PNGs at 16-512 px" [ "$icons_ok" = 1 ]
  # The man page lists every option that --help lists.
  pkg_check "man page mesosdesk.1 lists every option of --help" bash -c '
    page=$(zcat /usr/share/man/man1/mesosdesk.1.gz) || exit 1
    opts=$(/usr/bin/mesosdesk --help | grep -Eo -- "--[a-z][a-z-]*" | sort -u)
    [ "$(wc -w <<< "$opts")" -ge 8 ] || { echo "--help lists only: $opts" >&2; exit 1; }
    for opt in $opts; do
      grep -qF -- "\\fB$(printf %s "$opt" | sed "s/-/\\\\-/g")\\fR" <<< "$page" || { echo "missing $opt" >&2; exit 1; }
    done'

  # --resolve against the test ZooKeeper: a path nobody registered under gives exit 1 and says so.
  out=$(/usr/bin/mesosdesk --resolve "zk://127.0.0.1:$ZK_PORT/mesosdesk-package-empty" --timeout 3 2>&1); rc=$?
  pkg_check "--resolve on an empty ZooKeeper path exits 1 saying no leader is registered" \
    bash -c "[ $rc = 1 ] && grep -q 'no leader is registered under /mesosdesk-package-empty' <<< '$out' || { echo 'exit $rc: $out'; false; }"
  # ...and with a devcluster registered there, it prints the leading master.
  if [ -x build/bin/mesosdesk-devcluster ]; then
    work=$dir/devcluster
    mkdir -p "$work"
    build/bin/mesosdesk-devcluster --zk "127.0.0.1:$ZK_PORT" --zk-path /mesosdesk-package-$$ \
      --marathon-zk-path /mesosdesk-package-marathon-$$ --masters 2 --agents 1 --work-dir "$work/work" \
      > "$work/ready.json" 2> "$work/devcluster.log" &
    dc_pid=$!
    for _ in $(seq 300); do [ -s "$work/ready.json" ] && break; sleep 0.1; done
    out=$(/usr/bin/mesosdesk --resolve "zk://127.0.0.1:$ZK_PORT/mesosdesk-package-$$" --timeout 20 2>&1); rc=$?
    pkg_check "--resolve prints the devcluster's leading master" \
      bash -c "[ $rc = 0 ] && [[ '$out' =~ ^127\.0\.0\.1:[0-9]+$ ]] && grep -q \"http://$out\" '$work/ready.json' || { echo 'exit $rc: $out'; cat '$work/devcluster.log'; false; }"
    kill -TERM "$dc_pid" 2>/dev/null || true
    wait "$dc_pid" 2>/dev/null || true
  fi
  # The .qm files are embedded in the binary: German without any translation file installed.
  out=$(QT_QPA_PLATFORM=offscreen /usr/bin/mesosdesk --lang de --zk zk://h:2181/m --master http://h:5050 2>&1); rc=$?
  pkg_check "the installed binary speaks German (--lang de)" \
    bash -c "[ $rc = 2 ] && grep -q 'nicht beides' <<< '$out' || { echo 'exit $rc: $out'; false; }"
  # A short offscreen start: the window opens, draws and quits.
  rm -f "$dir/window.png"
  pkg_check "offscreen start: mesosdesk --screenshot" bash -c "
    QT_QPA_PLATFORM=offscreen timeout 60 scripts/lib/private-session.sh /usr/bin/mesosdesk \
      --screenshot '$dir/window.png' --screenshot-delay 500 > '$dir/start.log' 2>&1 || { cat '$dir/start.log'; false; }
    file '$dir/window.png' | grep -q 'PNG image data'"

  pkg_check "apt-get purge mesosdesk removes it" \
    bash -c "$SUDO apt-get purge -y -qq mesosdesk > /dev/null 2>&1 && [ ! -e /usr/bin/mesosdesk ] && [ ! -e '/usr/share/applications/$id.desktop' ]"
  echo "test: package: ${#ok[@]} passed, ${#bad[@]} failed"
  total_passed=$((total_passed + ${#ok[@]}))
  total_failed=$((total_failed + ${#bad[@]}))
  rm -rf "$dir"
  return 0
}

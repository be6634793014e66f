#!/bin/sh
# Add QuoteDesk to the desktop's application menu for the current user (no root needed):
# the .desktop launcher, the AppStream metainfo, the SVG icon and the .qdesk file type,
# under ${XDG_DATA_HOME:-$HOME/.local/share}.
#
#   install-desktop.sh [COMMAND [ARG...]]   the launcher runs COMMAND ARG... FILE
#   install-desktop.sh --uninstall          remove what an install added
#
# Without a COMMAND the launcher runs the bundle this script sits in (dist/QuoteDesk/quotedesk gui).
# `make install-desktop` passes the bundle when built, else .venv/bin/quotedesk-gui.
set -eu

APP_ID=io.github.quotedesk.QuoteDesk
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-${HOME:?HOME is not set}/.local/share}

fail() {
    printf 'install-desktop: %s\n' "$*" >&2
    exit 1
}

# The launcher files: at the top of a source checkout, or inside the bundle.
resources=
for candidate in "$here/../resources" "$here/_internal/quotedesk/resources"; do
    if [ -f "$candidate/linux/$APP_ID.desktop" ]; then
        resources=$(cd "$candidate" && pwd)
        break
    fi
done
[ -n "$resources" ] || fail "cannot find QuoteDesk's launcher files next to $here."

desktop_file=$data_home/applications/$APP_ID.desktop
icon_dir=$data_home/icons/hicolor/scalable/apps
metainfo_file=$data_home/metainfo/$APP_ID.metainfo.xml
mime_file=$data_home/mime/packages/$APP_ID.xml

refresh_caches() {
    # Menus, file associations and icons are looked up through caches; refresh the ones present.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data_home/applications" || true
    fi
    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data_home/mime/packages" ]; then
        update-mime-database "$data_home/mime" || true
    fi
    if [ -f "$data_home/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$data_home/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$desktop_file" "$icon_dir/$APP_ID.svg" "$metainfo_file" "$mime_file"
    refresh_caches
    printf "Removed QuoteDesk's launcher from %s.\n" "$data_home"
    exit 0
fi

if [ "$#" -eq 0 ]; then
    [ -x "$here/quotedesk" ] || fail "no command given and no bundle next to this script; pass the command to launch."
    set -- "$here/quotedesk" gui
fi

# The command must exist now; a relative path is made absolute so the launcher works from anywhere.
given=$1
shift
case $given in
    /*) program=$given ;;
    */*) program=$(cd "$(dirname "$given")" 2>/dev/null && pwd)/$(basename "$given") ;;
    *) program=$(command -v "$given") || fail "cannot find the command '$given' to launch." ;;
esac
[ -f "$program" ] && [ -x "$program" ] ||
    fail "$given is not an executable; build the bundle (make package) or set up .venv (make) first."
case $program in
    # The spec writes it %%, but GLib looks for the program before undoing that and hides the launcher.
    *%*) fail "$program has a % in its path, which desktop launchers cannot run; move it to another folder." ;;
esac

# One argument of the Exec key: quoted when it holds anything but plain characters, with the
# characters the Desktop Entry spec reserves inside quotes escaped twice (once for the quoting,
# once for the key's string escapes), and % doubled (only arguments after the program can have one).
exec_arg() {
    case $1 in
        *[!A-Za-z0-9_./+:=,@-]*)
            printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g' -e 's/%/%%/g')" ;;
        *) printf '%s' "$1" ;;
    esac
}
exec_line=$(exec_arg "$program")
for arg in "$@"; do
    exec_line="$exec_line $(exec_arg "$arg")"
done
try_exec=$(printf '%s' "$program" | sed -e 's/\\/\\\\/g')

mkdir -p "$data_home/applications" "$icon_dir" "$data_home/metainfo" "$data_home/mime/packages"
# Write the launcher next to its place and move it in, so a menu never sees half a file.
while IFS= read -r line; do
    case $line in
        "Exec=@EXEC@"*) printf 'Exec=%s%s\n' "$exec_line" "${line#Exec=@EXEC@}" ;;
        "TryExec=@TRYEXEC@") printf 'TryExec=%s\n' "$try_exec" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$resources/linux/$APP_ID.desktop" > "$desktop_file.tmp"
chmod 644 "$desktop_file.tmp"
mv -f "$desktop_file.tmp" "$desktop_file"
cp "$resources/icons/quotedesk.svg" "$icon_dir/$APP_ID.svg"
cp "$resources/linux/$APP_ID.metainfo.xml" "$metainfo_file"
cp "$resources/linux/$APP_ID.mime.xml" "$mime_file"
chmod 644 "$icon_dir/$APP_ID.svg" "$metainfo_file" "$mime_file"
refresh_caches
printf "Installed QuoteDesk's launcher into %s; it runs: %s\n" "$data_home" "$exec_line"

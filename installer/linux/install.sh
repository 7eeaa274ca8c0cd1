#!/bin/sh
# Installs CreditDesk for the current user, without root: the program into ~/.local/opt/creditdesk,
# the menu entry and icons into ~/.local/share, a `creditdesk` command into ~/.local/bin, and a
# shortcut on the desktop. Running it again over an older version replaces the program only;
# the clerk's workspace (~/.local/share/CreditDesk) is never touched.
#
#   ./install.sh                      CREDITDESK_PREFIX=/other/folder ./install.sh
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=${CREDITDESK_PREFIX:-"$HOME/.local/opt/creditdesk"}
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
bin="$HOME/.local/bin"

if [ -e "$prefix" ] && [ ! -x "$prefix/creditdesk" ]; then
    echo "安装目录 $prefix 已存在且不是 CreditDesk，未作改动。" >&2
    echo "$prefix exists and is not a CreditDesk installation; nothing changed." >&2
    exit 1
fi

# Copy beside the old version first, then swap, so a failed copy leaves the old one working.
mkdir -p "$(dirname "$prefix")"
rm -rf "$prefix.new"
cp -R "$here/CreditDesk" "$prefix.new"
cp "$here/uninstall.sh" "$prefix.new/uninstall.sh"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"

desktop_entry() {
    grep -v -e '^Exec=' -e '^TryExec=' "$here/creditdesk.desktop"
    printf 'TryExec=%s\nExec="%s"\n' "$prefix/creditdesk" "$prefix/creditdesk"
}

mkdir -p "$data/applications"
desktop_entry > "$data/applications/creditdesk.desktop"
for icon in "$here"/icons/hicolor/*/apps/creditdesk.png; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$icon" "$data/icons/hicolor/$size/apps/creditdesk.png"
done

mkdir -p "$bin"
ln -sf "$prefix/creditdesk" "$bin/creditdesk"

desktop_dir=$(xdg-user-dir DESKTOP 2>/dev/null || true)
[ -n "$desktop_dir" ] || desktop_dir="$HOME/Desktop"
if [ -d "$desktop_dir" ] && [ "$desktop_dir" != "$HOME" ]; then
    desktop_entry > "$desktop_dir/creditdesk.desktop"
    chmod +x "$desktop_dir/creditdesk.desktop"
    gio set "$desktop_dir/creditdesk.desktop" metadata::trusted true 2>/dev/null || true
fi

update-desktop-database -q "$data/applications" 2>/dev/null || true
# Refreshes a cache only where one is kept (a theme with index.theme); never starts one.
gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true

echo "CreditDesk 信用办工作台已安装到 $prefix"
# shellcheck disable=SC1111  # Chinese quotation marks, printed as they are
echo "开始菜单（办公）和桌面上有“信用办工作台”图标；命令行：$bin/creditdesk"
echo "卸载：$prefix/uninstall.sh（工作区数据 $data/CreditDesk 保留）"

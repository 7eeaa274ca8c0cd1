#!/bin/sh
# Removes CreditDesk installed by install.sh: the program, the menu entry, the icons, the
# `creditdesk` command and the desktop shortcut. The clerk's data is kept: the workspace in
# ~/.local/share/CreditDesk (database, attachments, backups) stays where it is.
set -eu

prefix=${CREDITDESK_PREFIX:-"$HOME/.local/opt/creditdesk"}
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
bin="$HOME/.local/bin"

if [ -e "$prefix" ] && [ ! -x "$prefix/creditdesk" ]; then
    echo "$prefix is not a CreditDesk installation; nothing removed." >&2
    exit 1
fi
rm -rf "$prefix"
rm -f "$data/applications/creditdesk.desktop"
for icon in "$data"/icons/hicolor/*/apps/creditdesk.png; do
    rm -f "$icon"
done
if [ -L "$bin/creditdesk" ]; then
    rm -f "$bin/creditdesk"
fi
desktop_dir=$(xdg-user-dir DESKTOP 2>/dev/null || true)
[ -n "$desktop_dir" ] || desktop_dir="$HOME/Desktop"
rm -f "$desktop_dir/creditdesk.desktop"

update-desktop-database -q "$data/applications" 2>/dev/null || true
# Refreshes a cache only where one is kept (a theme with index.theme); never starts one.
gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true

echo "CreditDesk 已卸载。工作区数据保留在 $data/CreditDesk"

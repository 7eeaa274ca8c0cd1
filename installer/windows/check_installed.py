"""Checks CreditDesk as the Windows installer left it, on the Windows side (Wine or real Windows).

Run by the Windows Python after each installer step of build-under-wine.sh (and the Windows
workflow); exit status 1 with a Chinese-free, one-line reason on the first failed check::

    python check_installed.py --version 0.1.0 installed     # after a silent install
    python check_installed.py --version 0.1.0 uninstall     # runs the silent uninstaller
    python check_installed.py --version 0.1.0 uninstalled   # after it
    python check_installed.py --version 0.0.1 older         # after installing an older build
    python check_installed.py --version 0.1.0 upgraded      # after installing this one over it

``installed`` runs build.py's smoke test (version, demo, report, notices, plan import from .docx
and .pdf, the window offscreen) on the programs in the installed folder, then opens the window
once on the clerk's default workspace, which the uninstaller must leave in place.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
import winreg
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
APP_ID = "{6F0C2B7E-3D4A-4E8B-9C51-2A7D8E4F1B63}"
UNINSTALL_KEY = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP_ID}_is1"
APP_NAME = "信用办工作台"
STALE_FILE = "stale-file-of-an-older-version.txt"


class CheckFailed(Exception):
    """One check did not hold."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


@functools.cache
def build_module() -> ModuleType:
    """installer/build.py, for its smoke test (a script, not part of the package)."""
    name = "creditdesk_installer_build"
    spec = importlib.util.spec_from_file_location(name, HERE.parent / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def uninstall_entry() -> dict[str, str] | None:
    """The per-user uninstall entry Inno Setup wrote (HKCU), or None."""
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, UNINSTALL_KEY) as key:
            values: dict[str, str] = {}
            index = 0
            while True:
                try:
                    name, value, _ = winreg.EnumValue(key, index)
                except OSError:
                    return values
                values[name] = str(value)
                index += 1
    except FileNotFoundError:
        return None


def expected_app_dir() -> Path:
    """Where a per-user install goes: %LOCALAPPDATA%\\Programs\\CreditDesk ({autopf})."""
    return Path(os.environ["LOCALAPPDATA"]) / "Programs" / "CreditDesk"


def shortcuts() -> dict[str, Path]:
    """The shortcuts the installer makes: start menu (program, demo) and desktop."""
    programs = Path(os.environ["APPDATA"]) / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    desktop = Path(os.environ["USERPROFILE"]) / "Desktop"
    return {
        "start menu": programs / f"{APP_NAME}.lnk",
        "start menu (demo)": programs / f"{APP_NAME}（演示工作区）.lnk",
        "desktop": desktop / f"{APP_NAME}.lnk",
    }


def default_workspace() -> Path:
    """The clerk's own workspace (platformdirs' user data folder, as the program computes it)."""
    return Path(os.environ["LOCALAPPDATA"]) / "CreditDesk" / "workspace"


def check_installed(version: str, smoke: bool, report: dict[str, object]) -> None:
    entry = uninstall_entry()
    check(entry is not None, f"no uninstall entry HKCU\\{UNINSTALL_KEY}")
    assert entry is not None
    check(
        entry.get("DisplayName") == f"{APP_NAME} {version}",
        f"uninstall entry is named {entry.get('DisplayName')!r}",
    )
    check(entry.get("DisplayVersion") == version, f"DisplayVersion {entry.get('DisplayVersion')}")
    app = Path(entry.get("InstallLocation", "").rstrip("\\"))
    check(app == expected_app_dir(), f"installed in {app}, not {expected_app_dir()}")
    for program in ("CreditDesk.exe", "creditdesk-cli.exe", "unins000.exe"):
        check((app / program).is_file(), f"{program} missing in {app}")
    for name, link in shortcuts().items():
        check(link.is_file(), f"{name} shortcut missing: {link}")
        data = link.read_bytes()
        check(
            b"CreditDesk.exe" in data or "CreditDesk.exe".encode("utf-16-le") in data,
            f"{name} shortcut does not point at CreditDesk.exe",
        )
    report["installed_bytes"] = sum(p.stat().st_size for p in app.rglob("*") if p.is_file())
    if not smoke:
        return

    build = build_module()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="creditdesk-installed-") as scratch:
        test = build.SmokeTest(app, build.project_version(), Path(scratch))
        test.version = version
        test.all_steps()
        # The window on the clerk's default workspace: made on first start, kept by uninstall.
        test.run("window on the default workspace", app / "CreditDesk.exe", "--quit-when-ready")
    check(
        (default_workspace() / "creditdesk.sqlite3").is_file(),
        f"first start made no workspace in {default_workspace()}",
    )
    report["smoke_test_seconds"] = round(time.monotonic() - started, 1)
    report["smoke_steps"] = test.steps


def uninstall() -> None:
    entry = uninstall_entry()
    check(entry is not None, "nothing to uninstall")
    assert entry is not None
    app = Path(entry["InstallLocation"].rstrip("\\"))
    done = subprocess.run(
        [str(app / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"],
        timeout=600,
        check=False,
    )
    check(done.returncode == 0, f"uninstaller exit status {done.returncode}")
    # The uninstaller's second phase runs from a copy in %TEMP%: wait until it is done.
    deadline = time.monotonic() + 300
    while uninstall_entry() is not None or (app / "unins000.exe").exists():
        check(time.monotonic() < deadline, "the uninstaller did not finish in 300 s")
        time.sleep(1)


def check_uninstalled() -> None:
    check(uninstall_entry() is None, "uninstall entry still there")
    app = expected_app_dir()
    check(not (app / "CreditDesk.exe").exists(), f"CreditDesk.exe still in {app}")
    check(not (app / "_internal").exists(), f"{app}\\_internal still there")
    for name, link in shortcuts().items():
        check(not link.exists(), f"{name} shortcut still there: {link}")
    check(
        (default_workspace() / "creditdesk.sqlite3").is_file(),
        f"the clerk's workspace {default_workspace()} was removed with the program",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", required=True, help="the version the installer carries")
    parser.add_argument("--report", type=Path, help="JSON file to add this step's figures to")
    parser.add_argument(
        "step", choices=("installed", "uninstall", "uninstalled", "older", "upgraded")
    )
    args = parser.parse_args()
    report: dict[str, object] = {}
    try:
        if args.step == "installed":
            check_installed(args.version, smoke=True, report=report)
        elif args.step == "uninstall":
            uninstall()
        elif args.step == "uninstalled":
            check_uninstalled()
        elif args.step == "older":
            check_installed(args.version, smoke=False, report=report)
            # A file only the older version had: the upgrade must not leave it behind.
            (expected_app_dir() / "_internal" / STALE_FILE).write_text("old", encoding="utf-8")
        else:
            check_installed(args.version, smoke=False, report=report)
            stale = expected_app_dir() / "_internal" / STALE_FILE
            check(not stale.exists(), f"the upgrade left the older version's {stale}")
            build = build_module()
            with tempfile.TemporaryDirectory(prefix="creditdesk-upgraded-") as scratch:
                test = build.SmokeTest(expected_app_dir(), args.version, Path(scratch))
                test.run("version after the upgrade", test.cli, "--version")
                test.run("window after the upgrade", test.gui, "--quit-when-ready")
            check(
                (default_workspace() / "creditdesk.sqlite3").is_file(),
                "the upgrade lost the clerk's workspace",
            )
    except (CheckFailed, build_module().BuildError) as error:
        print(f"check_installed {args.step}: FAILED: {error}", flush=True)
        return 1
    print(f"check_installed {args.step}: ok", flush=True)
    if args.report:
        old = json.loads(args.report.read_text("utf-8")) if args.report.is_file() else {}
        old[args.step] = report
        args.report.write_text(json.dumps(old, indent=2, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Builds CreditDesk for the machine it runs on, smoke-tests the frozen program, packages it.

Clerks do not install Python: this turns the project into a one-folder PyInstaller bundle
(``dist/CreditDesk/``) and then into what a clerk installs — on Windows an Inno Setup
installer, on Linux (UOS, Kylin, any desktop) a tarball with a per-user ``install.sh``::

    .venv/bin/pip install pyinstaller && .venv/bin/python installer/build.py
    .venv\\Scripts\\pip install pyinstaller && .venv\\Scripts\\python installer\\build.py

The version is read once, here, from pyproject.toml and handed to everything that shows it:
the bundle's package metadata (what ``creditdesk --version`` and the About box read), the
Windows file version of the programs, the installer's name and version info, the tarball.

Before packaging, the frozen program runs headless (QT_QPA_PLATFORM=offscreen) in a
temporary folder: it makes the demo workspace, its quarterly report (PDF and .xlsx), the
notices, parses a plan from .docx and .pdf, and opens the window until its first paint. Any
failure stops the build with a non-zero exit status, so a bundle that misses a module or a
data file never becomes an installer. ``dist/build-summary.json`` records the figures.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
WINDOWS = sys.platform == "win32"
SMOKE_DATE = "2026-11-22"
"""The day the smoke test's demo workspace is made for, so its figures do not depend on today."""
SMOKE_PERIOD = "2026Q3"
STEP_TIMEOUT = 300


class BuildError(Exception):
    """A step failed; the message says which and why."""


@dataclass
class Summary:
    """What ``dist/build-summary.json`` records about one build."""

    version: str
    platform: str
    bundle: str = ""
    bundle_bytes: int = 0
    bundle_files: int = 0
    build_seconds: float = 0.0
    smoke_test: dict[str, object] = field(default_factory=dict)
    package: str | None = None
    package_bytes: int = 0
    package_sha256: str = ""
    total_seconds: float = 0.0
    requires: str = ""


# --- version ---------------------------------------------------------------------------------


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The version in pyproject.toml: the one source every other place is written from."""
    with pyproject.open("rb") as file:
        version: str = tomllib.load(file)["project"]["version"]
    return version


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows version resources need (0.2.0rc1 → 0.2.0.0)."""
    match = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if match is None:
        raise BuildError(f"pyproject.toml: version {version!r} does not start with a number")
    a, b, c, d = (int(part or 0) for part in match.groups())
    return a, b, c, d


def write_generated(directory: Path, version: str) -> None:
    """Files the spec bundles: package metadata and the Windows version resource."""
    shutil.rmtree(directory, ignore_errors=True)
    dist_info = directory / f"creditdesk-{version}.dist-info"
    dist_info.mkdir(parents=True)
    (dist_info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: creditdesk\nVersion: {version}\n", encoding="utf-8"
    )
    (dist_info / "INSTALLER").write_text("installer/build.py\n", encoding="utf-8")
    numbers = numeric_version(version)
    strings = {
        "CompanyName": "CreditDesk",
        "FileDescription": "CreditDesk 信用办工作台",
        "FileVersion": version,
        "InternalName": "CreditDesk",
        "LegalCopyright": "MIT License",
        "OriginalFilename": "CreditDesk.exe",
        "ProductName": "CreditDesk 信用办工作台",
        "ProductVersion": version,
    }
    entries = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    (directory / "version_info.txt").write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
{entries}
    ])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
""",
        encoding="utf-8",
    )


# --- bundle ----------------------------------------------------------------------------------


def run_pyinstaller(generated: Path, dist: Path, work: Path, clean: bool) -> Path:
    """Runs PyInstaller on installer/creditdesk.spec; returns the bundle folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError(f"PyInstaller is missing: {sys.executable} -m pip install pyinstaller")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work / 'pyinstaller'}",
        *(["--clean"] if clean else []),
        str(HERE / "creditdesk.spec"),
        "--",
        f"--generated={generated}",
    ]
    print("$ " + " ".join(command), flush=True)
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        raise BuildError("PyInstaller failed (see its output above)")
    return dist / "CreditDesk"


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) under ``folder``, symbolic links not followed."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def programs(bundle: Path) -> tuple[Path, Path]:
    """(the console program for subcommands, the program clerks start) inside the bundle."""
    if WINDOWS:
        return bundle / "creditdesk-cli.exe", bundle / "CreditDesk.exe"
    return bundle / "creditdesk", bundle / "creditdesk"


# --- smoke test ------------------------------------------------------------------------------


class SmokeTest:
    """Runs the frozen program as a clerk's PC would, headless, in a throw-away folder."""

    def __init__(self, bundle: Path, version: str, scratch: Path) -> None:
        self.cli, self.gui = programs(bundle)
        self.version = version
        self.scratch = scratch
        self.steps: list[dict[str, object]] = []
        self.env = dict(os.environ)
        for name in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"):
            self.env.pop(name, None)
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.env["MPLCONFIGDIR"] = str(scratch / "matplotlib")
        if not WINDOWS:  # keep the builder's own settings and data folders out of it
            for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
                self.env[name] = str(scratch / name.lower())

    def run(
        self,
        name: str,
        program: Path,
        *args: str,
        wrapper: Sequence[str] = (),
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Runs one step; the finished process, or BuildError with the program's output."""
        started = time.monotonic()
        try:
            done = subprocess.run(
                [*wrapper, str(program), *args],
                cwd=self.scratch,
                env={**self.env, **(env or {})},
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=STEP_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise BuildError(f"smoke test {name}: no answer after {STEP_TIMEOUT} s") from error
        seconds = round(time.monotonic() - started, 2)
        output = f"{done.stdout}\n{done.stderr}".strip()
        if done.returncode != 0 or "Traceback (most recent call last)" in done.stderr:
            raise BuildError(
                f"smoke test {name}: exit status {done.returncode}\n"
                f"$ {program.name} {' '.join(args)}\n{output[-4000:]}"
            )
        self.steps.append({"step": name, "seconds": seconds})
        print(f"  ok  {name} ({seconds:.1f} s)", flush=True)
        return done

    @staticmethod
    def check(condition: bool, message: str) -> None:
        if not condition:
            raise BuildError(f"smoke test: {message}")

    def all_steps(self) -> None:
        """The steps, in the order a new clerk would meet them."""
        done = self.run("version", self.cli, "--version")
        shown = (done.stdout + done.stderr).strip()  # argparse prints it on stderr
        self.check(shown == f"CreditDesk {self.version}", f"--version said {shown!r}")

        workspace = self.scratch / "workspace"
        self.run("demo workspace", self.cli, "demo", str(workspace), "--date", SMOKE_DATE)
        self.check((workspace / "creditdesk.sqlite3").is_file(), "demo made no database")

        pdf, xlsx = self.scratch / "r.pdf", self.scratch / "r.xlsx"
        self.run(
            "quarterly report",
            self.cli,
            *("report", "--workspace", str(workspace), "--period", SMOKE_PERIOD),
            *("--out", str(pdf), "--xlsx", str(xlsx), "--as-of", SMOKE_DATE),
        )
        self.check(pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-", "report PDF missing")
        self.check(xlsx.is_file() and xlsx.read_bytes()[:2] == b"PK", "report .xlsx missing")

        notices = self.scratch / "notices"
        notices.mkdir()
        self.run(
            "notices",
            self.cli,
            *("notices", "--workspace", str(workspace), "--as-of", SMOKE_DATE),
            *("--out", str(notices)),
        )
        written = list(notices.glob("*.pdf"))
        self.check(bool(written), "no notice PDF written for the demo's overdue units")
        self.check(all(p.read_bytes()[:5] == b"%PDF-" for p in written), "a notice is no PDF")

        # Plan import reads .docx and .pdf (python-docx templates, pypdf): parse the test plans
        # when this is a source checkout, and compare the number of tasks found.
        plans = ROOT / "tests" / "data" / "plans"
        expected_file = plans / "xiping-plan.expected.json"
        if expected_file.is_file():
            expected = json.loads(expected_file.read_text(encoding="utf-8"))
            for suffix in ("docx", "pdf"):
                out = self.run(
                    f"plan import .{suffix}",
                    self.cli,
                    *("import-plan", str(plans / f"xiping-plan.{suffix}"), "--dry-run", "--json"),
                )
                tasks = json.loads(out.stdout)["tasks"]
                self.check(
                    len(tasks) == len(expected["tasks"]),
                    f".{suffix} plan: {len(tasks)} tasks, expected {len(expected['tasks'])}",
                )

        self.run("window", self.gui, "--workspace", str(workspace), "--quit-when-ready")
        # The same on a real X server, when there is a virtual one: the xcb plugin loads the
        # system's X libraries, as on a clerk's UOS or Kylin desktop.
        xvfb_run = None if WINDOWS else shutil.which("xvfb-run")
        if xvfb_run:
            self.run(
                "window on X11 (xvfb-run)",
                self.gui,
                *("--workspace", str(workspace), "--quit-when-ready"),
                wrapper=(xvfb_run, "--auto-servernum"),
                env={"QT_QPA_PLATFORM": "xcb"},
            )


def smoke_test(bundle: Path, version: str) -> dict[str, object]:
    """Runs every step; a dict for the summary, or BuildError on the first failure."""
    print(f"smoke test of {bundle} (QT_QPA_PLATFORM=offscreen)", flush=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="creditdesk-smoke-") as scratch:
        test = SmokeTest(bundle, version, Path(scratch))
        test.all_steps()
    return {
        "passed": True,
        "seconds": round(time.monotonic() - started, 1),
        "steps": test.steps,
    }


# --- packages --------------------------------------------------------------------------------


def _tar_entry(mode: int | None = None) -> Callable[[tarfile.TarInfo], tarfile.TarInfo]:
    """A tar filter: owned by root, and with ``mode`` when given."""

    def reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        if mode is not None:
            info.mode = mode
        return info

    return reset


def package_linux(bundle: Path, version: str, dist: Path) -> Path:
    """dist/CreditDesk-<version>-linux-<arch>.tar.gz: bundle, .desktop, icons, install.sh."""
    arch = platform.machine() or "x86_64"
    top = f"CreditDesk-{version}-linux-{arch}"
    tarball = dist / f"{top}.tar.gz"
    icons = ROOT / "resources" / "icons"
    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{top}/CreditDesk", filter=_tar_entry())
        tar.add(HERE / "creditdesk.desktop", f"{top}/creditdesk.desktop", filter=_tar_entry(0o644))
        for size in ICON_SIZES:
            tar.add(
                icons / f"creditdesk-{size}.png",
                f"{top}/icons/hicolor/{size}x{size}/apps/creditdesk.png",
                filter=_tar_entry(0o644),
            )
        for script in ("install.sh", "uninstall.sh"):
            tar.add(HERE / "linux" / script, f"{top}/{script}", filter=_tar_entry(0o755))
        tar.add(HERE / "linux" / "README.txt", f"{top}/README.txt", filter=_tar_entry(0o644))
    return tarball


def find_iscc() -> Path | None:
    """Inno Setup 6's compiler: $ISCC, on PATH, or where its installer puts it."""
    if os.environ.get("ISCC"):
        return Path(os.environ["ISCC"])
    on_path = shutil.which("ISCC")
    if on_path:
        return Path(on_path)
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(base)
        for sub in ("Inno Setup 6", "Programs/Inno Setup 6"):
            if root and (Path(root) / sub / "ISCC.exe").is_file():
                return Path(root) / sub / "ISCC.exe"
    return None


def find_chinese_messages(iscc: Path) -> Path:
    """ChineseSimplified.isl: one of Inno Setup's unofficial translations, fetched separately."""
    candidates = [
        Path(os.environ.get("CREDITDESK_CHINESE_ISL", "")),
        iscc.parent / "Languages" / "ChineseSimplified.isl",
        iscc.parent / "Languages" / "Unofficial" / "ChineseSimplified.isl",
        HERE / "windows" / "ChineseSimplified.isl",
    ]
    for candidate in candidates:
        if candidate.name and candidate.is_file():
            return candidate
    raise BuildError(
        "ChineseSimplified.isl not found. It is one of Inno Setup's unofficial translations: "
        "download Files/Languages/Unofficial/ChineseSimplified.isl from the jrsoftware/issrc "
        f"repository into {iscc.parent / 'Languages'} (or installer/, or point "
        "CREDITDESK_CHINESE_ISL at it) and build again."
    )


def package_windows(bundle: Path, version: str, dist: Path, required: bool) -> Path | None:
    """dist/CreditDesk-<version>-windows-<arch>-setup.exe through Inno Setup, when installed."""
    iscc = find_iscc()
    if iscc is None:
        message = "Inno Setup 6 (ISCC.exe) not found: https://jrsoftware.org/isdl.php"
        if required:
            raise BuildError(message)
        print(f"warning: {message}; the bundle is in {bundle}, no installer made", flush=True)
        return None
    arch = "arm64" if platform.machine().lower() in ("arm64", "aarch64") else "x64"
    name = f"CreditDesk-{version}-windows-{arch}-setup"
    command = [
        str(iscc),
        "/Qp",
        f"/DAppVersion={version}",
        f"/DAppFileVersion={'.'.join(map(str, numeric_version(version)))}",
        f"/DArch={arch}",
        f"/DBundleDir={bundle}",
        f"/DChineseMessages={find_chinese_messages(iscc)}",
        f"/O{dist}",
        f"/F{name}",
        str(HERE / "creditdesk.iss"),
    ]
    print("$ " + " ".join(command), flush=True)
    if subprocess.run(command, cwd=HERE, check=False).returncode != 0:
        raise BuildError("Inno Setup failed (see its output above)")
    return dist / f"{name}.exe"


# --- main ------------------------------------------------------------------------------------


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def build(args: argparse.Namespace) -> Summary:
    """Every step in order; raises BuildError on the first that fails."""
    started = time.monotonic()
    version = project_version()
    summary = Summary(version=version, platform=f"{sys.platform}-{platform.machine()}")
    dist, work = args.dist.resolve(), args.work.resolve()
    if not WINDOWS:
        # The bundle links against the build machine's C library and runs only where that
        # one or a newer one is installed: build on the oldest system the clerks use.
        libc, libc_version = platform.libc_ver()
        summary.requires = f"{libc} >= {libc_version}" if libc else ""
    print(f"CreditDesk {version}: building on {summary.platform}", flush=True)

    generated = work / "generated"
    write_generated(generated, version)
    bundle = run_pyinstaller(generated, dist, work, args.clean)
    summary.build_seconds = round(time.monotonic() - started, 1)
    summary.bundle = str(bundle)
    summary.bundle_bytes, summary.bundle_files = folder_size(bundle)
    print(
        f"bundle {bundle}: {_megabytes(summary.bundle_bytes)} in {summary.bundle_files} files, "
        f"built in {summary.build_seconds:.0f} s",
        flush=True,
    )

    summary_file = dist / "build-summary.json"
    summary_file.unlink(missing_ok=True)
    if args.skip_smoke_test:
        summary.smoke_test = {"passed": False, "skipped": True}
    else:
        try:
            summary.smoke_test = smoke_test(bundle, version)
        except BuildError as error:
            summary.smoke_test = {"passed": False, "error": str(error)}
            summary_file.write_text(json.dumps(asdict(summary), indent=2), encoding="utf-8")
            raise

    if not args.no_package:
        package = (
            package_windows(bundle, version, dist, args.require_installer)
            if WINDOWS
            else package_linux(bundle, version, dist)
        )
        if package is not None:
            summary.package = str(package)
            summary.package_bytes = package.stat().st_size
            summary.package_sha256 = _sha256(package)
    summary.total_seconds = round(time.monotonic() - started, 1)
    summary_file.write_text(json.dumps(asdict(summary), indent=2), encoding="utf-8")
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    """Builds; prints bundle size and build time; exit status 1 when a step failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "installer", help="PyInstaller's scratch"
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--skip-smoke-test", action="store_true", help="package untested")
    parser.add_argument("--no-package", action="store_true", help="stop after the bundle")
    parser.add_argument(
        "--require-installer",
        action="store_true",
        help="on Windows, fail when Inno Setup is not installed instead of only warning",
    )
    args = parser.parse_args(argv)
    try:
        summary = build(args)
    except BuildError as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    print()
    print(f"CreditDesk {summary.version} ({summary.platform})")
    print(
        f"  bundle      {summary.bundle}: {_megabytes(summary.bundle_bytes)}, "
        f"{summary.bundle_files} files"
    )
    print(f"  build time  {summary.build_seconds:.0f} s (PyInstaller)")
    if summary.requires:
        print(f"  runs on     systems with {summary.requires} (the build machine's)")
    smoke = summary.smoke_test
    if smoke.get("passed"):
        steps = smoke["steps"]
        assert isinstance(steps, list)
        names = ", ".join(str(step["step"]) for step in steps)
        print(f"  smoke test  passed in {smoke['seconds']} s: {names}")
    else:
        print("  smoke test  skipped")
    if summary.package:
        print(f"  package     {summary.package}: {_megabytes(summary.package_bytes)}")
        print(f"              sha256 {summary.package_sha256}")
    print(f"  total       {summary.total_seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

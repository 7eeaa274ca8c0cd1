; Inno Setup 6 script of CreditDesk's Windows installer (Inno Setup 6.3 or newer).
; installer/build.py compiles it after the smoke test, passing what it read from pyproject.toml:
;
;   ISCC /DAppVersion=0.1.0 /DAppFileVersion=0.1.0.0 /DArch=x64 /DBundleDir=..\dist\CreditDesk
;        /DChineseMessages=...\ChineseSimplified.isl /O..\dist creditdesk.iss
;
; Chinese: ChineseSimplified.isl is one of Inno Setup's unofficial translations and does not come
; with it; installer/windows/ keeps a copy (jrsoftware/issrc, tag is-6_4_1), which build.py uses.
;
; Per user, without administrator rights: the program goes to %LOCALAPPDATA%\Programs\CreditDesk
; (where {autopf} points under PrivilegesRequired=lowest). The clerk's data is elsewhere, in the workspace the
; program makes in %LOCALAPPDATA%\CreditDesk\workspace; neither an upgrade nor the uninstaller
; touches it ([UninstallDelete] names only the program's own folder).
; This file is UTF-8 with a byte order mark, so the compiler reads the Chinese text right.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: ISCC /DAppVersion=... (installer/build.py does)
#endif
#ifndef AppFileVersion
  #define AppFileVersion AppVersion
#endif
#ifndef Arch
  #define Arch "x64"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\CreditDesk"
#endif
#ifndef ChineseMessages
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#endif

#ifndef Compression
  ; installer/windows/build-under-wine.sh passes zip for its throw-away upgrade-test installer
  #define Compression "lzma2/max"
#endif

#define AppName "信用办工作台"
#define AppExe "CreditDesk.exe"

[Setup]
; The AppId ties upgrades and the uninstaller to this program: never change it.
AppId={{6F0C2B7E-3D4A-4E8B-9C51-2A7D8E4F1B63}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CreditDesk
AppComments=社会信用体系建设工作任务、成员单位、报送材料、督办通知与季度通报
; {localappdata}\Programs is where {autopf} points for a per-user install (Windows'
; FOLDERID_UserProgramFiles); named directly because Wine cannot expand {autopf}, and the
; installer CI tests under Wine must be the one that ships.
DefaultDirName={localappdata}\Programs\CreditDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
PrivilegesRequired=lowest
#if Arch == "arm64"
ArchitecturesAllowed=arm64
ArchitecturesInstallIn64BitMode=arm64
#else
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
#endif
MinVersion=10.0
OutputBaseFilename=CreditDesk-{#AppVersion}-windows-{#Arch}-setup
SetupIconFile=..\resources\icons\creditdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
VersionInfoVersion={#AppFileVersion}
VersionInfoProductVersion={#AppFileVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoTextVersion={#AppVersion}
VersionInfoProductName=CreditDesk {#AppName}
VersionInfoDescription={#AppName} 安装程序
VersionInfoCompany=CreditDesk
WizardStyle=modern
Compression={#Compression}
SolidCompression=yes
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "chs"; MessagesFile: "{#ChineseMessages}"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole program folder, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "CreditDesk {#AppName}"
Name: "{autoprograms}\{#AppName}（演示工作区）"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: Python may leave compiled files beside the migrations. The clerk's
; workspace (%LOCALAPPDATA%\CreditDesk) is deliberately not listed.
Type: filesandordirs; Name: "{app}\_internal"

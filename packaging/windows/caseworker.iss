; Inno Setup script for Caseworker on Windows: installs the one-folder bundle that the Windows
; job of packaging/ci/build.yml made in dist\caseworker, with a Start menu entry and
; an optional desktop icon. Per-user by default (no administrator needed on an office laptop);
; the installer offers a machine-wide install when run as an administrator.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\caseworker.iss
;
; The version comes from caseworker/__init__.py (the CI workflow passes it); the output is
; dist\Caseworker-<version>-setup.exe. Code signing is left for later (SignTool=...).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\caseworker.iss
#endif

#define AppName "Caseworker"
#define AppExe "Caseworker.exe"

[Setup]
; A fixed AppId ties upgrades to earlier installs: never change it.
AppId={{6B7A3C1E-2F4D-4E8B-9A51-0C3D7E6F8A21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Caseworker
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\build\icons\caseworker.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=..\..\dist
OutputBaseFilename=Caseworker-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The data lives in the user's folder (%LOCALAPPDATA%\Caseworker), never under {app}: an
; uninstall or upgrade leaves the database and its backups alone.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\caseworker\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} self-test"; Filename: "{cmd}"; Parameters: "/k ""{app}\caseworker-cli.exe"" --self-test"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[InstallDelete]
; An upgrade replaces the bundle whole: files a previous version had and this one does not go.
Type: filesandordirs; Name: "{app}\_internal"

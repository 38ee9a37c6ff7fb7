; Inno Setup 6 script: Windows installer for the Sustainable Sourcing Optimizer.
; Build steps for a Windows machine: packaging\windows\BUILD-WINDOWS.md.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\sourcing.iss
;
; Input : dist\sustainable-sourcing\  (the PyInstaller one-folder build, made on Windows)
; Output: dist\sustainable-sourcing-<version>-windows-x64-setup.exe
;
; Per-user or per-machine: by default the installer asks (per-user needs no admin rights and
; goes to %LOCALAPPDATA%\Programs). Force one from the command line with /CURRENTUSER or
; /ALLUSERS. Silent install for software deployment:
;   sustainable-sourcing-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
;   ... /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS /SITECONFIG="\\server\share\site-defaults.toml"
; /SITECONFIG copies IT's site defaults file next to the programs (docs/installing.md).
; Silent uninstall: "<install folder>\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Sustainable Sourcing Optimizer"
#define AppExe "sourcing-app.exe"
#define BuildDir "..\..\dist\sustainable-sourcing"

[Setup]
; A fixed AppId: upgrades replace the previous version in place. Never change it.
AppId={{6B0E5A57-3C1F-4E0B-9A8E-5C1D2F7A9B41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Sustainable Sourcing Optimizer
DefaultDirName={autopf}\Sustainable Sourcing
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default (no admin rights); the dialog and /ALLUSERS allow a per-machine install.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=sustainable-sourcing-{#AppVersion}-windows-x64-setup
SetupIconFile=sourcing.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
; ~1 GB unpacked: TensorFlow. Windows 10 1809 or newer (TensorFlow and Qt 6 need it).
MinVersion=10.0.17763
WizardStyle=modern
CloseApplications=yes
ChangesEnvironment=no

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; IT's site defaults, when /SITECONFIG=path is given; kept on upgrade and on uninstall.
Source: "{param:SITECONFIG}"; DestDir: "{app}"; DestName: "site-defaults.toml"; \
  Flags: external skipifsourcedoesntexist uninsneveruninstall; Check: HasSiteConfig

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; \
  Flags: nowait postinstall skipifsilent

[InstallDelete]
; An upgrade replaces the program files entirely (old libraries must not linger).
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function HasSiteConfig(): Boolean;
begin
  Result := ExpandConstant('{param:SITECONFIG|}') <> '';
end;

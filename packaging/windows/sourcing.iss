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
;   ... /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS /RESTAURANT=cusco /PINHASH=scrypt$... /DVCREMOTE=storage
; Site defaults (docs/installing.md, "Site defaults"), written next to the programs as
; site-defaults.toml, where only an administrator can change them in an all-users install:
;   /SITECONFIG=FILE   copy IT's whole site defaults file
;   /RESTAURANT=ID     restaurant_place (an id of data/reference/places.csv)
;   /PINHASH=HASH      admin_pin_hash, as `sourcing site pin-hash` prints it (never the PIN)
;   /DVCREMOTE=NAME    dvc_remote
; (/SITECONFIG wins when both kinds are given.) The file is checked with the installed
; `sourcing site check`; a problem is written to the setup log (/LOG=...) and shown unless silent.
; Without any of them an upgrade keeps the file already installed. Uninstalling removes it
; with the programs; every user's data folder is kept.
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
; IT's site defaults, when /SITECONFIG=path is given (kept on upgrade when not given).
Source: "{param:SITECONFIG}"; DestDir: "{app}"; DestName: "site-defaults.toml"; \
  Flags: external skipifsourcedoesntexist; Check: HasSiteConfig

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; \
  Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Written by [Code] from /RESTAURANT, /PINHASH, /DVCREMOTE: not in the uninstaller's own list.
Type: files; Name: "{app}\site-defaults.toml"

[InstallDelete]
; An upgrade replaces the program files entirely (old libraries must not linger).
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function HasSiteConfig(): Boolean;
begin
  Result := ExpandConstant('{param:SITECONFIG|}') <> '';
end;

function SiteValue(Name: String): String;
begin
  Result := Trim(ExpandConstant('{param:' + Name + '|}'));
end;

{ A value goes between double quotes in TOML: refuse what would break out of them. }
function SafeTomlString(Value: String): Boolean;
begin
  Result := (Pos('"', Value) = 0) and (Pos('\', Value) = 0) and (Pos(#10, Value) = 0) and (Pos(#13, Value) = 0);
end;

function InitializeSetup(): Boolean;
begin
  Result := SafeTomlString(SiteValue('RESTAURANT')) and SafeTomlString(SiteValue('PINHASH'))
    and SafeTomlString(SiteValue('DVCREMOTE'));
  if not Result then
    SuppressibleMsgBox('/RESTAURANT, /PINHASH and /DVCREMOTE may not hold quotes, backslashes or line breaks; nothing was installed.',
      mbError, MB_OK, IDOK);
end;

procedure AddSiteLine(var Text: String; Key, Value: String);
begin
  if Value <> '' then
    Text := Text + Key + ' = "' + Value + '"' + #13#10;
end;

procedure WriteSiteDefaults();
var
  Text: String;
begin
  Text := '';
  AddSiteLine(Text, 'restaurant_place', SiteValue('RESTAURANT'));
  AddSiteLine(Text, 'admin_pin_hash', SiteValue('PINHASH'));
  AddSiteLine(Text, 'dvc_remote', SiteValue('DVCREMOTE'));
  if Text <> '' then
    SaveStringToFile(ExpandConstant('{app}\site-defaults.toml'),
      '# Site defaults written by the setup from its command line (docs/installing.md).' + #13#10 + Text, False);
end;

{ The installed command line checks the file with the app's own reader. }
procedure CheckSiteDefaults();
var
  ResultCode: Integer;
  SiteFile: String;
begin
  SiteFile := ExpandConstant('{app}\site-defaults.toml');
  if not FileExists(SiteFile) then
    exit;
  if Exec(ExpandConstant('{app}\sourcing.exe'), 'site check "' + SiteFile + '"', '', SW_HIDE,
          ewWaitUntilTerminated, ResultCode) and (ResultCode = 0) then
    Log('Site defaults checked: ' + SiteFile)
  else
  begin
    Log('Site defaults problem: "sourcing site check" exited with ' + IntToStr(ResultCode) + ' for ' + SiteFile);
    SuppressibleMsgBox('The site defaults file ' + SiteFile + ' has lines the app will ignore: run "sourcing site check" on it.',
      mbError, MB_OK, IDOK);
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    if not HasSiteConfig() then
      WriteSiteDefaults();
    CheckSiteDefaults();
  end;
end;

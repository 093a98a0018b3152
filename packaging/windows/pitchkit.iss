; Inno Setup script of PitchKit's Windows installer (built by .github/workflows/release.yml;
; not run in PitchKit's development environment).  Installs per user, no administrator rights,
; and registers .pitchkit files so a double click opens them in PitchKit.
#ifndef Version
  #define Version "0.0.0"
#endif

[Setup]
AppId={{6E0C3B5A-7F38-4C1E-9A55-5D0B7C2F9A11}
AppName=PitchKit
AppVersion={#Version}
AppPublisher=PitchKit developers
DefaultDirName={autopf}\PitchKit
DefaultGroupName=PitchKit
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=PitchKit-{#Version}-setup
SetupIconFile=..\pitchkit.ico
UninstallDisplayIcon={app}\PitchKitApp.exe
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "..\..\dist\PitchKit\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\PitchKit"; Filename: "{app}\PitchKitApp.exe"
Name: "{userdesktop}\PitchKit"; Filename: "{app}\PitchKitApp.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Registry]
Root: HKCU; Subkey: "Software\Classes\.pitchkit"; ValueType: string; ValueName: ""; ValueData: "PitchKit.Project"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\PitchKit.Project"; ValueType: string; ValueName: ""; ValueData: "PitchKit project"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\PitchKit.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\PitchKitApp.exe,0"
Root: HKCU; Subkey: "Software\Classes\PitchKit.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\PitchKitApp.exe"" ""%1"""

[Run]
Filename: "{app}\PitchKitApp.exe"; Description: "Start PitchKit"; Flags: nowait postinstall skipifsilent

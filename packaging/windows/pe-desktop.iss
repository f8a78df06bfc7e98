; Inno Setup script: wraps the PyInstaller one-folder bundle (dist\pe-desktop) in an installer.
;   iscc /DAppVersion=0.1.0 packaging\windows\pe-desktop.iss      -> dist\pe-desktop-0.1.0-windows-x64-setup.exe
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6E3B7E54-3F3A-4C0C-9D55-1D6F2A4B7C11}
AppName=pe_desktop
AppVersion={#AppVersion}
AppPublisher=pe_desktop contributors
DefaultDirName={autopf}\pe_desktop
DefaultGroupName=pe_desktop
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\icons\pe-desktop.ico
UninstallDisplayIcon={app}\pe-desktop.exe
OutputDir=..\..\dist
OutputBaseFilename=pe-desktop-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "..\..\dist\pe-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\pe_desktop"; Filename: "{app}\pe-desktop.exe"
Name: "{autodesktop}\pe_desktop"; Filename: "{app}\pe-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\pe-desktop.exe"; Description: "{cm:LaunchProgram,pe_desktop}"; Flags: nowait postinstall skipifsilent

; PartsDesk's Windows installer. Built by packaging/build, which passes:
;   /DVERSION=0.1.0 /DVERSION_NUMERIC=0.1.0.0 /DBUNDLE=<assembled folder> /DOUTFILE=<setup.exe>
;
; Per-machine, 64-bit only, into Program Files. User data (database, backups, documents,
; settings) lives in %LOCALAPPDATA%\PartsDesk and is only removed when the user ticks it.
; Silent: PartsDesk-Setup-X.Y.Z.exe /S [/DESKTOP] [/D=C:\path]   uninstall.exe /S [/REMOVEDATA]
; Exit code 2 from a silent run means it stopped (e.g. PartsDesk was still open).

Unicode true
Target amd64-unicode
!ifdef FAST                                  ; quick test builds: bigger file, 10x faster
  SetCompressor zlib
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!endif
RequestExecutionLevel admin
ManifestDPIAware true

!ifndef VERSION | VERSION_NUMERIC | BUNDLE | OUTFILE
  !error "Build with packaging/build (it passes VERSION, VERSION_NUMERIC, BUNDLE, OUTFILE)."
!endif

!define APP "PartsDesk"
!define PUBLISHER "PartsDesk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PartsDesk"
!define ICON "${BUNDLE}\lib\resources\icons\partsdesk.ico"
; The app may hold this named mutex while it runs (see packaging/README.md); the installer also
; notices a running PartsDesk without it, because Windows will not let it write a loaded DLL.
!define RUNNING_MUTEX "Global\PartsDesk.Running"

!include MUI2.nsh
!include LogicLib.nsh
!include x64.nsh
!include WinVer.nsh
!include FileFunc.nsh

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} Setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecAppName ${LANG_ENGLISH} "PartsDesk (required)"
LangString SecAppName ${LANG_SIMPCHINESE} "PartsDesk（必需）"
LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktopName ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SecDataName ${LANG_ENGLISH} "Remove my data (database, backups, documents, settings)"
LangString SecDataName ${LANG_SIMPCHINESE} "删除我的数据（数据库、备份、单据、设置）"
LangString ShortcutComment ${LANG_ENGLISH} "Parts warehouse and warranty claims"
LangString ShortcutComment ${LANG_SIMPCHINESE} "配件仓库与索赔管理"
LangString Needs64Bit ${LANG_ENGLISH} "PartsDesk needs 64-bit Windows."
LangString Needs64Bit ${LANG_SIMPCHINESE} "PartsDesk 需要 64 位 Windows。"
LangString NeedsWin10 ${LANG_ENGLISH} "PartsDesk needs Windows 10 or later."
LangString NeedsWin10 ${LANG_SIMPCHINESE} "PartsDesk 需要 Windows 10 或更高版本。"
LangString AppRunning ${LANG_ENGLISH} "PartsDesk is open on this PC. Close every PartsDesk window (and any partsdesk-cli command), then click Retry."
LangString AppRunning ${LANG_SIMPCHINESE} "这台电脑上的 PartsDesk 正在运行。请关闭所有 PartsDesk 窗口（以及正在运行的 partsdesk-cli 命令），然后点击“重试”。"
LangString OldUninstallFailed ${LANG_ENGLISH} "The installed PartsDesk could not be removed (code $0). Nothing was changed; uninstall it from Settings > Apps, then run this setup again."
LangString OldUninstallFailed ${LANG_SIMPCHINESE} "无法卸载已安装的 PartsDesk（代码 $0）。未做任何更改；请在“设置 > 应用”中卸载后再运行本安装程序。"
LangString Compiling ${LANG_ENGLISH} "Preparing Python files for a fast start…"
LangString Compiling ${LANG_SIMPCHINESE} "正在准备 Python 文件以加快启动……"

; --- a running PartsDesk blocks install and uninstall -------------------------------------

!macro CHECK_NOT_RUNNING un
Function ${un}CheckNotRunning
  Exch $R0                                   ; the folder of the installed PartsDesk
  Push $R1
  Push $R2
  retry:
    StrCpy $R2 ""
    System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${RUNNING_MUTEX}") p .R1'
    ${If} $R1 P<> 0
      System::Call 'kernel32::CloseHandle(p R1)'
      StrCpy $R2 "running"
    ${EndIf}
    ${If} $R0 != ""
    ${AndIf} ${FileExists} "$R0\runtime\python313.dll"
      ClearErrors
      FileOpen $R1 "$R0\runtime\python313.dll" a    ; refused while any python.exe of it runs
      ${If} ${Errors}
        StrCpy $R2 "running"
      ${Else}
        FileClose $R1
      ${EndIf}
    ${EndIf}
    ${If} $R2 == "running"
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
      SetErrorLevel 2
      Quit
    ${EndIf}
  Pop $R2
  Pop $R1
  Pop $R0
FunctionEnd
!macroend
!insertmacro CHECK_NOT_RUNNING ""
!insertmacro CHECK_NOT_RUNNING "un."

; --- install ------------------------------------------------------------------------------

Section "-RemoveOldVersion"
  ReadRegStr $R0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $R0 != ""
  ${AndIf} ${FileExists} "$R0\uninstall.exe"
    DetailPrint "Removing the installed PartsDesk from $R0"
    ; _?= runs the old uninstaller in place so ExecWait really waits for it.
    ExecWait '"$R0\uninstall.exe" /S _?=$R0' $0
    ${If} $0 != 0
      MessageBox MB_OK|MB_ICONSTOP "$(OldUninstallFailed)" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
    Delete "$R0\uninstall.exe"
    RMDir "$R0"
  ${EndIf}
SectionEnd

Section "$(SecAppName)" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${BUNDLE}\partsdesk-cli.cmd"
  File /r "${BUNDLE}\runtime"
  File /r "${BUNDLE}\lib"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Program Files is read-only for the clerk, so Python could never cache its compiled files
  ; there: compile them once now, as the installer runs with the rights to write them.
  DetailPrint "$(Compiling)"
  nsExec::ExecToLog '"$INSTDIR\runtime\python.exe" -m compileall -q -j 0 "$INSTDIR\lib" "$INSTDIR\runtime\Lib"'
  Pop $0

  SetShellVarContext all
  SetOutPath "$INSTDIR"                      ; the shortcut's working folder
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\runtime\pythonw.exe" "-m partsdesk" \
    "$INSTDIR\lib\resources\icons\partsdesk.ico" 0 SW_SHOWNORMAL "" "$(ShortcutComment)"

  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\lib\resources\icons\partsdesk.ico"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section /o "$(SecDesktopName)" SecDesktop
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\runtime\pythonw.exe" "-m partsdesk" \
    "$INSTDIR\lib\resources\icons\partsdesk.ico" 0 SW_SHOWNORMAL "" "$(ShortcutComment)"
SectionEnd

Function .onInit
  SetRegView 64
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(Needs64Bit)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  ${IfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsWin10)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  ${IfNot} ${Silent}
    !insertmacro MUI_LANGDLL_DISPLAY
  ${EndIf}
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DESKTOP" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecDesktop} ${SF_SELECTED}
  ${EndIf}
  ReadRegStr $R0 HKLM "${UNINST_KEY}" "InstallLocation"
  Push $R0
  Call CheckNotRunning
FunctionEnd

; --- uninstall ----------------------------------------------------------------------------

Section "un.$(SecAppName)" SecUnApp
  SectionIn RO
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  ; Only PartsDesk's own folders: the user may have chosen a folder that holds other things.
  RMDir /r "$INSTDIR\runtime"
  RMDir /r "$INSTDIR\lib"
  Delete "$INSTDIR\partsdesk-cli.cmd"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINST_KEY}"
SectionEnd

Section /o "un.$(SecDataName)" SecUnData
  ; The data of the Windows user running the uninstaller; other users' folders are theirs.
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\${APP}"
SectionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecUnData} ${SF_SELECTED}
  ${EndIf}
  Push $INSTDIR
  Call un.CheckNotRunning
FunctionEnd

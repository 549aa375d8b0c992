"""The Linux libraries Qt's window needs, checked before Qt tries to load them.

On Linux, Qt draws through its xcb platform plugin, which needs several X libraries that a
minimal desktop may lack. Qt's own message then says "could not load the Qt platform plugin
xcb … reinstalling the application may fix this", which sends people the wrong way. PartsDesk
looks for them first and names the Debian/Ubuntu packages to install.
"""

from __future__ import annotations

import ctypes
import os
import sys

from partsdesk.i18n import Translator

tr = Translator("PlatformLibraries")

# shared library -> the Debian/Ubuntu package that has it
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def uses_xcb(platform: str = sys.platform, environ=os.environ) -> bool:
    """Qt will draw through xcb: Linux, with no other platform asked for (offscreen, wayland)."""
    if not platform.startswith("linux"):
        return False
    return environ.get("QT_QPA_PLATFORM", "xcb").split(":")[0] in ("", "xcb")


def missing_packages(load=ctypes.CDLL) -> list[str]:
    """The packages whose library ``load`` cannot open, in install order."""
    missing = []
    for library, package in XCB_LIBRARIES.items():
        try:
            load(library)
        except OSError:
            missing.append(package)
    return missing


def problem(load=ctypes.CDLL, platform: str = sys.platform, environ=os.environ) -> str | None:
    """What to tell the user when the window cannot open for want of a library, else None."""
    if not uses_xcb(platform, environ):
        return None
    missing = missing_packages(load)
    if not missing:
        return None
    return tr("PartsDesk's window needs these Linux libraries, which this computer lacks: "
              "{packages}.\nInstall them (on Debian or Ubuntu) with:\n"
              "    sudo apt-get install {packages}\nthen start PartsDesk again.",
              packages=" ".join(missing))

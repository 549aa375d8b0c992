"""The scan sounds: one distinct sound per outcome, so the clerk knows without looking.

On Windows the WAV files of ``resources/sounds`` play through the standard library's
``winsound`` (PySide6-Essentials has no QtMultimedia); elsewhere anything but "ok" falls back to
the system beep. ``played`` records every sound asked for, so tests can tell them apart.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from partsdesk import resources

# feedback kind or outcome -> sound file
SOUNDS = {"ok": "ok", "warning": "over", "over": "over", "damaged": "damaged",
          "error": "unknown", "unknown": "unknown", "not_a_part": "unknown"}

played: list[str] = []
enabled = True


def play(kind: str) -> None:
    name = SOUNDS.get(kind, "unknown")
    played.append(name)
    if not enabled:
        return
    if sys.platform == "win32":
        try:
            import winsound
            winsound.PlaySound(str(resources.path("sounds", f"{name}.wav")),
                               winsound.SND_FILENAME | winsound.SND_ASYNC
                               | winsound.SND_NODEFAULT)
            return
        except (ImportError, RuntimeError, OSError):
            pass            # no sound device: the beep below, or silence
    if name != "ok":
        QApplication.beep()

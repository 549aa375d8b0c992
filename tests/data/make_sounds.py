"""Writes the scan sounds in resources/sounds/: short, distinct, recognisable without looking.

    python tests/data/make_sounds.py

ok: one short high chirp; over: two quick mid beeps; damaged: a falling two-tone; unknown: a
low buzz. 16-bit mono 22.05 kHz, a few kilobytes each, with soft edges so they do not click.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parents[2] / "resources" / "sounds"

# name -> [(frequency Hz or 0 for silence, milliseconds, waveform)]
SOUNDS = {
    "ok": [(1760, 90, "sine")],
    "over": [(988, 90, "sine"), (0, 60, "sine"), (988, 90, "sine")],
    "damaged": [(784, 120, "sine"), (523, 180, "sine")],
    "unknown": [(196, 380, "square")],
}


def tone(frequency: float, ms: int, waveform: str) -> list[float]:
    count = RATE * ms // 1000
    fade = min(count // 4, RATE * 8 // 1000)
    samples = []
    for n in range(count):
        if not frequency:
            samples.append(0.0)
            continue
        phase = math.sin(2 * math.pi * frequency * n / RATE)
        value = (1.0 if phase >= 0 else -1.0) * 0.45 if waveform == "square" else phase
        edge = min(1.0, n / fade if fade else 1.0, (count - n) / fade if fade else 1.0)
        samples.append(value * edge * 0.6)
    return samples


def write(name: str, parts) -> Path:
    samples = [s for part in parts for s in tone(*part)]
    path = OUT / f"{name}.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))
    return path


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, parts in SOUNDS.items():
        print(write(name, parts))

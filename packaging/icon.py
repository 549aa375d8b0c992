"""Render ``resources/icons/partsdesk.svg`` into a Windows ``.ico`` with every size Explorer,
the Start menu, the taskbar and Add/Remove Programs ask for.

    python packaging/icon.py [SVG] [ICO]

Sizes up to 48 px are stored as 32-bit bitmaps (what old shell code and NSIS expect), 64 and
256 px as PNG (Vista and later), the layout Windows' own icons use.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "partsdesk.svg"
ICO = ROOT / "resources" / "icons" / "partsdesk.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
PNG_FROM = 64


def render(svg: Path, size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
    finally:
        painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def dib_bytes(image) -> bytes:
    """A BITMAPINFOHEADER + bottom-up BGRA rows + the (all-zero) AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    # Format_ARGB32 is BGRA in memory on little-endian machines: what a DIB wants.
    stride = image.bytesPerLine()
    bits = bytes(image.constBits())
    rows = b"".join(bits[y * stride:y * stride + size * 4] for y in reversed(range(size)))
    mask_stride = ((size + 31) // 32) * 4
    return header + rows + b"\0" * (mask_stride * size)


def build_ico(svg: Path) -> bytes:
    images = [(size, png_bytes(img) if size >= PNG_FROM else dib_bytes(img))
              for size, img in ((s, render(svg, s)) for s in SIZES)]
    offset = 6 + 16 * len(images)
    directory, payload = b"", b""
    for size, data in images:
        side = 0 if size >= 256 else size          # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return struct.pack("<HHH", 0, 1, len(images)) + directory + payload


def icon_sizes(ico: bytes) -> list[int]:
    """The pixel sizes an .ico holds (used by the build's checks and the tests)."""
    _, kind, count = struct.unpack_from("<HHH", ico, 0)
    if kind != 1:
        raise ValueError("not an icon file")
    return sorted((struct.unpack_from("<B", ico, 6 + 16 * i)[0] or 256) for i in range(count))


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    svg = Path(argv[0]) if argv else SVG
    ico = Path(argv[1]) if len(argv) > 1 else ICO
    app = QGuiApplication.instance() or QGuiApplication([])   # noqa: F841 — QImage needs it
    ico.parent.mkdir(parents=True, exist_ok=True)
    ico.write_bytes(build_ico(svg))
    print(f"icon: {ico.name} with sizes {icon_sizes(ico.read_bytes())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

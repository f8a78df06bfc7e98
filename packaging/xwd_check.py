"""Is there a painted window with text in an X screenshot of it (``xwd -id WINDOW``)?

    python3 packaging/xwd_check.py SHOT.xwd

Used by the .deb smoke test (.ci/run), where the bundle has no Python of its
own to grab the window with: this runs on the host, with no dependencies.
Exit 0 when the window is not blank (one colour) and
enough pixels are dark, as the main window's text is; else 1, saying why.
"""

from __future__ import annotations

import struct
import sys
from collections import Counter
from pathlib import Path

HEADER_FIELDS = 25  # XWDFileHeader: 25 CARD32 values, big-endian
MIN_DARK_PIXELS = 500  # a menu bar and a few labels are thousands; an empty frame is none
MIN_COLOURS = 8


def read_xwd(data: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Width, height and the (r, g, b) pixels of a TrueColor ZPixmap xwd file (Xvfb's 24-bit screen)."""
    head = struct.unpack(">25I", data[: 4 * HEADER_FIELDS])
    header_size, version, pixmap_format, _depth, width, height = head[:6]
    byte_order, bytes_per_line = head[7], head[12]
    masks, ncolors = head[14:17], head[19]
    step = bytes_per_line // width if width else 0
    if version != 7 or pixmap_format != 2 or step not in (3, 4):
        raise ValueError(f"unsupported xwd: version {version}, format {pixmap_format}, {step} bytes a pixel")
    shifts = [(mask & -mask).bit_length() - 1 for mask in masks]
    order = "little" if byte_order == 0 else "big"
    start = header_size + 12 * ncolors
    pixels = []
    for y in range(height):
        row = data[start + y * bytes_per_line: start + y * bytes_per_line + step * width]
        for x in range(0, step * width, step):
            value = int.from_bytes(row[x: x + step], order)
            pixels.append(tuple((value & mask) >> shift for mask, shift in zip(masks, shifts)))
    return width, height, pixels


def verdict(pixels: list[tuple[int, int, int]]) -> tuple[bool, str]:
    colours = Counter(pixels)
    dark = sum(n for (r, g, b), n in colours.items() if (r * 299 + g * 587 + b * 114) // 1000 < 90)
    summary = f"{len(colours)} colours, {dark} dark (text) pixels of {len(pixels)}"
    if len(colours) < MIN_COLOURS:
        return False, f"blank screen: {summary}"
    if dark < MIN_DARK_PIXELS:
        return False, f"no text drawn: {summary}"
    return True, summary


def main(argv: list[str]) -> int:
    width, height, pixels = read_xwd(Path(argv[1]).read_bytes())
    ok, message = verdict(pixels)
    print(f"xwd_check: {width}x{height}: {'painted, with text' if ok else 'FAILED'}: {message}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))

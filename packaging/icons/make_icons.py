"""Make the desktop icons from resources/app/caseworker.svg: PNGs in the usual sizes, .ico, .icns.

    python packaging/icons/make_icons.py OUT_DIR

Qt (already a dependency) draws the SVG at each size, so every size is drawn from the vector
rather than scaled from one bitmap. Pillow then packs the PNGs into a Windows .ico and a macOS
.icns: Qt's writers for those formats put one picture in a file, while the systems choose among
the several sizes an icon file holds. Pillow writes both, with every size, on any platform (so
the Linux build machine can check them too). It is needed only here, at build time; ReportLab
already brings it in as a dependency.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parents[2] / "resources" / "app" / "caseworker.svg"
#: The freedesktop hicolor theme's usual sizes; Windows and macOS take theirs from the same set.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_pngs(out: Path, sizes: tuple[int, ...]) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - Qt needs it to paint
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    made = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"caseworker-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"cannot write {path}")
        made[size] = path
    return made


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(out, tuple(sorted(set(PNG_SIZES) | set(ICNS_SIZES))))

    from PIL import Image

    images = {size: Image.open(path) for size, path in pngs.items()}
    try:
        # Pillow draws each .ico size from the largest picture; the .icns takes the drawn sizes.
        images[256].save(out / "caseworker.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES])
        images[1024].save(out / "caseworker.icns", format="ICNS",
                          append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    finally:
        for image in images.values():
            image.close()
    for size in ICNS_SIZES:
        if size not in PNG_SIZES:
            pngs[size].unlink()
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

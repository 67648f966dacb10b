"""Neutral placeholder logos drawn with Pillow, so the seeded site looks complete without
shipping anyone's real logo. Each says "Platzhalter" on it; editors replace them in the admin."""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont

INK = (31, 41, 55)
PAPER = (255, 255, 255)


def _font(size):
    for name in ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def placeholder_logo(label, filename, size=(480, 160), accent=(0, 94, 132)):
    image = Image.new("RGB", size, PAPER)
    draw = ImageDraw.Draw(image)
    width, height = size
    draw.rectangle([0, 0, width - 1, height - 1], outline=accent, width=6)
    draw.rectangle([0, 0, 24, height], fill=accent)
    font = _font(max(18, height // 5))
    small = _font(max(12, height // 10))
    draw.text((48, height // 2 - height // 6), label, fill=INK, font=font, anchor="lm")
    draw.text((48, height - height // 5), "Platzhalter / placeholder", fill=INK, font=small, anchor="lm")
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    buffer.seek(0)
    return ImageFile(buffer, name=filename)

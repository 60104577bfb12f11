# Draws the packages' icon: 备 (filing) over "ICP" on a red rounded square, 128x128.
from PIL import Image, ImageDraw, ImageFont
size = 128
img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
d = ImageDraw.Draw(img)
d.rounded_rectangle((0, 0, size - 1, size - 1), radius=22, fill=(181, 18, 27, 255))
cjk = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 68)
latin = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 24)
d.text((size / 2, 52), "备", font=cjk, fill="white", anchor="mm")
d.text((size / 2, 106), "ICP", font=latin, fill="white", anchor="mm")
img.save("icon.png", optimize=True)

package cn.lvzhi.cases.photos;

import cn.lvzhi.common.ValidationException;

import java.nio.charset.StandardCharsets;

/**
 * The pixel size a photo (现场照片) declares in its header, read without decoding a single pixel: a tiny file can
 * claim a huge raster (a 50,000 × 50,000 PNG is a few hundred bytes), which would exhaust the memory of whoever
 * decodes it — a phone, a browser or the service. A photo without a readable size is not a picture we keep.
 */
final class PhotoSize {
    static final int MAX_SIDE = 10_000;
    static final long MAX_PIXELS = 50_000_000L;

    private PhotoSize() {
    }

    /** VALIDATION on {@code file} unless the header of this JPEG, PNG or WebP declares a size within the limits. */
    static void check(String type, byte[] data) {
        long[] size = switch (type) {
            case "image/jpeg" -> jpeg(data);
            case "image/png" -> png(data);
            case "image/webp" -> webp(data);
            default -> null;
        };
        if (size == null || size[0] <= 0 || size[1] <= 0) {
            throw new ValidationException("file", "照片文件已损坏，读不出尺寸 (the photo is damaged: no readable size)");
        }
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE || size[0] * size[1] > MAX_PIXELS) {
            throw new ValidationException("file", "照片尺寸 " + size[0] + "×" + size[1] + " 过大：每边最多 " + MAX_SIDE
                    + " 像素、总计最多 5000 万像素 (a photo is at most " + MAX_SIDE + " pixels a side and 50 megapixels)");
        }
    }

    /** The IHDR chunk, which must come first: width and height as 4-byte big-endian numbers. */
    private static long[] png(byte[] d) {
        if (d.length < 24 || !new String(d, 12, 4, StandardCharsets.US_ASCII).equals("IHDR")) {
            return null;
        }
        return new long[] {u32(d, 16), u32(d, 20)};
    }

    /** The first start-of-frame segment before the scan: height, then width, 2 bytes each. */
    private static long[] jpeg(byte[] d) {
        int i = 2;
        while (i + 4 <= d.length) {
            if ((d[i] & 0xff) != 0xff) {
                return null;
            }
            int marker = d[i + 1] & 0xff;
            if (marker == 0xff) {
                i++;
                continue;
            }
            if (marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) {
                i += 2;
                continue;
            }
            if (marker == 0xda || marker == 0xd9) {
                return null;
            }
            int length = u16(d, i + 2);
            boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (frame) {
                return i + 9 <= d.length ? new long[] {u16(d, i + 7), u16(d, i + 5)} : null;
            }
            if (length < 2) {
                return null;
            }
            i += 2 + length;
        }
        return null;
    }

    /** The first chunk after "WEBP": lossy (VP8), lossless (VP8L) or extended (VP8X, the canvas size). */
    private static long[] webp(byte[] d) {
        if (d.length < 30) {
            return null;
        }
        String chunk = new String(d, 12, 4, StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> (d[23] & 0xff) == 0x9d && (d[24] & 0xff) == 0x01 && (d[25] & 0xff) == 0x2a
                    ? new long[] {u16le(d, 26) & 0x3fff, u16le(d, 28) & 0x3fff} : null;
            case "VP8L" -> {
                if ((d[20] & 0xff) != 0x2f) {
                    yield null;
                }
                long bits = (d[21] & 0xffL) | (d[22] & 0xffL) << 8 | (d[23] & 0xffL) << 16 | (d[24] & 0xffL) << 24;
                yield new long[] {(bits & 0x3fff) + 1, (bits >> 14 & 0x3fff) + 1};
            }
            case "VP8X" -> new long[] {u24le(d, 24) + 1, u24le(d, 27) + 1};
            default -> null;
        };
    }

    private static long u32(byte[] d, int at) {
        return (d[at] & 0xffL) << 24 | (d[at + 1] & 0xffL) << 16 | (d[at + 2] & 0xffL) << 8 | d[at + 3] & 0xffL;
    }

    private static int u16(byte[] d, int at) {
        return (d[at] & 0xff) << 8 | d[at + 1] & 0xff;
    }

    private static int u16le(byte[] d, int at) {
        return d[at] & 0xff | (d[at + 1] & 0xff) << 8;
    }

    private static long u24le(byte[] d, int at) {
        return d[at] & 0xffL | (d[at + 1] & 0xffL) << 8 | (d[at + 2] & 0xffL) << 16;
    }
}

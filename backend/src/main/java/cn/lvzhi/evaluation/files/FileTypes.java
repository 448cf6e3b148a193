package cn.lvzhi.evaluation.files;

import cn.lvzhi.common.ValidationException;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of evidence file kept (images, PDF, office documents) and the type of one: by its extension, confirmed by
 * its first bytes, so a renamed executable is refused whatever the client claims.
 */
public final class FileTypes {
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    static final String KINDS = "只能上传图片（JPG、PNG、WebP）、PDF 或 Office 文档（Word、Excel、PowerPoint）(images, PDF or office documents only)";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

    private FileTypes() {
    }

    /** The content type of a file with this name and content; VALIDATION on {@code file} when it is none we keep. */
    public static String of(String fileName, byte[] data) {
        if (data.length == 0) {
            throw new ValidationException("file", "上传的文件是空的 (the file is empty)");
        }
        if (data.length > MAX_BYTES) {
            throw new ValidationException("file", "文件不能超过 20 MB (at most 20 MB)");
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = BY_EXTENSION.get(extension);
        if (type == null || !matches(extension, data)) {
            throw new ValidationException("file", KINDS);
        }
        return type;
    }

    private static boolean matches(String extension, byte[] d) {
        return switch (extension) {
            case "jpg", "jpeg" -> starts(d, 0xff, 0xd8, 0xff);
            case "png" -> starts(d, 0x89, 'P', 'N', 'G');
            case "webp" -> d.length > 12 && ascii(d, 0, 4).equals("RIFF") && ascii(d, 8, 4).equals("WEBP");
            case "pdf" -> starts(d, '%', 'P', 'D', 'F');
            case "docx", "xlsx", "pptx" -> starts(d, 'P', 'K', 3, 4);
            default -> starts(d, 0xd0, 0xcf, 0x11, 0xe0); // doc, xls, ppt: the OLE compound file
        };
    }

    private static boolean starts(byte[] d, int... head) {
        if (d.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if ((d[i] & 0xff) != head[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] d, int from, int length) {
        return new String(d, from, length, StandardCharsets.US_ASCII);
    }
}

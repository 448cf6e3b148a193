package cn.lvzhi.common;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.Locale;

/** The checks every .xlsx upload passes before its rows are read: a file is there, is .xlsx and is not too large. */
public final class SheetUploads {
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private SheetUploads() {
    }

    /** The file's name without any client path; VALIDATION on {@code file} when the upload is unusable. */
    public static String check(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new ValidationException("file", "请选择要导入的 .xlsx 文件 (file required)");
        }
        String name = fileName(file.fileName());
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ValidationException("file", "只能导入 Excel 工作簿（.xlsx），请另存为 .xlsx 后重试 (only .xlsx files)");
        }
        if (file.size() == 0) {
            throw new ValidationException("file", "上传的文件是空的 (the file is empty)");
        }
        if (file.size() > MAX_BYTES) {
            throw new ValidationException("file", "文件不能超过 5 MB，请分批导入 (at most 5 MB)");
        }
        return name;
    }

    /**
     * An uploaded file's name as kept: without any client path, under the text rule for names (VALIDATION on
     * {@code file} otherwise), its last 255 characters; "" when the client sent none.
     */
    public static String fileName(String raw) {
        String path = raw == null ? "" : raw.replace('\\', '/');
        String name = Texts.clean(path.substring(path.lastIndexOf('/') + 1));
        String problem = Texts.problem(name, Texts.Kind.NAME);
        if (problem != null) {
            throw new ValidationException("file", "文件名" + problem);
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}

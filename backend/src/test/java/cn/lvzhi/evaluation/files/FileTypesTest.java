package cn.lvzhi.evaluation.files;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.security.Role;
import cn.lvzhi.testing.TestActors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which evidence files are kept (by extension confirmed by the first bytes) and who reads them, as tables. */
class FileTypesTest {
    @ParameterizedTest(name = "{0} starting {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "照片.JPG,         ffd8ffe0,     image/jpeg",
            "现场.png,         89504e47,     image/png",
            "报告.pdf,         25504446,     application/pdf",
            "台账.xlsx,        504b0304,     application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "总结.docx,        504b0304,     application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "旧版.doc,         d0cf11e0,     application/msword",
            "伪装.pdf,         4d5a9000,     -",
            "伪装.docx,        25504446,     -",
            "程序.exe,         4d5a9000,     -",
            "无扩展名,          25504446,     -",
    })
    void typeByExtensionAndSignature(String name, String head, String type) {
        byte[] data = HexFormat.of().parseHex(head + "00112233");
        if (type == null) {
            assertEquals("file", assertThrows(ValidationException.class, () -> FileTypes.of(name, data)).field());
        } else {
            assertEquals(type, FileTypes.of(name, data));
        }
    }

    @ParameterizedTest(name = "{0} reads a file of unit 10: {1}")
    @CsvSource({
            "dept10, true", "office15, false", "dept11, false", "township20, false", "bianban, true", "otherBianban, false",
            "leader, true", "jiwei, false", "zuzhibu, false", "bianwei, false", "centre, false", "grid, false", "hotline, false",
    })
    void whoReads(String who, boolean reads) {
        assertEquals(reads, EvaluationFilePolicy.reads(TestActors.of(who), 10, "/1/2/10/"));
    }

    @ParameterizedTest(name = "{0} uploads")
    @CsvSource({"DEPARTMENT", "TOWNSHIP", "ESTABLISHMENT_OFFICE"})
    void aUnitUploads(Role role) {
        assertEquals(true, EvaluationFilePolicy.upload(TestActors.actor(role, 10, UnitKind.GOVERNMENT_DEPARTMENT, "/1/2/10/")).allowed());
    }
}

package cn.lvzhi.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one text-input rule ({@link Texts}), case by case: what is normalised, what is refused, how length counts. */
class TextRulesTest {

    private static String refusedName(String value) {
        return assertThrows(ValidationException.class, () -> Texts.name("input.name", value, true, 10, "名称")).getMessage();
    }

    @Test
    void textIsStoredInNfcSoEqualTextsCompareEqual() {
        // "e" + combining acute accent (NFD) becomes the single é
        assertEquals("caf\u00e9", Texts.text("input.note", "cafe\u0301", true, 10, "说明"));
    }

    @Test
    void invisibleCharactersAtTheEdgesAreStrippedAndAnInvisibleOnlyValueIsEmpty() {
        assertEquals("城管局", Texts.name("input.name", "\uFEFF\u200B 城管局\u200D\u2060", true, 10, "名称"));
        assertTrue(refusedName("\u200B\u200C\uFEFF").contains("不能为空"));
        assertNull(Texts.text("input.note", "\u200B\uFEFF", false, 10, "说明"));
    }

    @Test
    void namesRefuseBidiControlsAndLineBreaks() {
        for (char bidi : new char[] {'\u202E', '\u202A', '\u2066', '\u2069', '\u200E', '\u200F', '\u061C'}) {
            assertTrue(refusedName("城管" + bidi + "局").contains(String.format("U+%04X", (int) bidi)), "U+" + (int) bidi);
        }
        assertTrue(refusedName("城管\n局").contains("单行"));
        assertTrue(refusedName("城管\t局").contains("单行"));
    }

    @Test
    void freeTextKeepsLineBreaksAndTabsButNoOtherControl() {
        assertEquals("第一行\n\t第二行\n第三行", Texts.text("input.note", "第一行\r\n\t第二行\r第三行", true, 50, "说明"));
        for (String bad : new String[] {"a\u0000b", "a\u0007b", "a\u001Bb", "a\u007Fb", "a\u0085b"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> Texts.text("input.note", bad, true, 50, "说明"));
            assertEquals("input.note", e.field());
            assertTrue(e.getMessage().contains("控制字符"), e.getMessage());
        }
    }

    @Test
    void unpairedSurrogatesAreRefusedAndPairsAccepted() {
        assertNotNull(Texts.refusal("a\uD800b"));
        assertNotNull(Texts.refusal("a\uDC00"));
        assertNotNull(Texts.refusal("\uD800"));
        assertNull(Texts.refusal("\uD840\uDC00"));
        assertTrue(refusedName("a\uD800").contains("代理字符"));
    }

    @Test
    void lengthIsCountedInCharactersNotUtf16Units() {
        String tenSupplementary = "\uD840\uDC00".repeat(10);
        assertEquals(tenSupplementary, Texts.name("input.name", tenSupplementary, true, 10, "名称"));
        assertTrue(refusedName(tenSupplementary + "a").contains("实有 11 字"));
    }
}

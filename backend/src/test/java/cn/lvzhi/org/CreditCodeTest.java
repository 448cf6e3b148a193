package cn.lvzhi.org;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditCodeTest {

    /** A real, published code (福州市 registration); its organisation code M000100Y4 is valid too. */
    private static final String REAL = "91350100M000100Y43";

    @Test
    void shouldAcceptKnownRealCode() {
        assertTrue(CreditCode.isValid(REAL));
        assertEquals('3', CreditCode.checkDigit(REAL.substring(0, 17)));
    }

    @Test
    void shouldRejectEverySingleCharacterChange() {
        String candidates = CreditCode.CHARSET + "IOSVZabc-";
        for (int position = 0; position < REAL.length(); position++) {
            for (char replacement : candidates.toCharArray()) {
                if (replacement == REAL.charAt(position)) {
                    continue;
                }
                String changed = REAL.substring(0, position) + replacement + REAL.substring(position + 1);
                assertFalse(CreditCode.isValid(changed), () -> "accepted " + changed);
            }
        }
    }

    @Test
    void shouldRejectWrongLengthAndNull() {
        assertFalse(CreditCode.isValid(null));
        assertFalse(CreditCode.isValid(""));
        assertFalse(CreditCode.isValid(REAL.substring(0, 17)));
        assertFalse(CreditCode.isValid(REAL + "0"));
        assertFalse(CreditCode.isValid(REAL.toLowerCase()));
    }

    @Test
    void shouldRebuildKnownRealCodeFromItsParts() {
        assertEquals(REAL, CreditCode.generate('9', '1', "350100", "M000100Y"));
    }

    @Test
    void shouldComputeOrganisationCodeCheckIncludingXAndZero() {
        assertEquals('4', CreditCode.organisationCodeCheck("M000100Y"));
        // sum 0 → 11 → '0'
        assertEquals('0', CreditCode.organisationCodeCheck("00000000"));
        // sum 4 × 3 = 12 ≡ 1 (mod 11) → 10 → 'X'
        assertEquals('X', CreditCode.organisationCodeCheck("40000000"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.organisationCodeCheck("0000000"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.organisationCodeCheck("0000000a"));
    }

    @Test
    void shouldGenerateValidCodesWithValidOrganisationCodes() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < 8; k++) {
                body.append(CreditCode.CHARSET.charAt(random.nextInt(CreditCode.CHARSET.length())));
            }
            char type = random.nextBoolean() ? '1' : '2';
            String code = CreditCode.generate('1', type, "320999", body.toString());
            assertTrue(CreditCode.isValid(code), code);
            assertEquals("1" + type + "320999" + body, code.substring(0, 16));
            assertEquals(CreditCode.organisationCodeCheck(body.toString()), code.charAt(16), code);
        }
    }

    @Test
    void shouldRefuseMalformedParts() {
        assertThrows(IllegalArgumentException.class, () -> CreditCode.generate('1', '1', "32099", "00000001"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.generate('1', '1', "32099A", "00000001"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.generate('1', '1', "320999", "0000001"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.generate('1', '1', "320999", "0000000I"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.generate('O', '1', "320999", "00000001"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkDigit("123"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkDigit("91350100M000100YI"));
    }
}

package cn.lvzhi.org;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters made of the
 * registration authority, the organisation type, the 6-digit administrative division, the 9-character
 * organisation code (GB 11714, itself ending in a check character) and a final check character.
 */
public final class CreditCode {

    /** The 31 characters a credit code may contain; a character's value is its index (I, O, S, V, Z are excluded). */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCode() {
    }

    /** Whether {@code code} has 18 characters from {@link #CHARSET} and a matching check character. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return code.charAt(LENGTH - 1) == checkDigit(code.substring(0, LENGTH - 1));
    }

    /**
     * The 18th character for the given first 17.
     *
     * @throws IllegalArgumentException when {@code first17} is not 17 characters from {@link #CHARSET}
     */
    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("expected 17 characters, got " + first17);
        }
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            sum += valueOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /**
     * The check character of a 9-character organisation code (组织机构代码, GB 11714) for its 8-character body.
     * Digits count 0–9 and letters A–Z count 10–35.
     *
     * @throws IllegalArgumentException when {@code body8} is not 8 digits or upper-case letters
     */
    public static char organisationCodeCheck(String body8) {
        if (body8 == null || body8.length() != ORGANISATION_CODE_WEIGHTS.length) {
            throw new IllegalArgumentException("expected 8 characters, got " + body8);
        }
        int sum = 0;
        for (int i = 0; i < body8.length(); i++) {
            char c = body8.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else {
                throw new IllegalArgumentException("not a digit or upper-case letter: " + c);
            }
            sum += value * ORGANISATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 10) {
            return 'X';
        }
        return check == 11 ? '0' : (char) ('0' + check);
    }

    /**
     * Builds a valid credit code whose organisation-code part also carries a valid GB 11714 check character.
     *
     * @param registrationAuthority 登记管理部门代码, e.g. {@code '1'} for 机构编制
     * @param type                  机构类别代码, e.g. {@code '1'} for 机关, {@code '2'} for 事业单位
     * @param adminDivision6        登记管理机关行政区划码, 6 digits
     * @param orgBody8              the first 8 characters of the organisation code, from {@link #CHARSET}
     * @throws IllegalArgumentException when a part has the wrong length or a character outside {@link #CHARSET}
     */
    public static String generate(char registrationAuthority, char type, String adminDivision6, String orgBody8) {
        if (adminDivision6 == null || !adminDivision6.matches("\\d{6}")) {
            throw new IllegalArgumentException("administrative division must be 6 digits: " + adminDivision6);
        }
        if (orgBody8 == null || orgBody8.length() != 8) {
            throw new IllegalArgumentException("organisation code body must be 8 characters: " + orgBody8);
        }
        String first16 = "" + registrationAuthority + type + adminDivision6 + orgBody8;
        for (int i = 0; i < first16.length(); i++) {
            valueOf(first16.charAt(i));
        }
        // The GB 11714 check ('0'-'9' or 'X') is always inside the credit-code charset.
        String first17 = first16 + organisationCodeCheck(orgBody8);
        return first17 + checkDigit(first17);
    }

    private static int valueOf(char c) {
        int value = CHARSET.indexOf(c);
        if (value < 0) {
            throw new IllegalArgumentException("character not allowed in a credit code: " + c);
        }
        return value;
    }
}

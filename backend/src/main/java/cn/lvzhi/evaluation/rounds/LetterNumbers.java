package cn.lvzhi.evaluation.rounds;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of reminder letters (提醒函文号), e.g. 清编评提〔2026〕7号: the issuing office's short name (the first
 * character of its name, 清 for 清河区委编办), 编评提, the year in 〔〕 and a number counting up within that series.
 */
public final class LetterNumbers {
    private static final Pattern NUMBER = Pattern.compile("〕(\\d+)号$");

    private LetterNumbers() {
    }

    /** The series of the office's letters of a year: 清编评提〔2026〕. */
    public static String prefix(String officeName, int year) {
        return officeName.substring(0, officeName.offsetByCodePoints(0, 1)) + "编评提〔" + year + "〕";
    }

    /** The next number of the series, after the numbers already issued in it. */
    public static String next(String prefix, Collection<String> issued) {
        int max = 0;
        for (String no : issued) {
            Matcher m = NUMBER.matcher(no);
            if (no.startsWith(prefix) && m.find()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return prefix + (max + 1) + "号";
    }
}

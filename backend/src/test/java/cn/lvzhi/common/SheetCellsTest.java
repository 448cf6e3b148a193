package cn.lvzhi.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How import cells read: dates as Excel serials or Chinese/ISO text, whole numbers, unit references. */
class SheetCellsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static SheetCells cells(String value) {
        return new SheetCells(new SheetReader.SheetRow(7, Map.of("列", value)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "2025-03-15|2025-03-15", "2025-3-5|2025-03-05", "2025/3/5|2025-03-05", "2025年3月5日|2025-03-05",
            "2025 年 3 月 5 日|2025-03-05", "45731|2025-03-15", "45731.5|2025-03-15", "2026-11-24|2026-11-24",
            "2026-11-25|null", "1949-09-30|null", "1949-10-01|1949-10-01", "2025-02-30|null", "2025-13-01|null", "15/03/2025|null", "明年|null", "60|null"})
    void readsDates(String cell, String expected) {
        SheetCells c = cells(cell);
        LocalDate read = c.date("列", DateRanges.FOUNDING, TODAY);
        assertEquals(expected == null ? null : LocalDate.parse(expected), read);
        assertEquals(expected == null ? 1 : 0, c.errors().size());
        if (expected == null) {
            assertEquals(7, c.errors().get(0).row());
            assertEquals("列", c.errors().get(0).column());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {"12|12", "12.0|12", "1,200|1200", "-3|-3", "12.5|null", "十|null"})
    void readsWholeNumbers(String cell, Integer expected) {
        assertEquals(expected, cells(cell).wholeNumber("列"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "JZ-QH-D10|JZ-QH-D10", "清河区生态环境局（JZ-QH-D10）|JZ-QH-D10", "某局(JZ-QH-D10)|JZ-QH-D10", "清河区生态环境局|null"})
    void readsUnitReferences(String cell, String expected) {
        assertEquals(expected, cells(cell).unit("列"));
    }
}

package cn.lvzhi.notifications;

import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who hears a notification: the unit's people, an office's staff only for their office, never a muted kind. */
class NotificationAudienceTest {
    static final long DEPARTMENT = 10;
    static final long OFFICE = 107;

    static Actor actor(long unit, Long office) {
        return new Actor("s", "u", "某人", false, unit, "U", Set.of(Role.DEPARTMENT), office, office == null ? null : "K");
    }

    @ParameterizedTest(name = "{0}: unit {1}, office {2}, {3} → {4}")
    @CsvSource(nullValues = "-", value = {
            // who                          unit office kind             hears
            "department person,            10,  -,   CASE_DISPATCHED, true",
            "department person,            10,  107, CASE_DISPATCHED, true",
            "department person,            11,  -,   CASE_DISPATCHED, false",
            "department person,            11,  111, CASE_DISPATCHED, false",
            "department person muting it,  10,  -,   CASE_REMINDED,   false",
            "office staff,                 10,  107, CASE_DISPATCHED, true",
            "office staff,                 10,  -,   CASE_DISPATCHED, false",
            "office staff,                 10,  108, CASE_DISPATCHED, false",
            "office staff muting it,       10,  107, CASE_REMINDED,   false",
    })
    void hears(String who, long unit, Long office, String kind, boolean hears) {
        Actor a = who.startsWith("office") ? actor(DEPARTMENT, OFFICE) : actor(DEPARTMENT, null);
        Set<String> muted = who.endsWith("muting it") ? Set.of("CASE_REMINDED") : Set.of();
        assertEquals(hears, NotificationAudience.hears(a, muted, unit, office, kind));
        assertEquals(a.officeId() == null ? DEPARTMENT : OFFICE, NotificationAudience.audience(a));
    }
}

package cn.lvzhi.security;

import java.util.Arrays;
import java.util.Set;

/**
 * Who acts in this request (操作者): a person or a system, bound to exactly one unit, holding realm roles; staff of
 * an internal office (科室) also carry that office ({@code officeId}, {@code officeCode}; null for everyone else),
 * which lies below their unit. Built once per request from the verified token by {@link CurrentActor}.
 */
public record Actor(String subject, String username, String displayName, boolean system,
                    long unitId, String unitCode, Set<Role> roles, Long officeId, String officeCode) {

    /** An actor with no office. */
    public Actor(String subject, String username, String displayName, boolean system, long unitId, String unitCode,
                 Set<Role> roles) {
        this(subject, username, displayName, system, unitId, unitCode, roles, null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }
}

package cn.lvzhi.security;

import java.util.Arrays;
import java.util.Set;

/**
 * Who acts in this request (操作者): a person or a system, bound to exactly one unit, holding realm roles.
 * Built once per request from the verified token by {@link CurrentActor}.
 */
public record Actor(String subject, String username, String displayName, boolean system,
                    long unitId, String unitCode, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }
}

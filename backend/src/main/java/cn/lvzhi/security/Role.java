package cn.lvzhi.security;

import java.util.Arrays;
import java.util.Optional;

/** A Keycloak realm role (角色); DOMAIN.md §7 says what each may see and do. */
public enum Role {
    ESTABLISHMENT_OFFICE("establishment-office"),
    COMMITTEE("committee"),
    COMMAND_CENTRE("command-centre"),
    DEPARTMENT("department"),
    TOWNSHIP("township"),
    GRID_WORKER("grid-worker"),
    DISCIPLINE("discipline"),
    ORGANISATION("organisation"),
    LEADER("leader"),
    INTEGRATION("integration");

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The role's name in the Keycloak realm. */
    public String realmRole() {
        return realmRole;
    }

    /** The role a realm role name stands for; realm roles that are not ours are ignored. */
    public static Optional<Role> fromRealmRole(String name) {
        return Arrays.stream(values()).filter(r -> r.realmRole.equals(name)).findFirst();
    }
}

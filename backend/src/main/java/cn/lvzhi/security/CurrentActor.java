package cn.lvzhi.security;

import cn.lvzhi.common.ForbiddenException;
import cn.lvzhi.common.UnauthenticatedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The actor of the current request, built once from the token: subject, unit (the {@code unit} claim, looked up
 * by code through {@link UnitIds}), office (the optional {@code office} claim of 科室 staff, looked up the same way;
 * that it lies below the unit is checked where the unit's place is known) and realm roles. Fails closed: no unit
 * claim, a unit or an office that does not exist, and the caller gets nothing.
 */
@RequestScoped
public class CurrentActor {
    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private final SecurityIdentity identity;
    private final UnitIds unitIds;
    private Uni<Actor> actor;

    public CurrentActor(SecurityIdentity identity, UnitIds unitIds) {
        this.identity = identity;
        this.unitIds = unitIds;
    }

    public synchronized Uni<Actor> get() {
        if (actor == null) {
            actor = build().memoize().indefinitely();
        }
        return actor;
    }

    private Uni<Actor> build() {
        return of(identity, unitIds);
    }

    /** The actor of a verified identity; fails UNAUTHENTICATED or FORBIDDEN as {@link #get} does. */
    public static Uni<Actor> of(SecurityIdentity identity, UnitIds unitIds) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().failure(new UnauthenticatedException("请先登录 (authentication required)"));
        }
        String unitCode = token.getClaim("unit");
        if (unitCode == null || unitCode.isBlank()) {
            return Uni.createFrom().failure(new ForbiddenException(
                    "账号未绑定单位，请联系管理员 (the account is not bound to a unit)"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        identity.getRoles().forEach(r -> Role.fromRealmRole(r).ifPresent(roles::add));
        String username = token.getClaim("preferred_username");
        boolean system = username != null && username.startsWith(SERVICE_ACCOUNT_PREFIX);
        String officeCode = token.getClaim("office");
        String office = officeCode == null || officeCode.isBlank() ? null : officeCode;
        Uni<Optional<Long>> officeId = office == null ? Uni.createFrom().item(Optional.empty()) : unitIds.of(office);
        return unitIds.of(unitCode).chain(id -> officeId.map(oid -> new Actor(token.getSubject(), username,
                displayName(token, username, system), system, id.orElseThrow(() -> new ForbiddenException(
                        "账号绑定的单位不存在，请联系管理员 (the account's unit does not exist)")),
                unitCode, Set.copyOf(roles), office == null ? null : oid.orElseThrow(() -> new ForbiddenException(
                        "账号绑定的科室不存在，请联系管理员 (the account's office does not exist)")), office)));
    }

    /** Chinese names read family name first (李明哲); Keycloak's {@code name} claim puts the given name first. */
    static String displayName(JsonWebToken token, String username, boolean system) {
        String family = token.getClaim("family_name");
        String given = token.getClaim("given_name");
        if (family != null && given != null) {
            return isHan(family) ? family + given : given + " " + family;
        }
        String name = token.getClaim("name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        if (system && username != null) {
            return username.substring(SERVICE_ACCOUNT_PREFIX.length());
        }
        return username != null ? username : token.getSubject();
    }

    private static boolean isHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}

package cn.lvzhi.security;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The signed-in user or system as the API shows it (当前用户). */
@Type("Me")
public record Me(@NonNull String subject, String username, @NonNull String displayName,
                 @NonNull @Description("true for a system client (client credentials), false for a person") boolean system,
                 @NonNull List<@NonNull Role> roles,
                 @Id @Description("科室 staff: the internal office they work in (below their unit); null for everyone else")
                 Long officeId) {

    public static Me of(Actor a) {
        return new Me(a.subject(), a.username(), a.displayName(), a.system(),
                a.roles().stream().sorted().toList(), a.officeId());
    }
}

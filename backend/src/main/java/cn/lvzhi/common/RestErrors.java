package cn.lvzhi.common;

import io.smallrye.graphql.api.ErrorCode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** REST callers (uploads, downloads) get the same codes and messages as GraphQL callers, as a GraphQL-style JSON body. */
public class RestErrors {
    @ServerExceptionMapper
    public Response map(ApiException e) {
        int status = e instanceof ValidationException ? 400 : e instanceof ForbiddenException ? 403
                : e instanceof NotFoundException ? 404 : e instanceof UnauthenticatedException ? 401
                : e instanceof ConflictException ? 409 : 500;
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("code", e.getClass().getAnnotation(ErrorCode.class).value());
        if (e instanceof ValidationException v && v.field() != null) {
            ext.put("field", v.field());
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("errors", List.of(Map.of("message", e.getMessage(), "extensions", ext)))).build();
    }
}

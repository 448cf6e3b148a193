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
                : e instanceof ConflictException ? 409 : e instanceof UnavailableException ? 503 : 500;
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("code", e.getClass().getAnnotation(ErrorCode.class).value());
        if (e instanceof ValidationException v && v.field() != null) {
            ext.put("field", v.field());
        }
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("errors", List.of(Map.of("message", e.getMessage(), "extensions", ext))));
        if (e instanceof UnavailableException) {
            ext.put("retryable", true);
            response.header("Retry-After", "1");
        }
        return response.build();
    }

    /**
     * A sheet with bad cells: 400 VALIDATION with one error per cell, each naming the row as Excel shows it, the
     * column's header ({@code extensions.field} too) and the reason; a problem of the whole row has no column.
     */
    @ServerExceptionMapper
    public Response mapRows(SheetRowsException e) {
        List<Map<String, Object>> errors = e.errors().stream().map(c -> {
            Map<String, Object> ext = new LinkedHashMap<>();
            ext.put("code", "VALIDATION");
            ext.put("field", c.column());
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", c.message());
            error.put("row", c.row());
            error.put("column", c.column());
            error.put("extensions", ext);
            return error;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", e.getMessage());
        body.put("errors", errors);
        return Response.status(400).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}

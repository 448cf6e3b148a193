package cn.lvzhi.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells the SPA where to log in, so one build serves every environment. Public by design: it holds no secret. */
@Path("/api/client-config")
public class ClientConfigResource {
    /** The OIDC settings of the public SPA client. */
    public record ClientConfig(String authServerUrl, String realm, String clientId) {
    }

    private final ClientConfig config;

    public ClientConfigResource(@ConfigProperty(name = "lvzhi.web.auth-server-url") String authServerUrl,
                                @ConfigProperty(name = "lvzhi.web.realm") String realm,
                                @ConfigProperty(name = "lvzhi.web.client-id") String clientId) {
        this.config = new ClientConfig(authServerUrl, realm, clientId);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ClientConfig get() {
        return config;
    }
}

# Sourced by the other scripts: where the local stack listens, from four variables alone —
# LVZHI_PG_PORT (55432), LVZHI_KC_PORT (8180), LVZHI_HTTP_PORT (8080), LVZHI_MANAGEMENT_PORT (9080) —
# and what the backend and the tests derive from them (LVZHI_DB_HOST_PORT, LVZHI_OIDC_URL, LVZHI_KC_URL,
# LVZHI_PUBLIC_OIDC_BASE). A LVZHI_DB_HOST_PORT or LVZHI_OIDC_URL set by the caller means an existing PostgreSQL or
# Keycloak: the scripts then start (and stop) none of their own. Sourcing twice changes nothing.
export LVZHI_PG_PORT="${LVZHI_PG_PORT:-55432}"
export LVZHI_KC_PORT="${LVZHI_KC_PORT:-8180}"
export LVZHI_HTTP_PORT="${LVZHI_HTTP_PORT:-8080}"
export LVZHI_MANAGEMENT_PORT="${LVZHI_MANAGEMENT_PORT:-9080}"
if [ -z "${LVZHI_OWN_POSTGRES:-}" ]; then
  if [ -z "${LVZHI_DB_HOST_PORT:-}" ]; then LVZHI_OWN_POSTGRES=1; else LVZHI_OWN_POSTGRES=0; fi
fi
if [ -z "${LVZHI_OWN_KEYCLOAK:-}" ]; then
  if [ -z "${LVZHI_OIDC_URL:-}" ]; then LVZHI_OWN_KEYCLOAK=1; else LVZHI_OWN_KEYCLOAK=0; fi
fi
export LVZHI_OWN_POSTGRES LVZHI_OWN_KEYCLOAK
export LVZHI_DB_HOST_PORT="${LVZHI_DB_HOST_PORT:-127.0.0.1:$LVZHI_PG_PORT}"
if [ "$LVZHI_OWN_KEYCLOAK" = 1 ]; then
  export LVZHI_KC_URL="http://localhost:$LVZHI_KC_PORT"
  export LVZHI_OIDC_URL="$LVZHI_KC_URL/realms/lvzhi"
else
  export LVZHI_KC_URL="${LVZHI_KC_URL:-${LVZHI_OIDC_URL%/realms/*}}"
fi
export LVZHI_PUBLIC_OIDC_BASE="${LVZHI_PUBLIC_OIDC_BASE:-$LVZHI_KC_URL}"

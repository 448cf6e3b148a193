-- The service runs as its own role (${app_role}), not as the owner that runs these migrations: it owns nothing,
-- so it can neither alter a table nor switch a trigger off, and it holds only the privileges granted here.
-- The role itself is created outside the migrations (scripts/postgres.sh locally, CloudNativePG in the cluster).
DO $$
BEGIN
    IF '${app_role}' = current_user THEN
        RAISE EXCEPTION 'the service role (LVZHI_DB_USER) must not be the owner the migrations run as (%)', current_user;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app_role};
-- UPDATE for setval: the demo loaders move identity sequences past the ids they insert
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${app_role};

-- Tables and sequences of later migrations (created by this owner) get the same privileges; an append-only
-- table created later revokes UPDATE and DELETE in its own migration, as below.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${app_role};

-- Append-only history: the service may add rows and read them, never rewrite them (the triggers stay as a
-- second guard, against the owner).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, staffing_change, tracking_archive FROM ${app_role};

-- Flyway's own bookkeeping is the owner's business.
REVOKE ALL ON ${flyway:table} FROM ${app_role};

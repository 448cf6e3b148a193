// PostGraphile 5 on the product's own database (schema public), the generic engine Lvzhi is compared with.
// It enforces no authorization: every row is readable by anyone. Mutations are off; production mode, no GraphiQL.
// scripts/bench/pg5.sh copies this file next to the installed node_modules and passes the settings in the environment.
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";

export default {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  disablePlugins: ["MutationPlugin"],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      // 10 connections as in issue 15's reference measurement (BENCH_PG5_POOL); the product's reactive pool has 20
      poolConfig: { max: Number(process.env.PG_POOL_MAX ?? 10) },
    }),
  ],
  grafserv: { host: "127.0.0.1", port: Number(process.env.PORT), graphiql: false, watch: false },
  grafast: { explain: false },
  // relation filters let q1dept state the department's visibility as a plain filter
  schema: { connectionFilterRelations: true },
};

package cn.lvzhi.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The migrations at start. Flyway cost every start about 0.7 s of its main thread (issue 15, start-up) even with
 * nothing to migrate: its own set-up, its scan of the classpath, its validation. A database whose schema history holds
 * exactly the migrations of this build — each version once, applied successfully, with the checksum Flyway computes of
 * the file (a CRC32 over its lines) — has nothing to migrate and nothing to refuse, so the start leaves Flyway out; any
 * other start (a new database, a new migration, an applied one edited since, a failed or unknown row) runs Flyway as it
 * always did, as the owner role, and Flyway's validation refuses an edited migration and stops the start. Runs first
 * among the start-up observers, before anything reads the schema (the HTTP server listens by then, but readiness stays
 * DOWN until the start-up warm-up has run after it). In the tests Flyway migrates before Hibernate
 * validates the entities ({@code %test.quarkus.flyway.migrate-at-start}), and this check then finds nothing to do.
 */
@ApplicationScoped
public class SchemaMigrations {
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class);
    /** A versioned migration's file name: V, the version (parts separated by _ or .), two underscores. */
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private final Instance<Flyway> flyway;
    private final String url;
    private final String owner;
    private final String ownerPassword;
    private final String location;
    private volatile boolean flywayRan;

    SchemaMigrations(Instance<Flyway> flyway,
                     @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                     @ConfigProperty(name = "quarkus.flyway.username") String owner,
                     @ConfigProperty(name = "quarkus.flyway.password") String ownerPassword,
                     @ConfigProperty(name = "quarkus.flyway.locations") String location) {
        this.flyway = flyway;
        this.url = url;
        this.owner = owner;
        this.ownerPassword = ownerPassword;
        this.location = location;
    }

    /**
     * Before every other start-up observer: Quarkus' scheduler (priority 0, it fires the jobs at once), the service role
     * check (10), the audit checkpoints (11), the demo data (1000).
     */
    void onStart(@Observes @Priority(-1000) StartupEvent event) {
        migrateUnlessUpToDate();
    }

    /** Whether this start ran Flyway (false: the history already held this build's migrations). */
    boolean flywayRan() {
        return flywayRan;
    }

    void migrateUnlessUpToDate() {
        long started = System.nanoTime();
        String why;
        try {
            Map<String, Integer> build = classpathMigrations(Thread.currentThread().getContextClassLoader(), location);
            try (Connection connection = DriverManager.getConnection(url, owner, ownerPassword)) {
                why = difference(history(connection), build);
            }
            if (why == null) {
                LOG.infof("schema history holds this build's %d migrations (checked in %d ms): Flyway not needed",
                        build.size(), (System.nanoTime() - started) / 1_000_000);
                flywayRan = false;
                return;
            }
        } catch (SQLException | IOException | URISyntaxException | UncheckedIOException e) {
            why = e.toString();
        }
        LOG.infof("Flyway runs: %s", why);
        flywayRan = true;
        flyway.get().migrate();
    }

    /**
     * Why the history does not hold exactly the build's migrations, or null when it does. The history: version to
     * checksum of every row, a row that is not a successful versioned SQL migration under the key "!" + its rank.
     */
    static String difference(Map<String, Integer> history, Map<String, Integer> build) {
        if (build.isEmpty()) {
            return "no migrations found on the classpath";
        }
        for (Map.Entry<String, Integer> applied : history.entrySet()) {
            if (applied.getKey().startsWith("!")) {
                return "the history has a row other than a successful versioned migration (rank " + applied.getKey().substring(1) + ")";
            }
            Integer file = build.get(applied.getKey());
            if (file == null) {
                return "version " + applied.getKey() + " is applied but not in this build";
            }
            if (!file.equals(applied.getValue())) {
                return "version " + applied.getKey() + " differs from its applied checksum";
            }
        }
        for (String version : build.keySet()) {
            if (!history.containsKey(version)) {
                return "version " + version + " is not applied";
            }
        }
        return null;
    }

    /** The schema history as {@link #difference} reads it; an SQLException when there is none yet. */
    static Map<String, Integer> history(Connection connection) throws SQLException {
        Map<String, Integer> rows = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select installed_rank, version, type, checksum, success "
                     + "from flyway_schema_history order by installed_rank")) {
            while (rs.next()) {
                String version = rs.getString(2);
                Object checksum = rs.getObject(4);
                boolean plain = version != null && "SQL".equals(rs.getString(3)) && checksum instanceof Integer && rs.getBoolean(5);
                if (!plain || rows.put(version, (Integer) checksum) != null) {
                    rows.put("!" + rs.getInt(1), 0);
                }
            }
        }
        return rows;
    }

    /** The versioned migrations under a classpath location (a folder or a jar's): version to Flyway's checksum. */
    static Map<String, Integer> classpathMigrations(ClassLoader loader, String location) throws IOException, URISyntaxException {
        String folder = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        if (folder.contains(",") || folder.contains(":")) {
            return Map.of(); // several locations or another scheme: Flyway's own business
        }
        folder = folder.replaceAll("^/+|/+$", "");
        URL url = loader.getResource(folder);
        if (url == null) {
            return Map.of();
        }
        Map<String, Integer> migrations = new TreeMap<>();
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (!entry.isDirectory() && name.startsWith(folder + "/") && name.indexOf('/', folder.length() + 1) < 0) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            add(migrations, name.substring(folder.length() + 1), in);
                        }
                    }
                }
            }
        } else if ("file".equals(url.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        add(migrations, file.getFileName().toString(), in);
                    }
                }
            }
        }
        return migrations;
    }

    private static void add(Map<String, Integer> migrations, String fileName, InputStream in) throws IOException {
        Matcher versioned = VERSIONED.matcher(fileName);
        if (versioned.matches()) {
            migrations.put(versioned.group(1).replace('_', '.'), checksum(in));
        }
    }

    /** Flyway's checksum of a migration: a CRC32 over its lines as UTF-8, without line ends or a leading BOM. */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean first = true;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            first = false;
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }
}

package cn.lvzhi.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checkpoints of the audit chain's head (审计链锚点), kept where the database role cannot reach: each is the head's
 * (seq, hash), signed with HMAC-SHA256 under a key from the environment, appended as one JSON line to this
 * instance's file in the checkpoint directory. Someone who rewrites the newest rows and recomputes their hashes
 * still cannot make the chain pass through a checkpoint taken before (see {@link AuditService#verifyChain}).
 */
@ApplicationScoped
public class AuditCheckpoints {
    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class);
    private static final int MIN_KEY_LENGTH = 32;

    /** One signed checkpoint: the chain passed through row {@code seq} with {@code hash} at {@code at}. */
    public record Checkpoint(long seq, String hash, String at, String mac) {
    }

    /** The checkpoints whose signature verifies, and how many lines did not (tampered, truncated or foreign). */
    public record Anchors(List<Checkpoint> valid, int unverified) {
    }

    private final Pool pool;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final Path dir;
    private final Path file;
    private final Optional<String> key;
    private Checkpoint last;

    public AuditCheckpoints(Pool pool, Vertx vertx, ObjectMapper json,
                            @ConfigProperty(name = "lvzhi.audit.checkpoint-dir") Path dir,
                            @ConfigProperty(name = "lvzhi.audit.checkpoint-instance") String instance,
                            @ConfigProperty(name = "lvzhi.audit.checkpoint-key") Optional<String> key) {
        this.pool = pool;
        this.vertx = vertx;
        this.json = json;
        this.dir = dir.toAbsolutePath();
        this.file = this.dir.resolve(instance.replaceAll("[^A-Za-z0-9._-]", "_") + ".jsonl");
        this.key = key.filter(k -> k.length() >= MIN_KEY_LENGTH);
    }

    // production without a key would take checkpoints anyone could forge; refuse instead
    void onStart(@Observes @Priority(11) StartupEvent event) {
        if (key.isEmpty() && LaunchMode.current().isProduction()) {
            String reason = "LVZHI_AUDIT_CHECKPOINT_KEY is not set (or shorter than " + MIN_KEY_LENGTH
                    + " characters); audit checkpoints must be signed with a key from the environment";
            LOG.errorf("refusing to start: %s", reason);
            throw new ServiceRoleCheck.RefusedToStart(reason);
        }
    }

    @Scheduled(every = "${lvzhi.audit.checkpoint-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        write();
    }

    // the head at shutdown is anchored too, so the rows written since the last period are covered
    void onStop(@Observes ShutdownEvent event) {
        try {
            write();
        } catch (RuntimeException e) {
            LOG.warnf("no audit checkpoint at shutdown: %s", e.getMessage());
        }
    }

    /**
     * Anchors the current head (blocking: call it from a worker thread); nothing is written when the head has not
     * moved since this instance's last checkpoint. Returns the head's checkpoint, empty while the trail is empty.
     */
    public synchronized Optional<Checkpoint> write() {
        Optional<Row> head = pool.query("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").execute()
                .map(rows -> rows.iterator().hasNext() ? Optional.of(rows.iterator().next()) : Optional.<Row>empty())
                .await().atMost(Duration.ofSeconds(30));
        if (head.isEmpty()) {
            return Optional.empty();
        }
        long seq = head.get().getLong("seq");
        String hash = head.get().getString("hash");
        if (last != null && last.seq() == seq && last.hash().equals(hash)) {
            return Optional.of(last);
        }
        String at = Instant.now().toString();
        Checkpoint checkpoint = new Checkpoint(seq, hash, at, sign(seq, hash, at));
        try {
            Files.createDirectories(dir);
            Files.writeString(file, json.writeValueAsString(checkpoint) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new IllegalStateException("audit checkpoint not written to " + file + ": " + e.getMessage(), e);
        }
        last = checkpoint;
        return Optional.of(checkpoint);
    }

    /** Every checkpoint in the directory (all instances'), without blocking the caller's event loop. */
    public Uni<Anchors> read() {
        String path = dir.toString();
        return vertx.fileSystem().exists(path).chain(exists -> !exists ? Uni.createFrom().item(List.<String>of())
                        : vertx.fileSystem().readDir(path, ".*\\.jsonl"))
                .chain(files -> files.isEmpty() ? Uni.createFrom().item(List.<Buffer>of())
                        : Uni.join().all(files.stream().map(f -> vertx.fileSystem().readFile(f)).toList()).andFailFast())
                .map(this::parse);
    }

    private Anchors parse(List<Buffer> contents) {
        List<Checkpoint> valid = new ArrayList<>();
        int unverified = 0;
        for (Buffer content : contents) {
            for (String line : content.toString(StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                Checkpoint c = parseLine(line);
                if (c != null && c.hash() != null && c.at() != null && c.mac() != null && key.isPresent()
                        && MessageDigest.isEqual(sign(c.seq(), c.hash(), c.at()).getBytes(StandardCharsets.US_ASCII),
                        c.mac().getBytes(StandardCharsets.US_ASCII))) {
                    valid.add(c);
                } else {
                    unverified++;
                }
            }
        }
        return new Anchors(valid, unverified);
    }

    private Checkpoint parseLine(String line) {
        try {
            return json.readValue(line, Checkpoint.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private String sign(long seq, String hash, String at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.orElseThrow(() -> new IllegalStateException(
                    "no audit checkpoint key (LVZHI_AUDIT_CHECKPOINT_KEY)")).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((seq + "\n" + hash + "\n" + at).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}

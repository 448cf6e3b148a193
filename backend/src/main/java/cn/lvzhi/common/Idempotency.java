package cn.lvzhi.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vertx.pgclient.PgException;
import org.hibernate.exception.ConstraintViolationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Idempotent creations (a phone's report, a proposal, an import): beside each caller-scoped key the service keeps a
 * fingerprint of the request, so a retry — same key, same content — gets the first result, and the same key with a
 * different content is refused ({@link IdempotencyKeyReusedException}) instead of silently answering with the first.
 */
public final class Idempotency {
    /** Sorted map keys: the same content always serialises to the same text. */
    private static final ObjectMapper CANONICAL = new ObjectMapper().findAndRegisterModules()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

    private Idempotency() {
    }

    /**
     * The SHA-256 (hex) of the request's content: its checked, normalised parts in a fixed order. Leave out what a
     * retry may legitimately change (the client's clock) and what the key itself is.
     */
    public static String fingerprint(Object... parts) {
        try {
            return sha256(CANONICAL.writeValueAsBytes(Arrays.asList(parts)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request parts must serialise as JSON", e);
        }
    }

    /** The SHA-256 (hex) of a file's bytes, read in a stream (an upload can be large). */
    public static String fileFingerprint(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = digest();
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first result of the key when it was created from the same content; {@link IdempotencyKeyReusedException}
     * naming the key's field otherwise. A first result stored before fingerprints were kept (null) is returned as is.
     */
    public static <T> T replay(T first, String firstFingerprint, String fingerprint, String keyField) {
        if (firstFingerprint != null && !firstFingerprint.equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(keyField);
        }
        return first;
    }

    /**
     * Whether the failure is a unique key's refusal. Two requests with one key at the same moment both find no first
     * result; the database lets one insert and refuses the other, which then reads the first result and answers with
     * it (a retry must never see CONFLICT because its original was still in flight).
     */
    public static boolean duplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && c.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE
                    || t instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package cn.lvzhi.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A live notification stream opened as a browser would (GET with the bearer token), read event by event. */
public final class PushStream implements AutoCloseable {
    /** One server-sent event. */
    public record Event(String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<Event> all = java.util.Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final int status;

    private PushStream(URI uri, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> r = response.get(20, TimeUnit.SECONDS);
        status = r.statusCode();
        if (status == 200) {
            Thread reader = new Thread(() -> read(r.body()), "push-stream-reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Opens the stream; for a 200 it waits until the server says it listens. */
    public static PushStream open(URI uri, String token) throws Exception {
        PushStream s = new PushStream(uri, token);
        if (s.status == 200) {
            s.await(e -> e.name().equals("ready"), Duration.ofSeconds(20));
        }
        return s;
    }

    public int status() {
        return status;
    }

    private void read(Stream<String> lines) {
        String[] name = {null};
        StringBuilder data = new StringBuilder();
        try {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if (name[0] != null || !data.isEmpty()) {
                        Event e = new Event(name[0] == null ? "message" : name[0], data.toString());
                        all.add(e);
                        events.add(e);
                    }
                    name[0] = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            });
        } catch (RuntimeException closed) {
            // the stream was closed by the test
        }
    }

    /** The first event matching, within the time given; null if none came. */
    public Event await(Predicate<Event> wanted, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        for (long left = within.toNanos(); left > 0; left = until - System.nanoTime()) {
            Event e = events.poll(left, TimeUnit.NANOSECONDS);
            if (e != null && wanted.test(e)) {
                return e;
            }
        }
        return null;
    }

    /** Every event that came so far, awaited or not. */
    public List<Event> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
    }
}

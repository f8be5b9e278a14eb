package org.nashra.translate.mt;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A translation service on 127.0.0.1 that plays back scripted replies in order (the last one repeats)
 * and records every request it receives.
 */
final class FakeServer implements AutoCloseable {

    record Reply(int status, String body, Duration delay) {
        static Reply ok(String body) {
            return new Reply(200, body, Duration.ZERO);
        }

        static Reply status(int status, String body) {
            return new Reply(status, body, Duration.ZERO);
        }

        static Reply slow(Duration delay, String body) {
            return new Reply(200, body, delay);
        }
    }

    record Request(String method, String path, String authorization, String contentType, String body) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-translation-service");
        t.setDaemon(true);
        return t;
    });
    private final List<Reply> replies;
    private final List<Request> received = new ArrayList<>();

    FakeServer(Reply... replies) throws IOException {
        this.replies = List.of(replies);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Reply reply;
            synchronized (received) {
                received.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body));
                reply = this.replies.get(Math.min(received.size(), this.replies.size()) - 1);
            }
            try {
                Thread.sleep(reply.delay().toMillis());
                byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (InterruptedException | IOException e) {
                // The client gave up (timeout) or the test is over.
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    int requests() {
        synchronized (received) {
            return received.size();
        }
    }

    List<Request> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** An address where nothing listens: a port just freed. */
    static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

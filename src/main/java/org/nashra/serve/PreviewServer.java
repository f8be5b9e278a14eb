package org.nashra.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a baked site folder on the loopback interface for preview, as a static host would, plus a
 * Server-Sent Events stream on which {@link #announceRebuild()} tells open pages to reload.
 *
 * <p>Only files inside the site folder are ever served: a request whose path has a {@code ..}
 * segment, a backslash or a NUL is refused, and a file reached through a symbolic link that leads
 * out of the folder is refused too. A folder is served by its {@code index.html}.
 *
 * <pre>{@code
 * try (PreviewServer server = PreviewServer.start(Path.of("site"), 8080)) {
 *     System.out.println(server.uri());
 *     ... rebuild ...
 *     server.announceRebuild();
 * }
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {

    /** How often an idle event stream sends a comment, so that a closed page is noticed and dropped. */
    private static final long KEEP_ALIVE_SECONDS = 15;
    private static final String CLOSE = "";

    private final Path siteDir;
    private final HttpServer server;
    private final ExecutorService workers;
    private final List<BlockingQueue<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private volatile List<String> errors = List.of();

    private PreviewServer(Path siteDir, HttpServer server, ExecutorService workers) {
        this.siteDir = siteDir;
        this.server = server;
        this.workers = workers;
    }

    /**
     * Starts serving {@code siteDir} on 127.0.0.1.
     *
     * @param port the port, or 0 for any free one (see {@link #uri()})
     * @throws IOException when the port cannot be bound
     */
    public static PreviewServer start(Path siteDir, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "nashra-serve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        PreviewServer preview = new PreviewServer(siteDir.toAbsolutePath().normalize(), http, workers);
        http.createContext("/", preview::handle);
        http.setExecutor(workers);
        http.start();
        return preview;
    }

    /** The address pages are served from, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
    }

    /** Tells every open page to reload. */
    public void announceRebuild() {
        for (BlockingQueue<String> listener : listeners) listener.offer(LiveReload.EVENT);
    }

    /**
     * The errors of the last build, one line each, shown on every page served until a build has none; open
     * pages reload when they change, so that a build that failed without changing the site still shows.
     */
    public void showErrors(List<String> now) {
        List<String> copy = List.copyOf(now);
        if (copy.equals(errors)) return;
        errors = copy;
        announceRebuild();
    }

    /** Ends every event stream and stops serving. Safe to call more than once. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        for (BlockingQueue<String> listener : listeners) listener.offer(CLOSE);
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "Method not allowed", head);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path == null || !path.startsWith("/")) {
                sendText(exchange, 400, "Bad request", head);
                return;
            }
            if (path.equals(LiveReload.EVENTS_PATH)) {
                streamEvents(exchange);
                return;
            }
            serveFile(exchange, path, head);
        } catch (IOException e) {
            // The browser went away mid-response; nothing to tell anyone.
        }
    }

    private void serveFile(HttpExchange exchange, String path, boolean head) throws IOException {
        Resolved resolved = resolve(path);
        switch (resolved.status()) {
            case 403 -> sendText(exchange, 403, "Forbidden", head);
            case 404 -> sendText(exchange, 404, "Not found", head);
            case 301 -> {
                String query = exchange.getRequestURI().getRawQuery();
                exchange.getResponseHeaders().set("Location",
                        exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
                sendText(exchange, 301, "Moved", head);
            }
            default -> {
                Path file = resolved.file();
                String type = ContentTypes.of(file.getFileName().toString());
                byte[] body = Files.readAllBytes(file);
                if (ContentTypes.isHtml(type)) {
                    body = LiveReload.inject(new String(body, StandardCharsets.UTF_8), errors).getBytes(StandardCharsets.UTF_8);
                }
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                send(exchange, 200, body, head);
            }
        }
    }

    /** Where a request path leads: a file to send, or the status to answer with. */
    record Resolved(int status, Path file) {}

    /** Maps a decoded request path to a file inside the site folder, refusing anything that leads outside it. */
    Resolved resolve(String path) {
        if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) return new Resolved(403, null);
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) return new Resolved(403, null);
        }
        Path site;
        try {
            site = siteDir.toRealPath();
        } catch (IOException e) {
            return new Resolved(404, null);
        }
        Path candidate;
        try {
            candidate = site.resolve(path.substring(1)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return new Resolved(404, null);
        }
        if (!candidate.startsWith(site)) return new Resolved(403, null);
        if (Files.isDirectory(candidate)) {
            if (!path.endsWith("/")) return new Resolved(301, null);
            candidate = candidate.resolve("index.html");
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            return new Resolved(404, null);
        }
        if (!real.startsWith(site)) return new Resolved(403, null);
        if (!Files.isRegularFile(real)) return new Resolved(404, null);
        return new Resolved(200, real);
    }

    private void streamEvents(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        listeners.add(events);
        try {
            OutputStream out = exchange.getResponseBody();
            // After a restart of the server, browsers retry the stream after a second.
            write(out, "retry: 1000\n: connected\n\n");
            while (!closed) {
                String event = events.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(event)) break;
                write(out, event == null ? ": keep-alive\n\n" : "event: " + event + "\ndata: " + event + "\n\n");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            listeners.remove(events);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void sendText(HttpExchange exchange, int status, String text, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(exchange, status, (status + " " + text + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange exchange, int status, byte[] body, boolean head) throws IOException {
        if (head) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) exchange.getResponseBody().write(body);
    }
}

package org.nashra.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.nashra.core.Problem;
import org.nashra.core.Sha256;

/**
 * What a build in a fresh JVM leaves of itself in {@code .nashra/last-build}, so that the next build, finding
 * nothing changed since, says what that build said and does nothing else.
 *
 * <p>"Nothing changed" is judged by the stamps (file key, size, modification time) of every file the build
 * reads or writes: the project's files but for its outputs and state (seeds, {@code data/}, templates, assets,
 * {@code jbake.properties} and anything else beside them), Pagefind's package file, the {@code node} a search
 * index would run, the class path, and the Java, locale and time zone the pages are made under; and, as the build
 * left them, every file of {@code content/} (where editors may change a page by hand) and {@code site/}. Nashra
 * replaces a file whenever it writes one, and an editor's change gives a file another size, modification time or
 * file key. A file changed just before it is stamped could change again within the same tick of the file system's
 * clock, unseen: a build that finds one leaves no record. A tick is at most two seconds (FAT), and a few
 * milliseconds where a modification time holds a fraction of a second. A record is left only by a build without errors
 * whose inputs did not change while it ran and that asked no translation service in vain (it would ask again).
 */
final class LastBuild {

    /** What the recorded build printed. */
    record Outcome(int articles, int seeds, int pages, List<String> kept, List<Problem> problems) {
        Outcome {
            kept = List.copyOf(kept);
            problems = List.copyOf(problems);
        }
    }

    private static final String HEADER = "nashra last build 1";
    /** How long after its change a file's stamp is trusted: FAT keeps modification times to two seconds. */
    private static final long COARSE_MILLIS = 2000;
    /** The same where times hold fractions of a second: Linux stamps files from a clock of ticks of 1 to 10 ms. */
    private static final long FINE_MILLIS = 100;

    private final Project project;
    /** The inputs as the build found them when it started; null when they cannot be vouched for. */
    private final String inputs;

    private LastBuild(Project project, String inputs) {
        this.project = project;
        this.inputs = inputs;
    }

    /** Stamps the inputs of a build about to start. */
    static LastBuild start(Project project) {
        return new LastBuild(project, inputs(project, CLASS_PATH).orElse(null));
    }

    private Path file() {
        return project.root().resolve(".nashra/last-build");
    }

    /** What the last build printed, when it left a record and nothing changed since. */
    Optional<Outcome> unchanged() {
        if (inputs == null || !Files.isRegularFile(file())) return Optional.empty();
        try {
            List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
            if (lines.size() < 4 || !lines.get(0).equals(HEADER)) return Optional.empty();
            if (!lines.get(1).equals("inputs\t" + inputs)) return Optional.empty();
            Optional<String> outputs = outputs(project);
            if (outputs.isEmpty() || !lines.get(2).equals("outputs\t" + outputs.get())) return Optional.empty();
            return Optional.of(parse(lines.subList(3, lines.size())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Removes the record before a build: a build stopped half-way leaves none. */
    void forget() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            // its digests no longer match what the build changes
        }
    }

    /**
     * Records a build that ended without errors, unless its inputs changed while it ran or a file was too freshly
     * changed to be vouched for; a failure to write only costs the next build its time.
     */
    void record(Outcome outcome) {
        if (inputs == null || outcome.problems().stream().anyMatch(Problem::isError)) return;
        Optional<String> now = inputs(project, CLASS_PATH);
        if (now.isEmpty() || !now.get().equals(inputs)) return;
        Optional<String> outputs = outputs(project);
        if (outputs.isEmpty()) return;
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("inputs\t").append(inputs).append('\n');
        text.append("outputs\t").append(outputs.get()).append('\n');
        text.append("counts\t").append(outcome.articles()).append('\t').append(outcome.seeds()).append('\t').append(outcome.pages()).append('\n');
        for (String kept : outcome.kept()) text.append("kept\t").append(escape(kept)).append('\n');
        for (Problem p : outcome.problems()) {
            text.append("problem\t").append(p.severity().name()).append('\t').append(p.line()).append('\t')
                    .append(escape(project.show(p.file()))).append('\t').append(escape(p.message())).append('\n');
        }
        try {
            Files.createDirectories(file().getParent());
            org.nashra.core.FileWrites.replace(file(), text.toString());
        } catch (IOException e) {
            // the next build does the work again
        }
    }

    private Outcome parse(List<String> lines) {
        String[] counts = lines.get(0).split("\t", -1);
        if (counts.length != 4 || !counts[0].equals("counts")) throw new IllegalArgumentException("no counts");
        List<String> kept = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            if (fields[0].equals("kept") && fields.length == 2) {
                kept.add(unescape(fields[1]));
            } else if (fields[0].equals("problem") && fields.length == 5) {
                problems.add(new Problem(project.root().resolve(unescape(fields[3])), Integer.parseInt(fields[2]),
                        org.nashra.core.Severity.valueOf(fields[1]), unescape(fields[4])));
            } else {
                throw new IllegalArgumentException("not a record line: " + line);
            }
        }
        return new Outcome(Integer.parseInt(counts[1]), Integer.parseInt(counts[2]), Integer.parseInt(counts[3]), kept, problems);
    }

    /** The class path this JVM runs with. */
    private static final String CLASS_PATH = System.getProperty("java.class.path", "");

    /**
     * The digest of the stamps of a build's inputs, for a JVM with the given class path; empty when one cannot be
     * vouched for (a file without a file key or changed too recently, or one that could not be read). The folder
     * Nashra runs from, when it lies in the project (as {@code target/} does where the project is Nashra's own
     * repository), counts by its class path, not as project files: the launcher keeps other files there.
     */
    static Optional<String> inputs(Project project, String classPathText) {
        Map<String, String> stamps = new TreeMap<>();
        long now = System.currentTimeMillis();
        try {
            List<Path> classPath = new ArrayList<>();
            for (String entry : classPathText.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
                if (entry.isEmpty()) continue;
                Path path = Path.of(entry).toAbsolutePath().normalize();
                classPath.add(path);
                if (Files.isRegularFile(path)) classPath.addAll(manifestClassPath(path));
            }
            java.util.Set<Path> installed = new java.util.HashSet<>();
            for (Path entry : classPath) {
                if (Files.isRegularFile(entry) && entry.getParent() != null) installed.add(entry.getParent());
            }
            try (Stream<Path> entries = Files.list(project.root())) {
                for (Path entry : entries.toList()) {
                    String name = entry.getFileName().toString();
                    if (name.startsWith(".") || entry.equals(project.content()) || entry.equals(project.site())
                            || name.equals("node_modules") || installed.contains(entry.toAbsolutePath().normalize())) continue;
                    if (!stampTree(entry, name, stamps, now, true)) return Optional.empty();
                }
            }
            if (!stampTree(project.root().resolve("node_modules/pagefind/package.json"), "node_modules/pagefind/package.json", stamps, now, true)) {
                return Optional.empty();
            }
            stamps.put(" node", node());
            for (int i = 0; i < classPath.size(); i++) {
                if (!stampTree(classPath.get(i), " class path " + i + " " + classPath.get(i), stamps, now, false)) return Optional.empty();
            }
            stamps.put(" java", System.getProperty("java.home") + " " + System.getProperty("java.version"));
            stamps.put(" locale", Locale.getDefault() + " " + TimeZone.getDefault().getID() + " "
                    + System.getProperty("file.encoding") + " " + System.getProperty("sun.jnu.encoding"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return hash(stamps);
    }

    /** The digest of the stamps of {@code content/} and {@code site/}; empty as for {@link #inputs}, a recent change in {@code site/} aside. */
    private static Optional<String> outputs(Project project) {
        Map<String, String> stamps = new TreeMap<>();
        long now = System.currentTimeMillis();
        // The two folders on two cores: each holds a file for every page.
        Map<String, String> siteStamps = new TreeMap<>();
        java.util.concurrent.CompletableFuture<Boolean> site = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return stampTree(project.site(), "site/", siteStamps, now, false);
            } catch (IOException | RuntimeException e) {
                return false;
            }
        });
        boolean content;
        try {
            content = stampTree(project.content(), "content/", stamps, now, true);
        } catch (IOException | RuntimeException e) {
            content = false;
        }
        if (!site.join() || !content) return Optional.empty();
        stamps.putAll(siteStamps);
        return hash(stamps);
    }

    private static Optional<String> hash(Map<String, String> stamps) {
        MessageDigest digest = Sha256.start();
        for (Map.Entry<String, String> stamp : stamps.entrySet()) {
            Sha256.add(digest, stamp.getKey() + "\t" + stamp.getValue() + "\n");
        }
        return Optional.of(Sha256.hex(digest));
    }

    /**
     * Adds the stamp of {@code root} (a file) or of every file below it (a folder; a missing one is noted as such)
     * under names starting with {@code name}; false when a stamp cannot be vouched for.
     */
    private static boolean stampTree(Path root, String name, Map<String, String> stamps, long now, boolean freshMatters) throws IOException {
        if (!Files.exists(root)) {
            stamps.put(name, "absent");
            return true;
        }
        boolean[] vouched = {true};
        String prefix = name.endsWith("/") ? name : name + "/";
        int below = root.toString().length() + 1;
        // Through symbolic links, as the stages that read these files see them.
        Files.walkFileTree(root, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                        // The walk names each file as its folder joined with the file's name.
                        String key = file.equals(root) ? name : prefix + file.toString().substring(below).replace('\\', '/');
                        Object fileKey = a.fileKey();
                        if (fileKey == null || freshMatters && fresh(a.lastModifiedTime(), now)) {
                            vouched[0] = false;
                            return java.nio.file.FileVisitResult.TERMINATE;
                        }
                        stamps.put(key, fileKey + "|" + a.size() + "|" + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                        vouched[0] = false;
                        return java.nio.file.FileVisitResult.TERMINATE;
                    }
                });
        return vouched[0];
    }

    /**
     * True when a file changed at {@code modified} could still change with its time unchanged, seen at {@code now}.
     * A time of whole seconds may come from a file system that keeps no finer ones.
     */
    private static boolean fresh(java.nio.file.attribute.FileTime modified, long now) {
        boolean fine = modified.to(java.util.concurrent.TimeUnit.NANOSECONDS) % 1_000_000_000L != 0;
        return now - modified.toMillis() < (fine ? FINE_MILLIS : COARSE_MILLIS);
    }

    /** The entries of a jar's manifest {@code Class-Path}, which the JVM loads beside it, as paths. */
    private static List<Path> manifestClassPath(Path jar) {
        List<Path> entries = new ArrayList<>();
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(java.util.jar.Attributes.Name.CLASS_PATH);
            if (classPath != null) {
                for (String entry : classPath.trim().split("\\s+")) {
                    if (!entry.isEmpty()) entries.add(jar.resolveSibling(entry).normalize());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not a jar: the file's own stamp is all there is
        }
        return entries;
    }

    /** The {@code node} the search index would run: the first on the PATH, with its stamp. */
    private static String node() throws IOException {
        String path = System.getenv("PATH");
        if (path == null) return "none";
        for (String dir : path.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
            if (dir.isEmpty()) continue;
            Path node = Path.of(dir, "node");
            if (Files.isRegularFile(node) && Files.isExecutable(node)) {
                BasicFileAttributes a = Files.readAttributes(node, BasicFileAttributes.class);
                return node.toAbsolutePath() + " " + a.size() + " " + a.lastModifiedTime();
            }
        }
        return "none";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            out.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> next;
            });
        }
        return out.toString();
    }
}

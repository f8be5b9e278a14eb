package org.nashra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Full builds of one project, one after another in one JVM: the first pays for the JVM's warm-up
 * (class loading, the models, the JIT compiling the code as it runs), the later ones show what the
 * same work costs once the code is compiled. Each build starts with no {@code content/}, {@code site/}
 * or {@code .nashra/}, which it deletes: run it on a generated project only.
 * Usage: {@code OneJvm PROJECT [BUILDS]} (default 3); each build prints its stage times.
 */
public final class OneJvm {
    public static void main(String[] args) throws IOException {
        Path project = Path.of(args[0]).toAbsolutePath();
        int builds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (!Files.isDirectory(project.resolve("seeds"))) throw new IllegalArgumentException(project + " has no seeds/");
        // As Nashra's own main sets it, so that the run is the command line's.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        for (int i = 1; i <= builds; i++) {
            for (String folder : new String[] {"content", "site", ".nashra"}) delete(project.resolve(folder));
            long start = System.nanoTime();
            int exit = org.nashra.cli.Nashra.run("build", "-C", project.toString(), "--timings");
            System.out.printf("build %d in this JVM: %.1f s, exit code %d%n", i, (System.nanoTime() - start) / 1e9, exit);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
        }
    }
}

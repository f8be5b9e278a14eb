package org.nashra.bench;

import java.nio.file.Path;

/**
 * Writes one generated project without measuring anything, for profiling by hand.
 * Usage: {@code Generate DIR ARTICLES [RANDOM_SEED]}, run from the repository root.
 */
public final class Generate {
    public static void main(String[] args) throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20240928L;
        Path project = Path.of(args[0]).toAbsolutePath();
        Trash trash = new Trash(project.getParent());
        Corpus.project(repo, project, Corpus.fromSeeds(repo.resolve("seeds")), Integer.parseInt(args[1]), seed, trash);
        trash.empty();
    }
}

package org.nashra.cli;

import java.nio.file.Path;

/** Where a Nashra project keeps its folders; all relative to the project root. */
record Project(Path root) {

    Project {
        root = root.toAbsolutePath().normalize();
    }

    Path seeds() { return root.resolve("seeds"); }

    Path content() { return root.resolve("content"); }

    Path site() { return root.resolve("site"); }

    Path data() { return root.resolve("data"); }

    /** Shows a path relative to the project root, as editors see it. */
    String show(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : path.toString();
    }
}

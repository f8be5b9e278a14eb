package org.nashra.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.nashra.bake.CommonMarkEngine;

/**
 * Bakes a content folder with stock JBake: {@link Oven}'s own loop over its OrientDB store, default
 * settings, minimal templates that never query the store. Only the list renderers are off, so that it
 * bakes the same pages as Nashra does (Nashra plans its lists as pages of their own).
 *
 * <p>Usage: {@code StockJBake CONTENT_DIR TEMPLATES_DIR WORK_DIR}; the site goes to {@code WORK_DIR/site}.
 */
public final class StockJBake {

    private static final java.util.logging.Logger STORE_LOG = java.util.logging.Logger.getLogger("com.orientechnologies");

    public static void main(String[] args) throws Exception {
        STORE_LOG.setLevel(java.util.logging.Level.OFF);
        Path content = Path.of(args[0]).toAbsolutePath();
        Path templates = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        Corpus.deleteTree(work);
        Path project = Files.createDirectories(work.resolve("project"));
        Files.createSymbolicLink(project.resolve("content"), content);
        Corpus.copyTree(templates, project.resolve("templates"));
        Files.createDirectories(project.resolve("assets"));
        StringBuilder properties = new StringBuilder("render.index=false\nrender.feed=false\nrender.archive=false\n"
                + "render.tags=false\nrender.sitemap=false\n");
        for (String type : types(content)) properties.append("template.").append(type).append(".file=page.ftl\n");
        Files.writeString(project.resolve("jbake.properties"), properties, StandardCharsets.UTF_8);

        // The same Markdown engine as Nashra's bake; JBake's own (flexmark) is not on the class path.
        Engines.register("md", new CommonMarkEngine());
        long start = System.nanoTime();
        Oven oven = new Oven(new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), work.resolve("site").toFile(), true));
        oven.bake();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long pages;
        try (Stream<Path> walk = Files.walk(work.resolve("site"))) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).count();
        }
        System.out.printf("Stock JBake baked %d pages in %.1f s; %d errors%n", pages, millis / 1000.0, oven.getErrors().size());
        System.exit(oven.getErrors().isEmpty() ? 0 : 1);
    }

    /** The document types the content uses, each of which needs a template setting. */
    private static List<String> types(Path content) throws Exception {
        TreeSet<String> types = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path md : walk.filter(p -> p.toString().endsWith(".md")).toList()) {
                for (String line : Files.readAllLines(md, StandardCharsets.UTF_8)) {
                    if (line.startsWith("type=")) types.add(line.substring(5).trim());
                    if (line.equals("~~~~~~")) break;
                }
            }
        }
        return List.copyOf(types);
    }
}

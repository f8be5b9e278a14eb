package org.nashra.bake;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.io.FilenameUtils;
import org.jbake.app.Asset;
import org.jbake.app.FileUtil;
import org.jbake.app.Parser;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.util.HtmlUtil;
import org.nashra.core.Problem;

/**
 * Bakes every content file exactly once, in time linear in the number of files, with JBake's own
 * pieces: its configuration, its file filter and parser (header rules, markup engines), its
 * {@link Renderer} with its template engines, and its asset copier.
 *
 * <p>What it leaves out is JBake's {@code Oven} loop, which loads every document into its OrientDB
 * store and then, for each page, fetches the whole list of documents of that type again and finds
 * previous/next with {@code LinkedList.indexOf}: quadratic in the number of pages. Nashra's templates
 * read only {@code content.view} and {@code content.body}, so neither the store nor previous/next
 * links are needed. The renderer is given no store: a template that queries it fails loudly instead
 * of slowing every page down.
 *
 * <p>Files are parsed and rendered on every core; each page depends only on its own file, so the
 * output does not depend on the order the work is done in.
 */
final class LinearOven {

    /** How one content file fared. */
    private record Baked(Path source, Problem problem) {}

    private final JBakeConfiguration config;

    LinearOven(JBakeConfiguration config) {
        this.config = config;
    }

    /** Bakes into the configuration's destination folder; returns the problems (none when every file made its page). */
    List<Problem> bake() {
        new JBakeConfigurationInspector(config).inspect();
        List<File> sources = contentFiles(config.getContentFolder());
        createOutputFolders(sources);

        Parser parser = new Parser(config);
        Renderer renderer = new Renderer(null, config);
        Set<String> types = new TreeSet<>(config.getDocumentTypes());
        List<Problem> problems = new ArrayList<>();
        sources.parallelStream()
                .map(source -> bakeOne(source, parser, renderer, types))
                .filter(baked -> baked.problem() != null)
                .map(Baked::problem)
                .toList()
                .forEach(problems::add);

        Asset asset = new Asset(config);
        asset.copy();
        asset.copyAssetsFromContent(config.getContentFolder());
        for (Throwable error : asset.getErrors()) {
            problems.add(Problem.error(config.getAssetFolder().toPath(), "cannot copy assets: " + error.getMessage()));
        }
        return problems;
    }

    private Baked bakeOne(File source, Parser parser, Renderer renderer, Set<String> types) {
        Path path = source.toPath();
        try {
            DocumentModel document = parser.processFile(source);
            if (document == null) {
                return new Baked(path, Problem.error(path, "produced no page: its header is invalid"
                        + " (every line key=value, type and status set, then the separator line)"));
            }
            if (!types.contains(document.getType())) {
                return new Baked(path, Problem.error(path, "produced no page: unknown type '" + document.getType()
                        + "' (known: " + String.join(", ", types) + ")"));
            }
            addLocation(document, source);
            renderer.render(document);
            return new Baked(path, null);
        } catch (Exception e) {
            return new Baked(path, Problem.error(path, "cannot render: " + firstLine(e)));
        }
    }

    /** What JBake's crawler adds to a parsed document: where it came from and where its page goes. */
    private void addLocation(DocumentModel document, File source) throws IOException {
        String uri = uri(source);
        document.setRootPath(FileUtil.getUriPathToContentRoot(config, source));
        document.setSha1("");
        document.setRendered(false);
        document.setFile(source.getPath());
        document.setSourceUri(uri);
        document.setUri(uri);
        document.setCached(true);
        if (ModelAttributes.Status.PUBLISHED_DATE.equals(document.getStatus())
                && document.getDate() != null && new Date().after(document.getDate())) {
            document.setStatus(ModelAttributes.Status.PUBLISHED);
        }
        if (config.getUriWithoutExtension()) {
            document.setNoExtensionUri(uri.replace("/index.html", "/"));
        }
        if (config.getImgPathUpdate()) {
            HtmlUtil.fixImageSourceUrls(document, config);
        }
    }

    /** The page's URI relative to the site, built the way JBake's crawler builds it. */
    private String uri(File source) {
        String relative = FileUtil.asPath(source).replace(FileUtil.asPath(config.getContentFolder()), "");
        String base = URLEncoder.encode(FilenameUtils.getBaseName(relative), StandardCharsets.UTF_8);
        String prefix = config.getPrefixForUriWithoutExtension();
        boolean noExtension = config.getUriWithoutExtension() && prefix != null && !prefix.isEmpty()
                && relative.startsWith(prefix);
        String uri = FileUtil.URI_SEPARATOR_CHAR + FilenameUtils.getPath(relative) + base
                + (noExtension ? FileUtil.URI_SEPARATOR_CHAR + "index" + config.getOutputExtension() : config.getOutputExtension());
        return uri.startsWith(FileUtil.URI_SEPARATOR_CHAR) ? uri.substring(1) : uri;
    }

    /** Content files JBake would crawl (known extensions, hidden and ignored folders skipped), in a stable order. */
    private List<File> contentFiles(File folder) {
        List<File> files = new ArrayList<>();
        collect(folder, files);
        return files;
    }

    private void collect(File folder, List<File> files) {
        File[] entries = folder.listFiles(FileUtil.getFileFilter(config));
        if (entries == null) return;
        Arrays.sort(entries);
        for (File entry : entries) {
            if (entry.isFile()) files.add(entry);
            else if (entry.isDirectory()) collect(entry, files);
        }
    }

    /** Folders are made before rendering starts, so parallel renderers never race to create the same one. */
    private void createOutputFolders(List<File> sources) {
        Path content = config.getContentFolder().toPath();
        Path destination = config.getDestinationFolder().toPath();
        try {
            for (File source : sources) {
                Path parent = content.relativize(source.toPath()).getParent();
                Files.createDirectories(parent == null ? destination : destination.resolve(parent.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(Throwable e) {
        // The renderer wraps the template engine's error, which names the template, line and expression.
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause().getMessage() != null) cause = cause.getCause();
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        String[] lines = message.split("\n");
        return String.join(" | ", Arrays.asList(lines).subList(0, Math.min(lines.length, 6)));
    }
}

package org.nashra.bake;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.io.FileUtils;
import org.apache.commons.io.FilenameUtils;
import org.jbake.app.Asset;
import org.jbake.app.FileUtil;
import org.jbake.app.Parser;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.parser.Engines;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.model.TemplateModel;
import org.jbake.util.HtmlUtil;
import org.nashra.core.FileStamp;
import org.nashra.core.FolderEntries;
import org.nashra.core.Problem;

/**
 * Bakes every content file exactly once, in time linear in the number of files, with JBake's own
 * pieces: its configuration, its file filter and parser (header rules, markup engines), its template
 * engines with the model its {@link Renderer} gives them, and its asset copier.
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

    /** What is to become of one content file: it fared already (kept or failed), or it is to be rendered. */
    private sealed interface Decision permits Baked, Pending {}

    /**
     * How one content file fared: its page, or the problem that kept it from having one; a problem of a
     * template is told on the template's line, once for every page it keeps from rendering.
     */
    private record Baked(BakeManifest.Page page, Problem problem, boolean templates) implements Decision {
        Baked(BakeManifest.Page page, Problem problem) {
            this(page, problem, false);
        }
    }

    /**
     * What a bake did: the problems, every page made (rendered or reused), how many were rendered,
     * every Markdown file in the content folder (for {@link BakeCheck}), and the content files left without
     * a page by a template's problem, which is told once on the template, not on each of them.
     */
    record Outcome(List<Problem> problems, List<BakeManifest.Page> pages, int rendered, List<Path> markdown,
                   List<Path> keptByTemplates) {
        Outcome {
            problems = List.copyOf(problems);
            pages = List.copyOf(pages);
            markdown = List.copyOf(markdown);
            keptByTemplates = List.copyOf(keptByTemplates);
        }
    }

    private final JBakeConfiguration config;
    private final Baker.Listener listener;
    private final Baker.Memory memory;
    private final java.util.function.Function<String, FileStamp> known;
    private final java.util.function.Function<String, FolderEntries> listed;

    LinearOven(JBakeConfiguration config) {
        this(config, Baker.Listener.NONE, new Baker.Memory());
    }

    LinearOven(JBakeConfiguration config, Baker.Listener listener, Baker.Memory memory) {
        this(config, listener, memory, path -> null, folder -> null);
    }

    /**
     * @param known  the stamp of a content file (by path relative to the content folder, forward slashes)
     *               as its writer left it in this build, or null when not known
     * @param listed the entries of a folder below the content folder (by the same kind of path, {@code ""}
     *               for the content folder itself) as its writer left it in this build, or null when not known
     */
    LinearOven(JBakeConfiguration config, Baker.Listener listener, Baker.Memory memory, java.util.function.Function<String, FileStamp> known,
               java.util.function.Function<String, FolderEntries> listed) {
        this.config = config;
        this.listener = listener;
        this.memory = memory;
        this.known = known;
        this.listed = listed;
    }

    /**
     * Says whether the page of an unchanged content file stands as it was ({@code output} relative to
     * the destination): taken over from an earlier site, or left where it already is. False to render it.
     */
    interface Keep {
        boolean page(String output);

        Keep NOTHING = output -> false;
    }

    /** Bakes every file into the configuration's destination folder. */
    Outcome bake() {
        return bake(Map.of(), Keep.NOTHING);
    }

    /**
     * Bakes into the configuration's destination folder, reusing the page of a content file whose
     * hash is the one recorded: it is linked (or copied) from {@code previousSite} instead of rendered.
     *
     * @param reusable pages of the previous bake by content path; empty to render every file
     */
    Outcome bake(Path previousSite, Map<String, BakeManifest.Page> reusable) {
        Path destination = config.getDestinationFolder().toPath();
        return bake(reusable, output -> {
            Path old = previousSite.resolve(output);
            return Files.isRegularFile(old) && linkOrCopy(old, destination.resolve(output));
        });
    }

    /** A content file whose page is to be rendered. */
    private record Pending(File source, String relative, String hash, String stamp) implements Decision {}

    /**
     * Bakes into the configuration's destination folder every content file that is new or changed, or
     * whose earlier page {@code keep} does not vouch for; the others keep the page recorded for them.
     *
     * @param reusable pages of the previous bake by content path
     */
    Outcome bake(Map<String, BakeManifest.Page> reusable, Keep keep) {
        new JBakeConfigurationInspector(config).inspect();
        Listing listing = list(config.getContentFolder());
        List<File> sources = listing.sources();
        listener.started(sources.size());
        // Hashing decides what is rendered; folders are made before rendering starts, so that parallel
        // renderers never race to create the same one, and only where a page is rendered.
        List<Decision> decided = sources.parallelStream().map(source -> reuseOrPend(source, listing.stamps().get(source), reusable, keep)).toList();
        List<Pending> pending = decided.stream().filter(Pending.class::isInstance).map(Pending.class::cast).toList();
        createOutputFolders(pending.stream().map(Pending::source).toList());

        Parser parser = new Parser(config);
        DelegatingTemplateEngine renderer = new DelegatingTemplateEngine(null, config);
        Set<String> types = new TreeSet<>(config.getDocumentTypes());
        Map<String, Baked> rendered = new java.util.concurrent.ConcurrentHashMap<>();
        pending.parallelStream().forEach(p -> {
            rendered.put(p.relative(), bakeOne(p.source(), p.relative(), p.hash(), p.stamp(), parser, renderer, types));
            listener.baked();
        });
        listener.finished();
        List<Problem> problems = new ArrayList<>();
        List<BakeManifest.Page> pages = new ArrayList<>();
        // A template's problem, by where it is and what it says, with the content files it kept from a page.
        Map<Problem, List<String>> ofTemplates = new java.util.LinkedHashMap<>();
        List<Path> keptByTemplates = new ArrayList<>();
        Path contentFolder = config.getContentFolder().toPath();
        for (Decision one : decided) {
            Baked baked = one instanceof Pending p ? rendered.get(p.relative()) : (Baked) one;
            if (baked.templates() && one instanceof Pending p) {
                ofTemplates.computeIfAbsent(baked.problem(), k -> new ArrayList<>()).add(p.relative());
                keptByTemplates.add(contentFolder.resolve(p.relative()));
            } else if (baked.problem() != null) {
                problems.add(baked.problem());
            }
            if (baked.page() != null) pages.add(baked.page());
        }
        ofTemplates.forEach((problem, files) -> problems.add(new Problem(problem.file(), problem.line(), problem.severity(),
                problem.message() + (files.size() == 1 ? " (rendering content/" + files.get(0) + ")"
                        : " (" + files.size() + " pages not rendered, the first content/" + files.get(0) + ")"))));

        Asset asset = new Asset(config);
        asset.copy();
        for (Throwable error : asset.getErrors()) {
            problems.add(Problem.error(config.getAssetFolder().toPath(), "cannot copy assets: " + error.getMessage()));
        }
        // Files of the content folder that are not content, as JBake's Asset.copyAssetsFromContent copies them.
        Path content = config.getContentFolder().toPath();
        Path destination = config.getDestinationFolder().toPath();
        for (File file : listing.assets()) {
            try {
                FileUtils.copyFile(file, destination.resolve(content.relativize(file.toPath()).toString()).toFile());
            } catch (IOException e) {
                problems.add(Problem.error(file.toPath(), "cannot copy assets: " + e.getMessage()));
            }
        }
        return new Outcome(problems, pages, (int) rendered.values().stream().filter(b -> b.page() != null).count(),
                listing.markdown(), keptByTemplates);
    }

    /** The kept page of an unchanged content file, a problem, or the file to render. */
    private Decision reuseOrPend(File source, FileStamp stamp, Map<String, BakeManifest.Page> reusable, Keep keep) {
        Path path = source.toPath();
        String relative = config.getContentFolder().toPath().relativize(path).toString().replace('\\', '/');
        BakeManifest.Page before = reusable.get(relative);
        String hash;
        String stamped;
        try {
            FileStamp now = stamp != null ? stamp : FileStamp.of(path);
            stamped = now.asText();
            // The file the last bake hashed, under the stamp it had then: its hash without reading it (a fresh process).
            boolean asHashed = before != null && stamped != null && stamped.equals(before.stamp());
            hash = asHashed ? before.hash() : memory.hash(path, now);
        } catch (IOException e) {
            listener.baked();
            return new Baked(null, Problem.error(path, "cannot read: " + e.getMessage()));
        }
        if (before != null && before.hash().equals(hash) && keep.page(before.output())) {
            listener.baked();
            return new Baked(new BakeManifest.Page(relative, hash, before.output(), stamped), null);
        }
        return new Pending(source, relative, hash, stamped);
    }

    /** A hard link when the file system allows it (the old site is deleted after the swap), else a copy. */
    private static boolean linkOrCopy(Path old, Path copy) {
        try {
            Files.createDirectories(copy.getParent());
            try {
                Files.createLink(copy, old);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(old, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Baked bakeOne(File source, String relative, String hash, String stamp, Parser parser, DelegatingTemplateEngine renderer,
                          Set<String> types) {
        Path path = source.toPath();
        try {
            DocumentModel document = parser.processFile(source);
            if (document == null) {
                return new Baked(null, Problem.error(path, "produced no page: its header is invalid"
                        + " (every line key=value, type and status set, then the separator line)"));
            }
            if (!types.contains(document.getType())) {
                return new Baked(null, Problem.error(path, "produced no page: unknown type '" + document.getType()
                        + "' (known: " + String.join(", ", types) + ")"));
            }
            addLocation(document, source);
            String output = output(document);
            render(document, output, renderer);
            return new Baked(new BakeManifest.Page(relative, hash, output, stamp), null);
        } catch (CommonMarkEngine.HeaderLineException e) {
            return new Baked(null, Problem.error(path, e.line, "produced no page: " + e.getMessage()));
        } catch (Exception e) {
            Problem ofTemplate = templateProblem(e);
            return ofTemplate != null ? new Baked(null, ofTemplate, true) : new Baked(null, Problem.error(path, "cannot render: " + firstLine(e)));
        }
    }

    /**
     * Renders a document into its page as JBake's {@link Renderer#render(DocumentModel)} does, with the same
     * template engines and model, into a file made and opened at once. JBake's renderer makes the file, then
     * opens it again, truncating it; on ext4 a file truncated to nothing is written out to disk as it is
     * closed (its auto_da_alloc safeguard), so every page cost a disk write that the bake waited for.
     */
    private void render(DocumentModel document, String output, DelegatingTemplateEngine renderer) throws Exception {
        Path page = config.getDestinationFolder().toPath().resolve(output);
        TemplateModel model = new TemplateModel();
        model.setContent(document);
        model.setRenderer(renderer);
        String template = config.getTemplateByDocType(document.getType());
        java.io.OutputStream file;
        try {
            file = Files.newOutputStream(page, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // Pages are baked into an empty folder: a page already there is another content file's.
            throw new IOException("another content file has the same page, " + output);
        }
        try (Writer out = new OutputStreamWriter(file, config.getRenderEncoding())) {
            renderer.renderDocument(model, template, out);
        }
    }

    /** Where JBake's renderer writes a document's page, relative to the destination folder. */
    private String output(DocumentModel document) {
        String name = document.getUri();
        if (name.lastIndexOf('.') > name.lastIndexOf('/')) name = name.substring(0, name.lastIndexOf('.'));
        if (ModelAttributes.Status.DRAFT.equals(document.getStatus())) name += config.getDraftSuffix();
        return name + config.getOutputExtensionByDocType(document.getType());
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

    /**
     * The content folder, listed once: the files JBake's crawler bakes (in its order), the files its
     * asset copier copies from there, and every Markdown file. JBake's own filters ask its configuration
     * for the ignore file's name once per entry, which at thousands of files costs more than the bake of
     * one changed page; the rules here are theirs ({@code FileUtil.getFileFilter},
     * {@code getNotContentFileFilter}): a file not hidden is content when its extension has a markup engine,
     * else an asset; a folder is entered (hidden or not) unless it holds the ignore file.
     */
    private record Listing(List<File> sources, Map<File, FileStamp> stamps, List<File> assets, List<Path> markdown) {}

    private Listing list(File folder) {
        Listing listing = new Listing(new ArrayList<>(), new java.util.HashMap<>(), new ArrayList<>(), new ArrayList<>());
        Entries entries = entries(folder, "");
        if (entries != null) list(folder, "", entries, true, Engines.getRecognizedExtensions(), config.getIgnoreFileName(), listing);
        listing.markdown().sort(null);
        return listing;
    }

    /**
     * A folder's names, with those its writer found to be folders; null when it cannot be listed.
     *
     * @param folders names known to be folders: the writer's listing said so, and listed each of them too
     */
    private record Entries(String[] names, Set<String> folders) {}

    /** The entries of {@code folder} ({@code relative} to the content folder, no trailing slash), as its writer left them or as listed now. */
    private Entries entries(File folder, String relative) {
        FolderEntries written = listed.apply(relative);
        if (written == null) {
            String[] names = folder.list();
            return names == null ? null : new Entries(names, Set.of());
        }
        String[] names = new String[written.files().size() + written.folders().size()];
        int n = 0;
        for (String name : written.files()) names[n++] = name;
        Set<String> folders = new java.util.HashSet<>();
        String prefix = relative.isEmpty() ? "" : relative + "/";
        for (String name : written.folders()) {
            names[n++] = name;
            // Taken for a folder only when the writer went into it: one replaced by a file since its parent was listed is looked at.
            if (listed.apply(prefix + name) != null) folders.add(name);
        }
        return new Entries(names, folders);
    }

    /**
     * @param relative the folder's path below the content folder, with a trailing slash unless empty
     * @param crawled  false inside a folder JBake ignores: only Markdown files are noted there, for the check that each has its page
     */
    private void list(File folder, String relative, Entries entries, boolean crawled, Set<String> extensions, String ignore, Listing listing) {
        String[] names = entries.names();
        Arrays.sort(names);
        for (String name : names) {
            File entry = new File(folder, name);
            // A file whose stamp the caller took this very build need not be looked at again, nor a folder its writer listed.
            FileStamp stamp = crawled ? known.apply(relative + name) : null;
            boolean regularFile;
            boolean directory;
            if (stamp != null) {
                regularFile = true;
                directory = false;
            } else if (entries.folders().contains(name)) {
                regularFile = false;
                directory = true;
            } else {
                BasicFileAttributes attributes;
                try {
                    // As java.io.File sees it: through symbolic links, except where JBake does not look.
                    attributes = crawled ? Files.readAttributes(entry.toPath(), BasicFileAttributes.class)
                            : Files.readAttributes(entry.toPath(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    continue;
                }
                regularFile = attributes.isRegularFile();
                directory = attributes.isDirectory();
                stamp = new FileStamp(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
            }
            if (regularFile) {
                if (name.endsWith(".md")) listing.markdown().add(entry.toPath());
                if (!crawled || name.startsWith(".")) continue;
                if (extensions.contains(FileUtil.fileExt(name))) {
                    listing.sources().add(entry);
                    listing.stamps().put(entry, stamp);
                } else {
                    listing.assets().add(entry);
                }
            } else if (directory) {
                Entries children = entries(entry, relative + name);
                if (children == null) continue;
                boolean ignored = Arrays.stream(children.names()).anyMatch(ignore::equalsIgnoreCase);
                list(entry, relative + name + "/", children, crawled && !ignored, extensions, ignore, listing);
            }
        }
    }

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

    /**
     * The problem of a template that the template engine blames, on the template's own line: the same for
     * every page the template renders, so it is told once. Null for any other failure.
     */
    private Problem templateProblem(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = null;
            Integer line = null;
            String message = null;
            if (cause instanceof freemarker.template.TemplateNotFoundException missing) {
                name = missing.getTemplateName();
                message = "there is no such file (jbake.properties names the template of each type of page:"
                        + " template.<type>.file)";
            } else if (cause instanceof freemarker.core.ParseException parse) {
                name = parse.getTemplateName();
                line = parse.getLineNumber();
                message = "syntax error at column " + parse.getColumnNumber() + ": " + oneLine(parse.getEditorMessage());
            } else if (cause instanceof freemarker.template.TemplateException failed) {
                name = failed.getTemplateSourceName();
                line = failed.getLineNumber();
                message = oneLine(failed.getMessageWithoutStackTop());
            }
            if (name == null) continue;
            Path template = config.getTemplateFolder().toPath().resolve(name).normalize();
            return Problem.error(template, line == null ? 0 : line, "cannot render pages with this template: " + message);
        }
        return null;
    }

    /** A message's first paragraph as one line: FreeMarker's tips and stack follow a blank line or a rule. */
    private static String oneLine(String message) {
        if (message == null) return "";
        List<String> kept = new ArrayList<>();
        for (String line : message.strip().split("\n")) {
            if (line.isBlank() || line.startsWith("----") || kept.size() == 6) break;
            kept.add(line.strip());
        }
        return String.join(" | ", kept);
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

package org.nashra.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.nashra.core.Problem;
import org.nashra.pages.ContentWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The {@code nashra} command. */
@Command(name = "nashra", mixinStandardHelpOptions = true, version = "nashra 0.1.0",
        description = "Builds a bilingual Arabic/English news briefing site from raw Arabic articles.",
        subcommands = {Nashra.Build.class, Nashra.Bake.class, Nashra.Check.class, Evaluate.class, Train.class, Serve.class})
public final class Nashra implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // The HTML checker brings log4j 1; Freemarker would pick it and complain that it is unconfigured.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; 0 only when nothing failed. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Nashra()).setExecutionExceptionHandler(Nashra::internalError);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Nothing is replaced after a failed build (the site is swapped in only on success), so
            // the advice is all that is needed; the message is printed without allocating much.
            System.err.println("nashra: error: out of memory with a heap of at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB; the last good site is kept. Run again with a larger heap, e.g. NASHRA_HEAP=4g ./nashra "
                    + String.join(" ", args));
            return 1;
        }
    }

    /** A failure no stage turned into a problem: one clear line, exit code 2, never a bare stack trace. */
    private static int internalError(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        cli.getErr().println("nashra: internal error: " + e + " (please report it with the command you ran)");
        cli.getErr().flush();
        return 2;
    }

    /**
     * Runs {@code work} holding the project ({@link ProjectLock}): after any other command working on it
     * has finished, and not at all, with exit code 1, while a {@code serve} keeps it.
     */
    static int holding(CommandLine.Model.CommandSpec spec, Project project, String command, java.util.function.IntSupplier work) {
        PrintWriter err = spec.commandLine().getErr();
        if (!java.nio.file.Files.isDirectory(project.root())) {
            // A mistyped -C: said once, and nothing is made there.
            err.println("nashra: error: no project folder " + project.root() + " (it does not exist or is not a folder)");
            err.flush();
            return 1;
        }
        Optional<ProjectLock> lock;
        try {
            lock = ProjectLock.take(project.root(), command, waiting -> {
                err.println("nashra: " + waiting);
                err.flush();
            });
        } catch (ProjectLock.Held held) {
            err.println("nashra: error: " + held.getMessage());
            err.flush();
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("nashra: error: stopped while waiting for the project; nothing was done");
            err.flush();
            return 1;
        }
        try {
            return work.getAsInt();
        } finally {
            lock.ifPresent(ProjectLock::close);
        }
    }

    /** Options every command shares. */
    static class ProjectOption {
        @Option(names = {"-C", "--project"}, paramLabel = "DIR", defaultValue = ".",
                description = "Project folder (holds seeds/, content/, templates/, data/). Default: the current folder.")
        Path dir;

        Project project() {
            return new Project(dir);
        }
    }

    /** Prints problems as {@code file:line: severity: message}, one a line. */
    static void printProblems(CommandLine.Model.CommandSpec spec, Project project, List<Problem> problems) {
        PrintWriter err = spec.commandLine().getErr();
        for (Problem p : problems) err.println(shown(project, p));
        err.flush();
    }

    /** A problem as the terminal shows it: {@code file:line: severity: message}, the file as within the project. */
    static String shown(Project project, Problem p) {
        String where = project.show(p.file()) + (p.line() > 0 ? ":" + p.line() : "");
        return where + ": " + p.severity().name().toLowerCase(Locale.ROOT) + ": " + p.message();
    }

    /** Prints problems as {@code file:line: severity: message} and a closing line; returns the exit code. */
    static int finish(CommandLine.Model.CommandSpec spec, Project project, Pipeline.Report report, String done, long startNanos) {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<Problem> problems = report.problems();
        printProblems(spec, project, problems);
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        out.printf(Locale.ROOT, "%s in %.1f s; %d error%s, %d warning%s%n", done, seconds,
                errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
        out.flush();
        err.flush();
        return errors > 0 ? 1 : 0;
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Reads seeds/, writes content/ (keeping hand-edited files) and bakes site/.")
    static final class Build implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ProjectOption options = new ProjectOption();

        @Option(names = "--regenerate", paramLabel = "FILE",
                description = "Content file (relative to content/, e.g. ar/000-x.md) to regenerate even though it was edited by hand.")
        List<String> regenerate = List.of();

        @Option(names = "--timings", description = "Print how long each stage took.")
        boolean timings;

        @Override
        public Integer call() {
            Project project = options.project();
            // Timed from when the project is this command's: a wait for another command is not the build's.
            return holding(spec, project, "build", () -> build(project, System.nanoTime()));
        }

        private int build(Project project, long start) {
            Set<String> again = new LinkedHashSet<>();
            for (String file : regenerate) again.add(file.replace('\\', '/').replaceFirst("^content/", ""));
            LastBuild last = LastBuild.start(project);
            Optional<LastBuild.Outcome> same = again.isEmpty() ? last.unchanged() : Optional.empty();
            if (same.isPresent()) {
                LastBuild.Outcome outcome = same.get();
                if (timings) spec.commandLine().getOut().printf(Locale.ROOT, "  %-14s %6d ms%n", "up to date", (System.nanoTime() - start) / 1_000_000);
                printKept(outcome.kept());
                String done = String.format(Locale.ROOT, "Up to date: nothing changed since the last build of %d of %d articles, %d pages",
                        outcome.articles(), outcome.seeds(), outcome.pages());
                return finish(spec, project, new Pipeline.Report(outcome.articles(), outcome.seeds(), Optional.empty(), outcome.pages(),
                        outcome.problems()), done, start);
            }
            last.forget();
            Pipeline pipeline = new Pipeline(project, Progress.forTerminal());
            Pipeline.Report report = pipeline.build(again);
            String built = String.format(Locale.ROOT, "Built %d of %d articles (%d analysed, %d unchanged)",
                    report.articles(), report.seeds(), pipeline.analysedAfresh(), report.articles() - pipeline.analysedAfresh());
            String done = pipeline.done(built, report);
            if (timings) {
                pipeline.timings().forEach((stage, ms) -> spec.commandLine().getOut().printf(Locale.ROOT, "  %-14s %6d ms%n", stage, ms));
            }
            List<String> kept = report.content().map(ContentWriter.Outcome::kept).orElse(List.of());
            printKept(kept);
            if (pipeline.repeatable()) {
                last.record(new LastBuild.Outcome(report.articles(), report.seeds(), report.pages(), kept, report.problems()));
            }
            return finish(spec, project, report, done, start);
        }

        private void printKept(List<String> kept) {
            if (!kept.isEmpty()) spec.commandLine().getOut().println("Kept hand-edited: " + String.join(", ", kept));
        }
    }

    @Command(name = "bake", mixinStandardHelpOptions = true,
            description = "Bakes content/ into site/ with JBake, then checks the site.")
    static final class Bake implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ProjectOption options = new ProjectOption();

        @Override
        public Integer call() {
            Project project = options.project();
            return holding(spec, project, "bake", () -> {
                long start = System.nanoTime();
                Pipeline pipeline = new Pipeline(project, Progress.forTerminal());
                Pipeline.Report report = pipeline.bake();
                return finish(spec, project, report, pipeline.siteKept() ? "Not baked: " + Pipeline.SITE_KEPT
                        : "Baked " + report.pages() + " pages", start);
            });
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks site/: internal links and anchors, language and direction, counterpart pages, "
                    + "no empty entity or topic page, and HTML validity of every page (Nu Html Checker).")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ProjectOption options = new ProjectOption();

        @Option(names = "--no-html", description = "Skip the HTML validity check (the slowest part).")
        boolean skipHtml;

        @Override
        public Integer call() {
            Project project = options.project();
            return holding(spec, project, "check", () -> {
                long start = System.nanoTime();
                return finish(spec, project, new Pipeline(project).check(!skipHtml), "Checked site/", start);
            });
        }
    }
}

package org.nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** One command at a time works on a project; a serve is not waited for; the lock goes with its process. */
class ProjectLockTest {

    @TempDir
    Path project;

    /** Another JVM holding the project, as another terminal's command would, until its input closes. */
    private static final class OtherProcess implements AutoCloseable {
        final Process process;

        OtherProcess(Path project, String command) throws IOException {
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), HoldingMain.class.getName(), project.toString(), command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String said = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("held", said, "the other process should hold the project");
        }

        long pid() {
            return process.pid();
        }

        /** Lets go as a command that finishes does. */
        void finish() throws Exception {
            process.getOutputStream().close();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    /** The other process: takes the project, says so, and holds it until its input ends. */
    static final class HoldingMain {
        public static void main(String[] args) throws Exception {
            Optional<ProjectLock> lock = ProjectLock.take(Path.of(args[0]), args[1], waiting -> {});
            System.out.println(lock.isPresent() ? "held" : "not held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // held until the parent closes our input
            }
            lock.ifPresent(ProjectLock::close);
        }
    }

    /** {@link ProjectLock#take} on another thread, each waiting message added to {@code said}. */
    private CompletableFuture<Optional<ProjectLock>> takeLater(String command, List<String> said) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ProjectLock.take(project, command, said::add);
            } catch (ProjectLock.Held | InterruptedException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** A command's exit code and what it printed on standard error. */
    private record Ran(int code, String err) {}

    private static Ran run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new Nashra());
        cli.setOut(new PrintWriter(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
        int code = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cli.execute(args));
        return new Ran(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCommandWaitsForAnotherBuildSaysForWhomOnceAndThenHoldsTheProject() throws Exception {
        try (OtherProcess build = new OtherProcess(project, "build")) {
            List<String> said = new CopyOnWriteArrayList<>();
            CompletableFuture<Optional<ProjectLock>> taking = takeLater("bake", said);
            Thread.sleep(5 * ProjectLock.POLL.toMillis());
            assertFalse(taking.isDone(), "taken while another build held the project");
            assertEquals(List.of("waiting for nashra build (pid " + build.pid() + ") to finish with this project"), said);
            build.finish();
            Optional<ProjectLock> lock = taking.get(20, TimeUnit.SECONDS);
            assertTrue(lock.isPresent());
            assertEquals(ProcessHandle.current().pid() + " bake\n", Files.readString(project.resolve(ProjectLock.FILE)));
            assertEquals(1, said.size(), "told once: " + said);
            lock.get().close();
        }
    }

    @Test
    void aServeIsNotWaitedForTheMessageNamesItAndHowToStopIt() throws Exception {
        try (OtherProcess serve = new OtherProcess(project, "serve")) {
            ProjectLock.Held held = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(ProjectLock.Held.class, () -> ProjectLock.take(project, "build", waiting -> {})));
            assertEquals(new ProjectLock.Holder(serve.pid(), "serve"), held.holder());
            assertTrue(held.getMessage().startsWith("nashra serve (pid " + serve.pid() + ") is working on this project"), held.getMessage());
            assertTrue(held.getMessage().contains("Ctrl-C"), held.getMessage());
        }
    }

    @Test
    void theLockGoesWithAProcessThatIsKilled() throws Exception {
        OtherProcess build = new OtherProcess(project, "build");
        build.process.destroyForcibly();
        assertTrue(build.process.waitFor(20, TimeUnit.SECONDS));
        List<String> said = new CopyOnWriteArrayList<>();
        try (ProjectLock lock = ProjectLock.take(project, "build", said::add).orElseThrow()) {
            assertEquals(List.of(), said, "nothing stale to wait for");
        }
    }

    /** Whether another process finds the project free: it tries the operating system's lock once. */
    static final class ProbeMain {
        public static void main(String[] args) throws Exception {
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(Path.of(args[0]),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
                System.out.println(channel.tryLock() == null ? "busy" : "free");
            }
        }
    }

    private String probedFromAnotherProcess() throws Exception {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ProbeMain.class.getName(), project.resolve(ProjectLock.FILE).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(probe.waitFor(20, TimeUnit.SECONDS));
        return said;
    }

    @Test
    void aSecondTakerInTheHoldingProcessLeavesTheLockHeldForOtherProcesses() throws Exception {
        // Closing any channel on the file would release this process's lock: the second taker must not open it.
        try (ProjectLock held = ProjectLock.take(project, "serve", waiting -> {}).orElseThrow()) {
            assertEquals("busy", probedFromAnotherProcess());
            assertThrows(ProjectLock.Held.class, () -> ProjectLock.take(project, "build", waiting -> {}));
            assertEquals("busy", probedFromAnotherProcess(), "after a refused taker");
        }
        assertEquals("free", probedFromAnotherProcess());
    }

    @Test
    void inOneProcessASecondTakerWaitsForTheFirst() throws Exception {
        ProjectLock first = ProjectLock.take(project, "build", waiting -> {}).orElseThrow();
        List<String> said = new CopyOnWriteArrayList<>();
        CompletableFuture<Optional<ProjectLock>> second = takeLater("check", said);
        Thread.sleep(5 * ProjectLock.POLL.toMillis());
        assertFalse(second.isDone());
        assertEquals(List.of("waiting for nashra build (pid " + ProcessHandle.current().pid() + ") to finish with this project"), said);
        first.close();
        second.get(20, TimeUnit.SECONDS).orElseThrow().close();
    }

    @Test
    void aWaitingCommandThatIsStoppedTakesNothing() throws Exception {
        try (ProjectLock first = ProjectLock.take(project, "build", waiting -> {}).orElseThrow()) {
            CompletableFuture<Throwable> ended = new CompletableFuture<>();
            Thread waiter = new Thread(() -> {
                try {
                    ended.complete(new AssertionError("took " + ProjectLock.take(project, "check", waiting -> {})));
                } catch (Exception e) {
                    ended.complete(e);
                }
            });
            waiter.start();
            Thread.sleep(3 * ProjectLock.POLL.toMillis());
            waiter.interrupt();
            assertTrue(ended.get(20, TimeUnit.SECONDS) instanceof InterruptedException, String.valueOf(ended.getNow(null)));
            assertEquals("busy", probedFromAnotherProcess(), "the first still holds the project");
        }
    }

    @Test
    void aProjectThatCannotBeLockedRunsWithoutTheLock() throws Exception {
        Files.writeString(project.resolve(".nashra"), "a file where the folder should be");
        assertEquals(Optional.empty(), ProjectLock.take(project, "build", waiting -> {}));
    }

    @Test
    void aProjectFolderThatDoesNotExistIsSaidOnceAndNotMade() {
        Path missing = project.resolve("mistyped");
        for (String command : List.of("build", "bake", "check", "serve")) {
            Ran ran = run(command, "--project", missing.toString());
            assertEquals(1, ran.code(), command);
            assertEquals("nashra: error: no project folder " + missing + " (it does not exist or is not a folder)\n", ran.err(), command);
            assertFalse(Files.exists(missing), command + " made the folder");
        }
    }

    @Test
    void buildBakeAndCheckRefuseWithExitCode1WhileAServeHoldsTheProjectAndTouchNothing() throws Exception {
        try (OtherProcess serve = new OtherProcess(project, "serve")) {
            for (String command : List.of("build", "bake", "check")) {
                Ran ran = run(command, "--project", project.toString());
                String said = ran.err();
                assertEquals(1, ran.code(), command + ": " + said);
                assertEquals("nashra: error: nashra serve (pid " + serve.pid() + ") is working on this project and keeps it until it is "
                        + "stopped; stop it (Ctrl-C in its terminal) and run this command again\n", said, command);
                try (var left = Files.list(project)) {
                    assertEquals(List.of(project.resolve(".nashra")), left.toList(), command + " wrote something");
                }
            }
        }
    }
}

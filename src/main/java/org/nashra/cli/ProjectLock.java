package org.nashra.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One Nashra command at a time writes a project. Two at once ({@code nashra build} typed while another
 * runs, or while {@code nashra serve} rebuilds) would write the same {@code content/}, {@code site/} and
 * caches, and where two bakes meet one fails.
 *
 * <p>The lock is the operating system's lock on {@code .nashra/lock}, so it goes with the process that held
 * it, however that ends: nothing stale is ever left to remove. The file names its holder ({@code pid
 * command}) for the message of the one that waits. A one-shot command waits for another one-shot command
 * (a build's minutes at most); a {@code nashra serve} holds the project until it is stopped, so a command
 * that finds one says so at once and does not wait. Where the lock cannot be taken at all (a read-only
 * project, a file system without locks) the command runs without it, as it would have before.
 */
final class ProjectLock implements AutoCloseable {

    static final String FILE = ".nashra/lock";
    /** How often a waiting command tries again. */
    static final Duration POLL = Duration.ofMillis(100);

    /** Who holds a project: a process id and the command it runs ({@code build}, {@code serve}, ...). */
    record Holder(long pid, String command) {
        /** As the waiting command names it: {@code nashra build (pid 1234)}. */
        String describe() {
            return "nashra " + command + (pid > 0 ? " (pid " + pid + ")" : "");
        }

        /** The holder a lock file names, or an unknown one while it is still being written. */
        static Holder read(Path file) {
            try {
                String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ", 2);
                return new Holder(Long.parseLong(parts[0]), parts.length > 1 ? parts[1] : "");
            } catch (IOException | RuntimeException e) {
                return new Holder(0, "");
            }
        }
    }

    /** A project held by a command that does not finish by itself ({@code serve}): waiting for it would hang. */
    static final class Held extends Exception {
        private final Holder holder;

        Held(Holder holder) {
            super(holder.describe() + " is working on this project and keeps it until it is stopped; "
                    + "stop it (Ctrl-C in its terminal) and run this command again");
            this.holder = holder;
        }

        Holder holder() {
            return holder;
        }
    }

    /** Commands that hold a project until they are stopped rather than until they finish. */
    private static final String LONG_LIVED = "serve";

    /**
     * The projects this process holds, by lock file. The operating system's lock belongs to the process,
     * and closing any channel this process opened on the file releases it (POSIX record locks): so while
     * this process holds a project, a second taker here must not open the file, to try it or to read it.
     */
    private static final java.util.Map<Path, Holder> HELD_HERE = new java.util.HashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the project for {@code command}, waiting as long as another one-shot command holds it and
     * telling {@code waiting} once whom it waits for.
     *
     * @return the lock to close when done; empty when the project cannot be locked (the command runs without)
     * @throws Held when a long-lived command holds the project
     * @throws InterruptedException when stopped while waiting: the project is not this command's
     */
    static Optional<ProjectLock> take(Path projectRoot, String command, Consumer<String> waiting) throws Held, InterruptedException {
        Path file = where(projectRoot.resolve(FILE));
        boolean told = false;
        while (true) {
            Attempt attempt = tryTake(file, command);
            if (!attempt.busy()) return attempt.lock();
            Holder holder = heldHere(file).orElseGet(() -> Holder.read(file));
            if (holder.command().equals(LONG_LIVED)) throw new Held(holder);
            if (!told) {
                waiting.accept("waiting for " + (holder.command().isEmpty() ? "another nashra command" : holder.describe())
                        + " to finish with this project");
                told = true;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** The lock taken, none to be had (not busy, no lock), or another holds it (busy). */
    private record Attempt(Optional<ProjectLock> lock, boolean busy) {
        static final Attempt BUSY = new Attempt(Optional.empty(), true);
        static final Attempt UNLOCKABLE = new Attempt(Optional.empty(), false);
    }

    /** The lock file by its real folder, so that two spellings of one project are one key of {@link #HELD_HERE}. */
    private static Path where(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return file.getParent().toRealPath().resolve(file.getFileName());
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static Optional<Holder> heldHere(Path file) {
        synchronized (HELD_HERE) {
            return Optional.ofNullable(HELD_HERE.get(file));
        }
    }

    private static Attempt tryTake(Path file, String command) {
        synchronized (HELD_HERE) {
            if (HELD_HERE.containsKey(file)) return Attempt.BUSY;
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (IOException | SecurityException e) {
                return Attempt.UNLOCKABLE;
            }
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return Attempt.BUSY;
                }
                Holder holder = new Holder(ProcessHandle.current().pid(), command);
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((holder.pid() + " " + holder.command() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                HELD_HERE.put(file, holder);
                return new Attempt(Optional.of(new ProjectLock(file, channel, lock)), false);
            } catch (OverlappingFileLockException e) {
                // Another spelling of a file this process holds, not caught by the key: this channel is closed,
                // and the lock may have gone with it; the next try takes it anew.
                close(channel);
                return Attempt.BUSY;
            } catch (IOException e) {
                close(channel);
                return Attempt.UNLOCKABLE;
            }
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing held through it
        }
    }

    /** Lets the project go. The file stays: removing it could let two commands lock two different files. */
    @Override
    public void close() {
        synchronized (HELD_HERE) {
            try {
                lock.release();
            } catch (IOException e) {
                // released with the channel below
            } finally {
                close(channel);
                HELD_HERE.remove(file);
            }
        }
    }
}

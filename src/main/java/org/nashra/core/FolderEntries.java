package org.nashra.core;

import java.util.List;

/**
 * The names in one folder as a stage that just listed it found them, told apart into files and folders,
 * so that the next stage to read the same folder need not list it again.
 *
 * @param files   names of entries that are not folders (links to folders among them: they were not followed)
 * @param folders names of folders
 */
public record FolderEntries(List<String> files, List<String> folders) {
    public FolderEntries {
        files = List.copyOf(files);
        folders = List.copyOf(folders);
    }
}

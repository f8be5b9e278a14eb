package org.nashra.summarise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of ingest and sentence splitting to feed the summariser the real seed articles:
 * the first line is the title, every other non-blank line is a paragraph, obvious boilerplate lines
 * are dropped and everything from the "read also" line on is cut.
 */
final class SeedArticles {

    static final Path SEEDS = Path.of("seeds");

    private static final List<String> BOILERPLATE_PREFIXES =
            List.of("المصدر:", "شارك", "اضف تعليق", "أضف تعليق", "كلمات دلالية", "تاريخ النشر:", "تابع أحدث الأخبار");
    private static final List<String> CUT_FROM = List.of("إقرأ أيضاً", "اقرأ أيضا", "إقرأ أيضا");

    record Seed(String name, String title, List<String> paragraphs, List<SentenceRef> sentences) {}

    private SeedArticles() {}

    /**
     * The first line is the title unless it reads like a paragraph (long, or ending like a sentence):
     * then the article has no title. A line followed by an attribution line ({@code — name (@handle) date})
     * is an embedded post; it and its attribution are not paragraphs.
     */
    static Seed read(String fileName) throws IOException {
        List<String> lines = Files.readAllLines(SEEDS.resolve(fileName), StandardCharsets.UTF_8)
                .stream().map(l -> l.replace("\uFEFF", "").strip()).filter(l -> !l.isEmpty()).toList();
        boolean titled = !lines.isEmpty() && lines.get(0).split("\\s+").length <= 25
                && !lines.get(0).matches(".*[.؟!][\"”»]?$");
        String title = titled ? lines.get(0) : "";
        List<String> paragraphs = new ArrayList<>();
        for (int i = titled ? 1 : 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (CUT_FROM.stream().anyMatch(text::startsWith)) break;
            boolean embeddedPost = i + 1 < lines.size() && isAttribution(lines.get(i + 1));
            if (isBoilerplate(text) || embeddedPost || isAttribution(text)) continue;
            paragraphs.add(text);
        }
        return new Seed(fileName, title, List.copyOf(paragraphs), sentences(paragraphs));
    }

    private static boolean isAttribution(String line) {
        return line.startsWith("— ") && line.contains("(@");
    }

    static boolean isBoilerplate(String text) {
        return BOILERPLATE_PREFIXES.stream().anyMatch(text::startsWith);
    }

    /** Splits each paragraph after {@code .}, {@code ؟} and {@code !}; offsets point into the paragraph. */
    static List<SentenceRef> sentences(List<String> paragraphs) {
        List<SentenceRef> sentences = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                boolean end = i == text.length() || ".؟!".indexOf(text.charAt(i)) >= 0;
                if (!end) continue;
                int stop = Math.min(i + 1, text.length());
                add(sentences, p, text, start, stop);
                start = stop;
            }
        }
        return List.copyOf(sentences);
    }

    private static void add(List<SentenceRef> out, int paragraph, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new SentenceRef(paragraph, start, end, text.substring(start, end)));
    }

    static List<String> seedFiles() throws IOException {
        try (var files = Files.list(SEEDS)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".txt")).sorted().toList();
        }
    }
}

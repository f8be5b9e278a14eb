package org.nashra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.json.simple.JSONObject;
import org.json.simple.JSONValue;

/**
 * A Hugo site over the same Markdown Nashra wrote: each JBake header becomes JSON front matter (title,
 * language, direction, and the same URL as in Nashra's site), the body stays as it is.
 */
final class HugoSite {

    private HugoSite() {}

    static void write(Path content, Path hugoTemplate, Path site, Trash trash) throws IOException {
        trash.discard(site);
        Corpus.copyTree(hugoTemplate, site);
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path md : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String relative = content.relativize(md).toString().replace('\\', '/');
                // Hugo reads index.md as a bundle; the explicit url keeps the page where Nashra puts it.
                String target = relative.endsWith("index.md") ? relative.replaceAll("index\\.md$", "index-page.md") : relative;
                Path out = site.resolve("content").resolve(target);
                Files.createDirectories(out.getParent());
                Files.writeString(out, convert(Files.readAllLines(md, StandardCharsets.UTF_8), relative), StandardCharsets.UTF_8);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static String convert(List<String> lines, String relative) {
        int separator = lines.indexOf("~~~~~~");
        Map<String, Object> header = new LinkedHashMap<>();
        for (String line : lines.subList(0, Math.max(separator, 0))) {
            int eq = line.indexOf('=');
            if (eq > 0) header.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        Object parsed = JSONValue.parse(String.valueOf(header.getOrDefault("view", "{}")));
        Map<String, Object> view = parsed instanceof Map ? (Map<String, Object>) parsed : Map.of();
        JSONObject front = new JSONObject();
        front.put("title", view.getOrDefault("title", ""));
        front.put("pagetitle", view.getOrDefault("page_title", ""));
        front.put("pagelang", view.getOrDefault("lang", ""));
        front.put("pagedir", view.getOrDefault("dir", ""));
        if (header.containsKey("date")) front.put("date", header.get("date"));
        front.put("url", "/" + relative.replaceAll("\\.md$", ".html"));
        StringBuilder out = new StringBuilder(front.toJSONString()).append("\n\n");
        for (String line : lines.subList(separator + 1, lines.size())) out.append(line).append('\n');
        return out.toString();
    }
}

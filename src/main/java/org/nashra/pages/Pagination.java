package org.nashra.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.nashra.core.Lang;

/**
 * A long list split into pages: page 1 at the list's own address, page {@code n} at the address
 * {@code pathOf} gives it, each linked to its neighbours.
 *
 * @param order how the list runs, which names the links to the neighbouring pages
 */
record Pagination<T>(List<List<T>> slices, IntFunction<SitePath> pathOf, Order order) {

    /** Newest first ("newer" and "older" pages), or in another order ("previous" and "next"). */
    enum Order {
        NEWEST_FIRST("newer", "older"),
        SEQUENCE("previous_page", "next_page");

        final String previousKey;
        final String nextKey;

        Order(String previousKey, String nextKey) {
            this.previousKey = previousKey;
            this.nextKey = nextKey;
        }
    }

    /** {@code size} items a page. */
    static <T> Pagination<T> of(List<T> items, int size, IntFunction<SitePath> pathOf) {
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            slices.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
        }
        return fromSlices(slices, pathOf, Order.NEWEST_FIRST);
    }

    /** How many pages {@link #of} makes of {@code items} items, {@code size} a page, without making them. */
    static int pageCount(int items, int size) {
        return Math.max(1, (items + size - 1) / size);
    }

    /**
     * Pages that keep groups (a month, an outlet) together: a group goes whole onto the current page
     * when it fits beside what is there, else it starts a new page; a group longer than a page fills
     * pages of its own, {@code size} items each.
     */
    static <T> Pagination<T> grouped(List<T> items, Function<T, ?> groupOf, int size, IntFunction<SitePath> pathOf) {
        List<List<T>> groups = new ArrayList<>();
        Object current = null;
        for (T item : items) {
            Object group = groupOf.apply(item);
            if (groups.isEmpty() || !Objects.equals(group, current)) groups.add(new ArrayList<>());
            groups.get(groups.size() - 1).add(item);
            current = group;
        }
        List<List<T>> slices = new ArrayList<>();
        List<T> page = new ArrayList<>();
        for (List<T> group : groups) {
            if (!page.isEmpty() && page.size() + group.size() > size) {
                slices.add(List.copyOf(page));
                page = new ArrayList<>();
            }
            for (T item : group) {
                if (page.size() == size) {
                    slices.add(List.copyOf(page));
                    page = new ArrayList<>();
                }
                page.add(item);
            }
        }
        if (!page.isEmpty()) slices.add(List.copyOf(page));
        return fromSlices(slices, pathOf, Order.SEQUENCE);
    }

    private static <T> Pagination<T> fromSlices(List<List<T>> slices, IntFunction<SitePath> pathOf, Order order) {
        List<List<T>> pages = new ArrayList<>(slices);
        if (pages.isEmpty()) pages.add(List.of());
        return new Pagination<>(List.copyOf(pages), pathOf, order);
    }

    /** The same pages at the addresses {@code pathOf} gives them (another language's). */
    Pagination<T> at(IntFunction<SitePath> pathOf) {
        return new Pagination<>(slices, pathOf, order);
    }

    int pages() {
        return slices.size();
    }

    /** The items of page {@code n}, counted from 1. */
    List<T> page(int n) {
        return slices.get(n - 1);
    }

    SitePath path(int n) {
        return pathOf.apply(n);
    }

    /** For each key the items have, the first page holding an item with it (pages counted from 1), in key order of first appearance. */
    <K> java.util.Map<K, Integer> firstPages(Function<T, K> keyOf) {
        java.util.Map<K, Integer> first = new java.util.LinkedHashMap<>();
        for (int n = 1; n <= pages(); n++) {
            for (T item : page(n)) first.putIfAbsent(keyOf.apply(item), n);
        }
        return first;
    }

    /** The title of page {@code n}: the list's own title on page 1, "title — page n" after it. */
    String title(PageContext ctx, Lang lang, String title, int n) {
        return n == 1 ? title : title + " — " + ctx.ui(lang, "page_n").replace("{n}", String.valueOf(n));
    }

    /** Adds links to the neighbouring pages around "page n of total" to a page body; nothing when the list fits one page. */
    void addNav(Html body, PageContext ctx, Lang lang, int n) {
        if (pages() > 1) body.raw(nav(ctx, lang, n));
    }

    private String nav(PageContext ctx, Lang lang, int n) {
        SitePath self = path(n);
        StringBuilder nav = new StringBuilder("<nav class=\"pagination\" aria-label=\"")
                .append(Markdown.html(ctx.ui(lang, "pages"))).append("\">");
        if (n > 1) nav.append("<a rel=\"prev\" href=\"").append(Markdown.html(self.linkTo(path(n - 1))))
                .append("\">").append(Markdown.html(ctx.ui(lang, order.previousKey))).append("</a> ");
        nav.append("<span>").append(Markdown.html(ctx.ui(lang, "page_n_of").replace("{n}", String.valueOf(n))
                .replace("{total}", String.valueOf(pages())))).append("</span>");
        if (n < pages()) nav.append(" <a rel=\"next\" href=\"").append(Markdown.html(self.linkTo(path(n + 1))))
                .append("\">").append(Markdown.html(ctx.ui(lang, order.nextKey))).append("</a>");
        return nav.append("</nav>").toString();
    }
}

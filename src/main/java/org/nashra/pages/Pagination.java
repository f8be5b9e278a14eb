package org.nashra.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.nashra.core.Lang;

/**
 * A long list of briefings split into pages of {@link #PAGE_SIZE}: page 1 at the list's own address,
 * page {@code n} at the address {@code pathOf} gives it, each linked to its neighbours.
 */
record Pagination<T>(List<List<T>> slices, IntFunction<SitePath> pathOf) {

    static final int PAGE_SIZE = 20;

    static <T> Pagination<T> of(List<T> items, IntFunction<SitePath> pathOf) {
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < items.size(); from += PAGE_SIZE) {
            slices.add(List.copyOf(items.subList(from, Math.min(items.size(), from + PAGE_SIZE))));
        }
        if (slices.isEmpty()) slices.add(List.of());
        return new Pagination<>(List.copyOf(slices), pathOf);
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

    /** The title of page {@code n}: the list's own title on page 1, "title — page n" after it. */
    String title(PageContext ctx, Lang lang, String title, int n) {
        return n == 1 ? title : title + " — " + ctx.ui(lang, "page_n").replace("{n}", String.valueOf(n));
    }

    /** Adds newer and older links around "page n of total" to a page body; nothing when the list fits one page. */
    void addNav(Html body, PageContext ctx, Lang lang, int n) {
        if (pages() > 1) body.raw(nav(ctx, lang, n));
    }

    private String nav(PageContext ctx, Lang lang, int n) {
        SitePath self = path(n);
        StringBuilder nav = new StringBuilder("<nav class=\"pagination\" aria-label=\"")
                .append(Markdown.html(ctx.ui(lang, "pages"))).append("\">");
        if (n > 1) nav.append("<a rel=\"prev\" href=\"").append(Markdown.html(self.linkTo(path(n - 1))))
                .append("\">").append(Markdown.html(ctx.ui(lang, "newer"))).append("</a> ");
        nav.append("<span>").append(Markdown.html(ctx.ui(lang, "page_n_of").replace("{n}", String.valueOf(n))
                .replace("{total}", String.valueOf(pages())))).append("</span>");
        if (n < pages()) nav.append(" <a rel=\"next\" href=\"").append(Markdown.html(self.linkTo(path(n + 1))))
                .append("\">").append(Markdown.html(ctx.ui(lang, "older"))).append("</a>");
        return nav.append("</nav>").toString();
    }
}

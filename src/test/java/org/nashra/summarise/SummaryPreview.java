package org.nashra.summarise;

/**
 * Prints each seed's ranking, summary, headline and key points (without caller facts), to review
 * them by eye. Any argument makes it ignore the titles.
 */
public final class SummaryPreview {
    public static void main(String[] args) throws Exception {
        TextRankSummariser summariser = new TextRankSummariser();
        for (String file : SeedArticles.seedFiles()) {
            SeedArticles.Seed seed = SeedArticles.read(file);
            Summary summary = summariser.summarise(seed.sentences(), args.length > 0 ? "" : seed.title());
            System.out.println("=== " + file + "  sentences=" + seed.sentences().size() + " eligible=" + summary.ranking().size());
            for (RankedSentence r : summary.ranking()) {
                String t = r.sentence().text();
                System.out.printf("%s %.4f p%d %s%n", summary.sentences().contains(r.sentence()) ? "*" : " ", r.score(), r.sentence().paragraph(), t.substring(0, Math.min(110, t.length())));
            }
            System.out.println("HEADLINE: " + new HeadlineDeriver().derive(summary).orElse("-"));
            for (KeyPoint point : new KeyPoints().select(java.util.List.of(), summary)) {
                System.out.println("POINT p" + point.paragraph() + " " + point.text());
            }
        }
    }
}

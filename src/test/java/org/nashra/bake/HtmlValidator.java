package org.nashra.bake;

import java.nio.file.Path;

import nu.validator.client.EmbeddedValidator;

/** The Nu Html Checker, run in-process; returns its error lines (empty when the page is valid). */
public final class HtmlValidator {

    private HtmlValidator() {}

    public static String errors(Path page) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        try {
            String out = validator.validate(page);
            StringBuilder errors = new StringBuilder();
            for (String line : out.split("\n")) {
                if (line.contains("error:") || line.contains("fatal:")) errors.append(line).append('\n');
            }
            return errors.toString();
        } catch (Exception e) {
            return "validator failed on " + page + ": " + e;
        }
    }
}

package org.nashra.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.app.configuration.PropertyList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bake's configuration reads each setting once: it answers as JBake's own configuration does, and
 * a setting changed afterwards is read anew, by its getter and in the map templates get.
 */
class SettledConfigurationTest {

    @TempDir
    Path dir;

    private record Setting(String name, Function<DefaultJBakeConfiguration, Object> getter) {}

    private static final List<Setting> READ_ONCE = List.of(
            new Setting("header separator", DefaultJBakeConfiguration::getHeaderSeparator),
            new Setting("output extension", DefaultJBakeConfiguration::getOutputExtension),
            new Setting("output extension of a briefing", c -> c.getOutputExtensionByDocType("briefing")),
            new Setting("template of a briefing", c -> c.getTemplateByDocType("briefing")),
            new Setting("template of an unknown type", c -> c.getTemplateByDocType("no-such-type")),
            new Setting("template folder", DefaultJBakeConfiguration::getTemplateFolder),
            new Setting("content folder", DefaultJBakeConfiguration::getContentFolder),
            new Setting("render encoding", DefaultJBakeConfiguration::getRenderEncoding),
            new Setting("uri without extension", DefaultJBakeConfiguration::getUriWithoutExtension),
            new Setting("default status", DefaultJBakeConfiguration::getDefaultStatus),
            new Setting("default type", DefaultJBakeConfiguration::getDefaultType),
            new Setting("draft suffix", DefaultJBakeConfiguration::getDraftSuffix),
            new Setting("version", DefaultJBakeConfiguration::getVersion),
            new Setting("image path update", DefaultJBakeConfiguration::getImgPathUpdate),
            new Setting("prefix of uris without extension", DefaultJBakeConfiguration::getPrefixForUriWithoutExtension),
            new Setting("date format", DefaultJBakeConfiguration::getDateFormat));

    @Test
    void answersAsJBakesOwnConfigurationTwiceOver() {
        DefaultJBakeConfiguration made = made();
        Baker.Settled settled = Baker.Settled.of(made());
        for (Setting setting : READ_ONCE) {
            assertEquals(setting.getter().apply(made), setting.getter().apply(settled), setting.name());
            assertEquals(setting.getter().apply(made), setting.getter().apply(settled), setting.name() + ", read again");
        }
    }

    @Test
    void answersEachSettingAskedForFirst() {
        DefaultJBakeConfiguration made = made();
        for (Setting setting : READ_ONCE) {
            assertEquals(setting.getter().apply(made), setting.getter().apply(Baker.Settled.of(made())), setting.name());
        }
    }

    @Test
    void readsASettingAnewOnceItIsChanged() {
        Baker.Settled settled = Baker.Settled.of(made());
        settled.getHeaderSeparator();
        settled.getDefaultStatus();
        settled.asHashMap();

        settled.setProperty(PropertyList.HEADER_SEPARATOR.getKey(), "+++");
        settled.setDefaultStatus("draft");

        assertEquals("+++", settled.getHeaderSeparator());
        assertEquals("draft", settled.getDefaultStatus());
        assertEquals("+++", settled.asHashMap().get(PropertyList.HEADER_SEPARATOR.getKey().replace('.', '_')));
    }

    private Path project;

    private DefaultJBakeConfiguration made() {
        if (project == null) project = FixtureProject.create(dir.resolve("project"));
        try {
            return new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.toFile(), dir.resolve("out").toFile(), true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

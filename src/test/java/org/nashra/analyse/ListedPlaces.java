package org.nashra.analyse;

import java.util.ArrayList;
import java.util.List;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;
import org.nashra.extract.entities.EntityRecogniser;
import org.nashra.extract.resolve.EntityResolver;
import org.nashra.extract.resolve.Gazetteer;
import org.nashra.extract.resolve.RoleLexicon;
import org.nashra.extract.topics.Topic;
import org.nashra.translate.names.PlaceLexicon;
import org.nashra.translate.names.Transliterator;

/** An analyser for tests whose only names are the given places, found wherever they are written. */
public final class ListedPlaces {

    private ListedPlaces() {}

    public static EntityRecogniser recogniser(List<String> places) {
        return text -> {
            List<Mention> found = new ArrayList<>();
            for (String place : places) {
                for (int at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) {
                    found.add(new Mention(place, at, at + place.length(), EntityType.PLACE));
                }
            }
            return found;
        };
    }

    public static Analyser analyser(List<Topic> topics, List<String> places) {
        return new Analyser(topics, recogniser(places),
                new EntityResolver(Gazetteer.empty(), RoleLexicon.empty(), Transliterator.load(), PlaceLexicon.load()));
    }
}

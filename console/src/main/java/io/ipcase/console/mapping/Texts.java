package io.ipcase.console.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The console's own words in Chinese (first) and English: {@code i18n/console_zh.properties} and
 * {@code console_en.properties}, UTF-8. Pages read them as {@code {t.key}}; a key missing from a
 * language fails the page's rendering, so a test of the page finds it.
 */
@ApplicationScoped
public class Texts {

    public static final String CHINESE = "zh";
    public static final String ENGLISH = "en";

    private final Map<String, Map<String, String>> byLanguage = Map.of(CHINESE, load(CHINESE), ENGLISH, load(ENGLISH));

    public Map<String, String> of(String lang) {
        return byLanguage.getOrDefault(lang, byLanguage.get(CHINESE));
    }

    public static String language(String wanted) {
        return ENGLISH.equals(wanted) ? ENGLISH : CHINESE;
    }

    private static Map<String, String> load(String lang) {
        String resource = "i18n/console_" + lang + ".properties";
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.forEach((k, v) -> texts.put(k.toString(), v.toString()));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}

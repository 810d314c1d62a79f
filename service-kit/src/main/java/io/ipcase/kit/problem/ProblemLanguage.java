package io.ipcase.kit.problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Per-field messages in the caller's language. The API speaks English; a caller whose
 * Accept-Language prefers Chinese (the console of a Chinese-speaking officer) gets each field's
 * message in Chinese. Bean Validation's own messages come translated by Hibernate Validator
 * (quarkus.locales); ipcase's own messages are translated here, by the patterns of every
 * {@code ipcase/field-messages.zh.tsv} on the class path (the kit's and a service's own): one
 * {@code regex<TAB>replacement} per line, the regex matching the whole English message. A message
 * no pattern matches stays English rather than being guessed.
 */
public class ProblemLanguage {

    static final String TABLE = "ipcase/field-messages.zh.tsv";

    record Translation(Pattern english, String chinese) {
    }

    private static final List<Translation> ZH = load();

    @ServerResponseFilter
    public void translate(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && problem.errors() != null && prefersChinese(request)) {
            response.setEntity(new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), problem.instance(),
                    problem.errors().stream().map(e -> new Problem.FieldError(e.field(), chinese(e.message()))).toList(),
                    problem.extensions()));
        }
    }

    /** The first language the caller accepts decides (an officer's console sends its own one). */
    static boolean prefersChinese(ContainerRequestContext request) {
        List<Locale> accepted = request.getAcceptableLanguages();
        return !accepted.isEmpty() && "zh".equals(accepted.get(0).getLanguage());
    }

    static String chinese(String message) {
        if (message == null) {
            return null;
        }
        for (Translation t : ZH) {
            Matcher m = t.english().matcher(message);
            if (m.matches()) {
                return m.replaceAll(t.chinese());
            }
        }
        return message;
    }

    private static List<Translation> load() {
        List<Translation> translations = new ArrayList<>();
        try {
            for (URL table : Collections.list(ProblemLanguage.class.getClassLoader().getResources(TABLE))) {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(table.openStream(), StandardCharsets.UTF_8))) {
                    lines.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
                        String[] parts = line.split("\t", 2);
                        if (parts.length != 2) {
                            throw new IllegalStateException(table + ": not regex<TAB>replacement: " + line);
                        }
                        translations.add(new Translation(Pattern.compile(parts[0]), parts[1]));
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(translations);
    }
}

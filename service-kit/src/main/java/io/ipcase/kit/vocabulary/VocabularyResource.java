package io.ipcase.kit.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The labels of the values a service's API uses, by enum name: what a form's choices and a list's
 * cells show (the console reads them, so a label lives once, beside its value). No personal data;
 * open to anyone.
 */
@Path("/api/v1/vocabulary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabulary")
@PermitAll
public class VocabularyResource {

    public record Term(String value, String zh, String en) {
    }

    private final Map<String, List<Term>> vocabulary;

    public VocabularyResource(Instance<LabelledEnums> declared) {
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        for (LabelledEnums enums : declared) {
            for (Class<? extends Labelled> type : enums.enums()) {
                List<Term> values = new ArrayList<>();
                for (Labelled value : type.getEnumConstants()) {
                    values.add(new Term(((Enum<?>) value).name(), value.labelZh(), value.labelEn()));
                }
                terms.put(type.getSimpleName(), List.copyOf(values));
            }
        }
        this.vocabulary = Map.copyOf(terms);
    }

    @GET
    @Operation(summary = "The labels (Chinese, English) of every value this service's API uses, by enum name")
    public Map<String, List<Term>> vocabulary() {
        return vocabulary;
    }
}

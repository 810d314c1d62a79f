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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The labels of the values a service's API uses, by enum name: what a form's choices and a list's
 * cells show (the console reads them, so a label lives once, beside its value). No personal data;
 * open to anyone.
 */
@Path("/api/v1/vocabulary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabulary", description = "The labels of the values the API uses, in Chinese and English")
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
    @Operation(summary = "The labels (Chinese, English) of every value this service's API uses, by enum name",
            description = "For each enumeration the API uses (states, tracks, kinds of decision…), its values with their Chinese and "
                    + "English labels, so a client shows the words the bureaus use. Open to anyone; no personal data.")
    @APIResponse(responseCode = "200", description = "The terms of each enumeration, by its name", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Term[].class),
            examples = @ExampleObject(name = "one enumeration", value = """
                    {"CaseTrack": [{"value": "ADMINISTRATIVE_PENALTY", "zh": "行政处罚", "en": "administrative penalty"},
                                   {"value": "INFRINGEMENT_RULING", "zh": "侵权纠纷行政裁决", "en": "infringement-dispute administrative ruling"}]}""")))
    public Map<String, List<Term>> vocabulary() {
        return vocabulary;
    }
}

package io.ipcase.kit.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Documents the {@code Idempotency-Key} header on every POST of the OpenAPI document ({@link IdempotencyKeys}). */
public class IdempotencyKeyDocs implements OASFilter {

    @Override
    public PathItem filterPathItem(PathItem path) {
        if (path.getPOST() != null && (path.getPOST().getParameters() == null
                || path.getPOST().getParameters().stream().noneMatch(p -> IdempotencyKeys.HEADER.equals(p.getName())))) {
            path.getPOST().addParameter(OASFactory.createParameter().name(IdempotencyKeys.HEADER).in(Parameter.In.HEADER).required(false)
                    .description("A key of your own (a UUID) for this request. Sent again with the same request, the first answer is "
                            + "replayed (Idempotent-Replayed: true) and nothing changes twice; with another request it is a 422. "
                            + "Kept for a day.")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                            .maxLength(200).pattern("[A-Za-z0-9._:\\-]{1,200}")));
        }
        return path;
    }
}

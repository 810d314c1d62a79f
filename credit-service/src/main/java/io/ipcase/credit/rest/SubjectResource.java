package io.ipcase.credit.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipcase.credit.rest.CreditCheckResource;
import io.ipcase.credit.feed.CreditEventData;
import io.ipcase.credit.store.Listing;
import io.ipcase.identifiers.IdentityDocument;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.credit.store.InfringementRecord;

@Path("/api/v1/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subjects", description = "A subject's record as credit-service holds it: the infringement records that may ground a listing, "
        + "and every listing the subject has had")
@SecurityRequirement(name = "jwt")
public class SubjectResource {

    public record ListingSummary(UUID id, String rule, String state, String region, LocalDate proposedOn,
            LocalDate listedOn, LocalDate endsOn, LocalDate removedOn, String removalReason) {
        static ListingSummary of(Listing l) {
            return new ListingSummary(l.id, l.rule.name(), l.state.name(), l.region, l.proposedOn, l.listedOn, l.endsOn, l.removedOn,
                    l.removalReason);
        }
    }

    public record SubjectRecord(String subjectId, List<CreditEventData.Record> records, List<ListingSummary> listings) {
    }

    @GET
    @Path("{subjectId}")
    @RolesAllowed({ "credit-officer", "credit-platform", "auditor", "admin" })
    @Operation(summary = "A subject's infringement record and every listing it has had",
            description = "Every record held on the subject (established infringements, refusals to perform, confirmed mediation "
                    + "agreements not performed; a revoked one with its revokedOn), oldest first, and every listing it has had in any "
                    + "state and region, oldest proposal first. For credit officers, the credit platform, auditors and administrators, "
                    + "not limited to a region. A subject nothing is held on answers empty lists, not a 404.")
    @APIResponse(responseCode = "200", description = "The subject's records and listings", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubjectRecord.class), examples = @ExampleObject(name = "listed once", value = """
                    {"subjectId": "91350100M000100Y43",
                     "records": [{"recordId": "b7e1c3d9-4a2f-4e8b-9d6c-3f5a1e7b2c84", "kind": "ESTABLISHED_INFRINGEMENT",
                                  "caseId": "5f3c9a2e-7b41-4d8e-9c16-2a8e4f0b7d53", "caseNumber": "浔市监知罚〔2026〕7号", "region": "360400",
                                  "authority": "九江市市场监督管理局", "ipKind": "TRADEMARK", "decisionNumber": "浔市监知罚决〔2026〕7号",
                                  "decidedOn": "2026-05-18", "effectiveOn": "2026-05-20", "intentional": true, "fine": 150000.00,
                                  "occurredOn": "2026-05-20"}],
                     "listings": [{"id": "8e2d4c1a-3b5f-4e6a-9c7d-1f0a2b3c4d5e", "rule": "INTENTIONAL_HEAVY", "state": "LISTED", "region": "360400",
                                   "proposedOn": "2026-05-20", "listedOn": "2026-05-28", "endsOn": "2029-05-28"}]}""")))
    @APIResponse(responseCode = "400", description = "subjectId is not a subject identity (a USCC, resident ID or permit number, or "
            + "COUNTRY:number)")
    public SubjectRecord get(@PathParam("subjectId") String subjectId) {
        if (!IdentityDocument.isSubjectId(subjectId)) {
            throw ProblemException.badRequest("subjectId", CreditCheckResource.SUBJECT_ID_MESSAGE);
        }
        List<InfringementRecord> records = InfringementRecord.ofSubject(subjectId);
        return new SubjectRecord(subjectId, records.stream().map(CreditEventData.Record::of).toList(),
                Listing.ofSubject(subjectId).stream().map(ListingSummary::of).toList());
    }
}

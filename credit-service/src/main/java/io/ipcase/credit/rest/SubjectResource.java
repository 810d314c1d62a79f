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
@Tag(name = "Subjects")
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
    @Operation(summary = "A subject's infringement record and every listing it has had")
    public SubjectRecord get(@PathParam("subjectId") String subjectId) {
        if (!IdentityDocument.isSubjectId(subjectId)) {
            throw ProblemException.badRequest("subjectId", CreditCheckResource.SUBJECT_ID_MESSAGE);
        }
        List<InfringementRecord> records = InfringementRecord.ofSubject(subjectId);
        return new SubjectRecord(subjectId, records.stream().map(CreditEventData.Record::of).toList(),
                Listing.ofSubject(subjectId).stream().map(ListingSummary::of).toList());
    }
}

package io.ipcase.notification.rest;

import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.ipcase.kit.audit.RegisterChain;
import io.ipcase.kit.identifiers.ValidDivisionCode;
import io.ipcase.kit.identifiers.ValidUserId;
import io.ipcase.kit.problem.ProblemException;
import io.ipcase.kit.security.Caller;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.notification.domain.Channel;
import io.ipcase.notification.store.Recipient;

/** Staff recipients' channels and addresses: each person manages their own, an admin anyone's. */
@Path("/api/v1/recipients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recipients", description = "Staff as recipients: the channels, e-mail address and language they are told in, and the roles "
        + "and region by which routes find them")
@SecurityRequirement(name = "jwt")
public class RecipientResource {

    /** a recipient's settings as the API shows them, for the examples */
    interface RecipientExample {
        String JSON = """
                {"userId": "officer-liu", "name": "刘洋", "email": "officer-liu@jiujiang.example.gov.cn", "language": "zh", "region": "360400",
                 "channels": ["EMAIL", "INBOX"], "roles": ["officer"]}""";
    }

    private final Caller caller;
    private final IpcaseClock clock;
    private final RegisterChain registerChain;

    public RecipientResource(Caller caller, IpcaseClock clock, RegisterChain registerChain) {
        this.caller = caller;
        this.clock = clock;
        this.registerChain = registerChain;
    }

    public record Preferences(
            @NotBlank @Size(max = 200) String name,
            @Email @Size(max = 200) String email,
            @NotNull @Pattern(regexp = "zh|en", message = "is zh or en") String language,
            @ValidDivisionCode String region,
            @NotNull Set<@NotNull Channel> channels,
            Set<@NotBlank @Size(max = 40) String> roles) {
    }

    public record RecipientView(String userId, String name, String email, String language, String region, Set<Channel> channels,
            Set<String> roles) {
        static RecipientView of(Recipient r) {
            return new RecipientView(r.userId, r.name, r.email, r.language, r.region, r.channels, r.roles);
        }
    }

    @GET
    @Path("{userId}")
    @RolesAllowed({ "officer", "head", "reviewer", "mediator", "court", "organisation-admin", "credit-officer", "auditor", "admin" })
    @Operation(summary = "A recipient's channels and addresses (your own; an admin's anyone's)",
            description = "How the member of staff is told: name, e-mail address, language, channels, and the roles and region by "
                    + "which routes find them. Any of the roles listed may read their own; only an administrator another's (403 "
                    + "otherwise). 404 when the user has no settings yet. Reads only.")
    @APIResponse(responseCode = "200", description = "The recipient's settings", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecipientView.class), examples = @ExampleObject(name = "an officer", value = RecipientExample.JSON)))
    public RecipientView get(@PathParam("userId") @ValidUserId String userId) {
        mine(userId);
        Recipient r = Recipient.findById(userId);
        if (r == null) {
            throw ProblemException.notFound("Recipient", userId);
        }
        return RecipientView.of(r);
    }

    @PUT
    @Path("{userId}")
    @Transactional
    @RolesAllowed({ "officer", "head", "reviewer", "mediator", "court", "organisation-admin", "credit-officer", "auditor", "admin" })
    @Operation(summary = "Set how a recipient is told: channels (EMAIL, INBOX), e-mail address, language; roles and region (admin only)",
            description = "Creates or replaces the user's settings: name, language, channels (EMAIL needs an e-mail address; no channel "
                    + "means INBOX; WEBHOOK is for systems, not people). Any of the roles listed may set their own, an administrator "
                    + "anyone's; roles and region are taken only from an administrator and otherwise kept as they were. Recorded on "
                    + "the register chain.")
    @APIResponse(responseCode = "200", description = "The recipient's settings as they now are", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecipientView.class),
            examples = @ExampleObject(name = "an officer", value = RecipientExample.JSON)))
    @APIResponse(responseCode = "409", description = "The settings were changed by someone else meanwhile; read them again and retry")
    public RecipientView put(@PathParam("userId") @ValidUserId String userId, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Preferences.class),
            examples = @ExampleObject(name = "an officer, by an administrator", value = """
                    {"name": "刘洋", "email": "officer-liu@jiujiang.example.gov.cn", "language": "zh", "region": "360400",
                     "channels": ["EMAIL", "INBOX"], "roles": ["officer"]}"""))) @NotNull @Valid Preferences preferences) {
        mine(userId);
        if (preferences.channels().contains(Channel.WEBHOOK)) {
            throw ProblemException.badRequest("channels", "people are told by EMAIL or INBOX; systems subscribe to webhooks");
        }
        if (preferences.channels().contains(Channel.EMAIL) && preferences.email() == null) {
            throw ProblemException.badRequest("email", "is required for the EMAIL channel");
        }
        Recipient r = Recipient.findById(userId);
        if (r == null) {
            r = new Recipient();
            r.userId = userId;
        }
        r.name = preferences.name();
        r.email = preferences.email();
        r.language = preferences.language();
        r.channels.clear();
        r.channels.addAll(preferences.channels().isEmpty() ? EnumSet.of(Channel.INBOX) : preferences.channels());
        // whom routes find as a head of a region is the administrator's to say, not the person's own
        if (caller.hasRole("admin")) {
            r.region = preferences.region();
            r.roles.clear();
            if (preferences.roles() != null) {
                r.roles.addAll(preferences.roles());
            }
        }
        r.updatedAt = clock.now();
        r.persist();
        RecipientView view = RecipientView.of(r);
        // on the register chain: what the recipient's row holds, no more (docs/domain.md, "Audit")
        registerChain.append("recipient", userId, "put", caller.userId(), caller.actingRole("admin"), view);
        return view;
    }

    private void mine(String userId) {
        if (!caller.hasRole("admin") && !caller.userId().equals(userId)) {
            throw ProblemException.forbidden("You manage your own notification settings only");
        }
    }
}

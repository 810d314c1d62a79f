package io.ipcase.credit.store;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.ipcase.kit.audit.AuditRecord;

/** One step of a listing's record; never updated, never deleted. */
@Entity
@Table(name = "listing_audit_entry")
public class ListingAuditEntry extends AuditRecord {

    @Column(name = "listing_id")
    public UUID listingId;

    @Override
    public UUID chainId() {
        return listingId;
    }

    public static List<ListingAuditEntry> ofListing(UUID listingId) {
        return list("listingId = ?1 order by seq", listingId);
    }
}

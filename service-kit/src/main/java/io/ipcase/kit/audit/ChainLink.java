package io.ipcase.kit.audit;

import java.util.List;

/**
 * One stored entry of a hash chain as a verifier sees it: what it says it is (seq, previous hash, hash) and the hash its
 * content gives now.
 */
public record ChainLink(int seq, String prevHash, String hash, String recomputedHash) {

    /** the seq of the first entry that does not follow from the ones before it (or from genesis), or null when all do */
    public static Integer firstBrokenSeq(List<ChainLink> links) {
        String expectedPrev = AuditChain.GENESIS;
        int expectedSeq = 1;
        for (ChainLink link : links) {
            if (link.seq != expectedSeq || !expectedPrev.equals(link.prevHash) || !link.recomputedHash.equals(link.hash)) {
                return expectedSeq;
            }
            expectedPrev = link.hash;
            expectedSeq++;
        }
        return null;
    }
}

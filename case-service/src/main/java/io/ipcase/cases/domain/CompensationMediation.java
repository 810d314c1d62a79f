package io.ipcase.cases.domain;

import java.util.EnumSet;
import java.util.Set;

import io.ipcase.kit.parties.IpKind;

/**
 * Mediation of compensation inside a penalty case (docs/domain.md, "Compensation mediation"): on a party's request the
 * authority handling a trademark case may mediate the amount of compensation (商标法 Art. 60 §3), and the patent
 * authority likewise the compensation for patent infringement (专利法 Art. 65). It is a civil settlement between the
 * right holder and the infringer beside the penalty: the penalty case and its closing clock go on.
 */
public final class CompensationMediation {

    /** the rights whose laws provide for it */
    public static final Set<IpKind> PROVIDED_FOR = EnumSet.of(IpKind.TRADEMARK, IpKind.PATENT_INVENTION, IpKind.PATENT_UTILITY_MODEL,
            IpKind.PATENT_DESIGN);

    private CompensationMediation() {
    }

    /** the refusal, or nothing when the case's compensation may be mediated */
    public static void check(CaseSnapshot c) {
        if (!PROVIDED_FOR.contains(c.figures().ipKind())) {
            throw CaseRefusal.againstRule("compensation-mediation-not-provided", "The law provides for mediating compensation in a penalty case "
                    + "for trademarks and patents only (商标法 Art. 60 §3, 专利法 Art. 65), not for " + c.figures().ipKind());
        }
        if (!c.complainantIsParty()) {
            throw CaseRefusal.againstRule("no-right-holder", "Compensation is mediated between the right holder and the infringer: "
                    + "record the right holder as complainant first");
        }
    }
}

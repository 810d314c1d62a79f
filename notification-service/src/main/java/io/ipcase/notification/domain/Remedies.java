package io.ipcase.notification.domain;

/**
 * What a decision's notice tells the party it may and must do, and within which period of receiving it (docs/domain.md,
 * "Notices"). A penalty: the fine's payment period when there is a fine, administrative review or a suit. An administrative
 * ruling between parties: a suit only — it is not open to administrative review, and a party that neither sues nor stops
 * the infringement may be enforced against through the court.
 *
 * @param payment the fine's payment period, or null
 * @param review the period to apply for administrative review, or null when review is not open
 * @param lawsuit the period to sue in the people's court
 * @param enforcedWithoutSuit whether the notice warns that the authority may apply to the court for enforcement if the
 *     party neither sues nor complies
 */
public record Remedies(NoticePeriod payment, NoticePeriod review, NoticePeriod lawsuit, boolean enforcedWithoutSuit) {

    /** 行政处罚法 Art. 67: a fine is paid within 15 days of receiving the decision */
    static final NoticePeriod PAYMENT = NoticePeriod.days(15);
    /** 行政复议法 (2023) Art. 20: 60 days from knowing of the act */
    static final NoticePeriod REVIEW = NoticePeriod.days(60);
    /** 行政诉讼法 Art. 46: six months from knowing of the act */
    static final NoticePeriod SUIT = NoticePeriod.months(6);
    /** 专利法 Art. 65: a ruling on a patent infringement dispute may be sued over within 15 days of receiving it */
    static final NoticePeriod SUIT_AGAINST_RULING = NoticePeriod.days(15);

    /**
     * @param decisionKind case-service's decision kind ({@code PENALTY}, {@code WARNING}, {@code RULING}); a kind this
     *     service does not know is read as an administrative act against which review and suit are open, the general rule
     * @param fined whether the decision imposes a fine
     */
    public static Remedies forDecision(String decisionKind, boolean fined) {
        if ("RULING".equals(decisionKind)) {
            return new Remedies(null, null, SUIT_AGAINST_RULING, true);
        }
        return new Remedies(fined ? PAYMENT : null, REVIEW, SUIT, false);
    }
}

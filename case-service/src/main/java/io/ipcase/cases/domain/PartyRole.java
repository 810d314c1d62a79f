package io.ipcase.cases.domain;

public enum PartyRole {
    /** 请求人/权利人/投诉人 */
    COMPLAINANT,
    /** 被请求人/当事人 */
    RESPONDENT
}

package io.ipcase.notification.domain;

public enum MessageStatus {
    /** waiting for its (next) attempt */
    PENDING,
    SENT,
    /** attempts exhausted */
    GAVE_UP,
    /** nobody to send it to: no address known for the recipient */
    UNDELIVERABLE,
    /** not to be sent any more: its webhook subscription was stopped before it was delivered */
    WITHDRAWN
}

package io.ipcase.notification.domain;

public enum Channel {
    EMAIL, INBOX, WEBHOOK
}

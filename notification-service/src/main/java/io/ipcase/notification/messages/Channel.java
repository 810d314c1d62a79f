package io.ipcase.notification.messages;

public enum Channel {
    EMAIL, INBOX, WEBHOOK
}

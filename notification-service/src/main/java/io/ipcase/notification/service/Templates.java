package io.ipcase.notification.service;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.ipcase.notification.domain.NoticeFormat;
import io.ipcase.notification.domain.NoticePeriod;
import io.ipcase.notification.domain.Remedies;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;

/**
 * The message texts: one Qute template per event and language under
 * {@code templates/notifications/<event>.<language>.txt}; its first line is the subject.
 * Simplified Chinese unless the recipient asked for English.
 * The domain's values the templates read are registered here, so that the domain itself knows no template engine.
 */
@ApplicationScoped
@TemplateData(target = NoticeFormat.class)
@TemplateData(target = Remedies.class)
@TemplateData(target = NoticePeriod.class)
public class Templates {

    public record Text(String subject, String body) {
    }

    private final Engine engine;

    public Templates(Engine engine) {
        this.engine = engine;
    }

    public boolean has(String eventName) {
        return engine.getTemplate("notifications/" + eventName + ".zh") != null;
    }

    public Text render(String eventName, String language, String recipientName, Map<String, Object> data) {
        Template template = engine.getTemplate("notifications/" + eventName + "." + language);
        if (template == null) {
            template = engine.getTemplate("notifications/" + eventName + ".zh");
        }
        String text = template.data("data", data).data("name", recipientName == null ? "" : recipientName)
                .data("fmt", new NoticeFormat(language)).render();
        int newline = text.indexOf('\n');
        return newline < 0 ? new Text(text.trim(), "") : new Text(text.substring(0, newline).trim(), text.substring(newline + 1).trim());
    }
}

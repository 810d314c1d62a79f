package io.ipcase.kit.problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A problem's title and per-field messages in the caller's language. The API speaks English; a caller whose
 * Accept-Language prefers Chinese (the console of a Chinese-speaking officer) gets each field's
 * message in Chinese. Bean Validation's own messages come translated by Hibernate Validator
 * (quarkus.locales); ipcase's own messages are translated here, by the patterns of every
 * {@code ipcase/field-messages.zh.tsv} on the class path (the kit's and a service's own): one
 * {@code regex<TAB>replacement} per line, the regex matching the whole English message. A message
 * no pattern matches stays English rather than being guessed.
 */
public class ProblemLanguage {

    static final String TABLE = "ipcase/field-messages.zh.tsv";

    record Translation(Pattern english, String chinese) {
    }

    private static final List<Translation> ZH = load();

    /** the problems' titles in Chinese; a title not listed stays English */
    static final Map<String, String> TITLES_ZH = Map.ofEntries(
            Map.entry("Action not allowed in the current state", "当前状态下不允许此操作"),
            Map.entry("Bad request", "请求有误"),
            Map.entry("Conflict", "操作冲突"),
            Map.entry("Content too large", "请求内容过大"),
            Map.entry("Forbidden", "无权进行此操作"),
            Map.entry("Internal error", "内部错误"),
            Map.entry("Invalid request", "请求内容无效"),
            Map.entry("Method not allowed", "不支持此请求方法"),
            Map.entry("Not found", "未找到"),
            Map.entry("Precondition failed", "数据已被他人修改"),
            Map.entry("Refused by a domain rule", "不符合业务规则，已拒绝"),
            Map.entry("Request header fields too large", "请求头过大"),
            Map.entry("Service unavailable", "服务暂不可用"),
            Map.entry("URI too long", "请求地址过长"),
            Map.entry("Unauthorized", "未登录或登录已失效"),
            Map.entry("Unsupported media type", "不支持此内容类型"));

    /** A problem's title and field messages in the caller's language, which Content-Language names. */
    @ServerResponseFilter
    public void translate(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        if (!prefersChinese(request)) {
            response.getHeaders().putSingle("Content-Language", "en");
            return;
        }
        response.setEntity(new Problem(problem.type(), title(problem.title()), problem.status(), problem.detail(), problem.instance(),
                problem.errors() == null ? null
                        : problem.errors().stream().map(e -> new Problem.FieldError(e.field(), chinese(e.message()))).toList(),
                problem.extensions()));
        response.getHeaders().putSingle("Content-Language", "zh-CN");
    }

    static String title(String english) {
        return english == null ? null : TITLES_ZH.getOrDefault(english, english);
    }

    /** The first language the caller accepts decides (an officer's console sends its own one). */
    static boolean prefersChinese(ContainerRequestContext request) {
        List<Locale> accepted = request.getAcceptableLanguages();
        return !accepted.isEmpty() && "zh".equals(accepted.get(0).getLanguage());
    }

    static String chinese(String message) {
        if (message == null) {
            return null;
        }
        for (Translation t : ZH) {
            Matcher m = t.english().matcher(message);
            if (m.matches()) {
                return m.replaceAll(t.chinese());
            }
        }
        return message;
    }

    private static List<Translation> load() {
        List<Translation> translations = new ArrayList<>();
        try {
            for (URL table : Collections.list(ProblemLanguage.class.getClassLoader().getResources(TABLE))) {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(table.openStream(), StandardCharsets.UTF_8))) {
                    lines.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
                        String[] parts = line.split("\t", 2);
                        if (parts.length != 2) {
                            throw new IllegalStateException(table + ": not regex<TAB>replacement: " + line);
                        }
                        translations.add(new Translation(Pattern.compile(parts[0]), parts[1]));
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(translations);
    }
}

package io.ipcase.credit.checks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ipcase.credit.support.Api;
import io.ipcase.credit.support.Subjects;
import io.ipcase.credit.support.Upstream;
import io.ipcase.credit.watch.ListingWatch;
import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The officer's reason for a refusal to perform reaches the public list and the credit platform's
 * feed with no individual's personal data in it (docs/domain.md, "Privacy").
 */
@QuarkusTest
class PublicListPrivacyTest {

    @Inject
    IpcaseClock clock;
    @Inject
    ListingWatch watch;

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    @Test
    void reasonOnThePublicListIsMasked() {
        String subject = Subjects.residentId();
        String complainantId = Subjects.residentId();
        clock.fixAt(LocalDate.of(2026, 6, 1));
        String reason = "当事人周建英（身份证" + subject + "，手机 +86 139-0792-0123）逾期未缴纳罚款；投诉人欧阳明月（ID" + complainantId
                + "，电话 13800138000，邮箱 oyang@mail.example.com）已申请强制执行";
        Upstream.decisionNotPerformed(Upstream.Decision.against(subject, "周建英", LocalDate.of(2026, 5, 1)), reason, "欧阳明月", complainantId,
                "13800138000");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Api.creditOfficer().listingsOf(subject).then().extract().<String>path("items[0].id"), Objects::nonNull);
        // the window runs from the notice's service: delivered the day it was proposed
        Api.deliverNotices(LocalDate.of(2026, 6, 1), subject);
        clock.fixAt(LocalDate.of(2026, 6, 10));
        watch.scan();
        Api.listWhatIsDue(subject);

        String page = given().queryParam("q", subject).get("/api/v1/public/blacklist").then().statusCode(200).extract().asString();
        assertThat(page).contains("周**").contains("逾期未缴纳罚款");
        String digits = page.replaceAll("\\D", "");
        for (String value : List.of("周建英", "欧阳明月", "oyang@")) {
            assertThat(page).as("the public list shows " + value).doesNotContain(value);
        }
        for (String number : List.of(subject.substring(0, 17), complainantId.substring(0, 17), "13907920123", "13800138000")) {
            assertThat(digits).as("the public list shows the digits of " + number).doesNotContain(number);
        }
    }
}

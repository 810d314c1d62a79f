package io.ipcase.console.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

class FormJsonTest {

    private static MultivaluedMap<String, String> form(String... nameValues) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            form.add(nameValues[i], nameValues[i + 1]);
        }
        return form;
    }

    @Test
    void namesArePathsAndSuffixesTypes() {
        var body = FormJson.body(form("track", "ADMINISTRATIVE_PENALTY", "respondents[0].idNumber", "11010519491231002X",
                "respondents[1].name", "乙", "decision.fine:number", "1,200.50", "copies:integer", "12", "decision.major:boolean", "false",
                "handlingOfficers:list", "officer-li, officer-sun\nofficer-he", "obtainedAt:china-time", "2026-12-01T10:30",
                "_csrf", "secret", "summary", "  "));
        assertThat(body.get("track").asText()).isEqualTo("ADMINISTRATIVE_PENALTY");
        assertThat(body.at("/respondents/0/idNumber").asText()).isEqualTo("11010519491231002X");
        assertThat(body.at("/respondents/1/name").asText()).isEqualTo("乙");
        assertThat(body.at("/decision/fine").decimalValue()).isEqualByComparingTo("1200.50");
        assertThat(body.at("/decision/fine").isNumber()).isTrue();
        assertThat(body.at("/decision/major").isBoolean()).isTrue();
        assertThat(body.get("copies").isIntegralNumber()).isTrue();
        assertThat(body.get("handlingOfficers").toString()).isEqualTo("[\"officer-li\",\"officer-sun\",\"officer-he\"]");
        assertThat(body.get("obtainedAt").asText()).isEqualTo("2026-12-01T10:30:00+08:00");
        assertThat(body.has("_csrf")).isFalse();
        assertThat(body.has("summary")).isFalse();
    }

    @Test
    void lastRowsLeftBlankAreNotSentAndABlankRowBetweenKeepsItsPlace() {
        var body = FormJson.body(form("agreement.terms[0].obligor", "乙方", "agreement.terms[1].obligor", "", "agreement.signatures[2].signer", "陈敏"));
        assertThat(body.at("/agreement/terms").size()).isEqualTo(1);
        assertThat(body.at("/agreement/signatures").size()).isEqualTo(3);
        assertThat(body.at("/agreement/signatures/2/signer").asText()).isEqualTo("陈敏");
    }

    @Test
    void aMistypedNumberGoesToTheServiceAsTextForItsOwnMessage() {
        assertThat(FormJson.body(form("amountInvolved:number", "12a")).get("amountInvolved").isTextual()).isTrue();
        assertThat(FormJson.body(form("approved:boolean", "yes")).get("approved").isTextual()).isTrue();
    }

    @Test
    void aNameNoFormHasIsRefused() {
        assertThatThrownBy(() -> FormJson.body(form("a..b", "x"))).isInstanceOf(FormJson.BadForm.class);
        assertThatThrownBy(() -> FormJson.body(form("a[999]", "x"))).isInstanceOf(FormJson.BadForm.class);
    }

    @Test
    void valuesKeepWhatWasTypedByPath() {
        assertThat(FormJson.values(form("decision.fine:number", "12a", "_key", "k"))).containsExactly(java.util.Map.entry("decision.fine", "12a"));
    }
}

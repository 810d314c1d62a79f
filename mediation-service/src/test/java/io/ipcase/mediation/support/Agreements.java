package io.ipcase.mediation.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A mediation agreement between the parties of {@link Api#dispute} and of case-service's referral example. */
public final class Agreements {

    private Agreements() {
    }

    public static Map<String, Object> agreement(String complainantSigned, String respondentSigned) {
        return Map.of(
                "facts", "被申请人王建国在五金机电市场销售的打磨机落入涉案实用新型专利权保护范围。",
                "disputedPoints", "侵权是否成立；赔偿数额。",
                "responsibility", "被申请人承认销售行为，同意停止销售并赔偿。",
                "terms", List.of(
                        Map.of("obligor", "王建国", "obligation", "停止销售涉案打磨机并销毁库存", "manner", "自行销毁并拍照留存",
                                "place", "九江市濂溪区十里大道 205 号", "deadline", LocalDate.now().plusDays(10).toString()),
                        Map.of("obligor", "王建国", "obligation", "赔偿经济损失", "manner", "银行转账", "place", "请求人指定账户",
                                "deadline", LocalDate.now().plusDays(30).toString(), "amount", 20000)),
                "signatures", List.of(
                        Map.of("signer", "福建闽科实业有限公司", "role", "COMPLAINANT", "signedOn", complainantSigned),
                        Map.of("signer", "王建国", "role", "RESPONDENT", "signedOn", respondentSigned),
                        Map.of("signer", "调解员", "role", "MEDIATOR", "signedOn", respondentSigned)));
    }
}

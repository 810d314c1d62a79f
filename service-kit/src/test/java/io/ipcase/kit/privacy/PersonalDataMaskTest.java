package io.ipcase.kit.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataMaskTest {

    private final PersonalDataMask mask = PersonalDataMask.of(List.of(
            new PersonalDataMask.Individual("周建国", "11010519491231002X", "13800138000", "zhou.jg@example.cn", "江西省九江市浔阳区湖滨路8号"),
            new PersonalDataMask.Individual("李", null, null, null, null)));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            known name                 | 责令周建国停止销售                        | 责令周**停止销售
            known ID number            | 当事人11010519491231002X                  | 当事人110*************2X
            ID with a prefix           | 身份证号ID360403199001011234              | 身份证号ID360*************34
            ID with spaces             | 证件 360403 19900101 1234                 | 证件 360*************34
            old 15-digit ID            | 旧证 360403900101123                      | 旧证 360**********23
            mobile plain               | 电话13912345678                           | 电话139******78
            mobile +86 dashed          | 联系 +86 139-1234-5678                    | 联系 139******78
            mobile 0086 spaced         | 联系 0086 139 1234 5678                   | 联系 139******78
            landline with area code    | 座机0791-86001234                         | 座机079*******34
            landline in brackets       | 座机(0791)86001234                        | 座机079*******34
            e-mail                     | 邮箱 wang.er@mail.example.com 联系        | 邮箱 w***@mail.example.com 联系
            known address              | 住江西省九江市浔阳区湖滨路8号的仓库        | 住***的仓库
            passport                   | 护照E12345678                             | 护照E********
            permit                     | 通行证H1234567890                         | 通行证H**********
            one-character name ignored | 李某销售                                  | 李某销售
            organisation untouched     | 九江某某贸易有限公司91360400MA35XXXX1X    | 九江某某贸易有限公司91360400MA35XXXX1X
            amounts untouched          | 罚款100000元，没收违法所得800000元        | 罚款100000元，没收违法所得800000元
            decision number untouched  | 浔市监知罚〔2026〕12号                    | 浔市监知罚〔2026〕12号
            patent number untouched    | 专利号ZL202310123456.7                    | 专利号ZL202310123456.7
            """)
    void masks(String what, String text, String expected) {
        assertEquals(expected, mask.apply(text));
    }

    @ParameterizedTest(name = "no digits of {0} survive")
    @CsvSource({ "13800138000", "11010519491231002X" })
    void knownValuesLeaveNoDigits(String value) {
        String masked = mask.apply("见 " + value + " 与 " + value);
        assertFalse(masked.replaceAll("\\D", "").contains(value.replaceAll("\\D", "")), masked);
    }

    @ParameterizedTest(name = "null and empty: {0}")
    @CsvSource(value = { "''" })
    void emptyStaysEmpty(String text) {
        assertEquals(text, PersonalDataMask.PATTERNS_ONLY.apply(text));
        assertEquals(null, PersonalDataMask.PATTERNS_ONLY.apply(null));
    }
}

package io.ipcase.kit.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kit's own per-field messages in Chinese, by the table of field-messages.zh.tsv. */
class ProblemLanguageTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            is not a valid unified social credit code (GB 32100-2015: 18 characters with a matching check character) | 不是有效的统一社会信用代码（GB 32100-2015：18 位，校验码须相符）
            is required to refuse                                  | 此项必填
            is required to close a case                            | 此项必填
            must be one of [A, B]                                  | 须为以下之一：[A, B]
            cannot be read as one of [PENALTY, RULING]             | 须为以下之一：[PENALTY, RULING]
            must be less than 10^13                                | 须小于 10 的 13 次方
            must lie between 1900 and 2199                         | 须在 1900 年至 2199 年之间
            may contain digits, spaces and + ( ) - only            | 只能包含数字、空格和 + ( ) -
            must be a date (YYYY-MM-DD)                            | 须为日期（年-月-日）
            """)
    void knownMessagesAreTranslated(String english, String chinese) {
        assertEquals(chinese, ProblemLanguage.chinese(english));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Invalid request                          | 请求内容无效
            Action not allowed in the current state  | 当前状态下不允许此操作
            Precondition failed                      | 数据已被他人修改
            Refused by a domain rule                 | 不符合业务规则，已拒绝
            Unauthorized                             | 未登录或登录已失效
            A title no one listed                    | A title no one listed
            """)
    void titlesAreTranslatedAndAnUnknownOneStays(String english, String chinese) {
        assertEquals(chinese, ProblemLanguage.title(english));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a message no pattern knows
            is required to
            must be one of
            """)
    void anUnknownMessageStaysAsItWas(String english) {
        assertEquals(english, ProblemLanguage.chinese(english));
    }
}

package roadmap.kernel.display;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueTextTest {
    @Test
    void hugeListIsWrittenOnlyUpToTheElementLimit() {
        String text = ValueText.of(Collections.nCopies(30_000_000, 7));
        assertTrue(text.startsWith("[7, 7, 7"), text.substring(0, 20));
        assertTrue(text.endsWith(", … 29,990,000 more]"), text.substring(text.length() - 40));
        assertEquals(ValueText.MAX_ELEMENTS, text.split(", 7|\\[7").length - 1);
    }

    @Test
    void smallValuesPrintAsJavaPrintsThem() {
        assertEquals("[1, 2]", ValueText.of(List.of(1, 2)));
        assertEquals("[[1, 2], [3]]", ValueText.of(new int[][] {{1, 2}, {3}}));
        assertEquals("{a=1}", ValueText.of(Map.of("a", 1)));
    }

    @Test
    void hugeArrayAndMapAreBounded() {
        String array = ValueText.of(new double[50_000]);
        assertTrue(array.endsWith(", … 40,000 more]"), array.substring(array.length() - 30));
        Map<Integer, Integer> map = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            map.put(i, i);
        }
        assertTrue(ValueText.of(map).endsWith(", … 10,000 more}"));
    }

    @Test
    void longTextIsCutWithANotice() {
        String text = ValueText.of("x".repeat(ValueText.MAX_CHARS + 1_000));
        assertTrue(text.endsWith("[value cut: 1,000 more characters not shown; a value shows at most 200,000]"), text.substring(ValueText.MAX_CHARS));
        assertEquals(text, ValueText.cut(text), "cutting twice changes nothing");
    }
}

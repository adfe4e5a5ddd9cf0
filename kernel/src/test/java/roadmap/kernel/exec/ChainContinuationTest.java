package roadmap.kernel.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ChainContinuationTest {
    @Test
    void joinsALineThatStartsWithAMemberAccess() {
        String code = "var s = \"abc\"\n    .toUpperCase();";
        int cut = code.indexOf('\n');
        String joined = ChainContinuation.join(code, cut);
        assertEquals("var s = \"abc\"     .toUpperCase();", joined);
        assertEquals(code.length(), joined.length(), "offsets are preserved");
    }

    @Test
    void joinsWhenTheCutIsAfterTheLineBreak() {
        String code = "x\r\n  .y()";
        assertEquals("x    .y()", ChainContinuation.join(code, 3));
    }

    @Test
    void leavesOtherCodeAlone() {
        String next = "int a = 1\nint b = 2;";
        assertSame(next, ChainContinuation.join(next, next.indexOf('\n')));
        String number = "double d = 1\n.5;"; // not a member access
        assertSame(number, ChainContinuation.join(number, number.indexOf('\n')));
        String sameLine = "a; .b()";
        assertSame(sameLine, ChainContinuation.join(sameLine, 2));
    }

    @Test
    void doesNotJoinIntoALineComment() {
        String code = "var s = \"abc\" // upper next\n    .toUpperCase();";
        assertSame(code, ChainContinuation.join(code, code.indexOf('\n')));
    }
}

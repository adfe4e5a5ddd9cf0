package roadmap.kernel.exec;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.IntConsumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExitCallRewriterTest {
    /** Calls that would end the test JVM unless rewritten. */
    public static final class Quitter {
        public static void direct() {
            System.exit(3);
        }

        public static void viaRuntime() {
            Runtime.getRuntime().halt(4);
        }

        public static void viaMethodReference() {
            IntConsumer exit = System::exit;
            exit.accept(5);
        }

        public static int harmless() {
            return 42;
        }
    }

    private static Class<?> rewritten(Class<?> type) throws IOException {
        byte[] original;
        try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class")) {
            original = in.readAllBytes();
        }
        byte[] bytes = ExitCallRewriter.rewrite(original);
        return new ClassLoader(ExitCallRewriterTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(type.getName(), bytes, 0, bytes.length);
            }
        }.define();
    }

    private static Throwable invoke(Class<?> type, String method) throws ReflectiveOperationException {
        Method m = type.getMethod(method);
        return assertThrows(InvocationTargetException.class, () -> m.invoke(null)).getCause();
    }

    @Test
    void exitCallsThrowInsteadOfEndingTheJvm() throws Exception {
        Class<?> quitter = rewritten(Quitter.class);
        Throwable direct = invoke(quitter, "direct");
        assertInstanceOf(ExitRefusedException.class, direct);
        assertTrue(direct.getMessage().startsWith("System.exit(3) was called in a cell"));
        assertTrue(invoke(quitter, "viaRuntime").getMessage().startsWith("Runtime.halt(4)"));
        assertTrue(invoke(quitter, "viaMethodReference").getMessage().startsWith("System.exit(5)"));
        assertEquals(42, quitter.getMethod("harmless").invoke(null));
    }

    @Test
    void classesWithoutExitCallsAreLeftAlone() throws IOException {
        byte[] original;
        try (InputStream in = ExitCallRewriterTest.class.getResourceAsStream("ExitCallRewriterTest.class")) {
            original = in.readAllBytes();
        }
        assertArrayEquals(original, ExitCallRewriter.rewrite(original));
    }
}

package roadmap.kernel.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.tools.StandardJavaFileManager;

import org.junit.jupiter.api.Test;

class ClasspathIndexKeepingFileManagerTest {
    private final List<String> passedOn = new ArrayList<>();

    private StandardJavaFileManager recording() {
        return (StandardJavaFileManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StandardJavaFileManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("handleOption")) {
                        Iterator<?> rest = (Iterator<?>) args[1];
                        passedOn.add(args[0] + " " + (rest.hasNext() ? rest.next() : ""));
                        return true;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aRepeatedMultiReleaseValueIsNotPassedOnButANewOneIs() {
        ClasspathIndexKeepingFileManager manager = new ClasspathIndexKeepingFileManager(recording());
        for (String release : List.of("17", "17", "17", "21", "21")) {
            assertTrue(manager.handleOption("--multi-release", List.of(release).iterator()));
        }
        assertEquals(List.of("--multi-release 17", "--multi-release 21"), passedOn);
    }

    @Test
    void otherOptionsAreAlwaysPassedOn() {
        ClasspathIndexKeepingFileManager manager = new ClasspathIndexKeepingFileManager(recording());
        manager.handleOption("-classpath", List.of("a.jar").iterator());
        manager.handleOption("-classpath", List.of("a.jar").iterator());
        assertEquals(List.of("-classpath a.jar", "-classpath a.jar"), passedOn);
    }
}

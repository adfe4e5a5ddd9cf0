package roadmap.kernel;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.logging.Logger;

/**
 * Turns SIGINT into a cell interrupt instead of the JVM's default shutdown, for frontends that
 * interrupt by signal. Uses {@code sun.misc.Signal} (module jdk.unsupported, present on every
 * JDK the course supports) reflectively so the kernel compiles without internal-API warnings.
 */
final class InterruptSignal {
    private static final Logger LOG = Logger.getLogger(InterruptSignal.class.getName());

    private InterruptSignal() {
    }

    static void onInterrupt(Runnable action) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            InvocationHandler invocation = (proxy, method, args) -> {
                if (method.getName().equals("handle")) {
                    action.run();
                    return null;
                }
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "SIGINT handler";
                };
            };
            Object handler = Proxy.newProxyInstance(InterruptSignal.class.getClassLoader(), new Class<?>[] {handlerClass}, invocation);
            Object sigint = signalClass.getConstructor(String.class).newInstance("INT");
            signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, sigint, handler);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.fine(() -> "SIGINT cannot be caught on this JVM: " + e);
        }
    }
}

package roadmap.kernel.exec;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.logging.Logger;

/**
 * Rewrites a cell's bytecode so that {@code System.exit}, {@code Runtime.exit} and
 * {@code Runtime.halt} (called directly or through a method reference) call {@link ExitGuard},
 * which throws instead of ending the kernel. This works on every JDK, unlike the removed
 * SecurityManager.
 */
public final class ExitCallRewriter {
    private static final Logger LOG = Logger.getLogger(ExitCallRewriter.class.getName());
    private static final String GUARD = Type.getInternalName(ExitGuard.class);
    private static final String SYSTEM = "java/lang/System";
    private static final String RUNTIME = "java/lang/Runtime";
    private static final String EXIT_DESCRIPTOR = "(I)V";
    private static final String RUNTIME_GUARD_DESCRIPTOR = "(Ljava/lang/Runtime;I)V";

    private ExitCallRewriter() {
    }

    /**
     * @param classFile a class file
     * @return the rewritten class file, or the same array if it makes no exit call (or if this
     *         ASM version cannot read it, which is logged)
     */
    public static byte[] rewrite(byte[] classFile) {
        ClassReader reader;
        try {
            reader = new ClassReader(classFile);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "cannot check a cell class for System.exit calls: " + e.getMessage());
            return classFile;
        }
        boolean[] changed = {false};
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new GuardingMethodVisitor(super.visitMethod(access, name, descriptor, signature, exceptions), changed);
            }
        }, 0);
        return changed[0] ? writer.toByteArray() : classFile;
    }

    private static final class GuardingMethodVisitor extends MethodVisitor {
        private final boolean[] changed;

        GuardingMethodVisitor(MethodVisitor delegate, boolean[] changed) {
            super(Opcodes.ASM9, delegate);
            this.changed = changed;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            String guard = guardMethod(owner, name, descriptor);
            if (guard == null) {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                return;
            }
            changed[0] = true;
            String guardDescriptor = SYSTEM.equals(owner) ? EXIT_DESCRIPTOR : RUNTIME_GUARD_DESCRIPTOR;
            super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, guard, guardDescriptor, false);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            Object[] rewritten = arguments.clone();
            for (int i = 0; i < rewritten.length; i++) {
                if (rewritten[i] instanceof Handle) {
                    Handle handle = (Handle) rewritten[i];
                    String guard = guardMethod(handle.getOwner(), handle.getName(), handle.getDesc());
                    if (guard != null) {
                        changed[0] = true;
                        String guardDescriptor = SYSTEM.equals(handle.getOwner()) ? EXIT_DESCRIPTOR : RUNTIME_GUARD_DESCRIPTOR;
                        rewritten[i] = new Handle(Opcodes.H_INVOKESTATIC, GUARD, guard, guardDescriptor, false);
                    }
                }
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, rewritten);
        }
    }

    private static String guardMethod(String owner, String name, String descriptor) {
        if (!EXIT_DESCRIPTOR.equals(descriptor)) {
            return null;
        }
        if (SYSTEM.equals(owner) && "exit".equals(name)) {
            return "systemExit";
        }
        if (RUNTIME.equals(owner) && "exit".equals(name)) {
            return "runtimeExit";
        }
        if (RUNTIME.equals(owner) && "halt".equals(name)) {
            return "runtimeHalt";
        }
        return null;
    }
}

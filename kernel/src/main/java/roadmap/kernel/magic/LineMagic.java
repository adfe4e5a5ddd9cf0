package roadmap.kernel.magic;

import roadmap.kernel.errors.CellError;

import java.util.List;

/** A {@code %name args...} command handled by the kernel rather than by JShell. */
public interface LineMagic {
    /** @return the names it answers to, without {@code %} */
    List<String> names();

    /**
     * @param args    the arguments after the name
     * @param session the notebook to act on
     * @throws MagicException if it cannot do its job
     * @throws CellError      if code it evaluates fails
     */
    void run(List<String> args, NotebookSession session) throws MagicException, CellError;
}

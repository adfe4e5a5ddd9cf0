package roadmap.kernel.magic;

import roadmap.kernel.errors.CellError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The line magics a kernel knows, by name. */
public final class MagicRegistry {
    private final Map<String, LineMagic> byName = new LinkedHashMap<>();

    /**
     * @param magics the magics to register
     */
    public MagicRegistry(List<LineMagic> magics) {
        for (LineMagic magic : magics) {
            for (String name : magic.names()) {
                byName.put(name, magic);
            }
        }
    }

    /** @return the registered names */
    public Set<String> names() {
        return byName.keySet();
    }

    /**
     * @param call    the magic line
     * @param session the notebook
     * @throws MagicException if the magic is unknown or fails
     * @throws CellError      if code the magic evaluates fails
     */
    public void run(MagicCall call, NotebookSession session) throws MagicException, CellError {
        LineMagic magic = byName.get(call.name());
        if (magic == null) {
            throw new MagicException("unknown magic %" + call.name() + "; known: %" + String.join(", %", byName.keySet()));
        }
        magic.run(call.args(), session);
    }
}

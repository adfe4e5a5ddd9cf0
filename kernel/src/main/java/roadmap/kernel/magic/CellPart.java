package roadmap.kernel.magic;

/**
 * A run of Java code, or one magic line, in a cell.
 *
 * @param offset where it starts in the cell
 * @param text   its source, exactly as in the cell
 * @param magic  the parsed magic if this part is a magic line, else {@code null}
 */
public record CellPart(int offset, String text, MagicCall magic) {
    /** @return whether this part is a magic line */
    public boolean isMagic() {
        return magic != null;
    }
}

package roadmap.data;

/**
 * One e-mail of the course's SpamAssassin subset: the raw message (headers and body) with its
 * label and where it belongs.
 *
 * @param id      where it comes from in the original corpus, e.g. {@code hard-ham-1/00042}
 * @param label   {@code ham} or {@code spam}
 * @param subtype {@code easy} or {@code hard} for ham, {@code spam} for spam
 * @param thread  a thread number: messages of one conversation (or one spam campaign sharing a
 *                subject) share it, and a thread never straddles two splits
 * @param split   {@code train}, {@code validation} or {@code test}
 * @param text    the raw message as the corpus has it, headers first, then a blank line, then the body
 */
public record Mail(String id, String label, String subtype, int thread, String split, String text) {

    /**
     * Whether this mail is spam.
     *
     * @return true when the label is {@code spam}
     */
    public boolean isSpam() {
        return "spam".equals(label);
    }
}

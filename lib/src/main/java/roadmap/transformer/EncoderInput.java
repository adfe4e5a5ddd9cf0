package roadmap.transformer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import roadmap.text.WordPiece;

/**
 * One batch for a BERT-style encoder: token ids padded to a common length, the attention mask
 * (1 = real token, 0 = padding) and the token types (all 0: one segment).
 *
 * <p>Construction validates everything an encoder would otherwise trip over deep inside native
 * code: an empty batch, an empty sequence, a sequence longer than {@link MiniLm#MAX_POSITIONS},
 * an id outside the vocabulary. Text is turned into ids by {@link WordPiece#encode}: an empty or
 * only-markup text becomes {@code [CLS] [SEP]}, unknown words become {@code [UNK]}, and a long
 * text is truncated to {@code maxLength} ids — each a defined result, not an error.
 */
public final class EncoderInput {

    private final long[][] ids;
    private final long[][] mask;
    private final int[] lengths;

    private EncoderInput(long[][] ids, long[][] mask, int[] lengths) {
        this.ids = ids;
        this.mask = mask;
        this.lengths = lengths;
    }

    /**
     * Tokenises texts and pads them to the longest (or to {@code maxLength}).
     *
     * @param tokenizer the model's WordPiece tokenizer
     * @param texts     the texts (at least one; each may be empty)
     * @param maxLength ids per text at most, {@code [CLS]} and {@code [SEP]} included (2..512)
     * @param padToMax  pad every row to {@code maxLength} instead of to the longest text
     * @return the batch
     * @throws IllegalArgumentException when the batch is empty or maxLength is outside 2..512
     * @throws NullPointerException     when a text is null
     */
    public static EncoderInput of(WordPiece tokenizer, List<String> texts, int maxLength, boolean padToMax) {
        checkLength(maxLength);
        List<int[]> rows = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String t = Objects.requireNonNull(texts.get(i), "text " + i + " of the batch is null");
            rows.add(tokenizer.encode(t, maxLength));
        }
        return ofIds(rows, padToMax ? maxLength : 0, tokenizer.size());
    }

    /**
     * A batch from id sequences.
     *
     * @param sequences  the ids of each sequence, special tokens included
     * @param padTo      pad every row to this length (0: to the longest sequence)
     * @param vocabulary vocabulary size: every id must lie in {@code [0, vocabulary)}
     * @return the batch
     * @throws IllegalArgumentException when the batch or a sequence is empty, a sequence is longer
     *                                  than 512 or than {@code padTo}, or an id is out of range
     */
    public static EncoderInput ofIds(List<int[]> sequences, int padTo, int vocabulary) {
        if (sequences.isEmpty()) {
            throw new IllegalArgumentException("the batch is empty: give the encoder at least one text");
        }
        int longest = sequences.stream().mapToInt(s -> s.length).max().orElse(0);
        int width = padTo > 0 ? padTo : longest;
        checkLength(width);
        long[][] ids = new long[sequences.size()][width];
        long[][] mask = new long[sequences.size()][width];
        int[] lengths = new int[sequences.size()];
        for (int i = 0; i < sequences.size(); i++) {
            int[] s = sequences.get(i);
            if (s.length == 0) {
                throw new IllegalArgumentException("sequence " + i + " is empty (it needs at least [CLS] and [SEP])");
            }
            if (s.length > width) {
                throw new IllegalArgumentException("sequence " + i + " has " + s.length + " ids; this batch allows "
                        + width + " (the encoder has " + MiniLm.MAX_POSITIONS + " positions): truncate it");
            }
            for (int j = 0; j < s.length; j++) {
                if (s[j] < 0 || s[j] >= vocabulary) {
                    throw new IllegalArgumentException("sequence " + i + ", position " + j + ": id " + s[j]
                            + " is outside the vocabulary [0, " + vocabulary + ")");
                }
                ids[i][j] = s[j];
                mask[i][j] = 1;
            }
            lengths[i] = s.length;
        }
        return new EncoderInput(ids, mask, lengths);
    }

    private static void checkLength(int n) {
        if (n < 2 || n > MiniLm.MAX_POSITIONS) {
            throw new IllegalArgumentException("sequence length must be 2.." + MiniLm.MAX_POSITIONS
                    + " (the encoder has " + MiniLm.MAX_POSITIONS + " learned positions), got " + n);
        }
    }

    /** @return number of sequences */
    public int batch() {
        return ids.length;
    }

    /** @return padded length of every row */
    public int length() {
        return ids[0].length;
    }

    /**
     * @param row a sequence index
     * @return how many real (unpadded) tokens it has
     */
    public int length(int row) {
        return lengths[row];
    }

    /** @return the ids {@code [batch][length]} (a copy) */
    public long[][] ids() {
        return copy(ids);
    }

    /** @return the attention mask {@code [batch][length]}, 1 = token, 0 = padding (a copy) */
    public long[][] mask() {
        return copy(mask);
    }

    /** @return token types {@code [batch][length]}, all 0 */
    public long[][] tokenTypes() {
        return new long[ids.length][ids[0].length];
    }

    /**
     * Rows {@code from} (inclusive) to {@code to} (exclusive), keeping the padded length.
     *
     * @param from first row
     * @param to   end row
     * @return the sub-batch
     */
    public EncoderInput rows(int from, int to) {
        if (from < 0 || to > ids.length || from >= to) {
            throw new IllegalArgumentException("rows " + from + ".." + to + " of a batch of " + ids.length);
        }
        return new EncoderInput(java.util.Arrays.copyOfRange(ids, from, to),
                java.util.Arrays.copyOfRange(mask, from, to), java.util.Arrays.copyOfRange(lengths, from, to));
    }

    private static long[][] copy(long[][] a) {
        long[][] c = new long[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}

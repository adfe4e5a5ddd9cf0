package roadmap.spamfilter.model;

/**
 * What the filter says about one text.
 *
 * @param label           "spam" or "ham"
 * @param spamProbability the model's probability that the text is spam, in [0, 1]
 */
public record Prediction(String label, double spamProbability) {

    /** The label of unwanted mail. */
    public static final String SPAM = "spam";
    /** The label of wanted mail. */
    public static final String HAM = "ham";

    /** Checks the label and the probability. */
    public Prediction {
        if (!SPAM.equals(label) && !HAM.equals(label)) {
            throw new IllegalArgumentException("label must be spam or ham, got " + label);
        }
        if (!(spamProbability >= 0 && spamProbability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + spamProbability);
        }
    }

    /** @return whether the label is spam */
    public boolean isSpam() {
        return SPAM.equals(label);
    }
}

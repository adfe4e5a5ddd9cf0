package roadmap.spamfilter.features;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import roadmap.spamfilter.config.SpamFilterConfig;
import roadmap.text.BagOfWords;
import roadmap.text.MailCleaner;
import roadmap.text.RegexTokenizer;
import roadmap.text.SparseVector;
import roadmap.text.TfIdf;
import roadmap.text.Vocabulary;

/**
 * Text to a TF-IDF row: optional mail cleaning ({@link MailCleaner#clean}), regex tokens
 * ({@link RegexTokenizer}), counts over a fixed vocabulary ({@link BagOfWords}), then TF-IDF with
 * scikit-learn's smooth idf and unit Euclidean norm ({@link TfIdf}). Immutable and thread-safe.
 */
public final class TextFeatures {

    private static final Pattern HEADER_FIELD = Pattern.compile("From |[A-Za-z0-9-]+:");

    private final boolean cleanMail;
    private final RegexTokenizer tokenizer;
    private final boolean lowercase;
    private final Vocabulary vocabulary;
    private final TfIdf tfidf;

    /**
     * @param cleanMail    whether raw mails are cleaned first
     * @param tokenPattern the token regex
     * @param lowercase    whether text is lower-cased before matching
     * @param vocabulary   the columns
     * @param tfidf        the fitted weighting (its idf has one entry per vocabulary term)
     */
    public TextFeatures(boolean cleanMail, String tokenPattern, boolean lowercase, Vocabulary vocabulary,
                        TfIdf tfidf) {
        if (tfidf.idf().length != vocabulary.size()) {
            throw new IllegalArgumentException("idf has " + tfidf.idf().length + " weights for "
                    + vocabulary.size() + " terms");
        }
        this.cleanMail = cleanMail;
        this.tokenizer = new RegexTokenizer(tokenPattern, lowercase);
        this.lowercase = lowercase;
        this.vocabulary = vocabulary;
        this.tfidf = tfidf;
    }

    /**
     * Fits the vocabulary and idf on training texts.
     *
     * @param texts  the training texts (raw mails when the configuration cleans them)
     * @param config min count, vocabulary size, token pattern, cleaning, sublinear tf
     * @return the fitted features
     */
    public static TextFeatures fit(List<String> texts, SpamFilterConfig config) {
        return fitTokens(tokenizeAll(texts, config), config);
    }

    /**
     * Tokenises texts as a pipeline with these settings would (cleaning included).
     *
     * @param texts  the texts
     * @param config cleaning, token pattern and case settings
     * @return the tokens of each text
     */
    public static List<List<String>> tokenizeAll(List<String> texts, SpamFilterConfig config) {
        List<List<String>> tokens = new ArrayList<>(texts.size());
        RegexTokenizer tok = new RegexTokenizer(config.tokenPattern(), config.lowercase());
        for (String t : texts) {
            tokens.add(tok.tokenize(config.cleanMail() ? cleanMail(t) : t));
        }
        return tokens;
    }

    /**
     * Fits the vocabulary and idf on tokens from {@link #tokenizeAll}.
     *
     * @param tokens the tokens of each training text
     * @param config min count, vocabulary size, token pattern, cleaning, sublinear tf
     * @return the fitted features
     */
    public static TextFeatures fitTokens(List<List<String>> tokens, SpamFilterConfig config) {
        Vocabulary vocab = Vocabulary.build(tokens, config.minCount(), config.maxVocabulary());
        TfIdf tfidf = TfIdf.fit(BagOfWords.countsAll(tokens, vocab), TfIdf.Idf.SMOOTH,
                config.sublinearTf(), true);
        return new TextFeatures(config.cleanMail(), config.tokenPattern(), config.lowercase(),
                Vocabulary.of(vocab.terms()), tfidf);
    }

    /**
     * @param text a text (a raw mail when mails are cleaned)
     * @return its tokens, after cleaning
     */
    public List<String> tokens(String text) {
        return tokenizer.tokenize(cleanMail ? cleanMail(text) : text);
    }

    /**
     * {@link MailCleaner#clean} for a raw mail; a text that starts neither with a header field
     * ({@code Name: value}) nor with an mbox {@code From } line is taken as a body without headers (so "cheap meds here" is not
     * mistaken for a header block and dropped).
     *
     * @param text a raw mail or a plain text
     * @return the cleaned text
     */
    public static String cleanMail(String text) {
        return MailCleaner.clean(HEADER_FIELD.matcher(text).lookingAt() ? text : "\n\n" + text);
    }

    /**
     * @param tokens tokens of one text (from {@link #tokens})
     * @return its TF-IDF row
     */
    public SparseVector transformTokens(List<String> tokens) {
        return tfidf.transform(BagOfWords.counts(tokens, vocabulary));
    }

    /**
     * @param text a text
     * @return its bag-of-words counts over the vocabulary
     */
    public SparseVector counts(String text) {
        return BagOfWords.counts(tokens(text), vocabulary);
    }

    /**
     * @param text a text
     * @return its TF-IDF row: unit norm, or all zeros when no token is in the vocabulary
     */
    public SparseVector transform(String text) {
        return tfidf.transform(counts(text));
    }

    /** @return whether raw mails are cleaned before tokenising */
    public boolean cleanMail() {
        return cleanMail;
    }

    /** @return the token regex */
    public String tokenPattern() {
        return tokenizer.pattern();
    }

    /** @return whether text is lower-cased (Locale.ROOT) before tokens are matched */
    public boolean lowercase() {
        return lowercase;
    }

    /** @return whether counts c become 1 + ln c */
    public boolean sublinearTf() {
        return tfidf.sublinearTf();
    }

    /** @return the terms in column order */
    public List<String> terms() {
        return vocabulary.terms();
    }

    /** @return the idf weight of each column (a copy) */
    public double[] idf() {
        return tfidf.idf();
    }

    /** @return the vocabulary */
    public Vocabulary vocabulary() {
        return vocabulary;
    }
}

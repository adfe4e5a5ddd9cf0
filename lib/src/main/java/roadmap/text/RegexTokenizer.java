package roadmap.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into word tokens: every match of a regular expression is one token, optionally
 * lower-cased first.
 *
 * <p>{@link #scikitLearn()} reproduces scikit-learn's default {@code token_pattern}
 * {@code (?u)\b\w\w+\b} with {@code lowercase=True}: runs of two or more Unicode word
 * characters (letters of any script, digits, underscore); single characters and punctuation are
 * dropped. Empty text gives an empty list. The patterns used here have no nested quantifiers, so
 * a 1 MB text is tokenised in one linear pass.
 */
public final class RegexTokenizer {

    private final Pattern pattern;
    private final boolean lowercase;

    /**
     * Creates a tokenizer.
     *
     * @param regex     a regular expression; every match is a token
     * @param lowercase whether to lower-case the text (Locale.ROOT) before matching
     * @throws java.util.regex.PatternSyntaxException when the expression is invalid
     * @throws IllegalArgumentException when the expression matches the empty string
     */
    public RegexTokenizer(String regex, boolean lowercase) {
        this.pattern = Pattern.compile(Objects.requireNonNull(regex, "regex"), Pattern.UNICODE_CHARACTER_CLASS);
        if (pattern.matcher("").matches()) {
            throw new IllegalArgumentException("token pattern '" + regex + "' matches the empty string");
        }
        this.lowercase = lowercase;
    }

    /**
     * scikit-learn's default: lower-case, tokens of two or more word characters.
     *
     * @return the tokenizer
     */
    public static RegexTokenizer scikitLearn() {
        return new RegexTokenizer("\\b\\w\\w+\\b", true);
    }

    /**
     * Lower-cased runs of letters (any script), keeping one-letter words and dropping digits.
     *
     * @return the tokenizer
     */
    public static RegexTokenizer letters() {
        return new RegexTokenizer("\\p{L}+", true);
    }

    /**
     * Tokenises one text.
     *
     * @param text the text (may be empty)
     * @return the tokens in order of appearance
     * @throws NullPointerException when {@code text} is null
     */
    public List<String> tokenize(String text) {
        Objects.requireNonNull(text, "text to tokenise is null");
        String s = lowercase ? text.toLowerCase(Locale.ROOT) : text;
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * Tokenises many texts.
     *
     * @param texts the texts
     * @return one token list per text
     */
    public List<List<String>> tokenizeAll(List<String> texts) {
        List<List<String>> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(tokenize(t));
        }
        return out;
    }

    /**
     * The regular expression.
     *
     * @return its source text
     */
    public String pattern() {
        return pattern.pattern();
    }

    @Override
    public String toString() {
        return "RegexTokenizer[" + pattern.pattern() + (lowercase ? ", lower-case" : "") + "]";
    }
}

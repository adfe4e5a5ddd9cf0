package roadmap.spamfilter.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Everything a training run depends on, typed and validated. Loaded from a {@code .properties}
 * file whose keys are listed in {@link #KEYS}; a missing key takes its default, an unknown key, a
 * value of the wrong type or out of range is an error naming the file, the key and the value.
 *
 * @param dataFile              the mail corpus (gzip JSON lines with a split field)
 * @param dataSha256            the expected SHA-256 of the data file, or "" to accept any
 * @param trainLimit            train on a fixed random sample of N training mails (0 = all)
 * @param cleanMail             strip headers, HTML, URLs and numbers before tokenising
 * @param tokenPattern          the token regex (Java syntax, Unicode classes)
 * @param lowercase             lower-case before matching tokens
 * @param minCount              a term must occur this often in training to enter the vocabulary
 * @param maxVocabulary         keep at most this many terms (the most frequent)
 * @param sublinearTf           term frequency c becomes 1 + ln c
 * @param epochs                passes of SGD over the training mails
 * @param learningRate          AdaGrad's initial learning rate
 * @param seed                  the seed of SGD's shuffling
 * @param maxFalsePositiveRate  the operating point: the threshold is the lowest one whose false
 *                              positive rate on the validation mails stays at or below this
 */
public record SpamFilterConfig(Path dataFile, String dataSha256, int trainLimit, boolean cleanMail,
                               String tokenPattern, boolean lowercase, int minCount, int maxVocabulary,
                               boolean sublinearTf, int epochs, double learningRate, long seed,
                               double maxFalsePositiveRate) {

    /** The keys a configuration file may contain, with their defaults (week 9's settings). */
    public static final Map<String, String> KEYS = defaults();

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("data.file", "notebooks/data/spam-assassin.jsonl.gz");
        d.put("data.sha256", "");
        d.put("data.trainLimit", "0");
        d.put("features.cleanMail", "true");
        d.put("features.tokenPattern", "\\b\\w\\w+\\b");
        d.put("features.lowercase", "true");
        d.put("features.minCount", "2");
        d.put("features.maxVocabulary", "1000000");
        d.put("features.sublinearTf", "false");
        d.put("train.epochs", "5");
        d.put("train.learningRate", "0.5");
        d.put("train.seed", "42");
        d.put("threshold.maxFalsePositiveRate", "0.005");
        return java.util.Collections.unmodifiableMap(d);
    }

    /** Validates every field (the same rules as loading from a file). */
    public SpamFilterConfig {
        String src = "configuration";
        if (dataFile == null) {
            throw bad(src, "data.file", "null", "a path is required");
        }
        if (dataSha256 == null || !(dataSha256.isEmpty() || SHA256.matcher(dataSha256).matches())) {
            throw bad(src, "data.sha256", dataSha256, "expected 64 lower-case hex digits or nothing");
        }
        check(src, "data.trainLimit", trainLimit, trainLimit >= 0, "must be >= 0 (0 = all)");
        tokenPattern(src, tokenPattern);
        check(src, "features.minCount", minCount, minCount >= 1, "must be >= 1");
        check(src, "features.maxVocabulary", maxVocabulary, maxVocabulary >= 1, "must be >= 1");
        check(src, "train.epochs", epochs, epochs >= 1 && epochs <= 1000, "must be in 1..1000");
        check(src, "train.learningRate", learningRate, learningRate > 0 && learningRate <= 10,
                "must be in (0, 10]");
        check(src, "threshold.maxFalsePositiveRate", maxFalsePositiveRate,
                maxFalsePositiveRate >= 0 && maxFalsePositiveRate <= 1, "must be in [0, 1]");
    }

    /** @return the defaults (week 9's settings) */
    public static SpamFilterConfig defaultConfig() {
        return fromMap(KEYS, "defaults");
    }

    /**
     * Loads a configuration file.
     *
     * @param file a {@code .properties} file
     * @return the validated configuration
     * @throws ConfigException naming the file, key and value when something is wrong
     */
    public static SpamFilterConfig load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
        return fromMap(values, file.toString());
    }

    /**
     * Builds a configuration from key/value pairs; missing keys take their defaults.
     *
     * @param values the given keys and values
     * @param source how messages name where the values came from (a file name)
     * @return the validated configuration
     * @throws ConfigException naming the source, key and value when something is wrong
     */
    public static SpamFilterConfig fromMap(Map<String, String> values, String source) {
        List<String> unknown = new ArrayList<>();
        for (String k : new TreeSet<>(values.keySet())) {
            if (!KEYS.containsKey(k)) {
                unknown.add(k);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ConfigException(source + ": unknown key" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + " (known keys: " + String.join(", ", KEYS.keySet()) + ")");
        }
        Map<String, String> v = new LinkedHashMap<>(KEYS);
        values.forEach((k, x) -> v.put(k, x.strip()));
        try {
            return new SpamFilterConfig(Path.of(v.get("data.file")), v.get("data.sha256"),
                    integer(source, v, "data.trainLimit"), bool(source, v, "features.cleanMail"),
                    tokenPattern(source, v.get("features.tokenPattern")), bool(source, v, "features.lowercase"),
                    integer(source, v, "features.minCount"), integer(source, v, "features.maxVocabulary"),
                    bool(source, v, "features.sublinearTf"), integer(source, v, "train.epochs"),
                    decimal(source, v, "train.learningRate"), longInt(source, v, "train.seed"),
                    decimal(source, v, "threshold.maxFalsePositiveRate"));
        } catch (ConfigException e) {
            if (e.getMessage().startsWith("configuration:")) {   // a range check in the constructor
                throw new ConfigException(source + e.getMessage().substring("configuration".length()));
            }
            throw e;
        }
    }

    /** @return the configuration as key/value pairs in {@link #KEYS} order (what provenance records) */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("data.file", dataFile.toString().replace('\\', '/'));
        m.put("data.sha256", dataSha256);
        m.put("data.trainLimit", Integer.toString(trainLimit));
        m.put("features.cleanMail", Boolean.toString(cleanMail));
        m.put("features.tokenPattern", tokenPattern);
        m.put("features.lowercase", Boolean.toString(lowercase));
        m.put("features.minCount", Integer.toString(minCount));
        m.put("features.maxVocabulary", Integer.toString(maxVocabulary));
        m.put("features.sublinearTf", Boolean.toString(sublinearTf));
        m.put("train.epochs", Integer.toString(epochs));
        m.put("train.learningRate", Double.toString(learningRate));
        m.put("train.seed", Long.toString(seed));
        m.put("threshold.maxFalsePositiveRate", Double.toString(maxFalsePositiveRate));
        return m;
    }

    /**
     * A copy with some keys changed (validated like a file).
     *
     * @param changes keys and new values
     * @return the changed configuration
     */
    public SpamFilterConfig with(Map<String, String> changes) {
        Map<String, String> m = asMap();
        m.putAll(changes);
        return fromMap(m, "configuration");
    }

    private static ConfigException bad(String source, String key, Object value, String why) {
        return new ConfigException(source + ": " + key + " = '" + value + "': " + why);
    }

    private static void check(String source, String key, Object value, boolean ok, String why) {
        if (!ok) {
            throw bad(source, key, value, why);
        }
    }

    private static String tokenPattern(String source, String regex) {
        if (regex == null || regex.isEmpty()) {
            throw bad(source, "features.tokenPattern", regex, "a regular expression is required");
        }
        try {
            if (Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS).matcher("").matches()) {
                throw bad(source, "features.tokenPattern", regex, "matches the empty string");
            }
        } catch (PatternSyntaxException e) {
            throw bad(source, "features.tokenPattern", regex, "not a regular expression ("
                    + e.getDescription() + " near index " + e.getIndex() + ")");
        }
        return regex;
    }

    private static int integer(String source, Map<String, String> v, String key) {
        try {
            return Integer.parseInt(v.get(key));
        } catch (NumberFormatException e) {
            throw bad(source, key, v.get(key), "not an integer");
        }
    }

    private static long longInt(String source, Map<String, String> v, String key) {
        try {
            return Long.parseLong(v.get(key));
        } catch (NumberFormatException e) {
            throw bad(source, key, v.get(key), "not an integer");
        }
    }

    private static double decimal(String source, Map<String, String> v, String key) {
        try {
            double d = Double.parseDouble(v.get(key));
            if (!Double.isFinite(d)) {
                throw bad(source, key, v.get(key), "not a finite number");
            }
            return d;
        } catch (NumberFormatException e) {
            throw bad(source, key, v.get(key), "not a number");
        }
    }

    private static boolean bool(String source, Map<String, String> v, String key) {
        String s = v.get(key).toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        throw bad(source, key, v.get(key), "expected true or false");
    }
}

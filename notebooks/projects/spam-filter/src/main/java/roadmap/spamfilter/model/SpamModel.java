package roadmap.spamfilter.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import roadmap.spamfilter.features.TextFeatures;
import roadmap.text.SparseVector;
import roadmap.text.TfIdf;
import roadmap.text.Vocabulary;

/**
 * A trained spam filter: TF-IDF features and a logistic regression over them, with the
 * decision threshold chosen on validation mails and the model's provenance. Immutable, so
 * {@link #predict} may be called from many threads at once.
 *
 * <p>The probability of spam for a text is {@code 1 / (1 + exp(-(bias + Σ_j weights[j] · x_j)))},
 * where x is the text's TF-IDF row ({@link TextFeatures#transform}); a text with no known token
 * (an all-zero row) gets {@link #emptyProbability()}, the share of spam among the training mails.
 * The label is spam when the probability is at least {@link #threshold()}.
 */
public final class SpamModel {

    /** The format name written into model files. */
    public static final String FORMAT = "roadmap-spam-filter/1";
    /** The format name written into portable exports. */
    public static final String PORTABLE_FORMAT = "roadmap-spam-filter-portable/1";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final TextFeatures features;
    private final double[] weights;
    private final double bias;
    private final double threshold;
    private final double emptyProbability;
    private final Provenance provenance;

    /**
     * @param features         text to TF-IDF rows
     * @param weights          one weight per vocabulary term (copied)
     * @param bias             the intercept
     * @param threshold        the spam probability from which a text is labelled spam
     * @param emptyProbability the probability given to texts without a known token
     * @param provenance       where the model came from
     */
    public SpamModel(TextFeatures features, double[] weights, double bias, double threshold,
                     double emptyProbability, Provenance provenance) {
        if (weights.length != features.terms().size()) {
            throw new IllegalArgumentException(weights.length + " weights for " + features.terms().size() + " terms");
        }
        checkFinite(weights, "weights");
        checkFinite(new double[] {bias, threshold, emptyProbability}, "bias, threshold, emptyProbability");
        this.features = features;
        this.weights = weights.clone();
        this.bias = bias;
        this.threshold = threshold;
        this.emptyProbability = emptyProbability;
        this.provenance = provenance;
    }

    /**
     * @param text a raw mail (headers optional) or any text
     * @return the label and the probability of spam
     */
    public Prediction predict(String text) {
        double p = spamProbability(text);
        return new Prediction(p >= threshold ? Prediction.SPAM : Prediction.HAM, p);
    }

    /**
     * @param texts texts to score
     * @return one prediction per text, in order
     */
    public List<Prediction> predictBatch(List<String> texts) {
        List<Prediction> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(predict(t));
        }
        return out;
    }

    /**
     * @param text a text
     * @return the probability that it is spam
     */
    public double spamProbability(String text) {
        SparseVector x = features.transform(text);
        if (x.nonZeros() == 0) {
            return emptyProbability;
        }
        double z = bias;
        for (int k = 0; k < x.nonZeros(); k++) {
            z += weights[x.index(k)] * x.value(k);
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** @return the feature pipeline */
    public TextFeatures features() {
        return features;
    }

    /** @return the weight of each vocabulary term (a copy) */
    public double[] weights() {
        return weights.clone();
    }

    /** @return the intercept */
    public double bias() {
        return bias;
    }

    /** @return the probability from which a text is labelled spam */
    public double threshold() {
        return threshold;
    }

    /** @return the probability given to a text with no known token */
    public double emptyProbability() {
        return emptyProbability;
    }

    /** @return where the model came from */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * The model file's bytes: JSON with a fixed key order and no timestamps, so the same model
     * always gives the same bytes.
     *
     * @return UTF-8 JSON
     */
    public byte[] toBytes() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode prov = root.putObject("provenance");
        prov.put("dataFile", provenance.dataFile());
        prov.put("dataSha256", provenance.dataSha256());
        prov.put("trainMails", provenance.trainMails());
        prov.put("gitCommit", provenance.gitCommit());
        putMap(prov.putObject("config"), provenance.config());
        putMap(prov.putObject("libraries"), provenance.libraries());
        ObjectNode pipe = root.putObject("features");
        pipe.put("cleanMail", features.cleanMail());
        pipe.put("tokenPattern", features.tokenPattern());
        pipe.put("lowercase", features.lowercase());
        pipe.put("sublinearTf", features.sublinearTf());
        root.put("bias", bias);
        root.put("threshold", threshold);
        root.put("emptyProbability", emptyProbability);
        ArrayNode terms = root.putArray("terms");
        features.terms().forEach(terms::add);
        ArrayNode idf = root.putArray("idf");
        for (double d : features.idf()) {
            idf.add(d);
        }
        ArrayNode w = root.putArray("weights");
        for (double d : weights) {
            w.add(d);
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the model as JSON", e);
        }
    }

    /**
     * Writes the model file (to a temporary file first, then moved into place).
     *
     * @param file where to write
     * @throws ModelFileException naming the file when it cannot be written
     */
    public void save(Path file) {
        writeAtomically(file, toBytes());
    }

    /**
     * Reads a model file.
     *
     * @param file a file written by {@link #save}
     * @return the model
     * @throws ModelFileException naming the file when it is missing, unreadable or not a model
     */
    public static SpamModel load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException("model file " + file + " does not exist (train one with: spam-filter train"
                    + " --config FILE --model " + file + ")", e);
        } catch (AccessDeniedException e) {
            throw new ModelFileException("model file " + file + " cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new ModelFileException("model file " + file + " cannot be read: " + e.getMessage(), e);
        }
        return fromBytes(bytes, file.toString());
    }

    /**
     * Parses model bytes.
     *
     * @param bytes the JSON of {@link #toBytes}
     * @param shown how messages name the source
     * @return the model
     * @throws ModelFileException naming the source when the bytes are not a valid model
     */
    public static SpamModel fromBytes(byte[] bytes, String shown) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new ModelFileException("model file " + shown + " is corrupt (not JSON: "
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        try {
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                throw new IllegalArgumentException("format is not " + FORMAT);
            }
            JsonNode prov = required(root, "provenance");
            Provenance provenance = new Provenance(text(prov, "dataFile"), text(prov, "dataSha256"),
                    required(prov, "trainMails").intValue(), map(required(prov, "config")),
                    map(required(prov, "libraries")), text(prov, "gitCommit"));
            JsonNode pipe = required(root, "features");
            List<String> terms = new ArrayList<>();
            required(root, "terms").forEach(t -> terms.add(t.asText()));
            double[] idf = doubles(required(root, "idf"), "idf");
            double[] w = doubles(required(root, "weights"), "weights");
            if (idf.length != terms.size() || w.length != terms.size()) {
                throw new IllegalArgumentException(terms.size() + " terms but " + idf.length + " idf weights and "
                        + w.length + " weights (truncated file?)");
            }
            TextFeatures features = new TextFeatures(bool(pipe, "cleanMail"), text(pipe, "tokenPattern"),
                    bool(pipe, "lowercase"), Vocabulary.of(terms),
                    TfIdf.of(idf, bool(pipe, "sublinearTf"), true));
            return new SpamModel(features, w, number(root, "bias"), number(root, "threshold"),
                    number(root, "emptyProbability"), provenance);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException("model file " + shown + " is corrupt or not a spam-filter model: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Writes what a re-implementation in another language needs to compute the same
     * probabilities: the pipeline's settings, the vocabulary (term → column), idf, weights,
     * bias, threshold and the probability of texts without a known token. The file explains the
     * computation in its {@code "formula"} field.
     *
     * @param file where to write the JSON
     * @throws ModelFileException naming the file when it cannot be written
     */
    public void exportPortable(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", PORTABLE_FORMAT);
        root.put("formula", "text -> (if clean_mail: roadmap.spamfilter.features.TextFeatures.cleanMail, i.e."
                + " roadmap.text.MailCleaner.clean of the text, or of \\n\\n + text when the text does not start"
                + " with a match of the regex 'From |[A-Za-z0-9-]+:') -> lower-case (Locale.ROOT)"
                + " if lowercase -> tokens = all matches of token_pattern (Java regex, UNICODE_CHARACTER_CLASS)"
                + " -> c_j = count of vocabulary[j] -> tf_j = c_j (1 + ln c_j if sublinear_tf) -> v_j = tf_j * idf[j]"
                + " -> x = v / ||v||_2 -> if no known token: p = empty_probability, else"
                + " z = bias + sum_j weights[j] * x_j over columns j in increasing order, p = 1 / (1 + exp(-z))"
                + " -> label = spam if p >= threshold else ham");
        root.put("clean_mail", features.cleanMail());
        root.put("token_pattern", features.tokenPattern());
        root.put("lowercase", features.lowercase());
        root.put("sublinear_tf", features.sublinearTf());
        root.put("bias", bias);
        root.put("threshold", threshold);
        root.put("empty_probability", emptyProbability);
        ObjectNode vocab = root.putObject("vocabulary");
        List<String> terms = features.terms();
        for (int j = 0; j < terms.size(); j++) {
            vocab.put(terms.get(j), j);
        }
        ArrayNode idf = root.putArray("idf");
        for (double d : features.idf()) {
            idf.add(d);
        }
        ArrayNode w = root.putArray("weights");
        for (double d : weights) {
            w.add(d);
        }
        try {
            writeAtomically(file, JSON.writeValueAsBytes(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the portable model as JSON", e);
        }
    }

    private static void writeAtomically(Path file, byte[] bytes) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new ModelFileException("cannot write model file " + file + ": " + e, e);
        }
    }

    private static void putMap(ObjectNode node, Map<String, String> map) {
        map.forEach(node::put);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        return v;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = required(node, field);
        if (!v.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' is not a string");
        }
        return v.asText();
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode v = required(node, field);
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("field '" + field + "' is not true/false");
        }
        return v.booleanValue();
    }

    private static double number(JsonNode node, String field) {
        JsonNode v = required(node, field);
        if (!v.isNumber()) {
            throw new IllegalArgumentException("field '" + field + "' is not a number");
        }
        return v.doubleValue();
    }

    private static double[] doubles(JsonNode array, String field) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("field '" + field + "' is not an array");
        }
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            if (!array.get(i).isNumber()) {
                throw new IllegalArgumentException(field + "[" + i + "] is not a number");
            }
            out[i] = array.get(i).doubleValue();
        }
        return out;
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            m.put(e.getKey(), e.getValue().asText());
        }
        return m;
    }

    private static void checkFinite(double[] values, String what) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(what + " must be finite, got " + v);
            }
        }
    }
}

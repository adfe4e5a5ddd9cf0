package roadmap.kernel.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageSignerTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void matchesRfc4231TestCase2() {
        MessageSigner signer = new MessageSigner("Jefe", "hmac-sha256");
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                signer.sign(utf8("what do ya "), utf8("want for nothing?")));
    }

    @Test
    void verifiesOnlyTheRightSignature() {
        MessageSigner signer = new MessageSigner("secret", "hmac-sha256");
        String signature = signer.sign(utf8("a"), utf8("b"));
        assertTrue(signer.verify(signature, utf8("a"), utf8("b")));
        assertFalse(signer.verify(signature, utf8("a"), utf8("c")));
        assertFalse(signer.verify("", utf8("a"), utf8("b")));
        assertFalse(new MessageSigner("other", "hmac-sha256").verify(signature, utf8("a"), utf8("b")));
    }

    @Test
    void emptyKeyDisablesSigning() {
        MessageSigner signer = new MessageSigner("", "hmac-sha256");
        assertEquals("", signer.sign(utf8("a")));
        assertTrue(signer.verify("anything", utf8("a")));
    }

    @Test
    void rejectsNonHmacScheme() {
        assertThrows(IllegalArgumentException.class, () -> new MessageSigner("k", "rsa"));
    }
}

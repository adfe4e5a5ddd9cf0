package roadmap.kernel.client;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies Jupyter messages: HMAC over the header, parent header, metadata and content
 * frames, as lowercase hex. An empty key disables signing (signature is the empty string), as in
 * Jupyter.
 */
public final class MessageSigner {

    private final SecretKeySpec key;
    private final String algorithm;

    /**
     * @param key    the key from the connection file (its UTF-8 bytes are the HMAC key)
     * @param scheme the signature scheme, e.g. {@code hmac-sha256}
     * @throws IllegalArgumentException if the scheme is not an HMAC scheme this JDK supports
     */
    public MessageSigner(String key, String scheme) {
        if (!scheme.startsWith("hmac-")) {
            throw new IllegalArgumentException("unsupported signature scheme: " + scheme);
        }
        this.algorithm = "Hmac" + scheme.substring("hmac-".length()).toUpperCase(java.util.Locale.ROOT);
        try {
            Mac.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("unsupported signature scheme: " + scheme, e);
        }
        this.key = key.isEmpty() ? null : new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm);
    }

    /**
     * @param frames the frames to sign, in order
     * @return lowercase hex HMAC, or the empty string when signing is disabled
     */
    public String sign(byte[]... frames) {
        if (key == null) {
            return "";
        }
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(key);
            for (byte[] frame : frames) {
                mac.update(frame);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Compares in constant time.
     *
     * @param signature the signature received
     * @param frames    the frames it claims to sign
     * @return whether the signature is right (always true when signing is disabled)
     */
    public boolean verify(String signature, byte[]... frames) {
        if (key == null) {
            return true;
        }
        return MessageDigest.isEqual(sign(frames).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}

package roadmap.dl;

import ai.djl.Model;
import ai.djl.MalformedModelException;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Model utilities: parameter counts and saving/loading weights with a SHA-256.
 *
 * <p>Weights are written in DJL's parameter format ({@code Block.saveParameters}); the file holds
 * only numbers, so loading needs the same architecture built in code first.
 */
public final class Models {

    private Models() {
    }

    /**
     * The number of scalar parameters (weights, biases, batch-norm statistics) of an initialised
     * block.
     *
     * @param block the block (initialise it, or train or load it, first)
     * @return the total count
     * @throws IllegalStateException when a parameter is not initialised yet
     */
    public static long parameterCount(Block block) {
        return count(block, false);
    }

    /**
     * The number of scalar parameters training changes: those that require a gradient (frozen
     * parameters and batch-norm running statistics excluded).
     *
     * @param block the initialised block
     * @return the count
     */
    public static long trainableParameterCount(Block block) {
        return count(block, true);
    }

    private static long count(Block block, boolean trainableOnly) {
        long total = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            Parameter param = p.getValue();
            if (!param.isInitialized()) {
                throw new IllegalStateException("parameter " + p.getKey() + " is not initialised: initialise the "
                        + "block (block.initialize(manager, DataType.FLOAT32, inputShape)) or train it first");
            }
            if (!trainableOnly || param.requiresGradient()) {
                total += param.getArray().size();
            }
        }
        return total;
    }

    /**
     * Saves a block's parameters.
     *
     * @param block the initialised block
     * @param file  the file to write (parent directories are created)
     * @return the SHA-256 of the written file (64 lower-case hex digits)
     */
    public static String save(Block block, Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.write(file, snapshot(block));
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads parameters saved by {@link #save} into a model whose block has the same architecture,
     * after checking the file's SHA-256.
     *
     * @param model  the model (its block set; its manager owns the loaded arrays)
     * @param file   the parameter file
     * @param sha256 the expected SHA-256, or null to skip the check
     * @throws IllegalStateException when the hash differs or the file does not fit the block
     */
    public static void load(Model model, Path file, String sha256) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (sha256 != null) {
            String actual = sha256(bytes);
            if (!actual.equals(sha256)) {
                throw new IllegalStateException("weights " + file.getFileName() + " are corrupt or were changed: "
                        + "SHA-256 expected " + sha256 + ", actual " + actual);
            }
        }
        restore(model, bytes);
    }

    /**
     * The block's parameters as bytes (DJL format), e.g. to keep the best epoch in memory.
     *
     * @param block the initialised block
     * @return the serialised parameters
     */
    public static byte[] snapshot(Block block) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            block.saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Puts parameters from {@link #snapshot} back into a model's block.
     *
     * @param model the model whose block has the same architecture
     * @param bytes the serialised parameters
     */
    public static void restore(Model model, byte[] bytes) {
        Djl.init();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            model.getBlock().loadParameters(model.getNDManager(), in);
        } catch (IOException | MalformedModelException e) {
            throw new IllegalStateException("the weights do not fit this architecture: " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

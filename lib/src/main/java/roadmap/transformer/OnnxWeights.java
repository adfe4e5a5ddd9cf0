package roadmap.transformer;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The float weights of an ONNX model, read from its graph's initializers (with Tribuo's copy of
 * the ONNX protobuf classes).
 *
 * <p>An exported BERT keeps the Hugging Face names for embeddings, biases and LayerNorms
 * ({@code encoder.layer.0.attention.self.query.bias}), but its 48 projection matrices are anonymous
 * ({@code onnx::MatMul_787}); they are found through the {@code MatMul} node that uses them
 * ({@code /encoder/layer.0/attention/self/query/MatMul}) and stored as
 * {@code encoder.layer.0.attention.self.query.weight}. These matrices are laid out
 * {@code [in, out]} (the layer computes {@code x · W + b}), the transpose of PyTorch's
 * {@code Linear.weight}. Only FLOAT tensors are kept ({@code embeddings.position_ids}, INT64, is not).
 */
public final class OnnxWeights {

    private final Map<String, ByteString> values;   // little-endian float32, sharing the model's bytes
    private final Map<String, long[]> shapes;

    private OnnxWeights(Map<String, ByteString> values, Map<String, long[]> shapes) {
        this.values = values;
        this.shapes = shapes;
    }

    /**
     * Parses an ONNX model and extracts its float initializers.
     *
     * <p>The weights are not copied: they are views of {@code model}, which must not change.
     *
     * @param model the bytes of a {@code .onnx} file
     * @return the weights by (Hugging Face) name
     * @throws IllegalArgumentException when the bytes are not an ONNX model
     */
    public static OnnxWeights read(byte[] model) {
        OnnxMl.GraphProto graph;
        try {
            CodedInputStream in = CodedInputStream.newInstance(model);
            in.enableAliasing(true);          // raw tensors stay views of model: no second 90 MB copy
            graph = OnnxMl.ModelProto.parseFrom(in).getGraph();
        } catch (IOException e) {
            throw new IllegalArgumentException("not an ONNX model: " + e.getMessage(), e);
        }
        Map<String, String> renamed = new HashMap<>();
        for (OnnxMl.NodeProto node : graph.getNodeList()) {
            String n = node.getName();
            if (node.getOpType().equals("MatMul") && n.endsWith("/MatMul") && node.getInputCount() == 2) {
                String hf = n.substring(1, n.length() - "/MatMul".length()).replace('/', '.') + ".weight";
                renamed.put(node.getInput(1), hf);
            }
        }
        Map<String, ByteString> values = new TreeMap<>();
        Map<String, long[]> shapes = new TreeMap<>();
        for (OnnxMl.TensorProto t : graph.getInitializerList()) {
            if (t.getDataType() != OnnxMl.TensorProto.DataType.FLOAT_VALUE) {
                continue;
            }
            long[] dims = t.getDimsList().stream().mapToLong(Long::longValue).toArray();
            long count = Arrays.stream(dims).reduce(1, (a, b) -> a * b);
            ByteString raw = t.getRawData();
            if (t.getFloatDataCount() > 0) {
                ByteBuffer b = ByteBuffer.allocate(t.getFloatDataCount() * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                t.getFloatDataList().forEach(b::putFloat);
                raw = ByteString.copyFrom(b.array());
            }
            if (raw.size() != count * Float.BYTES) {
                throw new IllegalArgumentException("initializer " + t.getName() + " holds " + raw.size() / Float.BYTES
                        + " floats for shape " + Arrays.toString(dims));
            }
            String name = renamed.getOrDefault(t.getName(), t.getName());
            values.put(name, raw);
            shapes.put(name, dims);
        }
        return new OnnxWeights(values, shapes);
    }

    /** @return MiniLM's weights read from the ONNX file on the classpath */
    public static OnnxWeights miniLm() {
        return read(MiniLm.onnxBytes());
    }

    /** @return the weight names, sorted */
    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** @return how many float tensors the model has */
    public int size() {
        return values.size();
    }

    /** @return the total number of weights (floats) */
    public long parameterCount() {
        return values.values().stream().mapToLong(v -> v.size() / Float.BYTES).sum();
    }

    /**
     * The values of one weight, row-major.
     *
     * @param name e.g. {@code encoder.layer.5.output.dense.weight}
     * @return a copy of the values
     * @throws IllegalArgumentException when the model has no such weight
     */
    public float[] values(String name) {
        ByteBuffer b = buffer(name);
        float[] v = new float[b.remaining() / Float.BYTES];
        b.asFloatBuffer().get(v);
        return v;
    }

    /**
     * The values of one weight as a read-only little-endian buffer of float32 (no copy).
     *
     * @param name the weight's name
     * @return the buffer
     * @throws IllegalArgumentException when the model has no such weight
     */
    public ByteBuffer buffer(String name) {
        ByteString v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("the model has no weight '" + name + "'");
        }
        return v.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * The shape of one weight.
     *
     * @param name the weight's name
     * @return its dimensions, e.g. {@code [384, 1536]}
     * @throws IllegalArgumentException when the model has no such weight
     */
    public long[] shape(String name) {
        values(name);
        return shapes.get(name).clone();
    }
}

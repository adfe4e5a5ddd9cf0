package roadmap.transformer;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.InvalidProtocolBufferException;
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

    private final Map<String, float[]> values;
    private final Map<String, long[]> shapes;

    private OnnxWeights(Map<String, float[]> values, Map<String, long[]> shapes) {
        this.values = values;
        this.shapes = shapes;
    }

    /**
     * Parses an ONNX model and extracts its float initializers.
     *
     * @param model the bytes of a {@code .onnx} file
     * @return the weights by (Hugging Face) name
     * @throws IllegalArgumentException when the bytes are not an ONNX model
     */
    public static OnnxWeights read(byte[] model) {
        OnnxMl.GraphProto graph;
        try {
            graph = OnnxMl.ModelProto.parseFrom(model).getGraph();
        } catch (InvalidProtocolBufferException e) {
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
        Map<String, float[]> values = new TreeMap<>();
        Map<String, long[]> shapes = new TreeMap<>();
        for (OnnxMl.TensorProto t : graph.getInitializerList()) {
            if (t.getDataType() != OnnxMl.TensorProto.DataType.FLOAT_VALUE) {
                continue;
            }
            long[] dims = t.getDimsList().stream().mapToLong(Long::longValue).toArray();
            long count = Arrays.stream(dims).reduce(1, (a, b) -> a * b);
            float[] v;
            if (t.getFloatDataCount() > 0) {
                v = new float[t.getFloatDataCount()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = t.getFloatData(i);
                }
            } else {
                ByteBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
                v = new float[raw.remaining() / Float.BYTES];
                raw.asFloatBuffer().get(v);
            }
            if (v.length != count) {
                throw new IllegalArgumentException("initializer " + t.getName() + " holds " + v.length
                        + " floats for shape " + Arrays.toString(dims));
            }
            String name = renamed.getOrDefault(t.getName(), t.getName());
            values.put(name, v);
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
        return values.values().stream().mapToLong(v -> v.length).sum();
    }

    /**
     * The values of one weight, row-major.
     *
     * @param name e.g. {@code encoder.layer.5.output.dense.weight}
     * @return the values (not a copy: do not modify)
     * @throws IllegalArgumentException when the model has no such weight
     */
    public float[] values(String name) {
        float[] v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("the model has no weight '" + name + "'");
        }
        return v;
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

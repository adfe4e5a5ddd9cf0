package roadmap.spamfilter.serve;

import java.util.ArrayList;
import java.util.List;
import roadmap.spamfilter.model.Prediction;

/**
 * What the server needs from a model: a label and a spam probability for a text. The spam model
 * is one ({@code model::predict}); tests wrap it to slow it down or count calls.
 */
@FunctionalInterface
public interface TextClassifier {
    /** @param text a non-empty text @return its prediction */
    Prediction predict(String text);

    /** @param texts non-empty texts @return their predictions, in order */
    default List<Prediction> predictBatch(List<String> texts) {
        List<Prediction> result = new ArrayList<>(texts.size());
        for (String text : texts) {
            result.add(predict(text));
        }
        return result;
    }
}

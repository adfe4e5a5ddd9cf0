package roadmap.spamfilter.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import roadmap.data.Mail;
import roadmap.metrics.Confusion;
import roadmap.metrics.Curves;

/**
 * How a model does on labelled mails, at its own threshold and over all thresholds.
 *
 * @param mails            how many mails were scored
 * @param counts           true/false positives/negatives at the model's threshold (spam = positive)
 * @param averagePrecision area under the precision-recall curve
 * @param rocAuc           area under the ROC curve
 */
public record Evaluation(int mails, Confusion counts, double averagePrecision, double rocAuc) {

    /**
     * @param model the model
     * @param mails labelled mails
     * @return the metrics
     */
    public static Evaluation of(SpamModel model, List<Mail> mails) {
        double[] scores = new double[mails.size()];
        int[] y = new int[mails.size()];
        int[] predicted = new int[mails.size()];
        for (int i = 0; i < scores.length; i++) {
            Prediction p = model.predict(mails.get(i).text());
            scores[i] = p.spamProbability();
            predicted[i] = p.isSpam() ? 1 : 0;
            y[i] = mails.get(i).isSpam() ? 1 : 0;
        }
        return new Evaluation(mails.size(), Confusion.of(y, predicted), Curves.averagePrecision(scores, y),
                Curves.rocAuc(scores, y));
    }

    /** @return the metrics by name, in a fixed order (for logs and reports) */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", counts.accuracy());
        m.put("precision", counts.precision());
        m.put("recall", counts.recall());
        m.put("falsePositiveRate", counts.falsePositiveRate());
        m.put("f1", counts.f1());
        m.put("averagePrecision", averagePrecision);
        m.put("rocAuc", rocAuc);
        return m;
    }
}

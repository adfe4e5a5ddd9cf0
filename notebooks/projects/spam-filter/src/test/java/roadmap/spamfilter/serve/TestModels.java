package roadmap.spamfilter.serve;

import java.util.ArrayList;
import java.util.List;
import roadmap.spamfilter.model.SpamModel;

/** The model and texts the server tests use. */
final class TestModels {
    private static SpamModel model;

    private TestModels() {
    }

    static synchronized SpamModel model() {
        if (model == null) {
            model = new SpamModel();
        }
        return model;
    }

    static List<String> texts(int n) {
        String[] words = {"free", "money", "win", "meeting", "hello", "tomorrow", "offer", "report"};
        List<String> texts = new ArrayList<>(n);
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 3 + random.nextInt(20); w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            texts.add(text.toString());
        }
        return texts;
    }
}

package roadmap.spamfilter.serve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import roadmap.data.Mail;
import roadmap.spamfilter.TestData;
import roadmap.spamfilter.model.SpamModel;

/** The model the server tests serve (the module's small test model) and real mails to send it. */
final class TestModels {
    private TestModels() {
    }

    static SpamModel model() {
        return TestData.model();
    }

    /** @param n how many @return test-split mails (raw, headers included) in a fixed shuffled order, cycled */
    static List<String> texts(int n) {
        List<Mail> test = new ArrayList<>(TestData.corpus().split("test"));
        Collections.shuffle(test, new Random(7));
        List<String> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            texts.add(test.get(i % test.size()).text());
        }
        return texts;
    }
}

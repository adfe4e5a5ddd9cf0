package roadmap.spamfilter.cli;

import java.io.PrintWriter;
import java.util.Locale;
import roadmap.spamfilter.model.Evaluation;

/** Results on stdout, in a form both people and scripts read (one "name value" per line). */
final class Report {

    private Report() {
    }

    static void metrics(PrintWriter out, String split, Evaluation e, double threshold) {
        out.printf(Locale.ROOT, "split %s%n", split);
        out.printf(Locale.ROOT, "mails %d%n", e.mails());
        out.printf(Locale.ROOT, "threshold %.6f%n", threshold);
        e.asMap().forEach((k, v) -> out.printf(Locale.ROOT, "%s %.6f%n", k, v));
        out.printf(Locale.ROOT, "confusion tp=%d fp=%d tn=%d fn=%d%n", e.counts().tp(), e.counts().fp(),
                e.counts().tn(), e.counts().fn());
        out.flush();
    }
}

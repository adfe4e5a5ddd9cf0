package roadmap.spamfilter.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import roadmap.data.DatasetException;
import roadmap.data.Mail;
import roadmap.data.TextDatasets;

/**
 * The mails of one data file, its SHA-256 and its train / validation / test splits (the split
 * field of each mail: the corpus is split per thread, so no conversation spans two splits).
 *
 * @param file   the file as configured
 * @param sha256 the SHA-256 of its bytes
 * @param mails  all mails in file order
 */
public record MailCorpus(Path file, String sha256, List<Mail> mails) {

    /** @param mails all mails (copied, unmodifiable) */
    public MailCorpus {
        mails = List.copyOf(mails);
    }

    /**
     * Reads a corpus and checks its hash.
     *
     * @param file           gzip JSON lines (id, label, subtype, thread, split, text)
     * @param expectedSha256 the expected SHA-256, or "" to accept any content
     * @return the corpus
     * @throws DatasetException naming the file when it is missing, malformed or has another hash
     */
    public static MailCorpus load(Path file, String expectedSha256) {
        String shown = file.toString().replace('\\', '/');
        if (!file.toFile().isFile()) {
            throw new DatasetException("mail file " + shown + " is missing (data.file in the configuration;"
                    + " relative paths start at " + Path.of("").toAbsolutePath().getFileName() + "/)");
        }
        String actual = Sha256.of(file);
        if (!expectedSha256.isEmpty() && !expectedSha256.equals(actual)) {
            throw new DatasetException("mail file " + shown + " has SHA-256 " + actual + ", the configuration"
                    + " expects " + expectedSha256 + " (data.sha256): a different or corrupt file");
        }
        return new MailCorpus(file, actual, TextDatasets.readMails(file, shown));
    }

    /**
     * @param split train, validation or test
     * @return the mails of that split, in file order
     */
    public List<Mail> split(String split) {
        List<Mail> out = new ArrayList<>();
        for (Mail m : mails) {
            if (m.split().equals(split)) {
                out.add(m);
            }
        }
        if (out.isEmpty()) {
            throw new DatasetException("mail file " + file + " has no mails in split '" + split + "'");
        }
        return Collections.unmodifiableList(out);
    }
}

package roadmap.spamfilter.cli;

import org.slf4j.Logger;
import roadmap.spamfilter.config.SpamFilterConfig;
import roadmap.spamfilter.data.MailCorpus;

/** The one log line at the start of a run: the configuration and the data's hash. */
final class RunStart {

    private RunStart() {
    }

    static void log(Logger log, String command, SpamFilterConfig config, MailCorpus corpus) {
        log.atInfo().addKeyValue("command", command)
                .addKeyValue("config", config.asMap())
                .addKeyValue("dataFile", corpus.file().toString().replace('\\', '/'))
                .addKeyValue("dataSha256", corpus.sha256())
                .addKeyValue("mails", corpus.mails().size())
                .log("{} started: data {} (SHA-256 {}), config {}", command, corpus.file(), corpus.sha256(),
                        config.asMap());
    }
}

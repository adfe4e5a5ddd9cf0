package roadmap.spamfilter.cli;

import java.io.UncheckedIOException;
import roadmap.data.DatasetException;
import roadmap.spamfilter.config.ConfigException;
import roadmap.spamfilter.model.ModelFileException;

/** Which exceptions are the user's input at fault (a message suffices) and how to word them. */
final class InputErrors {

    private InputErrors() {
    }

    static boolean isInputError(Throwable e) {
        return e instanceof ConfigException || e instanceof DatasetException || e instanceof ModelFileException
                || e instanceof UncheckedIOException;
    }

    static String describe(Throwable e) {
        if (isInputError(e)) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage() + " (a bug: please report it with the command)";
    }
}

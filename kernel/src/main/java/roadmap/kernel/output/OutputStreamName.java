package roadmap.kernel.output;

/** The two standard streams a cell writes to, named as in Jupyter's {@code stream} message. */
public enum OutputStreamName {
    STDOUT("stdout"),
    STDERR("stderr");

    private final String jupyterName;

    OutputStreamName(String jupyterName) {
        this.jupyterName = jupyterName;
    }

    /** @return {@code "stdout"} or {@code "stderr"} */
    public String jupyterName() {
        return jupyterName;
    }
}

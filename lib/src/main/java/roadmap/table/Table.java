package roadmap.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A small results table for notebooks: columns, rows of values, aligned text via
 * {@link #toString()} and an HTML {@code <table>} via {@link #toHtml()} (the kernel shows a cell
 * value with a {@code toHtml()} method as text/html).
 *
 * <p>Numbers are formatted deterministically: integers as is, other numbers with 4 decimals
 * ({@code 0.9561}), very small or large ones in scientific notation.
 *
 * <pre>{@code
 * Table.of("model", "accuracy").row("tree", 0.91).row("forest", 0.95)
 * }</pre>
 */
public final class Table {

    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean[] numeric;

    private Table(List<String> columns) {
        this.columns = columns;
        this.numeric = new boolean[columns.size()];
        Arrays.fill(numeric, true);
    }

    /**
     * Starts a table with the given column headers.
     *
     * @param columns one or more non-blank column names
     * @return an empty table
     * @throws IllegalArgumentException when no column is given or a name is blank
     */
    public static Table of(String... columns) {
        if (columns == null || columns.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        for (String c : columns) {
            if (c == null || c.isBlank()) {
                throw new IllegalArgumentException("column names must not be blank");
            }
        }
        return new Table(List.of(columns));
    }

    /**
     * Appends a row.
     *
     * @param values one value per column ({@code null} shows as empty)
     * @return this table
     * @throws IllegalArgumentException when the number of values differs from the number of columns
     */
    public Table row(Object... values) {
        if (values == null || values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values " + columns + ", got "
                    + (values == null ? 0 : values.length));
        }
        List<String> cells = new ArrayList<>(values.length);
        for (int j = 0; j < values.length; j++) {
            cells.add(format(values[j]));
            if (values[j] != null && !(values[j] instanceof Number)) {
                numeric[j] = false;
            }
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /**
     * The column headers.
     *
     * @return an unmodifiable list
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * Number of rows added.
     *
     * @return the count
     */
    public int size() {
        return rows.size();
    }

    /**
     * The formatted text of one cell.
     *
     * @param row the row index
     * @param col the column index
     * @return the text as shown
     */
    public String cell(int row, int col) {
        return rows.get(row).get(col);
    }

    /**
     * Formats one value the way the table shows it.
     *
     * @param v the value
     * @return its text
     */
    static String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return Double.toString(d);
            }
            double a = Math.abs(d);
            if (a != 0.0 && (a < 1e-3 || a >= 1e9)) {
                return String.format(Locale.ROOT, "%.3e", d);
            }
            return String.format(Locale.ROOT, "%.4f", d == 0.0 ? 0.0 : d);
        }
        return String.valueOf(v);
    }

    /**
     * The table as aligned plain text: header, a rule, then the rows; numeric columns right-aligned.
     *
     * @return the text (lines separated by {@code \n}, no trailing newline)
     */
    @Override
    public String toString() {
        int[] width = new int[columns.size()];
        for (int j = 0; j < width.length; j++) {
            width[j] = columns.get(j).length();
            for (List<String> r : rows) {
                width[j] = Math.max(width[j], r.get(j).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        appendLine(sb, columns, width);
        sb.append('\n');
        for (int j = 0; j < width.length; j++) {
            sb.append(j == 0 ? "" : "  ").append("-".repeat(width[j]));
        }
        for (List<String> r : rows) {
            sb.append('\n');
            appendLine(sb, r, width);
        }
        return sb.toString();
    }

    private void appendLine(StringBuilder sb, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int j = 0; j < cells.size(); j++) {
            String c = cells.get(j);
            String pad = " ".repeat(width[j] - c.length());
            line.append(j == 0 ? "" : "  ").append(numeric[j] ? pad + c : c + pad);
        }
        sb.append(line.toString().stripTrailing());
    }

    /**
     * The table as an HTML {@code <table>} with a header row; cell text is escaped.
     *
     * @return the HTML fragment
     */
    public String toHtml() {
        StringBuilder sb = new StringBuilder("<table>\n<thead><tr>");
        for (int j = 0; j < columns.size(); j++) {
            sb.append(cellTag("th", j, columns.get(j)));
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            sb.append("<tr>");
            for (int j = 0; j < r.size(); j++) {
                sb.append(cellTag("td", j, r.get(j)));
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>").toString();
    }

    private String cellTag(String tag, int col, String text) {
        String align = numeric[col] ? " style=\"text-align:right\"" : " style=\"text-align:left\"";
        return "<" + tag + align + ">" + escape(text) + "</" + tag + ">";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

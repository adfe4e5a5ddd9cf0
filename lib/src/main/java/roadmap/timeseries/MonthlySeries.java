package roadmap.timeseries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import roadmap.data.DataDir;
import roadmap.data.DatasetException;
import roadmap.data.DatasetFile;

/**
 * A monthly time series: one value per calendar month, no gaps.
 *
 * @param name   what the values are, e.g. {@code "CO2 at Mauna Loa"}
 * @param months the months as {@code YYYY-MM}, consecutive
 * @param values the values, as many as months
 */
public record MonthlySeries(String name, List<String> months, double[] values) {

    /** Months in a year: the seasonal period of a monthly series. */
    public static final int PERIOD = 12;

    /**
     * Checks that months and values match and that the months are consecutive.
     *
     * @throws IllegalArgumentException when they do not
     */
    public MonthlySeries {
        months = List.copyOf(months);
        values = values.clone();
        if (months.size() != values.length || values.length == 0) {
            throw new IllegalArgumentException(name + ": " + months.size() + " months but " + values.length
                    + " values");
        }
        for (int i = 1; i < months.size(); i++) {
            if (index(months.get(i)) != index(months.get(i - 1)) + 1) {
                throw new IllegalArgumentException(name + ": month " + months.get(i) + " does not follow "
                        + months.get(i - 1));
            }
        }
    }

    /**
     * Mauna Loa CO2, monthly means of the weekly record, January 1965 to December 2001 (444
     * months, ppm), from {@code notebooks/data/co2-monthly.csv} after its SHA-256 is checked.
     *
     * @return the series
     * @throws DatasetException when the file is missing, changed or malformed (the message names it)
     */
    public static MonthlySeries co2() {
        Path file = DatasetFile.verify("co2-monthly");
        String shown = DataDir.display(file.getFileName().toString());
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatasetException("cannot read " + shown, e);
        }
        if (lines.isEmpty() || !lines.get(0).startsWith("month,co2_ppm")) {
            throw new DatasetException(shown + ": expected the header month,co2_ppm,weeks");
        }
        String[] months = new String[lines.size() - 1];
        double[] ppm = new double[months.length];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            try {
                months[i - 1] = cells[0];
                ppm[i - 1] = Double.parseDouble(cells[1]);
            } catch (RuntimeException e) {
                throw new DatasetException(shown + " line " + (i + 1) + ": cannot read '" + lines.get(i) + "'", e);
            }
        }
        return new MonthlySeries("CO2 at Mauna Loa (ppm)", Arrays.asList(months), ppm);
    }

    /**
     * The number of values.
     *
     * @return the length
     */
    public int size() {
        return values.length;
    }

    /**
     * The values (a copy).
     *
     * @return the values
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * Time as decimal years, January 1965 = 1965.0, February = 1965 + 1/12, … (for plot axes).
     *
     * @return one decimal year per value
     */
    public double[] years() {
        double[] t = new double[values.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = index(months.get(i)) / (double) PERIOD;
        }
        return t;
    }

    /**
     * The calendar month of value {@code i}, 0 = January.
     *
     * @param i an index into the series
     * @return 0..11
     */
    public int monthOfYear(int i) {
        return index(months.get(i)) % PERIOD;
    }

    private static int index(String month) {
        if (month.length() != 7 || month.charAt(4) != '-') {
            throw new IllegalArgumentException("not a YYYY-MM month: " + month);
        }
        return Integer.parseInt(month.substring(0, 4)) * PERIOD + Integer.parseInt(month.substring(5)) - 1;
    }
}

package roadmap.plot;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.Function;

/**
 * Tick-label formats chosen from an axis range: a fixed number of decimals suited to the tick
 * spacing ("0.05", "-0.71", "121,145"), scientific notation with one shared exponent for very large
 * or very small values ("1.2e6"), and powers of ten ("10⁻³") for logarithmic axes.
 */
final class Ticks {

    /** Plain notation up to this magnitude; beyond it, scientific notation. */
    static final double LARGEST_PLAIN = 1e6;
    /** Plain notation down to this magnitude (non-zero); below it, scientific notation. */
    static final double SMALLEST_PLAIN = 1e-3;

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Ticks() {
    }

    /**
     * The tick-label format for a linear axis showing [min, max].
     *
     * @param min the smallest value on the axis
     * @param max the largest value on the axis
     * @return value → label
     */
    static Function<Double, String> linear(double min, double max) {
        double span = Math.abs(max - min);
        double maxAbs = Math.max(Math.abs(min), Math.abs(max));
        if (!Double.isFinite(maxAbs)) {
            maxAbs = 1.0; // no finite data: any format will do
        }
        if (!(span > 0) || !Double.isFinite(span)) {
            span = maxAbs > 0 && Double.isFinite(maxAbs) ? maxAbs : 1.0;
        }
        // XChart steps by 1, 2 or 5 times a power of ten, about a tenth of the span; one decade finer
        // is always enough to tell neighbouring ticks apart (trailing zeros are dropped)
        int stepExponent = (int) Math.floor(Math.log10(span / 15));
        double tiny = Math.pow(10, stepExponent) * 1e-6;
        if (maxAbs >= LARGEST_PLAIN || maxAbs < SMALLEST_PLAIN) {
            int exponent = (int) Math.floor(Math.log10(maxAbs));
            DecimalFormat mantissa = format(Math.min(4, Math.max(0, exponent - stepExponent)));
            double scale = Math.pow(10, exponent);
            return v -> Math.abs(v) < tiny ? "0" : mantissa.format(v / scale) + "e" + exponent;
        }
        DecimalFormat plain = format(Math.max(0, -stepExponent));
        return v -> Math.abs(v) < tiny ? "0" : plain.format(v);
    }

    /**
     * The tick-label format for an axis that shows log10 of the data: whole numbers k become
     * "10ᵏ"; other positions (on an axis spanning less than a decade) show the value itself.
     *
     * @return log10(value) → label
     */
    static Function<Double, String> powersOfTen() {
        DecimalFormat twoDigits = new DecimalFormat("0.##E0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return v -> {
            long k = Math.round(v);
            if (Math.abs(v - k) < 1e-9) {
                return powerOfTen((int) k);
            }
            double value = Math.pow(10, v);
            BigDecimal rounded = new BigDecimal(value).round(new java.math.MathContext(2));
            double r = rounded.doubleValue();
            return r >= SMALLEST_PLAIN && r < LARGEST_PLAIN ? rounded.stripTrailingZeros().toPlainString()
                    : twoDigits.format(r);
        };
    }

    /** "10" followed by the exponent in superscript digits, e.g. 10⁻³. */
    static String powerOfTen(int exponent) {
        StringBuilder sb = new StringBuilder("10");
        String digits = Integer.toString(Math.abs(exponent));
        if (exponent < 0) {
            sb.append('⁻');
        }
        for (char c : digits.toCharArray()) {
            sb.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return sb.toString();
    }

    private static DecimalFormat format(int decimals) {
        StringBuilder pattern = new StringBuilder("#,##0");
        if (decimals > 0) {
            pattern.append('.').append("#".repeat(decimals));
        }
        DecimalFormat f = new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
        return f;
    }
}

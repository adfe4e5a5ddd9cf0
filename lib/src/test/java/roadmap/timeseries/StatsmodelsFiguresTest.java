package roadmap.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import smile.timeseries.AR;
import smile.timeseries.TimeSeries;

/**
 * roadmap.timeseries (and Smile's timeseries package) against figures computed by statsmodels
 * 0.13.5 (Debian 12, python3-statsmodels 0.13.5+dfsg-7) on notebooks/data/co2-monthly.csv. They were
 * produced, from the repository root, by
 * <pre>
 *   /usr/bin/python3 lib/src/test/resources/roadmap/timeseries/statsmodels_figures.py
 * </pre>
 * which prints each figure after the statsmodels call that computed it (repeated in the comments
 * below); the numbers are pasted from its output, rounded to 10 decimals.
 */
class StatsmodelsFiguresTest {

    /** acf(y, nlags=24, fft=False)[1:]. */
    static final double[] ACF_Y = {0.9906499342, 0.9776447737, 0.9635182101, 0.9508324613, 0.9404873197,
        0.9327551432, 0.9275330694, 0.9246633033, 0.924496278, 0.9254405535, 0.9253525421, 0.9212956391,
        0.9120707434, 0.8991281068, 0.8851928192, 0.872742414, 0.8626962265, 0.8551438145, 0.8500232439,
        0.8473082077, 0.8468354622, 0.8475402018, 0.8473330389, 0.8432243424};
    /** acf(z, nlags=24, fft=False)[1:], z = (1 - B)(1 - B^12) y. */
    static final double[] ACF_Z = {-0.2903839444, -0.0263683564, -0.0277339775, 0.0356260028, -0.0403754293,
        0.0110407064, 0.0624057119, -0.0222451492, 0.0577353765, -0.0437906981, 0.1844684841, -0.4334136549,
        0.0371992399, 0.0737283076, 1.90345e-05, -0.0510385014, 0.0475447297, -0.0179479978, -0.0355953804,
        -0.0495085834, -0.0272005033, 0.0338837578, -0.0392052936, 0.0061411123};
    /** pacf(z, nlags=24, method='ywm')[1:]. */
    static final double[] PACF_Z = {-0.2903839444, -0.1208845168, -0.0791529933, -0.0005777447, -0.0387741894,
        -0.0124300697, 0.0647406258, 0.0171776389, 0.076651645, 0.0016326162, 0.2019864854, -0.3612632194,
        -0.2158453847, -0.0449608211, -0.0438333188, -0.0594283189, 0.0050045663, -0.016303512, 0.0189288058,
        -0.0718617965, -0.0265781779, -0.0139039528, 0.071840243, -0.1859004445};
    /** seasonal_decompose(y, model='additive', period=12).seasonal[:12]. */
    static final double[] SEASONAL = {0.0028660301, 0.6468475116, 1.471760706, 2.5695789931, 2.9597989005,
        2.2881843171, 0.7325130208, -1.3599985532, -3.127926794, -3.214489294, -2.0631409144, -0.9059939236};
    /** AutoReg(z, lags=13, trend='c').fit().params: const, then lags 1..13. */
    static final double[] AUTOREG13 = {0.0017929519, -0.3575658652, -0.1212272921, -0.0366454323, 0.0337144421,
        0.0149631314, 0.0535015881, 0.075826623, 0.0498902436, 0.0689201425, -0.0049599481, 0.0584001996,
        -0.4287138489, -0.2268899421};
    /** yule_walker(z, order=13, method='mle')[0]. */
    static final double[] YULE_WALKER13 = {-0.3426910109, -0.1259518305, -0.0533143495, 0.0139831979,
        0.0066450192, 0.048747461, 0.0780912186, 0.0508666744, 0.0735808115, -0.0029955944, 0.0490806079,
        -0.4184005172, -0.2158453847};

    private static final double TOL = 1e-9;   // the recorded figures have 10 decimals

    private final double[] y = MonthlySeries.co2().values();
    private final double[] z = Differencing.seasonalAndFirst(y, 12);

    @Test
    void seriesIsTheRecordedOne() {
        assertEquals(444, y.length);
        assertEquals(431, z.length);
    }

    @Test
    void acfMatchesStatsmodelsAndSmile() {
        assertArrayEquals(ACF_Y, Autocorrelation.acf(y, 24), TOL);
        assertArrayEquals(ACF_Z, Autocorrelation.acf(z, 24), TOL);
        for (int k = 1; k <= 24; k++) {
            assertEquals(ACF_Z[k - 1], TimeSeries.acf(z, k), TOL, "Smile acf lag " + k);
        }
    }

    @Test
    void pacfMatchesStatsmodelsYwmAndSmile() {
        assertArrayEquals(PACF_Z, Autocorrelation.pacf(z, 24), TOL);
        for (int k = 1; k <= 24; k++) {
            assertEquals(PACF_Z[k - 1], TimeSeries.pacf(z, k), TOL, "Smile pacf lag " + k);
        }
    }

    @Test
    void decompositionMatchesSeasonalDecompose() {
        Decomposition d = Decomposition.additive(y, 12);
        assertArrayEquals(SEASONAL, d.effects(), TOL);
        // .trend[6], [100], [437] and .resid[6], [100], [437]
        assertEquals(320.0258333333, d.trend()[6], TOL);
        assertEquals(329.483125, d.trend()[100], TOL);
        assertEquals(370.7879166667, d.trend()[437], TOL);
        assertEquals(0.2816536458, d.residual()[6], TOL);
        assertEquals(-0.0429239005, d.residual()[100], TOL);
        assertEquals(-0.0161009838, d.residual()[437], TOL);
        assertEquals(Double.NaN, d.trend()[5]);
        assertEquals(Double.NaN, d.trend()[438]);
    }

    @Test
    void adfMatchesAdfuller() {
        // adfuller(y|z, maxlag=12, regression='c', autolag=None)[0]
        assertEquals(1.7343208404, Stationarity.adfStatistic(y, 12), TOL);
        assertEquals(-8.0945597232, Stationarity.adfStatistic(z, 12), TOL);
    }

    @Test
    void smileOlsMatchesAutoRegAndYuleWalkerMatchesYuleWalkerMle() {
        SeasonalAr m = SeasonalAr.fit(y, 13, 12);
        assertEquals(AUTOREG13[0], m.intercept(), TOL);
        assertArrayEquals(java.util.Arrays.copyOfRange(AUTOREG13, 1, 14), m.coefficients(), TOL);
        // AutoReg(z, lags=13, trend='c').fit().sigma2 (RSS / nobs)
        assertEquals(0.1090551807, m.sigma2(), TOL);
        // AutoReg(z, lags=1, ...): const, lag 1
        SeasonalAr m1 = SeasonalAr.fit(y, 1, 12);
        assertEquals(0.0011325407, m1.intercept(), TOL);
        assertEquals(-0.2908410193, m1.coefficients()[0], TOL);
        assertArrayEquals(YULE_WALKER13, AR.fit(z, 13).ar(), TOL);
    }
}

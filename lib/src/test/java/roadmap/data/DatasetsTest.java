package roadmap.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;
import smile.data.DataFrame;

class DatasetsTest {

    @TempDir
    Path tmp;

    @Test
    void wineMatchesTheUciDescription() {
        LabeledData wine = Datasets.wine();
        assertEquals(178, wine.rows());
        assertEquals(13, wine.cols());
        assertEquals("alcohol", wine.featureNames()[0]);
        assertArrayEquals(new String[] {"class_0", "class_1", "class_2"}, wine.classNames());
        int[] counts = new int[3];
        for (int l : wine.labels()) {
            counts[l]++;
        }
        assertArrayEquals(new int[] {59, 71, 48}, counts);
        assertEquals(14.23, wine.features()[0][0], 0.0);
        assertEquals(1065, wine.column("proline")[0], 0.0);
    }

    @Test
    void otherDatasetsHaveTheirShapes() {
        LabeledData iris = Datasets.iris();
        assertEquals(150, iris.rows());
        assertEquals(4, iris.cols());
        assertEquals("virginica", iris.classNames()[iris.labels()[149]]);
        LabeledData bc = Datasets.breastCancer();
        assertEquals(569, bc.rows());
        assertEquals(30, bc.cols());
        assertEquals(212, Arrays.stream(bc.labels()).filter(l -> l == 0).count(), "212 malignant");
        LabeledData digits = Datasets.digits();
        assertEquals(1797, digits.rows());
        assertEquals(64, digits.cols());
        assertEquals(16.0, Arrays.stream(digits.features()).flatMapToDouble(Arrays::stream).max().orElseThrow(), 0.0);
        LabeledData diabetes = Datasets.diabetes();
        assertFalse(diabetes.isClassification());
        assertEquals(442, diabetes.rows());
        assertEquals(10, diabetes.cols());
        assertEquals(151.0, diabetes.targets()[0], 0.0);
        assertEquals(59.0, diabetes.column("age")[0], 0.0);
        assertThrows(IllegalStateException.class, diabetes::labels);
        assertThrows(IllegalStateException.class, iris::targets);
    }

    @Test
    void imageIsGrayInUnitRange() {
        double[][] img = Datasets.image("china-gray.png");
        assertEquals(107, img.length);
        assertEquals(160, img[0].length);
        double min = Arrays.stream(img).flatMapToDouble(Arrays::stream).min().orElseThrow();
        double max = Arrays.stream(img).flatMapToDouble(Arrays::stream).max().orElseThrow();
        assertTrue(min >= 0 && max <= 1 && max - min > 0.5, min + ".." + max);
        BufferedImage b = Datasets.bufferedImage("china-gray");
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, b.getType());
        assertEquals(b.getRaster().getSample(5, 7, 0) / 255.0, img[7][5], 0.0);
    }

    @Test
    void splitShuffleAndHeadAreDeterministicAndDisjoint() {
        LabeledData iris = Datasets.iris();
        TrainTest tt = iris.split(0.8, 42);
        assertEquals(120, tt.train().rows());
        assertEquals(30, tt.test().rows());
        TrainTest again = iris.split(0.8, 42);
        assertArrayEquals(tt.test().features()[0], again.test().features()[0], 0.0);
        assertArrayEquals(tt.test().labels(), again.test().labels());
        double sum = 0;
        for (double[] r : tt.train().features()) {
            sum += r[0];
        }
        for (double[] r : tt.test().features()) {
            sum += r[0];
        }
        assertEquals(Arrays.stream(iris.column(0)).sum(), sum, 1e-9, "rows are partitioned");
        assertEquals(5, iris.head(5).rows());
        assertArrayEquals(iris.features()[4], iris.head(5).features()[4], 0.0);
        assertFalse(Arrays.equals(iris.labels(), iris.shuffle(1).labels()));
        assertThrows(IllegalArgumentException.class, () -> iris.split(1.0, 1));
    }

    @Test
    void stratifiedSplitKeepsClassShares() {
        LabeledData bc = Datasets.breastCancer();
        assertArrayEquals(new int[] {212, 357}, bc.classCounts());
        TrainTest tt = bc.stratifiedSplit(0.75, 7);
        assertArrayEquals(new int[] {159, 268}, tt.train().classCounts());
        assertArrayEquals(new int[] {53, 89}, tt.test().classCounts());
        assertArrayEquals(tt.test().labels(), bc.stratifiedSplit(0.75, 7).test().labels());
        assertThrows(IllegalStateException.class, () -> Datasets.diabetes().stratifiedSplit(0.5, 1));
    }

    @Test
    void accessorsReturnCopies() {
        LabeledData iris = Datasets.iris();
        iris.features()[0][0] = -1;
        iris.labels()[0] = 2;
        assertEquals(5.1, iris.features()[0][0], 0.0);
        assertEquals(0, iris.labels()[0]);
    }

    @Test
    void convertsToTribuoAndSmile() {
        LabeledData wine = Datasets.wine();
        MutableDataset<Label> ds = wine.toTribuoClassification();
        assertEquals(178, ds.size());
        assertEquals(13, ds.getFeatureMap().size());
        assertEquals(3, ds.getOutputInfo().size());
        MutableDataset<Regressor> reg = Datasets.diabetes().toTribuoRegression();
        assertEquals(442, reg.size());
        assertEquals(151.0, reg.getExample(0).getOutput().getValues()[0], 0.0);
        DataFrame df = wine.toSmile();
        assertEquals(178, df.nrows());
        assertEquals(14, df.ncols());
        assertEquals("class", df.schema().field(13).name);
        assertEquals(0, df.getInt(0, 13));
        assertEquals(14.23, df.getDouble(0, 0), 0.0);
        assertThrows(IllegalStateException.class, wine::toTribuoRegression);
    }

    @Test
    void summaryAndHtml() {
        assertEquals("iris: 150 rows x 4 features, 3 classes [setosa, versicolor, virginica]", Datasets.iris().toString());
        String html = Datasets.iris().toHtml();
        assertTrue(html.contains("<td>5.1</td>") && html.contains("<td>setosa</td>"), html);
    }

    @Test
    void corruptCsvNamesFileAndLine() throws IOException {
        DatasetFileTest.writeDataset(tmp, "short", "short.csv", "a,b,class\n1,2,x\n3,y\n", "2x3");
        DatasetFileTest.writeDataset(tmp, "text", "text.csv", "a,b,class\n1,2,x\n3,abc,y\n", "2x3");
        DatasetFileTest.writeDataset(tmp, "label", "label.csv", "a,b,label\n1,2,x\n", "1x3");
        DatasetFileTest.writeDataset(tmp, "shape", "shape.csv", "a,b,class\n1,2,x\n", "5x3");
        DatasetFileTest.writeDataset(tmp, "ok", "ok.csv", "a,b,class\n1,2,y\n3,4,x\n", "2x3");
        DatasetLoader loader = DatasetLoader.of(tmp);
        assertMessage(() -> loader.table("short"), "notebooks/data/short.csv line 3: expected 3 columns, found 2");
        assertMessage(() -> loader.table("text"), "notebooks/data/text.csv line 3, column 'b': 'abc' is not a finite number");
        assertMessage(() -> loader.table("label"), "notebooks/data/label.csv line 1: the last column must be named");
        assertMessage(() -> loader.table("shape"), "notebooks/data/shape.csv: MANIFEST says shape 5x3");
        assertMessage(() -> loader.table("ok", new String[] {"x"}), "notebooks/data/ok.csv line 2: unknown class 'y'");
        LabeledData ok = loader.table("ok");
        assertArrayEquals(new String[] {"y", "x"}, ok.classNames());
        assertArrayEquals(new int[] {0, 1}, ok.labels());
        assertMessage(() -> loader.image("ok"), "notebooks/data/ok.csv is not an image");
    }

    private static void assertMessage(Executable e, String fragment) {
        DatasetException ex = assertThrows(DatasetException.class, e);
        assertTrue(ex.getMessage().contains(fragment), ex.getMessage());
    }
}

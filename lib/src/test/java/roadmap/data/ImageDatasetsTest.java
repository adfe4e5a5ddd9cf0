package roadmap.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import roadmap.data.ImageDatasets.Split;

class ImageDatasetsTest {

    @TempDir
    Path tmp;

    @Test
    void fashionTrainIsTheStratifiedTenThousand() {
        ImageSet train = ImageDatasets.fashionMnist(Split.TRAIN);
        assertEquals(10_000, train.size());
        assertEquals(28, train.height());
        assertEquals(28, train.width());
        assertArrayEquals(new int[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000}, train.classCounts());
        assertEquals(ImageDatasets.FASHION_CLASSES, train.classNames());
        assertPixelsInUnitRange(train);
    }

    @Test
    void fashionTestIsTheFullUpstreamTestSet() {
        ImageSet test = ImageDatasets.fashionMnist(Split.TEST);
        assertEquals(10_000, test.size());
        // the upstream test set is balanced and starts with an ankle boot, a pullover, two trousers
        assertArrayEquals(new int[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000}, test.classCounts());
        assertArrayEquals(new int[] {9, 2, 1, 1}, new int[] {test.label(0), test.label(1), test.label(2), test.label(3)});
        assertPixelsInUnitRange(test);
        assertTrue(ImageDatasets.fashionMnist(Split.TEST) == test, "loaded once, then cached");
    }

    @Test
    void mnistHasTenThousandDigitsOfAllClasses() {
        ImageSet digits = ImageDatasets.mnist();
        assertEquals(10_000, digits.size());
        assertArrayEquals(new int[] {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}, digits.classCounts());
        assertPixelsInUnitRange(digits);
        // a digit is mostly background: mean ink per image of MNIST is about 0.13
        double mean = 0;
        for (int i = 0; i < 1000; i++) {
            for (float v : digits.image(i)) {
                mean += v;
            }
        }
        mean /= 1000 * 784;
        assertEquals(0.13, mean, 0.03);
    }

    @Test
    void measuredShapesMatchManifest() {
        for (ManifestEntry e : Manifest.load().entries()) {
            if (e.file().endsWith("-ubyte.gz")) {
                assertEquals(e.shape(), ImageDatasets.measuredShape(e.name()), e.file());
            }
        }
        assertEquals("10000x784", ImageDatasets.measuredShape("fashion-t10k-images-idx3-ubyte.gz"));
    }

    @Test
    void aChangedFileIsRefusedWithItsName() throws IOException {
        Manifest real = Manifest.load();
        for (String f : new String[] {"mnist-10k-images-idx3-ubyte.gz", "mnist-10k-labels-idx1-ubyte.gz"}) {
            Files.copy(real.dir().resolve(f), tmp.resolve(f));
        }
        Files.copy(real.dir().resolve(Manifest.FILE_NAME), tmp.resolve(Manifest.FILE_NAME));
        Files.write(tmp.resolve("mnist-10k-labels-idx1-ubyte.gz"), new byte[] {0}, StandardOpenOption.APPEND);
        DatasetException e = assertThrows(DatasetException.class, () -> ImageDatasets.load(Manifest.load(tmp),
                "mnist-10k-images", "mnist-10k-labels", ImageDatasets.DIGIT_CLASSES));
        assertTrue(e.getMessage().contains("notebooks/data/mnist-10k-labels-idx1-ubyte.gz"), e.getMessage());
    }

    private static void assertPixelsInUnitRange(ImageSet set) {
        float min = 1;
        float max = 0;
        for (int i = 0; i < set.size(); i += 97) {
            for (float v : set.image(i)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        assertEquals(0f, min);
        assertEquals(1f, max);
    }
}

package roadmap.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Batch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import roadmap.dl.Djl;

class ImageSetTest {

    /** 30 images of 2x2: class 0 x10, class 1 x20; pixel 0 holds the index / 100. */
    private static ImageSet tiny() {
        float[][] img = new float[30][4];
        int[] lab = new int[30];
        for (int i = 0; i < 30; i++) {
            img[i][0] = i / 100f;
            lab[i] = i < 10 ? 0 : 1;
        }
        return new ImageSet(img, lab, 2, 2, List.of("a", "b"));
    }

    @Test
    void subsetKeepsClassProportionsOrderAndRepeatsWithTheSeed() {
        ImageSet s = tiny().subset(9, 7);
        assertEquals(9, s.size());
        assertArrayEquals(new int[] {3, 6}, s.classCounts());
        float prev = -1;
        for (int i = 0; i < s.size(); i++) {
            float id = s.image(i)[0];
            assertEquals(true, id > prev, "original order kept");
            prev = id;
        }
        assertArrayEquals(ids(s), ids(tiny().subset(9, 7)));
        assertNotEquals(List.of(ids(s)), List.of(ids(tiny().subset(9, 8))));
        assertArrayEquals(new int[] {1, 2}, tiny().subset(3, 1).classCounts(), "largest remainder rounding");
    }

    @Test
    void accessorsReturnCopies() {
        ImageSet s = tiny();
        s.images()[0][0] = 42;
        s.labels()[0] = 1;
        assertEquals(0f, s.image(0)[0]);
        assertEquals(0, s.label(0));
        assertEquals(5, s.slice(10, 15).size());
        assertEquals(0.07, s.matrix(7)[0][0], 1e-6);
        assertEquals(2, s.matrix(7).length);
        assertEquals(1, s.slice(10, 15).label(0));
        assertThrows(IllegalArgumentException.class, () -> new ImageSet(new float[][] {{1, 2, 3}}, new int[] {0}, 2, 2,
                List.of("a")));
        assertThrows(IllegalArgumentException.class, () -> new ImageSet(new float[][] {{1, 2, 3, 4}}, new int[] {1},
                2, 2, List.of("a")));
    }

    @Test
    void djlDatasetHasImageShapeAndSeededShuffles() throws Exception {
        Djl.init();
        try (NDManager m = NDManager.newBaseManager()) {
            ArrayDataset ds = tiny().toDjlDataset(m, 8, true, 3);
            List<Float> epoch1 = firstPixels(ds, m);
            List<Float> epoch2 = firstPixels(ds, m);
            assertEquals(30, epoch1.size());
            assertNotEquals(epoch1, epoch2, "a new order every epoch");
            assertEquals(epoch1, firstPixels(tiny().toDjlDataset(m, 8, true, 3), m), "same seed, same order");
            List<Float> inOrder = firstPixels(tiny().toDjlDataset(m, 8, false, 3), m);
            assertEquals(0f, inOrder.get(0));
            assertEquals(0.29f, inOrder.get(29), 1e-6f);
            Batch b = tiny().toDjlDataset(m, 8, false, 0).getData(m).iterator().next();
            assertArrayEquals(new long[] {8, 1, 2, 2}, b.getData().head().getShape().getShape());
            assertArrayEquals(new long[] {8}, b.getLabels().head().getShape().getShape());
            b.close();
        }
    }

    private static List<Float> firstPixels(ArrayDataset ds, NDManager m) throws Exception {
        List<Float> out = new ArrayList<>();
        for (Batch b : ds.getData(m)) {
            float[] x = b.getData().head().toFloatArray();
            for (int i = 0; i < x.length; i += 4) {
                out.add(x[i]);
            }
            b.close();
        }
        return out;
    }

    private static float[] ids(ImageSet s) {
        float[] id = new float[s.size()];
        for (int i = 0; i < id.length; i++) {
            id[i] = s.image(i)[0];
        }
        return id;
    }
}

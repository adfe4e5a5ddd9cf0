package roadmap.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import roadmap.data.ImageSet;

class AugmentTest {

    static final int H = 28;
    static final int W = 28;

    /** A non-symmetric blob well inside the frame (no pixel within 4 of the border). */
    static float[] blob(long seed) {
        Random r = new Random(seed);
        float[] img = new float[H * W];
        for (int y = 6; y < 20; y++) {
            for (int x = 5; x < 16 + y / 3; x++) {
                img[y * W + x] = (float) (0.2 + 0.8 * r.nextDouble());
            }
        }
        return img;
    }

    @Test
    void flipsTwiceAreIdentity() {
        float[] img = blob(1);
        assertArrayEquals(img, Augment.flipHorizontal(Augment.flipHorizontal(img, H, W), H, W));
        assertArrayEquals(img, Augment.flipVertical(Augment.flipVertical(img, H, W), H, W));
        assertFalse(Arrays.equals(img, Augment.flipHorizontal(img, H, W)), "one flip changes the blob");
    }

    @Test
    void flipMirrorsPixelsAndCentreOfMass() {
        float[] img = blob(2);
        float[] f = Augment.flipHorizontal(img, H, W);
        assertEquals(img[7 * W + 5], f[7 * W + (W - 1 - 5)]);
        double[] c0 = Augment.centreOfMass(img, H, W);
        double[] c1 = Augment.centreOfMass(f, H, W);
        assertEquals(c0[0], c1[0], 1e-9);
        assertEquals(W - 1 - c0[1], c1[1], 1e-9);
    }

    @Test
    void shiftMovesCentreOfMassByTheShift() {
        float[] img = blob(3);
        double[] c0 = Augment.centreOfMass(img, H, W);
        for (int[] d : new int[][] {{2, -3}, {-4, 4}, {0, 1}, {3, 0}}) {
            double[] c1 = Augment.centreOfMass(Augment.shift(img, H, W, d[0], d[1]), H, W);
            assertEquals(c0[0] + d[0], c1[0], 1e-9);
            assertEquals(c0[1] + d[1], c1[1], 1e-9);
        }
        // shifting back restores the image when no ink left the frame
        assertArrayEquals(img, Augment.shift(Augment.shift(img, H, W, 3, -2), H, W, -3, 2));
    }

    @Test
    void shiftFillsWithZeroAndLosesWhatLeaves() {
        float[] ones = new float[4 * 4];
        Arrays.fill(ones, 1f);
        float[] s = Augment.shift(ones, 4, 4, 1, 2);
        double sum = 0;
        for (float v : s) {
            sum += v;
        }
        assertEquals(3 * 2, sum, 0, "a 4x4 frame shifted by (1, 2) keeps 3x2 pixels");
        assertEquals(0f, s[0]);
        assertEquals(1f, s[4 * 4 - 1]);
    }

    @Test
    void rotationByZeroIsIdentityAnd90IsTheExactPermutation() {
        float[] img = blob(4);
        assertArrayEquals(img, Augment.rotate(img, H, W, 0), 1e-6f);
        float[] r90 = Augment.rotate(img, H, W, 90);
        float[] expected = new float[H * W];
        for (int r = 0; r < H; r++) {
            for (int c = 0; c < W; c++) {
                expected[r * W + c] = img[c * W + (W - 1 - r)]; // numpy.rot90: counter-clockwise
            }
        }
        assertArrayEquals(expected, r90, 1e-6f);
        float[] back = img;
        for (int i = 0; i < 4; i++) {
            back = Augment.rotate(back, H, W, 90);
        }
        assertArrayEquals(img, back, 1e-6f, "four quarter turns are the identity");
        assertArrayEquals(Augment.flipVertical(Augment.flipHorizontal(img, H, W), H, W),
                Augment.rotate(img, H, W, 180), 1e-6f, "a half turn is both flips");
    }

    @Test
    void smallRotationTurnsTheCentreOfMassAboutTheImageCentre() {
        float[] img = blob(5);
        double[] c0 = Augment.centreOfMass(img, H, W);
        double deg = 10;
        double[] c1 = Augment.centreOfMass(Augment.rotate(img, H, W, deg), H, W);
        double cy = (H - 1) / 2.0;
        double cx = (W - 1) / 2.0;
        double a = Math.toRadians(deg);
        double x = c0[1] - cx;
        double y = cy - c0[0];
        double ex = Math.cos(a) * x - Math.sin(a) * y;
        double ey = Math.sin(a) * x + Math.cos(a) * y;
        // bilinear interpolation blurs slightly but keeps mass positions within a small fraction of a pixel
        assertEquals(cy - ey, c1[0], 0.05);
        assertEquals(cx + ex, c1[1], 0.05);
    }

    @Test
    void randomAugmentationIsReproducibleAndExpandKeepsLabels() {
        float[][] x = {blob(6), blob(7), blob(8)};
        ImageSet set = new ImageSet(x, new int[] {0, 1, 1}, H, W, List.of("a", "b"));
        Augment aug = Augment.of(true, 2, 10);
        ImageSet big = aug.expand(set, 2, 42);
        assertEquals(9, big.size());
        assertArrayEquals(new int[] {0, 1, 1, 0, 1, 1, 0, 1, 1}, big.labels());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(set.image(i), big.image(i), "originals come first, unchanged");
        }
        assertNotEquals(Arrays.toString(big.image(0)), Arrays.toString(big.image(3)));
        assertArrayEquals(big.image(5), aug.expand(set, 2, 42).image(5), "same seed, same images");
        float[] a = aug.apply(x[0], H, W, new Random(1));
        assertArrayEquals(a, aug.apply(x[0], H, W, new Random(1)));
        assertArrayEquals(x[0], Augment.of(false, 0, 0).apply(x[0], H, W, new Random(1)), "no-op augmentation");
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> Augment.of(false, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> Augment.of(false, 0, 200));
        assertThrows(IllegalArgumentException.class, () -> Augment.shift(new float[5], 2, 2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Augment.centreOfMass(new float[4], 2, 2));
    }
}

package roadmap.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FoldsTest {

    private static final int[] LABELS = IntStream.range(0, 103).map(i -> i % 10 < 3 ? 1 : 0).toArray();

    @Test
    void everyRowIsValidatedExactlyOnceAndNeverTrainedOnInItsRound() {
        Folds folds = Folds.stratified(LABELS, 5, 1);
        int[] seen = new int[LABELS.length];
        for (int f = 0; f < folds.count(); f++) {
            int[] validation = folds.validation(f);
            int[] train = folds.train(f);
            assertEquals(LABELS.length, validation.length + train.length);
            for (int row : validation) {
                seen[row]++;
                assertTrue(Arrays.binarySearch(train, row) < 0, "row " + row + " in both sets");
            }
        }
        assertTrue(Arrays.stream(seen).allMatch(c -> c == 1));
    }

    @Test
    void foldsKeepTheClassSharesAndSizesWithinOneRow() {
        Folds folds = Folds.stratified(LABELS, 5, 2);
        long positives = Arrays.stream(LABELS).filter(y -> y == 1).count();   // 31 of 103
        for (int f = 0; f < 5; f++) {
            int[] y = Folds.select(LABELS, folds.validation(f));
            long pos = Arrays.stream(y).filter(v -> v == 1).count();
            assertTrue(Math.abs(pos - positives / 5.0) <= 1, "fold " + f + " has " + pos + " positives");
            assertTrue(Math.abs(y.length - LABELS.length / 5.0) <= 1, "fold " + f + " has " + y.length + " rows");
        }
    }

    @Test
    void theSeedFixesTheFolds() {
        assertArrayEquals(Folds.stratified(LABELS, 5, 3).validation(2), Folds.stratified(LABELS, 5, 3).validation(2));
        assertTrue(!Arrays.equals(Folds.stratified(LABELS, 5, 3).validation(2),
                Folds.stratified(LABELS, 5, 4).validation(2)));
    }

    @Test
    void selectAndBadInput() {
        double[][] x = {{0}, {1}, {2}};
        assertArrayEquals(new double[][] {{2}, {0}}, Folds.select(x, new int[] {2, 0}));
        assertArrayEquals(new int[] {5, 7}, Folds.select(new int[] {7, 6, 5}, new int[] {2, 0}));
        assertThrows(IllegalArgumentException.class, () -> Folds.stratified(LABELS, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Folds.stratified(new int[] {0, -1}, 2, 0));
    }
}

package roadmap.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FoldsTest {

    private static final int[] LABELS = IntStream.range(0, 103).map(i -> i % 10 == 0 ? 1 : 0).toArray();

    @Test
    void everyRowIsTestedExactlyOnceAndTrainIsTheRest() {
        Folds folds = Folds.stratified(LABELS, 5, 3);
        int[] tested = new int[LABELS.length];
        for (int f = 0; f < folds.count(); f++) {
            for (int r : folds.test(f)) {
                tested[r]++;
            }
            int[] all = IntStream.concat(Arrays.stream(folds.test(f)), Arrays.stream(folds.train(f)))
                    .sorted().toArray();
            assertArrayEquals(IntStream.range(0, LABELS.length).toArray(), all);
        }
        assertTrue(Arrays.stream(tested).allMatch(t -> t == 1));
    }

    @Test
    void foldsKeepTheClassRatio() {
        Folds folds = Folds.stratified(LABELS, 5, 3);
        int positives = Arrays.stream(LABELS).sum(); // 11
        for (int f = 0; f < folds.count(); f++) {
            int[] test = folds.test(f);
            int pos = Arrays.stream(test).map(r -> LABELS[r]).sum();
            assertTrue(pos == positives / 5 || pos == positives / 5 + 1, "fold " + f + ": " + pos);
            assertTrue(test.length == 20 || test.length == 21, "fold " + f + ": " + test.length);
        }
        assertEquals("5 stratified folds of sizes [21, 21, 21, 20, 20]", folds.toString());
    }

    @Test
    void seedChangesTheFoldsAndBadKIsRefused() {
        assertTrue(!Arrays.equals(Folds.stratified(LABELS, 5, 1).test(0), Folds.stratified(LABELS, 5, 2).test(0)));
        assertThrows(IllegalArgumentException.class, () -> Folds.stratified(LABELS, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Folds.stratified(new int[] {0, 1}, 3, 0));
    }
}

package roadmap.metrics;

/** Label validation shared by the package. */
final class Labels {

    private Labels() {
    }

    static boolean positive(int label, int row) {
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException("labels must be 0 or 1; row " + row + " has " + label);
        }
        return label == 1;
    }

    static int countPositives(int[] labels) {
        int n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (positive(labels[i], i)) {
                n++;
            }
        }
        return n;
    }
}

package roadmap.data;

/**
 * A train/test pair produced by {@link LabeledData#split(double, long)}.
 *
 * @param train the training rows
 * @param test  the held-out rows
 */
public record TrainTest(LabeledData train, LabeledData test) {
}

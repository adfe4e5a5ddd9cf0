/**
 * Deep learning helpers for weeks 5-8, on DJL with the PyTorch engine, offline.
 *
 * <ul>
 *   <li>{@link roadmap.dl.Djl}: offline set-up and seeds ({@code Djl.seed(42)} in a setup cell).</li>
 *   <li>{@link roadmap.dl.Fit} and {@link roadmap.train.History}: a visible training loop with
 *       per-epoch train/validation loss and accuracy, optional restore-best (early stopping).</li>
 *   <li>{@link roadmap.dl.Evaluation}: accuracy, confusion matrix, misclassified examples.</li>
 *   <li>{@link roadmap.dl.Models}: parameter counts, save/load weights with SHA-256.</li>
 *   <li>{@link roadmap.dl.ResNet20}, {@link roadmap.dl.Pretrained}, {@link roadmap.dl.Pretrain}:
 *       the course's small ResNet and its committed Fashion-MNIST weights.</li>
 *   <li>{@link roadmap.dl.NdArrays}: the one place that converts DJL arrays to and from Java
 *       arrays (matrices, images, channels, vectors).</li>
 *   <li>{@link roadmap.dl.DjlMlp}: week 5's from-scratch MLP as a DJL block with the same
 *       weights, so the two can be compared number for number.</li>
 *   <li>{@link roadmap.dl.Convolution}: convolution and pooling by hand and the output-shape
 *       formula (week 7).</li>
 *   <li>{@link roadmap.dl.Augment} and {@link roadmap.dl.FrozenFeatures}: data augmentation and a
 *       frozen feature extractor (batch-norm statistics included) for transfer learning (week 8).</li>
 *   <li>{@link roadmap.dl.Regularization}: MLPs with dropout/batch norm, AdamW, weight norms and
 *       the regulariser comparison experiment (week 6).</li>
 * </ul>
 * Images come from {@link roadmap.data.ImageDatasets} as {@link roadmap.data.ImageSet}.
 */
package roadmap.dl;

/**
 * Neural networks from scratch with plain arrays (week 5): the reference implementation the
 * notebooks derive by hand and then compare with DJL.
 *
 * <ul>
 *   <li>{@link roadmap.nn.Activations}: sigmoid, tanh, ReLU and their derivatives; softmax.</li>
 *   <li>{@link roadmap.nn.Losses}: mean squared error and cross-entropy with their gradients.</li>
 *   <li>{@link roadmap.nn.Mlp}: a multilayer perceptron (dense layers, one hidden activation,
 *       softmax cross-entropy output) with forward pass, backpropagation, a flat parameter
 *       vector for {@link roadmap.optim.GradientCheck}, and minibatch SGD training.</li>
 *   <li>{@link roadmap.train.History}: per-epoch loss and accuracy of that training.</li>
 * </ul>
 * Its DJL twin, with weights copied across, is {@link roadmap.dl.DjlMlp}.
 * Gradient checks reuse {@link roadmap.optim.GradientCheck}: {@link roadmap.nn.Mlp#objective}
 * turns a network and a batch into an {@link roadmap.optim.Objective} of the parameters.
 */
package roadmap.nn;

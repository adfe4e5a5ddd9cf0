/**
 * Generative models (week 13, generative track), built on DJL through {@link roadmap.dl.Djl}.
 *
 * <ul>
 *   <li>{@link roadmap.gen.DiagonalGaussian}: the ELBO's Gaussian pieces as plain formulas — the
 *       KL divergence in closed form and by Monte Carlo, log-densities, the reparameterised
 *       sample.</li>
 *   <li>{@link roadmap.gen.Vae}: a fully connected variational autoencoder for binary images,
 *       and the plain autoencoder with the same layers.</li>
 *   <li>{@link roadmap.gen.PixelBernoulli}: independent Bernoulli pixels, the baseline a
 *       generative image model must beat, and binarisation.</li>
 *   <li>{@link roadmap.gen.Diffusion}: a denoising diffusion model (DDPM) for low-dimensional
 *       points.</li>
 *   <li>{@link roadmap.gen.RingOfGaussians}: the ring-of-Gaussians toy distribution and mode
 *       counts.</li>
 *   <li>{@link roadmap.gen.TwoSample}: MMD² and energy distance with a permutation test, to
 *       check generated samples against the target distribution.</li>
 * </ul>
 */
package roadmap.gen;

/**
 * The record of a training run, shared by the from-scratch networks ({@link roadmap.nn}) and the
 * DJL ones ({@link roadmap.dl}): {@link roadmap.train.History} holds per-epoch loss and accuracy,
 * {@link roadmap.train.Progress} shows a live, deterministic progress line while it runs.
 */
package roadmap.train;

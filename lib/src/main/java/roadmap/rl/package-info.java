/**
 * Reinforcement learning (week 13's reinforcement track): a small grid-world MDP solved exactly by
 * {@link roadmap.rl.ValueIteration} and approximately by tabular {@link roadmap.rl.QLearning};
 * the classic {@link roadmap.rl.CartPole} simulator and a deep Q-network agent
 * ({@link roadmap.rl.Dqn}) built from a small plain-array {@link roadmap.rl.QNetwork}, a
 * {@link roadmap.rl.ReplayBuffer} and an {@link roadmap.rl.EpsilonSchedule}; PPO's clipped
 * surrogate objective ({@link roadmap.rl.Ppo}); and {@link roadmap.rl.Curves} for learning curves.
 *
 * <p>Everything is seeded: the same seed gives the same episodes, weights and returns.
 */
package roadmap.rl;

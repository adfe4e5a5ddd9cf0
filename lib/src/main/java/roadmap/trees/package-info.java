/**
 * Tree ensembles with readable settings: {@link roadmap.trees.ForestSettings} for Smile's random
 * forest and {@link roadmap.trees.BoostingSettings} for Tribuo's XGBoost trainer name every
 * argument that the libraries take positionally (eleven and twelve of them), and
 * {@link roadmap.trees.XGBoostNatives} reports whether XGBoost's native library loads on this
 * machine and what to do if it does not.
 */
package roadmap.trees;

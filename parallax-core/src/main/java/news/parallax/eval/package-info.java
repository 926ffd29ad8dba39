/** Scorers that measure a stage against evaluation data with gold labels. */
package news.parallax.eval;

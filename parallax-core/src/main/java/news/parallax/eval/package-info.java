/** Scorers that compare a stage's output with evaluation data carrying gold labels. */
package news.parallax.eval;

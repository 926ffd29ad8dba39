/** Evaluation: scores of the stages against gold labels on the shared evaluation data. */
package news.parallax.eval;

/** Evaluation scorers: quality figures of the stages on data with gold labels. */
package news.parallax.eval;

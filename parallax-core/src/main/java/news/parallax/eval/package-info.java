/** Evaluation: readers for annotated corpora and scorers against their gold labels. */
package news.parallax.eval;

/** Facts: claims with values in each article, and their comparison across outlets. */
package news.parallax.fact;

/** Language identification, per article and per paragraph. */
package news.parallax.lang;

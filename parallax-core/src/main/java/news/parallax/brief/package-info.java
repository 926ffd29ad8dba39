/** The brief: a short summary of a story in which every sentence cites its sources. */
package news.parallax.brief;

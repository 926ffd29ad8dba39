/** Story clustering: articles about one event grouped, across languages, incrementally. */
package news.parallax.cluster;

/** The recipe as an Apache Flink job: pages from Kafka or files in, stories upserted into the store. */
package news.parallax.flink;

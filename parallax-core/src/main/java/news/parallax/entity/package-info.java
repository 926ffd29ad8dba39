/** Named entities: recognition in each article, linking across articles and languages. */
package news.parallax.entity;

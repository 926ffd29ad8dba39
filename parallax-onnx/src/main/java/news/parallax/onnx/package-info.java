/** Sentence-embedding models the user supplies as ONNX files: tokenizer and embedder. */
package news.parallax.onnx;

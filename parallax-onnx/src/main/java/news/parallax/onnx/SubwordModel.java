package news.parallax.onnx;

/** The model part of a tokenizer: one word in, token ids out. */
interface SubwordModel {

  /** Appends the ids of one pre-tokenized word. */
  void tokenize(String word, Ids out);

  /** The id of a token string, or -1. */
  int id(String token);

  /** A growable int array. */
  final class Ids {
    int[] a = new int[64];
    int size;

    void add(int id) {
      if (size == a.length) {
        a = java.util.Arrays.copyOf(a, size * 2);
      }
      a[size++] = id;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, size);
    }
  }
}

package news.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingOptionTest {
  @TempDir
  Path dir;

  @Test
  void aModelFolderThatDoesNotLoadIsAUsageErrorNamingTheFile() throws IOException {
    Path page = Files.writeString(dir.resolve("p.txt"), "A page of text.");
    Path model = Files.createDirectories(dir.resolve("model"));
    Files.write(model.resolve("model.onnx"), new byte[] {1, 2, 3});
    Files.writeString(model.resolve("tokenizer.json"), "{\"model\": {\"type\": \"BPE\"}}");
    // eval clustering takes the option the same way, but loads the analysis models first (10 s)
    for (String[] command : new String[][] {
        {"analyze", page.toString()},
        {"bench", "cluster", "--data", dir.toString()}}) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 2);
      args[command.length] = "--embedding-model";
      args[command.length + 1] = model.toString();
      Cli.Result r = Cli.run(args);
      assertEquals(Main.USAGE, r.exit(), String.join(" ", command));
      assertTrue(r.err().contains("parallax: --embedding-model: " + model.resolve("tokenizer.json")
          + ": model type BPE is not supported"), r.err());
    }
  }

  @Test
  void theHelpSaysWhatTheFolderHolds() {
    Cli.Result r = Cli.run("analyze", "--help");
    assertTrue(r.out().contains("--embedding-model=DIR"), r.out());
    assertTrue(r.out().contains("tokenizer.json"), r.out());
  }
}

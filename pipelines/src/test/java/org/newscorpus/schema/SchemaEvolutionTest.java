package org.newscorpus.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecordBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published schemas ({@code schemas/article.avsc}, {@code story.avsc}, {@code rejected.avsc})
 * only ever gain fields, each with a default, so that every version reads the files every earlier
 * version wrote. Checked against the golden history in {@code src/test/resources/schema-history}:
 * each released schema ({@code NAME/vN.avsc}) and a data file that release's pipeline wrote
 * ({@code NAME/vN.avro}). The internal {@code page.avsc} never leaves a run and is not checked.
 */
class SchemaEvolutionTest {

  static final Path HISTORY = Paths.get("src", "test", "resources", "schema-history");
  static final Path README = Paths.get("..", "README.md");

  /** The published schemas: name to the current compiled schema and its generated class. */
  static final Map<String, Class<? extends SpecificRecordBase>> PUBLISHED =
      Map.of("article", Article.class, "story", Story.class, "rejected", Rejected.class);

  static Schema current(String name) {
    return switch (name) {
      case "article" -> Article.getClassSchema();
      case "story" -> Story.getClassSchema();
      case "rejected" -> Rejected.getClassSchema();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** The golden versions of one schema, oldest first. */
  static List<Path> versions(String name) throws IOException {
    try (Stream<Path> files = Files.list(HISTORY.resolve(name))) {
      return files.filter(p -> p.getFileName().toString().matches("v\\d+\\.avsc"))
          .sorted(Comparator.comparingInt(SchemaEvolutionTest::versionOf))
          .toList();
    }
  }

  static int versionOf(Path p) {
    String n = p.getFileName().toString();
    return Integer.parseInt(n.substring(1, n.indexOf('.')));
  }

  static Schema parse(Path avsc) throws IOException {
    return new Schema.Parser().parse(avsc.toFile());
  }

  /**
   * What makes {@code newer} unable to stand in for {@code older}: a field removed or renamed, a
   * new field without a default, or anything Avro's own resolution rules reject.
   */
  static List<String> violations(Schema older, Schema newer) {
    List<String> problems = new ArrayList<>();
    for (Schema.Field f : older.getFields()) {
      if (field(newer, f.name()) == null) {
        problems.add("field " + f.name() + " was removed or renamed");
      }
    }
    for (Schema.Field f : newer.getFields()) {
      boolean isNew = older.getField(f.name()) == null && f.aliases().stream().noneMatch(a -> older.getField(a) != null);
      if (isNew && !f.hasDefaultValue()) {
        problems.add("new field " + f.name() + " has no default");
      }
    }
    SchemaCompatibility.SchemaPairCompatibility compat = SchemaCompatibility.checkReaderWriterCompatibility(newer, older);
    if (compat.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
      for (SchemaCompatibility.Incompatibility i : compat.getResult().getIncompatibilities()) {
        problems.add(i.getType() + " at " + i.getLocation() + ": " + i.getMessage());
      }
    }
    return problems;
  }

  /** The field named {@code name} in s, or one whose aliases name it. */
  private static Schema.Field field(Schema s, String name) {
    Schema.Field f = s.getField(name);
    if (f != null) {
      return f;
    }
    for (Schema.Field candidate : s.getFields()) {
      if (candidate.aliases().contains(name)) {
        return candidate;
      }
    }
    return null;
  }

  static Stream<Arguments> goldenVersions() throws IOException {
    List<Arguments> args = new ArrayList<>();
    for (String name : new String[] {"article", "story", "rejected"}) {
      for (Path v : versions(name)) {
        args.add(Arguments.of(name, v.getFileName().toString()));
      }
    }
    return args.stream();
  }

  @Test
  void everyPublishedSchemaHasItsFirstVersionInTheHistory() throws IOException {
    for (String name : PUBLISHED.keySet()) {
      List<Path> v = versions(name);
      assertFalse(v.isEmpty(), name);
      assertEquals(1, versionOf(v.get(0)), name);
      for (Path avsc : v) {
        assertTrue(Files.isRegularFile(avsc.resolveSibling(avsc.getFileName().toString().replace(".avsc", ".avro"))),
            "a data file written by " + name + " " + avsc.getFileName());
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("goldenVersions")
  void theCurrentSchemaOnlyAddsFieldsWithDefaultsToAGoldenVersion(String name, String version) throws IOException {
    Schema golden = parse(HISTORY.resolve(name).resolve(version));
    assertEquals(List.of(), violations(golden, current(name)), "schemas/" + name + ".avsc against " + version);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("goldenVersions")
  void everyLaterVersionReadsTheFilesThisVersionWrote(String name, String version) throws IOException {
    Path avsc = HISTORY.resolve(name).resolve(version);
    File data = avsc.resolveSibling(version.replace(".avsc", ".avro")).toFile();
    List<Schema> readers = new ArrayList<>();
    for (Path later : versions(name)) {
      if (versionOf(later) > versionOf(avsc)) {
        readers.add(parse(later));
      }
    }
    readers.add(current(name));

    List<GenericRecord> written = readAll(data, null);
    assertFalse(written.isEmpty(), data + " holds records");
    Schema writer = written.get(0).getSchema();
    // the writer's schema carries the Java string property of the generated classes; the parsing
    // form, which decides how bytes decode, must be that of the golden schema
    assertEquals(SchemaNormalization.toParsingForm(parse(avsc)), SchemaNormalization.toParsingForm(writer),
        data + " was written with " + version);
    for (Schema reader : readers) {
      List<GenericRecord> read = readAll(data, reader);
      assertEquals(written.size(), read.size());
      for (int i = 0; i < written.size(); i++) {
        for (Schema.Field f : writer.getFields()) {
          assertEquals(0, GenericData.get().compare(written.get(i).get(f.name()), read.get(i).get(f.name()), f.schema()),
              f.name() + " keeps its value");
        }
        for (Schema.Field f : reader.getFields()) {
          if (writer.getField(f.name()) == null) {
            assertEquals(GenericData.get().getDefaultValue(f), read.get(i).get(f.name()), f.name() + " gets its default");
          }
        }
      }
    }
    // and the generated classes, as the pipeline's Java users read
    try (DataFileReader<? extends SpecificRecordBase> r =
        new DataFileReader<>(data, new SpecificDatumReader<>(PUBLISHED.get(name)))) {
      int n = 0;
      while (r.hasNext()) {
        assertTrue(PUBLISHED.get(name).isInstance(r.next()));
        n++;
      }
      assertEquals(written.size(), n);
    }
  }

  @Test
  void theCheckCatchesARemovedFieldARenameAndAFieldWithoutDefault() {
    Schema v1 = record("{\"name\":\"id\",\"type\":\"string\"}, {\"name\":\"title\",\"type\":[\"null\",\"string\"],\"default\":null}");
    Schema removed = record("{\"name\":\"id\",\"type\":\"string\"}");
    Schema renamed = record("{\"name\":\"id\",\"type\":\"string\"}, {\"name\":\"headline\",\"type\":[\"null\",\"string\"],\"default\":null}");
    Schema noDefault = record("{\"name\":\"id\",\"type\":\"string\"}, {\"name\":\"title\",\"type\":[\"null\",\"string\"],\"default\":null},"
        + " {\"name\":\"lang\",\"type\":\"string\"}");
    Schema retyped = record("{\"name\":\"id\",\"type\":\"int\"}, {\"name\":\"title\",\"type\":[\"null\",\"string\"],\"default\":null}");
    Schema aliased = record("{\"name\":\"id\",\"type\":\"string\"}, {\"name\":\"headline\",\"aliases\":[\"title\"],\"type\":[\"null\",\"string\"],\"default\":null}");
    Schema added = record("{\"name\":\"id\",\"type\":\"string\"}, {\"name\":\"title\",\"type\":[\"null\",\"string\"],\"default\":null},"
        + " {\"name\":\"lang\",\"type\":[\"null\",\"string\"],\"default\":null}");

    assertTrue(violations(v1, removed).contains("field title was removed or renamed"), violations(v1, removed).toString());
    assertTrue(violations(v1, renamed).contains("field title was removed or renamed"));
    assertTrue(violations(v1, noDefault).contains("new field lang has no default"));
    assertFalse(violations(v1, retyped).isEmpty());
    assertEquals(List.of(), violations(v1, aliased));
    assertEquals(List.of(), violations(v1, added));
  }

  @Test
  void theReadmeDocumentsEveryFieldOfThePublishedSchemas() throws IOException {
    String readme = Files.readString(README);
    for (String name : new String[] {"article", "story", "rejected"}) {
      int section = readme.indexOf("### " + name + " (`schemas/" + name + ".avsc`)");
      assertTrue(section >= 0, "README has a section for " + name);
      int end = readme.indexOf("\n### ", section + 1);
      String table = readme.substring(section, end < 0 ? readme.length() : end);
      for (Schema.Field f : current(name).getFields()) {
        assertTrue(table.contains("\n| `" + f.name() + "` |"), "README documents " + name + "." + f.name());
      }
    }
  }

  private static Schema record(String fields) {
    return new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":[" + fields + "]}");
  }

  private static List<GenericRecord> readAll(File data, Schema reader) throws IOException {
    List<GenericRecord> out = new ArrayList<>();
    GenericDatumReader<GenericRecord> datum = reader == null ? new GenericDatumReader<>() : new GenericDatumReader<>(null, reader);
    try (DataFileReader<GenericRecord> r = new DataFileReader<>(data, datum)) {
      while (r.hasNext()) {
        out.add(r.next());
      }
    }
    return out;
  }
}

package org.newscorpus.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.file.SeekableByteArrayInput;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newscorpus.schema.Rejected;

class WriteDatasetCodecTest {

  /**
   * Every codec --codec names writes a file that reads back. Avro's zstandard and xz codecs need
   * libraries Avro leaves optional: without them a run failed only when it came to write.
   */
  @ParameterizedTest
  @ValueSource(strings = {"snappy", "deflate", "zstandard", "bzip2", "xz", "null"})
  void everyDocumentedCodecWritesAFileThatReadsBack(String codec) throws IOException {
    Rejected record = Rejected.newBuilder()
        .setStage("read")
        .setReason("notAnArchive")
        .setMessage("ParsingException: invalid WARC record at position 0: <!DOCTYPE html>".repeat(20))
        .setInputUri("file:///crawls/2021-02-17/page.warc.gz")
        .build();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (DataFileWriter<Rejected> writer = new DataFileWriter<>(new SpecificDatumWriter<>(Rejected.class))) {
      writer.setCodec(WriteDataset.codecFactory(codec));
      writer.create(Rejected.getClassSchema(), file);
      for (int i = 0; i < 100; i++) {
        writer.append(record);
      }
    }
    List<Rejected> back = new ArrayList<>();
    try (DataFileReader<Rejected> reader =
        new DataFileReader<>(new SeekableByteArrayInput(file.toByteArray()), new SpecificDatumReader<>(Rejected.class))) {
      assertEquals(codec, reader.getMetaString("avro.codec"));
      reader.forEach(back::add);
    }
    assertEquals(100, back.size());
    assertEquals(record, back.get(99));
    if (!codec.equals("null")) {
      assertTrue(file.size() < 100 * record.getMessage().length() / 4, codec + " compresses: " + file.size());
    }
  }

  @Test
  void anUnknownCodecIsAnErrorThatNamesTheChoices() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WriteDataset.codecFactory("lzma9"));
    assertTrue(e.getMessage().contains("snappy, deflate, zstandard, bzip2, xz or null"), e.getMessage());
  }
}

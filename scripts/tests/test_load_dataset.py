"""Tests of scripts/load_dataset.py on small datasets written here with the repository's schemas.

Run: /usr/bin/python3 -m unittest discover -s scripts/tests -v   (needs python3-avro, python3-pandas)
"""

import builtins
import contextlib
import datetime as dt
import io
import json
import os
import sys
import tempfile
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts"))

import load_dataset  # noqa: E402

try:
    import pandas as pd
except ImportError:  # pragma: no cover - .ci/run installs python3-pandas
    pd = None

import avro.datafile  # noqa: E402
import avro.io  # noqa: E402
import avro.schema  # noqa: E402

UTC = dt.timezone.utc


def schema(name):
    with open(os.path.join(ROOT, "schemas", name + ".avsc"), encoding="utf-8") as f:
        return avro.schema.parse(f.read())


def write_avro(path, schema_name, records, codec="null"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        writer = avro.datafile.DataFileWriter(f, avro.io.DatumWriter(), schema(schema_name), codec=codec)
        for r in records:
            writer.append(r)
        writer.close()


def article(n, source, day, hour=None):
    return {
        "id": f"id{n:03d}",
        "url": f"https://{source}/a/{n}",
        "site": source,
        "source": source,
        "title": f"Title {n}",
        "text": f"Body of article {n}.",
        "authors": ["A. Writer"],
        "published_date": day,
        "published_at": dt.datetime(day.year, day.month, day.day, hour, 30, tzinfo=UTC) if day and hour else None,
        "language": "fr",
        "crawled_at": dt.datetime(2025, 11, 20, 8, 0, tzinfo=UTC),
        "input_uri": "/crawl/part-00.warc.gz",
        "input_offset": 1000 + n,
        "content_hash": f"h{n}",
        "story_id": f"id{n:03d}",
        "is_canonical": True,
        "story_size": 1,
    }


class DatasetFixture:
    """A dataset folder of the pipeline's layout: 3 days x 2 sources, an unknown date, stories, rejected."""

    DAYS = [dt.date(2025, 11, 3), dt.date(2025, 11, 4), dt.date(2025, 11, 5)]
    SOURCES = ["lemonde.fr", "panorapost.com"]

    def __init__(self, root):
        self.root = root
        n = 0
        self.expected_articles = 0
        for day in self.DAYS:
            for source in self.SOURCES:
                records = []
                for _ in range(2):
                    n += 1
                    records.append(article(n, source, day, hour=9 if n % 2 else None))
                part = f"articles/date={day}/source={source}/part-00000-of-00001.avro"
                write_avro(os.path.join(root, part), "article", records, codec="snappy")
                self.expected_articles += len(records)
        write_avro(os.path.join(root, "articles/date=__HIVE_DEFAULT_PARTITION__/source=lemonde.fr/part-00000-of-00001.avro"),
                   "article", [article(99, "lemonde.fr", None)])
        self.expected_articles += 1
        # a writer's leftover temporary folder, which no reader should see
        write_avro(os.path.join(root, "articles/.temp-beam/x/part.avro"), "article", [article(98, "x.org", None)])
        for day in self.DAYS:
            write_avro(os.path.join(root, f"stories/date={day}/part-00000-of-00001.avro"), "story", [{
                "story_id": f"s{day.day}", "canonical_url": "https://lemonde.fr/a", "title": "T",
                "first_published": day, "article_count": 2, "sites": ["lemonde.fr"], "sources": ["lemonde.fr"],
                "languages": ["fr"], "article_ids": [f"s{day.day}", "x"]}])
        for stage, reason in (("read", "truncatedRecord"), ("extract", "notArticle")):
            write_avro(os.path.join(root, f"rejected/stage={stage}/part-00000-of-00001.avro"), "rejected", [{
                "input_uri": "/crawl/part-00.warc.gz", "input_offset": 5, "url": None, "stage": stage,
                "reason": reason, "message": reason, "excerpt": "WARC/1.0"}])
        with open(os.path.join(root, "_SUMMARY.json"), "w", encoding="utf-8") as f:
            json.dump({"articles_written": self.expected_articles}, f)


@unittest.skipIf(pd is None, "pandas is not installed (apt-get install python3-pandas)")
class LoadDatasetTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        self.fixture = DatasetFixture(self.tmp.name)
        self.root = self.tmp.name

    def opened_avro_files(self, call):
        """Runs call() and returns the .avro paths it opened, relative to the dataset."""
        real_open = builtins.open
        opened = []

        def recording_open(file, *args, **kwargs):
            if isinstance(file, (str, os.PathLike)) and str(file).endswith(".avro"):
                opened.append(os.path.relpath(str(file), self.root))
            return real_open(file, *args, **kwargs)

        with mock.patch("builtins.open", recording_open):
            result = call()
        return result, sorted(opened)

    def test_every_article_loads_with_the_contract_columns_plus_date_and_source(self):
        frame = load_dataset.load_articles(self.root)
        self.assertEqual(self.fixture.expected_articles, len(frame))
        fields = [f.name for f in schema("article").fields]
        self.assertEqual(fields + ["date"], list(frame.columns))
        self.assertIn("source", frame.columns)
        self.assertEqual({"lemonde.fr", "panorapost.com"}, set(frame["source"]))
        self.assertNotIn("x.org", set(frame["source"]), "the writer's .temp-beam folder is ignored")

    def test_avro_dates_and_timestamps_become_pandas_datetimes(self):
        frame = load_dataset.load_articles(self.root)
        self.assertEqual("datetime64[ns]", str(frame["published_date"].dtype))
        self.assertEqual("datetime64[ns]", str(frame["date"].dtype))
        self.assertEqual("datetime64[ns, UTC]", str(frame["published_at"].dtype))
        self.assertEqual("datetime64[ns, UTC]", str(frame["crawled_at"].dtype))
        first = frame[frame["id"] == "id001"].iloc[0]
        self.assertEqual(pd.Timestamp("2025-11-03"), first["published_date"])
        self.assertEqual(pd.Timestamp("2025-11-03"), first["date"])
        self.assertEqual(pd.Timestamp("2025-11-03T09:30:00Z"), first["published_at"])
        self.assertEqual(pd.Timestamp("2025-11-20T08:00:00Z"), first["crawled_at"])
        self.assertTrue(pd.isna(frame[frame["id"] == "id002"].iloc[0]["published_at"]))

    def test_the_hive_null_partition_gives_a_null_date(self):
        frame = load_dataset.load_articles(self.root)
        unknown = frame[frame["id"] == "id099"].iloc[0]
        self.assertTrue(pd.isna(unknown["date"]))
        self.assertTrue(pd.isna(unknown["published_date"]))

    def test_a_filter_on_one_source_and_two_days_opens_only_those_folders(self):
        frame, opened = self.opened_avro_files(
            lambda: load_dataset.load_articles(self.root, date_from="2025-11-04", date_to="2025-11-05",
                                               sources=["panorapost.com"]))
        self.assertEqual([
            "articles/date=2025-11-04/source=panorapost.com/part-00000-of-00001.avro",
            "articles/date=2025-11-05/source=panorapost.com/part-00000-of-00001.avro",
        ], opened)
        self.assertEqual(4, len(frame))
        self.assertEqual({"panorapost.com"}, set(frame["source"]))
        self.assertEqual({pd.Timestamp("2025-11-04"), pd.Timestamp("2025-11-05")}, set(frame["date"]))

    def test_an_open_ended_date_range_leaves_out_unknown_dates(self):
        frame, opened = self.opened_avro_files(lambda: load_dataset.load_articles(self.root, date_from="2025-11-05"))
        self.assertEqual(4, len(frame))
        self.assertTrue(all(p.startswith("articles/date=2025-11-05/") for p in opened), opened)

    def test_no_filter_opens_every_partition_once(self):
        _, opened = self.opened_avro_files(lambda: load_dataset.load_articles(self.root))
        self.assertEqual(7, len(opened))
        self.assertEqual(len(set(opened)), len(opened))

    def test_stories_load_with_their_date_partition(self):
        frame = load_dataset.load_stories(self.root, date_from="2025-11-04")
        self.assertEqual(["s4", "s5"], sorted(frame["story_id"]))
        self.assertEqual("datetime64[ns]", str(frame["first_published"].dtype))
        self.assertEqual(list(frame["first_published"]), list(frame["date"]))

    def test_rejected_records_filter_by_stage(self):
        frame, opened = self.opened_avro_files(lambda: load_dataset.load_rejected(self.root, stages=["read"]))
        self.assertEqual(["truncatedRecord"], list(frame["reason"]))
        self.assertEqual(["read"], list(frame["stage"]))
        self.assertEqual(["rejected/stage=read/part-00000-of-00001.avro"], opened)

    def test_a_filter_the_table_has_no_partition_for_is_a_clear_error(self):
        with self.assertRaisesRegex(load_dataset.DatasetError, "rejected has no date partition"):
            load_dataset.load(self.root, "rejected", date_from=dt.date(2025, 1, 1))
        with self.assertRaisesRegex(load_dataset.DatasetError, "stories has no source partition"):
            load_dataset.load(self.root, "stories", sources=["lemonde.fr"])

    def test_a_table_without_folder_is_empty_with_its_schema_columns(self):
        empty = tempfile.mkdtemp(dir=self.root)
        frame = load_dataset.load_rejected(empty)
        self.assertEqual(0, len(frame))
        self.assertEqual([f.name for f in schema("rejected").fields], list(frame.columns))

    @unittest.skipIf(load_dataset.fastavro is not None, "fastavro reads the files, not python3-avro")
    def test_a_codec_whose_library_is_missing_names_the_package_to_install(self):
        import avro.codecs  # noqa: E402

        # the fixture's articles are snappy: as on a machine without python3-snappy
        without_snappy = {k: v for k, v in avro.codecs.KNOWN_CODECS.items() if k != "snappy"}
        with mock.patch.object(avro.codecs, "KNOWN_CODECS", without_snappy):
            with self.assertRaisesRegex(load_dataset.DatasetError, "codec 'snappy'.*apt-get install python3-snappy"):
                load_dataset.load_articles(self.root)
            self.assertEqual(2, load_dataset.main([self.root, "--table", "articles"]))

    def test_a_filter_that_selects_nothing_gives_the_columns_and_dtypes_of_a_full_load(self):
        full = load_dataset.load_articles(self.root)
        empty = load_dataset.load_articles(self.root, date_from="2030-01-01")
        self.assertEqual(0, len(empty))
        self.assertEqual(dict(full.dtypes.astype(str)), dict(empty.dtypes.astype(str)))
        self.assertEqual("datetime64[ns]", str(empty["published_date"].dtype))

    def test_a_missing_dataset_folder_is_an_error(self):
        with self.assertRaisesRegex(load_dataset.DatasetError, "no such folder"):
            load_dataset.load_articles(os.path.join(self.root, "nope"))

    def test_truncated_says_which_captures_were_cut_short_and_is_null_in_files_written_before_it(self):
        # real files of the pipeline's schema history: v3 (with truncated) and v2 (without)
        history = os.path.join(ROOT, "pipelines", "src", "test", "resources", "schema-history", "article")
        root = tempfile.mkdtemp(dir=self.root)
        for version, folder in (("v3", "date=2024-01-02/source=conseil.example"),
                                ("v2", "date=2025-11-06/source=atlanticpost.com")):
            os.makedirs(os.path.join(root, "articles", folder))
            with open(os.path.join(history, version + ".avro"), "rb") as src, \
                    open(os.path.join(root, "articles", folder, "part-00000-of-00001.avro"), "wb") as dst:
                dst.write(src.read())
        frame = load_dataset.load_articles(root)
        self.assertIn("truncated", frame.columns)
        cut = frame[frame["source"] == "conseil.example"]["truncated"]
        self.assertEqual({"length": 2, "disconnect": 1, "httpBody": 2, "contentEncoding": 1},
                         cut.dropna().value_counts().to_dict())
        self.assertEqual(2, cut.isna().sum(), "the whole captures")
        self.assertTrue(frame[frame["source"] == "atlanticpost.com"]["truncated"].isna().all(),
                        "a file written before the field has none")

    def test_columns_keeps_only_the_named_columns(self):
        frame = load_dataset.load_articles(self.root, columns=["id", "date"])
        self.assertEqual(["id", "date"], list(frame.columns))
        with self.assertRaisesRegex(load_dataset.DatasetError, "no column nope"):
            load_dataset.load_articles(self.root, columns=["nope"])

    def test_the_command_prints_the_row_count_and_writes_csv(self):
        csv = os.path.join(self.root, "out.csv")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = load_dataset.main([self.root, "--table", "articles", "--source", "lemonde.fr",
                                      "--date", "2025-11-03:2025-11-03", "--csv", csv])
        self.assertEqual(0, code)
        self.assertIn("articles: 2 rows from 1 files", out.getvalue())
        self.assertEqual(2, len(pd.read_csv(csv)))

    def test_the_command_rejects_a_bad_date_with_exit_code_2(self):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = load_dataset.main([self.root, "--date", "yesterday"])
        self.assertEqual(2, code)
        self.assertIn("--date: expected YYYY-MM-DD", err.getvalue())


class ParseDateRangeTest(unittest.TestCase):

    def test_forms(self):
        d = dt.date.fromisoformat
        self.assertEqual((d("2025-11-03"), d("2025-11-05")), load_dataset.parse_date_range("2025-11-03:2025-11-05"))
        self.assertEqual((d("2025-11-03"), d("2025-11-03")), load_dataset.parse_date_range("2025-11-03"))
        self.assertEqual((d("2025-11-03"), None), load_dataset.parse_date_range("2025-11-03:"))
        self.assertEqual((None, d("2025-11-05")), load_dataset.parse_date_range(":2025-11-05"))
        self.assertEqual((None, None), load_dataset.parse_date_range(None))

    def test_a_reversed_range_is_an_error(self):
        with self.assertRaisesRegex(load_dataset.DatasetError, "is after"):
            load_dataset.parse_date_range("2025-11-05:2025-11-03")


if __name__ == "__main__":
    unittest.main()

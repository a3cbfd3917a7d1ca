#!/usr/bin/env python3
"""Load a newscorpus dataset (Hive-partitioned Avro) into a pandas DataFrame.

As a module:

    from load_dataset import load_articles, load_stories, load_rejected
    articles = load_articles("OUT", date_from="2025-11-03", date_to="2025-11-05",
                             sources=["panorapost.com"])
    stories = load_stories("OUT")
    rejected = load_rejected("OUT", stages=["read"])

As a command (prints a summary, or writes CSV/Parquet):

    load_dataset.py OUT [--table articles|stories|rejected] [--date FROM:TO]
                        [--source S,...] [--stage S,...] [--columns C,...]
                        [--csv FILE] [--parquet FILE] [--head N]

What it gives:

- one row per record, with the schema's fields as columns, plus the partition
  columns taken from the folder names: ``date`` (articles, stories) and
  ``source`` (articles; the record's own ``source`` is that same value, so it
  is kept as it is), ``stage`` (rejected). ``date=__HIVE_DEFAULT_PARTITION__``
  gives a null date, as in Spark, Hive and pyarrow.
- Avro ``date`` fields and the ``date`` partition become ``datetime64[ns]``;
  ``timestamp-millis`` fields become ``datetime64[ns, UTC]``.
- Only the partition folders that the filters select are listed and read: a
  filter on one source and a few days opens only those files.

It reads Avro with ``fastavro`` when installed (fast), else with the ``avro``
package (Debian's ``python3-avro``; snappy files need ``python3-snappy``).
Elsewhere: ``pip install fastavro pandas`` (and ``pyarrow`` for Parquet).
"""

import argparse
import datetime as dt
import json
import os
import sys
import urllib.parse

try:  # the fast reader, when present
    import fastavro  # type: ignore
except ImportError:  # Debian's python3-avro
    fastavro = None

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"

# table -> its partition keys, outermost first (CONTRACT.md's layout)
TABLES = {
    "articles": ("date", "source"),
    "stories": ("date",),
    "rejected": ("stage",),
}

# table -> its schema in the repository's schemas/
SCHEMA_FILES = {"articles": "article.avsc", "stories": "story.avsc", "rejected": "rejected.avsc"}

_EPOCH_DATE = dt.date(1970, 1, 1)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


class DatasetError(Exception):
    """A dataset folder that cannot be loaded as asked (missing table, bad filter)."""


# ---------------------------------------------------------------- partitions


def parse_date_range(spec):
    """'FROM:TO' (inclusive, either side may be empty) or 'DAY' -> (from, to) as dates or None."""
    if spec is None or spec == "":
        return None, None
    if ":" in spec:
        lo, hi = spec.split(":", 1)
    else:
        lo = hi = spec
    try:
        lo_date = dt.date.fromisoformat(lo) if lo else None
        hi_date = dt.date.fromisoformat(hi) if hi else None
    except ValueError:
        raise DatasetError(f"--date: expected YYYY-MM-DD or FROM:TO, got {spec!r}") from None
    if lo_date and hi_date and lo_date > hi_date:
        raise DatasetError(f"--date: {lo_date} is after {hi_date}")
    return lo_date, hi_date


def _partition_value(folder_name, key):
    """'key=value' -> the value (None for Hive's null partition), or KeyError if not that key."""
    prefix = key + "="
    if not folder_name.startswith(prefix):
        raise KeyError(folder_name)
    value = urllib.parse.unquote(folder_name[len(prefix):])
    return None if value == NULL_PARTITION else value


def _date_wanted(value, date_from, date_to):
    if date_from is None and date_to is None:
        return True
    if value is None:  # unknown date: only when no date bound is asked
        return False
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return (date_from is None or day >= date_from) and (date_to is None or day <= date_to)


def partition_files(dataset, table, date_from=None, date_to=None, sources=None, stages=None):
    """The Avro files of one table that the filters select, as (path, {partition: value}).

    Folders are pruned level by level, so a file outside the selection is never listed or opened.
    Names starting with '.' or '_' (a writer's temporary folders) are ignored, as Spark does.
    """
    if table not in TABLES:
        raise DatasetError(f"--table: unknown table {table!r}; one of {', '.join(TABLES)}")
    root = os.path.join(dataset, table)
    if not os.path.isdir(root):
        if not os.path.isdir(dataset):
            raise DatasetError(f"{dataset}: no such folder")
        # an empty table (no rejected record, say) has no folder at all
        return []
    wanted = {
        "date": lambda v: _date_wanted(v, date_from, date_to),
        "source": (lambda v: v in sources) if sources else (lambda v: True),
        "stage": (lambda v: v in stages) if stages else (lambda v: True),
    }
    selected = []

    def walk(folder, keys, values):
        try:
            names = sorted(os.listdir(folder))
        except FileNotFoundError:
            return
        for name in names:
            if name.startswith((".", "_")):
                continue
            path = os.path.join(folder, name)
            if keys:
                if not os.path.isdir(path):
                    continue
                try:
                    value = _partition_value(name, keys[0])
                except KeyError:
                    continue
                if wanted[keys[0]](value):
                    walk(path, keys[1:], {**values, keys[0]: value})
            elif name.endswith(".avro") and os.path.isfile(path):
                selected.append((path, values))

    walk(root, TABLES[table], {})
    return selected


# ---------------------------------------------------------------- Avro


# The packages python3-avro needs for the codecs --codec chooses (deflate, bzip2 and xz are built in).
CODEC_PACKAGES = {
    "snappy": "python3-snappy (apt-get install python3-snappy; pip install python-snappy)",
    "zstandard": "python3-zstandard (apt-get install python3-zstandard; pip install zstandard)",
}


def read_avro(path):
    """(writer schema as a dict, list of records as dicts) of one Avro file."""
    with open(path, "rb") as f:
        if fastavro is not None:
            reader = fastavro.reader(f)
            schema = reader.writer_schema
            return schema, list(reader)
        import avro.datafile  # type: ignore
        import avro.io  # type: ignore

        reader = avro.datafile.DataFileReader(f, avro.io.DatumReader())
        try:
            meta = reader.meta.get("avro.schema") if hasattr(reader, "meta") else reader.get_meta("avro.schema")
            schema = json.loads(meta.decode("utf-8") if isinstance(meta, bytes) else meta)
            return schema, list(reader)
        except Exception as e:  # avro.errors.UnsupportedCodec, at the first block: the codec's library is missing
            if type(e).__name__ != "UnsupportedCodec":
                raise
            codec = reader.codec if hasattr(reader, "codec") else str(e)
            package = CODEC_PACKAGES.get(codec, "the library of that codec")
            raise DatasetError(f"{path} is written with the Avro codec '{codec}', which python3-avro reads only "
                               f"with {package} installed (or use fastavro: pip install fastavro)") from None
        finally:
            reader.close()


def _logical_fields(schema):
    """Field name -> 'date' or 'timestamp-millis' (also inside a nullable union)."""
    out = {}
    for field in schema.get("fields", []):
        types = field["type"] if isinstance(field["type"], list) else [field["type"]]
        for t in types:
            if isinstance(t, dict) and t.get("logicalType") in ("date", "timestamp-millis", "timestamp-micros"):
                out[field["name"]] = t["logicalType"]
    return out


def _numeric_fields(schema):
    """Field name -> pandas dtype for numbers and booleans, so that a column of nulls keeps its type."""
    required = {"int": "int64", "long": "int64", "float": "float64", "double": "float64", "boolean": "bool"}
    nullable = {"int": "Int64", "long": "Int64", "float": "float64", "double": "float64", "boolean": "boolean"}
    out = {}
    for field in schema.get("fields", []):
        types = field["type"] if isinstance(field["type"], list) else [field["type"]]
        named = [t for t in types if t != "null"]
        if len(named) == 1 and isinstance(named[0], str) and named[0] in required:
            out[field["name"]] = (nullable if "null" in types else required)[named[0]]
    return out


def _days(value):
    """An Avro date as read by either library (date object or int days) -> days since epoch."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return (value - _EPOCH_DATE).days
    return int(value)


def _micros(value, logical):
    """An Avro timestamp as read by either library -> microseconds since epoch (UTC)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        delta = value - _EPOCH
        return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
    return int(value) * (1000 if logical == "timestamp-millis" else 1)


# ---------------------------------------------------------------- loading


def _repository_schema(table):
    """The table's schema from the repository's schemas/, for an empty result's columns and types."""
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "schemas", SCHEMA_FILES[table])
    try:
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        return schema if isinstance(schema.get("fields"), list) else {"fields": []}
    except (OSError, ValueError, AttributeError):
        return {"fields": []}


def load(dataset, table="articles", date_from=None, date_to=None, sources=None, stages=None, columns=None):
    """One table of the dataset as a pandas DataFrame; see the module's doc for the columns."""
    import pandas as pd

    if isinstance(date_from, str):
        date_from = dt.date.fromisoformat(date_from)
    if isinstance(date_to, str):
        date_to = dt.date.fromisoformat(date_to)
    keys = TABLES.get(table)
    if keys is None:
        raise DatasetError(f"unknown table {table!r}; one of {', '.join(TABLES)}")
    if (date_from or date_to) and "date" not in keys:
        raise DatasetError(f"{table} has no date partition; --date applies to articles and stories")
    if sources and "source" not in keys:
        raise DatasetError(f"{table} has no source partition; --source applies to articles")
    if stages and "stage" not in keys:
        raise DatasetError(f"{table} has no stage partition; --stage applies to rejected")
    sources = {s.strip().lower() for s in sources if s.strip()} if sources else None
    stages = {s.strip() for s in stages if s.strip()} if stages else None

    files = partition_files(dataset, table, date_from, date_to, sources, stages)
    rows = []
    logical = {}
    numeric = {}
    fields = []
    for path, partition in files:
        schema, records = read_avro(path)
        for name, kind in _logical_fields(schema).items():
            logical.setdefault(name, kind)
        for name, dtype in _numeric_fields(schema).items():
            numeric.setdefault(name, dtype)
        for field in schema.get("fields", []):
            if field["name"] not in fields:
                fields.append(field["name"])
        for record in records:
            for key, value in partition.items():
                if key not in record:  # the record's own field (articles' source) is that value already
                    record[key] = value
            rows.append(record)

    if not files:
        # no file to read the schema from: the repository's, so that an empty result has the
        # columns and dtypes of a full one (dates as datetime64, counts as integers)
        schema = _repository_schema(table)
        fields = [field["name"] for field in schema["fields"]]
        logical = _logical_fields(schema)
        numeric = _numeric_fields(schema)
    ordered = fields + [k for k in keys if k not in fields]
    frame = pd.DataFrame.from_records(rows, columns=ordered) if rows else pd.DataFrame(columns=ordered)

    for name, dtype in numeric.items():
        frame[name] = frame[name].astype(dtype)
    for name, kind in logical.items():
        if kind == "date":
            frame[name] = pd.to_datetime(frame[name].map(_days), unit="D", errors="coerce")
        else:
            frame[name] = pd.to_datetime(frame[name].map(lambda v: _micros(v, kind)), unit="us", utc=True, errors="coerce")
    if "date" in keys:
        frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d", errors="coerce")
    if columns:
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise DatasetError(f"--columns: no column {', '.join(missing)}; columns are {', '.join(frame.columns)}")
        frame = frame[list(columns)]
    frame.attrs["files"] = [path for path, _ in files]
    return frame


def load_articles(dataset, date_from=None, date_to=None, sources=None, columns=None):
    """Articles, optionally only some days (inclusive) and publishers (partition values)."""
    return load(dataset, "articles", date_from=date_from, date_to=date_to, sources=sources, columns=columns)


def load_stories(dataset, date_from=None, date_to=None, columns=None):
    """Stories, optionally only those first published on some days (inclusive)."""
    return load(dataset, "stories", date_from=date_from, date_to=date_to, columns=columns)


def load_rejected(dataset, stages=None, columns=None):
    """Rejected records (and skips, with --keepSkipped), optionally only some stages."""
    return load(dataset, "rejected", stages=stages, columns=columns)


# ---------------------------------------------------------------- command line


def summarize(frame, table, dataset, out):
    files = frame.attrs.get("files", [])
    print(f"{table}: {len(frame)} rows from {len(files)} files in {dataset}", file=out)
    print(f"reader: {'fastavro' if fastavro is not None else 'avro (python3-avro)'}", file=out)
    print("columns: " + ", ".join(f"{c} ({frame[c].dtype})" for c in frame.columns), file=out)
    if len(frame) == 0:
        return
    if "date" in frame.columns:
        known = frame["date"].dropna()
        unknown = len(frame) - len(known)
        if len(known):
            print(f"dates: {known.min():%Y-%m-%d} .. {known.max():%Y-%m-%d}, {unknown} unknown", file=out)
    for column in ("source", "stage", "language"):
        if column in frame.columns and column in TABLES[table] + ("language",):
            counts = frame[column].fillna("(none)").value_counts()
            shown = ", ".join(f"{k} {v}" for k, v in counts.head(12).items())
            more = f", ... ({len(counts)} values)" if len(counts) > 12 else ""
            print(f"rows by {column}: {shown}{more}", file=out)
    if table == "rejected" and "reason" in frame.columns:
        counts = frame["reason"].value_counts()
        print("rows by reason: " + ", ".join(f"{k} {v}" for k, v in counts.items()), file=out)


def _has_parquet_engine():
    import importlib.util

    return any(importlib.util.find_spec(m) is not None for m in ("pyarrow", "fastparquet"))


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Load a newscorpus dataset into pandas: print a summary, or write CSV/Parquet.")
    parser.add_argument("dataset", help="the pipeline's --output folder")
    parser.add_argument("--table", default="articles", choices=sorted(TABLES))
    parser.add_argument("--date", help="days to read, FROM:TO inclusive (either side may be empty), or one day")
    parser.add_argument("--source", help="comma-separated publisher keys (the source=... folder names)")
    parser.add_argument("--stage", help="comma-separated stages of rejected records (read, extract, ...)")
    parser.add_argument("--columns", help="comma-separated columns to keep")
    parser.add_argument("--csv", metavar="FILE", help="write the table as CSV")
    parser.add_argument("--parquet", metavar="FILE", help="write the table as Parquet (needs pyarrow or fastparquet)")
    parser.add_argument("--head", type=int, default=0, metavar="N", help="also print the first N rows")
    args = parser.parse_args(argv)

    try:
        import pandas  # noqa: F401
    except ImportError:
        print("error: pandas is not installed (pip install fastavro pandas, or apt-get install python3-pandas)",
              file=sys.stderr)
        return 2
    if args.parquet and not _has_parquet_engine():
        print("error: --parquet needs pyarrow or fastparquet (pip install pyarrow); --csv needs nothing more",
              file=sys.stderr)
        return 2
    split = lambda s: [x for x in s.split(",") if x.strip()] if s else None  # noqa: E731
    try:
        date_from, date_to = parse_date_range(args.date)
        frame = load(args.dataset, args.table, date_from, date_to, split(args.source), split(args.stage),
                     split(args.columns))
    except DatasetError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    summarize(frame, args.table, args.dataset, sys.stdout)
    if args.head:
        with pandas.option_context("display.width", 200, "display.max_columns", 12, "display.max_colwidth", 40):
            print(frame.head(args.head), file=sys.stdout)
    if args.csv:
        frame.to_csv(args.csv, index=False)
        print(f"wrote {args.csv}", file=sys.stdout)
    if args.parquet:
        frame.to_parquet(args.parquet, index=False)
        print(f"wrote {args.parquet}", file=sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

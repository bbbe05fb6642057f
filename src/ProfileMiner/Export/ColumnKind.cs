namespace ProfileMiner.Export;

/// <summary>The type of an exported column: text, a 32-bit integer, or a number (decimal in CSV, double in Parquet, REAL in SQLite).</summary>
internal enum ColumnKind
{
    Text,
    Integer,
    Number,
}

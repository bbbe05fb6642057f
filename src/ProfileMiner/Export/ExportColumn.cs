namespace ProfileMiner.Export;

/// <summary>One typed column of a table: its name, type, nullability and how to read it from a row.</summary>
internal sealed class ExportColumn<TRow>
{
    private ExportColumn(string name, ColumnKind kind, bool nullable)
    {
        Name = name;
        Kind = kind;
        Nullable = nullable;
    }

    public string Name { get; }

    public ColumnKind Kind { get; }

    public bool Nullable { get; }

    public Func<TRow, string?>? GetText { get; private init; }

    public Func<TRow, int?>? GetInteger { get; private init; }

    public Func<TRow, decimal?>? GetNumber { get; private init; }

    public static ExportColumn<TRow> Text(string name, Func<TRow, string?> get, bool nullable = true) =>
        new(name, ColumnKind.Text, nullable) { GetText = get };

    public static ExportColumn<TRow> Integer(string name, Func<TRow, int?> get, bool nullable = false) =>
        new(name, ColumnKind.Integer, nullable) { GetInteger = get };

    public static ExportColumn<TRow> Number(string name, Func<TRow, decimal?> get, bool nullable = false) =>
        new(name, ColumnKind.Number, nullable) { GetNumber = get };
}
